"""Loads the analyst-editable lexicons in ``data/lexicon/`` once per process."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
LEXICON_DIR = DATA_DIR / "lexicon"


@functools.cache
def load(name: str) -> Any:
    """The parsed ``data/lexicon/<name>.yaml``; cached, so call it freely."""
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)
