"""Reading an article file and its metadata, refusing bad input with one clear line.

Everything that can be wrong with a file is found here, before anything touches the store:
missing, oversized, empty, binary, undecodable, malformed sidecar metadata. Each problem is an
`ArticleError` whose message names the file and the problem.
"""
from __future__ import annotations

import codecs
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from events.model import Article

MAX_BYTES = 5 * 1024 * 1024
LANGUAGES = ("ar", "en")
META_FIELDS = {"title", "outlet", "url", "published", "published_is_estimate", "language", "notes"}


class ArticleError(Exception):
    """A file that cannot become an article; str() is the one line the user sees."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def parse_date(value: Any, what: str, path: Path | str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ArticleError(path, f"invalid {what} {value!r}: expected a date YYYY-MM-DD")


def decode(raw: bytes, path: Path | str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM or detectable), cp1256.

    Anything else is refused rather than guessed, because a wrong guess silently corrupts
    every name and number extracted from it.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[len(codecs.BOM_UTF8):], "utf-8", path)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", path)
    utf16 = _bomless_utf16(raw)  # before UTF-8: UTF-16LE Arabic is also "valid" UTF-8
    if utf16:
        return _strict(raw, utf16, path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        raise ArticleError(path, "binary file (NUL bytes), not article text")
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1256", "utf_16", "iso8859_6"]).best()
    if best is not None and best.encoding in ("cp1256", "iso8859_6"):
        return str(best)
    raise ArticleError(path, "not UTF-8, UTF-16 or Windows-1256 text; save it as UTF-8")


def _strict(raw: bytes, encoding: str, path: Path | str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise ArticleError(path, f"cannot decode as {encoding}: {e.reason} at byte {e.start}")


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM shows as NUL in every other byte for Latin text or 0x06 for Arabic."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in high if b in (0x00, 0x06)) / len(high)
        if share > 0.9:
            return enc
    return None


def check_text(text: str, path: Path | str) -> str:
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise ArticleError(path, "binary file (control bytes), not article text")
    if not any(ch.isalpha() for ch in text):
        raise ArticleError(path, "no words in the text")
    return text


def read_metadata(path: Path) -> dict[str, Any]:
    """The sidecar ``<id>.json`` next to ``<id>.txt``, validated; {} when there is none."""
    meta_path = path.with_suffix(".json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ArticleError(meta_path, f"malformed metadata JSON: {e}")
    if not isinstance(meta, dict):
        raise ArticleError(meta_path, "malformed metadata: expected a JSON object")
    unknown = set(meta) - META_FIELDS
    if unknown:
        raise ArticleError(meta_path, f"unknown metadata field(s): {', '.join(sorted(unknown))}")
    for key in ("title", "outlet", "notes", "url"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise ArticleError(meta_path, f"metadata field {key!r} must be a string")
    if not isinstance(meta.get("published_is_estimate", False), bool):
        raise ArticleError(meta_path, "metadata field 'published_is_estimate' must be true/false")
    meta["published"] = parse_date(meta.get("published"), "published date", meta_path)
    if meta.get("language", "ar") not in LANGUAGES:
        raise ArticleError(meta_path, f"language must be one of {', '.join(LANGUAGES)}")
    return meta


def read_article(path: Path | str, *, published: date | None = None,
                 language: str | None = None) -> Article:
    """One article from ``path`` (+ sidecar metadata); flags override the sidecar."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a directory, not an article file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(path, f"file is {size / 1048576:.1f} MB; the limit is "
                                 f"{MAX_BYTES // 1048576} MB")
    text = check_text(decode(path.read_bytes(), path), path).replace("\r\n", "\n")
    meta = read_metadata(path)
    if language is not None and language not in LANGUAGES:
        raise ArticleError(path, f"language must be one of {', '.join(LANGUAGES)}")
    return Article(
        article_id=path.stem, text=text, title=meta.get("title") or "",
        outlet=meta.get("outlet") or "", url=meta.get("url"),
        published=published or meta.get("published"),
        published_is_estimate=bool(meta.get("published_is_estimate", False)) and not published,
        language=language or meta.get("language") or "ar", notes=meta.get("notes") or "",
        path=str(path))


def article_files(path: Path | str) -> list[Path]:
    """The article files a path names: the file itself, or a directory's ``*.txt``."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
        if not files:
            raise ArticleError(path, "directory holds no article files (*.txt)")
        return files
    return [path]
