"""Headlines: which first line is a title, and which mentions are the headline's. Event identity
(`events.extract.identity`) reads them last and joins each to the body's event it re-tells."""
from __future__ import annotations

from events.extract.doc import Candidate, Doc

TITLE_TOKENS = 20  # a title is short; a lead alone in its paragraph is longer


def headline(doc: Doc, c: Candidate) -> bool:
    """A first line alone in its paragraph, or its repetition at the head of the body (wire
    copy opens with "<date> <title>", often with no full stop before the lead)."""
    if len(doc.sentences) < 2 or doc.same_paragraph(0, 1):
        return False
    if c.sentence == 0:
        return True
    span = title_repeat(doc)
    return span is not None and all(
        span[0] <= doc.tokens[t.first].start and doc.tokens[t.last - 1].end <= span[1]
        for t in c.triggers)


def is_title(doc: Doc) -> bool:
    """The first line is a title, not a one-sentence lead paragraph: short with no full
    stop, or repeated at the head of the body."""
    first = doc.sentences[0]
    line = doc.norm[first.start:first.end].rstrip()
    short = first.tokens[1] - first.tokens[0] <= TITLE_TOKENS and not line.endswith(".")
    return short or title_repeat(doc) is not None


def title_repeat(doc: Doc) -> tuple[int, int] | None:
    """Where the body's first sentence repeats the title, if it does (normalised offsets)."""
    first, body = doc.sentences[0], doc.sentences[1]
    title = doc.norm[first.start:first.end].strip().rstrip(".")
    if len(title.split()) < 4:
        return None
    at = doc.norm.find(title, body.start, body.end + 1)
    return (at, at + len(title)) if at >= 0 else None
