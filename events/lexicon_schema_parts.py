"""The building blocks the lexicon schemas are written in: typed leaves (`STR`, `INT`…), lists
of phrases or texts carrying the loader's normalisation marks (`PHRASES`, `TEXTS`, `WRITTEN`:
see `events.lexicon_schemas`), closed objects (`obj`) and free-keyed ones (`dict_of`).

A module of their own so that every schema module (`events.lexicon_schemas`,
`events.lexicon_schemas_triggers`) can use them without importing another.
"""
from __future__ import annotations

from typing import Any

STR: dict[str, Any] = {"type": "string", "minLength": 1}
PHRASES: dict[str, Any] = {"type": "array", "items": STR, "minItems": 1, "x-phrases": True}
TEXTS: dict[str, Any] = {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1,
                         "x-text": True}
# Spellings compared with the article as written (normalisation would merge them with the
# very words they are listed to tell apart: يدعى "is called" and يدعي "claims").
WRITTEN: dict[str, Any] = {"type": "array", "items": STR, "minItems": 1, "x-written": True}
INT: dict[str, Any] = {"type": "integer"}
BOOL: dict[str, Any] = {"type": "boolean"}


def obj(required: dict[str, Any], optional: dict[str, Any] | None = None,
        **extra: Any) -> dict[str, Any]:
    """An object with exactly these keys (the required ones and the optional ones)."""
    return {"type": "object", "properties": {**required, **(optional or {})},
            "required": list(required), "additionalProperties": False, **extra}


def dict_of(values: dict[str, Any], keys: str | None = None) -> dict[str, Any]:
    """An object whose keys are free (words, numbers) and whose values are all ``values``."""
    d: dict[str, Any] = {"type": "object", "additionalProperties": values, "minProperties": 1}
    if keys:
        d["x-keys"] = keys
    return d
