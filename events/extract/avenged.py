"""Retaliations and the deeds they answer ("ردا على هجوم الجمعة", "انتقاما لمقتل جنديين",
"in retaliation for the bombing"): where a cue of retaliation stands before a candidate, and
the date of the deed it answers — never the retaliation's day (`events.extract.dating`).
Cue words: dates.yaml ``avenged``."""
from __future__ import annotations

import functools

from events import lexicon
from events.extract.clauses import clause_of
from events.extract.doc import Candidate, DateMention, Dated, Doc
from text import PhraseMatcher


def avenged_clause(doc: Doc, d: DateMention) -> bool:
    """The date follows a cue of retaliation in its clause ("قتل شرطيين ردا على هجوم سوروتش
    الاثنين"): it dates the deed avenged, not the retaliation told before it."""
    tok = doc.token_at(d.start)
    return any(end <= tok for end in avenged_ends(doc, doc.clauses[clause_of(doc, tok)].first, tok))


@functools.cache
def avenged_cues(language: str) -> PhraseMatcher[bool]:
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add_all((p, True) for p in lexicon.load("dates", language).get("avenged") or ())
    return m


def avenged_ends(doc: Doc, lo: int, hi: int) -> list[int]:
    """Where each cue of retaliation starting in tokens [lo, hi) ends (the token after it)."""
    cues = avenged_cues(doc.language)
    return [m.last for k in cues.starts(doc.tokens, lo, hi)
            if (m := cues.match_at(doc.norm, doc.tokens, k)) is not None]


AVENGED_REACH = 6  # words from a cue of retaliation to the deed it answers ("انتقاما لمقتل جنديين في هجوم")


def cue_end_before(doc: Doc, c: Candidate) -> int | None:
    """Where a cue of retaliation ends before the candidate's event word, in its clause and
    with no punctuation between ("ردا على الهجوم الانتحاري", "انتقاما لمقتل جنديين في هجوم",
    "in retaliation for the bombing"), or None."""
    first = c.first_token
    lo = max(doc.clauses[c.clause].first, first - AVENGED_REACH)
    return next((end for end in avenged_ends(doc, lo, first)
                 if end <= first and not doc.punctuated(end - 1, first)), None)


def avenged_date(doc: Doc, here: list[DateMention], own: list[DateMention],
                 cue_end: int) -> Dated:
    """The deed a retaliation answers happened before it: a date told after the cue is its
    own ("ردا على هجوم الجمعة"); otherwise it ended by the retaliation's date (the one the
    sentence tells before the cue), or by the day of the report — never on the retaliation's
    day, nor on a date carried from the sentence before."""
    cue_at = doc.tokens[cue_end].start
    after = [d for d in own if d.start >= cue_at and d.kind != "dateline"]
    if after:
        d = min(after, key=lambda d: d.start)
        return Dated(d.date_start, d.date_end or d.date_start, d.date_prec, [d.text], "clause")
    before = [d for d in here if d.start < cue_at and (d.date_end or d.date_start)]
    if before:
        d = max(before, key=lambda d: d.start)
        return Dated(None, d.date_end or d.date_start, None, [d.text], "avenged")
    return Dated(None, doc.published, None, [], "avenged")
