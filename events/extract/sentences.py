"""Step: split the normalised text into sentences (and their token ranges)."""
from __future__ import annotations

import re
from bisect import bisect_left

from events.extract.doc import Doc, Sentence

# A sentence ends at . ! ? ؟ ؛ or a line break; a full stop between digits (3.5) does not end one.
_END = re.compile(r"(?<!\d)[.!?؟؛]+(?!\d)[\"']*|\n+")


def split_sentences(doc: Doc) -> None:
    starts = [t.start for t in doc.tokens]
    pos = 0
    for m in _END.finditer(doc.norm):
        _add(doc, starts, pos, m.end())
        pos = m.end()
    _add(doc, starts, pos, len(doc.norm))


def _add(doc: Doc, starts: list[int], start: int, end: int) -> None:
    while start < end and doc.norm[start].isspace():
        start += 1
    if start >= end:
        return
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if first < last:
        doc.sentences.append(Sentence(start, end, (first, last)))
