"""Step: split the normalised text into sentences (and their token ranges).

A full stop after an initial ("U.S.", "A. Smith") or an abbreviation of the language
(``abbreviations`` in the clause lexicon: "Gen.", "Mr.") does not end a sentence.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

from events import lexicon
from events.extract.doc import Doc, Sentence

# A sentence ends at . ! ? ؟ ؛ or a line break; a full stop between digits (3.5) does not end
# one, a full stop after a number does ("… on June 23. More than …"). That is
# ``(?:[.!?؟؛]+(?!\d)|(?<!\d)[.!?؟؛]+)[\"']*|\n+``, written to start with the one character
# class every end starts with, so that the regex engine skips to those characters instead of
# trying three alternatives at every character (eight times faster; same matches:
# tests/test_sentences_regex.py).
_END = re.compile(r"[.!?؟؛\n](?:(?<=\n)\n*|(?<=[.!?؟؛])(?:[.!?؟؛]*(?!\d)[\"']*"
                  r"|(?<!\d[.!?؟؛])[.!?؟؛]*[\"']*))")
_WORD_BEFORE = re.compile(r"(?:^|[^\w])([^\W\d_]+)$")


@functools.cache
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(lexicon.load("clauses", language).get("abbreviations") or ())


def _shortened(doc: Doc, dot: int) -> bool:
    """The full stop at ``dot`` ends an initial or an abbreviation, not a sentence."""
    m = _WORD_BEFORE.search(doc.norm, max(0, dot - 12), dot)
    if m is None:
        return False
    word = m.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in _abbreviations(doc.language)


@functools.cache
def _tag_line(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """An outlet's tag line (triggers.yaml ``tag_openers``) and where the article's body starts
    inside it when no stop ends it (clauses.yaml ``body_openers``, capitalised as written)."""
    tags = lexicon.load("triggers", language).get("tag_openers") or ()
    body = lexicon.load("clauses", language).get("body_openers") or ()
    if not tags or not body:
        return None
    alt = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(body, key=len, reverse=True))
    return (re.compile(r"\s*(?:" + "|".join(re.escape(t) for t in tags) + r")\b", re.IGNORECASE),
            re.compile(rf"(?<=\w) (?=(?:{alt}) )"))


def _body_start(doc: Doc, start: int, end: int) -> int | None:
    """"Tags Syria Idlib war At least 43 people were killed …": where the body begins inside a
    tag line that no stop ends — its own sentence, not suppressed with the tags."""
    line = _tag_line(doc.language)
    if line is None or not line[0].match(doc.norm, start, end):
        return None
    m = line[1].search(doc.norm, start, end)
    return m.end() if m else None


def split_sentences(doc: Doc) -> None:
    starts = doc.token_starts
    pos = 0
    for m in _END.finditer(doc.norm):
        if m.group() == "." and _shortened(doc, m.start()):
            continue
        _add_tagged(doc, starts, pos, m.end())
        pos = m.end()
    _add_tagged(doc, starts, pos, len(doc.norm))


def _add_tagged(doc: Doc, starts: list[int], start: int, end: int) -> None:
    body = _body_start(doc, start, end)
    if body is not None:
        _add(doc, starts, start, body)
        start = body
    _add(doc, starts, start, end)


def _add(doc: Doc, starts: list[int], start: int, end: int) -> None:
    while start < end and doc.norm[start].isspace():
        start += 1
    if start >= end:
        return
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if first < last:
        doc.sentences.append(Sentence(start, end, (first, last)))
