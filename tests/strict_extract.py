"""`extract` that raises what it would otherwise swallow, for tests that demand "no exception".

`events.extract.pipeline.extract` logs an exception and returns [] so a batch goes on; a test of
robustness must see that exception. This helper works whether extract swallows or raises."""
from __future__ import annotations

import logging
from typing import Any

from events.extract.pipeline import extract
from events.model import Event


class _Swallowed(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.errors: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.errors.append(record.exc_info[1])


def extract_or_raise(text: str, **kw: Any) -> list[Event]:
    logger = logging.getLogger("events.extract.pipeline")
    handler = _Swallowed()
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False  # no traceback noise in test output
    try:
        found = extract(text, **kw)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    if handler.errors:
        raise handler.errors[0]
    return found
