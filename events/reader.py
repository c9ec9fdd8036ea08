"""Reading an article file and its metadata, refusing bad input with one clear line.

Everything that can be wrong with a file is found here, before anything touches the store:
missing, not a regular file (a FIFO would block forever), oversized, empty, binary,
undecodable, malformed or oversized sidecar metadata, a publication date outside the calendar
Athar reasons about. Each problem is an `ArticleError` whose message names the file and the
problem, with control characters escaped so that one problem is one line.
"""
from __future__ import annotations

import codecs
import html
import json
import os
import re
import stat
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from events.language import LANGUAGES, detect
from events.model import Article

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDECAR_BYTES = 1024 * 1024
MAX_FIELD_CHARS = 4096  # title, outlet, url: a longer "title" is a dump, not a headline
META_FIELDS = {"title", "outlet", "url", "published", "published_is_estimate", "language", "notes"}
# News about the conflicts Athar reads is never older; a later date is a typo or a clock error,
# and date arithmetic on either would leave the calendar.
PUBLISHED_MIN = date(1900, 1, 1)

# Characters that would break a line or reorder a terminal's display: C0/C1 controls, line and
# paragraph separators, explicit bidi embeddings, overrides and isolates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Control characters real newspaper text carries by accident (U+001A where a line break was);
# tab, line feed, carriage return and form feed are text.
_STRAY = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]+")
_BINARY_SHARE = 0.05  # more stray controls than this, and the file is not text


def printable(text: str) -> str:
    """``text`` for a terminal line: unprintable characters as Python escapes (``\\n``)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class ArticleError(Exception):
    """A file that cannot become an article; str() is the one line the user sees."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(printable(f"{path}: {problem}"))
        self.path = str(path)
        self.problem = problem


def published_max() -> date:
    return date.today() + timedelta(days=366)


def check_published(value: date | None, what: str, path: Path | str) -> date | None:
    if value is not None and not PUBLISHED_MIN <= value <= published_max():
        raise ArticleError(path, f"{what} {value.isoformat()} is out of range: expected a date "
                                 f"from {PUBLISHED_MIN.isoformat()} to {published_max().isoformat()}")
    return value


def parse_date(value: Any, what: str, path: Path | str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return check_published(parsed, what, path)
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
    """The text with stray control characters made line breaks; refused if it is not text."""
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    stray = sum(m.end() - m.start() for m in _STRAY.finditer(text))
    if "\x00" in text or stray > max(3, len(text) * _BINARY_SHARE):
        raise ArticleError(path, "binary file (control bytes), not article text")
    text = _STRAY.sub("\n", text)
    if not any(ch.isalpha() for ch in text):
        raise ArticleError(path, "no words in the text")
    return text


def _read_regular(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Opened without blocking and checked on the open descriptor: a FIFO, device or socket
    would hang the read or never end, and a file swapped after a check is still caught."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ArticleError(path, "no such file")
    except OSError as e:  # a socket cannot even be opened
        mode = path.stat().st_mode if path.exists() else 0
        if mode and not stat.S_ISREG(mode):
            raise ArticleError(path, f"not a regular file ({_kind(mode)}); {what} must be a file")
        raise ArticleError(path, f"cannot read: {e.strerror}")
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ArticleError(path, "is a directory, not an article file")
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError(path, f"not a regular file ({_kind(st.st_mode)}); {what} must be a file")
        if st.st_size > limit:
            raise ArticleError(path, _too_big(st.st_size, limit))
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while we read it
        raise ArticleError(path, _too_big(len(data), limit))
    return data


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a file"


def _too_big(size: int, limit: int) -> str:
    return f"file is {size:,} bytes; the limit is {limit // 1048576} MB"


def read_metadata(path: Path) -> dict[str, Any]:
    """The sidecar ``<id>.json`` next to ``<id>.txt``, validated; {} when there is none."""
    meta_path = path.with_suffix(".json")
    if not meta_path.exists() and not meta_path.is_symlink():
        return {}
    raw = _read_regular(meta_path, MAX_SIDECAR_BYTES, "metadata")
    try:
        meta = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise ArticleError(meta_path, f"malformed metadata JSON: {e}")
    if not isinstance(meta, dict):
        raise ArticleError(meta_path, "malformed metadata: expected a JSON object")
    unknown = set(meta) - META_FIELDS
    if unknown:
        raise ArticleError(meta_path, f"unknown metadata field(s): {', '.join(sorted(unknown))}")
    for key in ("title", "outlet", "notes", "url"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise ArticleError(meta_path, f"metadata field {key!r} must be a string")
        if key != "notes" and len(meta.get(key) or "") > MAX_FIELD_CHARS:
            raise ArticleError(meta_path, f"metadata field {key!r} is {len(meta[key]):,} "
                                          f"characters; the limit is {MAX_FIELD_CHARS:,}")
    if not isinstance(meta.get("published_is_estimate", False), bool):
        raise ArticleError(meta_path, "metadata field 'published_is_estimate' must be true/false")
    meta["published"] = parse_date(meta.get("published"), "published date", meta_path)
    if meta.get("language") is not None and meta["language"] not in LANGUAGES:
        raise ArticleError(meta_path, f"language must be one of {', '.join(LANGUAGES)}")
    return meta


def read_article(path: Path | str, *, published: date | None = None,
                 language: str | None = None) -> Article:
    """One article from ``path`` (+ sidecar metadata); flags override the sidecar, and the
    language the metadata does not give is the one the text is written in."""
    path = Path(path)
    text = check_text(decode(_read_regular(path, MAX_BYTES, "an article"), path), path)
    text = text.replace("\r\n", "\n")
    meta = read_metadata(path)
    if language is not None and language not in LANGUAGES:
        raise ArticleError(path, f"language must be one of {', '.join(LANGUAGES)}")
    check_published(published, "--published", path)
    return Article(  # titles scraped from the web carry HTML entities (&quot;): text, unescaped
        article_id=path.stem, text=text, title=html.unescape(meta.get("title") or ""),
        outlet=html.unescape(meta.get("outlet") or ""), url=meta.get("url"),
        published=published or meta.get("published"),
        published_is_estimate=bool(meta.get("published_is_estimate", False)) and not published,
        language=language or meta.get("language") or detect(text), notes=meta.get("notes") or "",
        path=str(path))


def article_files(path: Path | str) -> list[Path]:
    """The article files a path names: the file itself, or a directory's ``*.txt``."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file or directory")
    if path.is_dir():
        # not only regular files: a FIFO named *.txt is reported by `read_article`, not skipped
        files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and not p.is_dir())
        if not files:
            raise ArticleError(path, "directory holds no article files (*.txt)")
        return files
    return [path]
