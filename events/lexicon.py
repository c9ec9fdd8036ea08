"""The one loader of the analyst-editable lexicons in ``data/lexicon/`` (dateparser's idea).

Language data lives beside language data: ``data/lexicon/<name>.yaml`` holds the Arabic of a
lexicon, ``data/lexicon/<lang>/<name>.yaml`` another language's entries of the same kind (English:
``data/lexicon/en/triggers.yaml``). The steps are shared; each asks for its language's file with
``load(name, doc.language)``. Every file is parsed, checked against its schema (`events.lexicon_schemas`) and its phrases
normalised once per process. A broken file is a `LexiconError` naming the file and the place in
it — raised when the file is first needed and, through `check_all`, when a command starts —
never a silently smaller vocabulary. Phrase lists (marked ``x-phrases`` in the schemas) come
back as their matching keys: normalised, lower-cased, one space between words, so no consumer
normalises again and no two spellings of one word can differ.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from events.language import DEFAULT, LANGUAGES
from events.lexicon_schemas import SCHEMAS, schema_of
from text import normalize, normalize_key

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
# ATHAR_LEXICON_DIR: an analyst's own copy of the lexicons, to try changes before sharing them
LEXICON_DIR = Path(os.environ.get("ATHAR_LEXICON_DIR") or DATA_DIR / "lexicon")


class LexiconError(Exception):
    """A lexicon file that cannot be used: missing, not YAML, or not of its schema."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path, self.problem = path, problem
        try:
            shown = path.relative_to(ROOT)
        except ValueError:
            shown = path
        super().__init__(f"{shown}: {problem}")


@functools.cache
def load(name: str, language: str = DEFAULT) -> Any:
    """The lexicon ``name`` of ``language``, validated, with its phrases normalised; cached."""
    path = path_of(name, language)
    if name not in SCHEMAS:
        raise LexiconError(path, "no schema for this lexicon (add it to events/lexicon_schemas.py)")
    if language not in LANGUAGES:
        raise LexiconError(path, f"no such language {language!r} (one of {', '.join(LANGUAGES)})")
    return parse(path, schema_of(name, language))


def path_of(name: str, language: str = DEFAULT) -> Path:
    """``data/lexicon/<name>.yaml`` for Arabic, ``data/lexicon/<language>/<name>.yaml`` else."""
    folder = LEXICON_DIR if language == DEFAULT else LEXICON_DIR / language
    return folder / f"{name}.yaml"


def parse(path: Path, schema: dict[str, Any]) -> Any:
    """Read, validate and normalise one lexicon file (uncached: tests feed broken files)."""
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except FileNotFoundError:
        raise LexiconError(path, "file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise LexiconError(path, f"not valid YAML ({_one_line(e)})") from None
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data),
                    key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = _path(e.absolute_path) or "top level"
        raise LexiconError(path, f"{where}: {e.message}")
    return _normalised(path, data, schema, [])


def check_all() -> None:
    """Load every lexicon of every language (and so fail now, at start, if one is broken)."""
    for language in LANGUAGES:
        for name in SCHEMAS:
            load(name, language)


def _normalised(path: Path, data: Any, schema: dict[str, Any], where: list[Any]) -> Any:
    """A copy of ``data`` with every phrase list turned into matching keys, checked."""
    if schema.get("x-written"):
        if len(set(data)) < len(data):
            raise LexiconError(path, f"{_path(where)}: a spelling is listed twice")
        return [" ".join(str(w).split()) for w in data]
    if schema.get("x-phrases") or schema.get("x-text"):
        how = "phrases" if schema.get("x-phrases") else "text"
        keys: list[str] = []
        for i, phrase in enumerate(data):
            key = _key(phrase, how)
            if not key:
                raise LexiconError(path, f"{_path(where + [i])}: {phrase!r} has no letters or digits")
            if key in keys:
                raise LexiconError(path, f"{_path(where + [i])}: {phrase!r} is listed twice")
            keys.append(key)
        return keys
    if isinstance(data, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        how = schema.get("x-keys")
        out = {}
        for k, v in data.items():
            sub = props.get(k, extra if isinstance(extra, dict) else {})
            key = _key(k, how) if how else k
            if key in out:
                raise LexiconError(path, f"{_path(where + [k])}: listed twice")
            out[key] = _normalised(path, v, sub, where + [k])
        return out
    if isinstance(data, list):
        items = schema.get("items", {})
        return [_normalised(path, v, items, where + [i]) for i, v in enumerate(data)]
    return data


def _key(phrase: Any, how: str) -> str:
    """A phrase's matching key (word by word), or text normalised letter by letter."""
    if how == "phrases":
        return normalize_key(str(phrase))
    return " ".join(normalize(str(phrase)).norm.split())


def _path(parts: Any) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())[:200]
