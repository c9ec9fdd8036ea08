"""How much a loss claim says: its number with the qualifier or range around it (step 1 of
`events.extract.quantities`) as UCDP's low/best/high, and the finished `LossMention` with a
qualifier after the claim ("21 شخصاً على الأقل") and the ceiling on believable figures.

Kept apart from the steps that find the noun, category and victims of a claim: this is the
arithmetic of one figure, the same whichever words counted it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from events.extract.doc import Doc, LossMention
from events.extract.numbers import Number, over_ceiling, parse_at
from events.extract.quantities_lexicon import LossLexicon
from events.extract.quantities_nouns import gap_ok
from text import Match, PhraseMatcher, Token


@dataclass
class Amount:
    """A number as a claim reads it — its qualifier, UCDP's low/best/high, its span — before
    the claim is known to be one (not `events.model.Claim`, the claim an event carries)."""
    num: Number
    qualifier: str
    low: float | None
    best: float | None
    high: float | None
    start: int
    end: int
    first: int  # first token of the claim (qualifier, opener or number)
    number_end: int


def amounts(qualifier: str, n: float) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) of a qualified number, UCDP style; a vague amount without a figure
    ("several", "a number of") has none."""
    if qualifier == "vague" and not n:
        return None, None, None
    return {
        "exact": (n, n, n), "more_than": (n, None, None), "at_least": (n, None, None),
        "about": (None, n, None), "up_to": (None, None, n), "vague": (n, None, None),
    }[qualifier]


def number_claim(doc: Doc, lex: LossLexicon, num: Number, lo: int) -> Amount:
    """Step 1: the number with its qualifier or range partner."""
    norm, toks = doc.norm, doc.tokens
    start, first, qual = num.start, num.first, "vague" if num.vague else "exact"
    low, best, high = amounts(qual, num.value)
    end, last = num.end, num.last
    # Range: "بين 12 و20", "12 إلى 20", "12 - 20".
    opener = num.first - 1 >= lo and toks[num.first - 1].key in lex.openers
    if not num.vague and last < len(toks):
        nxt, partner = toks[last], None
        if nxt.key in lex.joiners or (opener and nxt.key in lex.joiners_open):
            partner = parse_at(norm, toks, last + 1, doc.language) if last + 1 < len(toks) else None
        elif "-" in norm[num.end:nxt.start] or (opener and nxt.key[:1] == "و"):
            partner = parse_at(norm, toks, last, doc.language)
        if partner and not partner.vague and partner.value > num.value:
            qual, low, best, high = "about", num.value, None, partner.value
            end, last = partner.end, partner.last
            if opener:
                start, first = toks[num.first - 1].start, num.first - 1
    q = ending_at(lex.before, norm, toks, first, lo)
    if q is not None:  # a range or a vague amount keeps its own reading: "نحو 20 إلى 30"
        if qual == "exact":
            qual = q.payloads[0]
            low, best, high = amounts(qual, num.value)
        start, first = q.start, q.first
    c = Amount(num, qual, low, best, high, start, end, first, end)
    c.num = Number(num.start, num.end, num.first, last, num.value, num.vague)
    return c


def ending_at(matcher: PhraseMatcher[Any], norm: str, toks: list[Token], i: int,
               lo: int) -> Match[Any] | None:
    """A phrase of ``matcher`` that ends right before token ``i`` (same phrase, no comma)."""
    for back in range(min(matcher.max_len, i - lo), 0, -1):  # longest first
        m = matcher.match_at(norm, toks, i - back)
        if m and m.last == i and gap_ok(norm, m.end, toks[i].start):
            return m
    return None


def loss_mention(doc: Doc, lex: LossLexicon, c: Amount, start: int, end: int, category: str, who: str,
             k: int, hi: int) -> LossMention | None:
    """The mention, with a qualifier after the claim if any ("21 شخصاً على الأقل")."""
    qual, low, best, high = c.qualifier, c.low, c.best, c.high
    if k < hi:
        q = lex.after.match_at(doc.norm, doc.tokens, k)
        if q and gap_ok(doc.norm, doc.tokens[k - 1].end, q.start) and qual == "exact":
            qual = q.payloads[0]
            low, best, high = amounts(qual, c.num.value)
            end = max(end, q.end)
    figures = [x for x in (low, best, high) if x is not None]
    if figures and over_ceiling(max(figures), doc.surface(start, end), doc.article_id):
        return None
    return LossMention(
        start=start, end=end, text=doc.surface(start, end), sentence=doc.sentence_of(start),
        category=category, who=who, qualifier=qual, low=_int(low), best=_int(best),
        high=_int(high), number_start=c.num.start, number_end=c.number_end)


def _int(x: float | None) -> int | None:
    return None if x is None else int(round(x))
