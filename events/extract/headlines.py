"""Headlines: which first line is a title, and which mentions are the headline's. Event identity
(`events.extract.identity`) reads them last and joins each to the body's event it re-tells;
which body event that is (`fits_headline`, `same_toll`) is told here too, since a title names
it in its own ways: a generic kind, the wider place, the toll alone."""
from __future__ import annotations

from events.extract.candidates import VIOLENT
from events.extract.doc import Candidate, Doc, Draft, PlaceMention
from events.extract.mentions_agree import (STRIKES, dates_agree, other_mover, places_agree, places_of,
                                          types_agree)
from events.extract.place_roles import km

TITLE_TOKENS = 20  # a title is short; a lead alone in its paragraph is longer
PAST_DAYS = 31  # a body event dated only this long before the report is no title's news
TITLE_KM = 250.0  # a title's region ("سيناء", centred 200 km from Rafah) and the body's town in it


def headline(doc: Doc, c: Candidate) -> bool:
    """A first line alone in its paragraph, or its repetition at the head of the body (wire
    copy opens with "<date> <title>", often with no full stop before the lead)."""
    n = title_sentences(doc)
    if n == 0:
        return False
    if c.sentence < n:
        return True
    span = title_repeat(doc)
    return span is not None and all(
        span[0] <= doc.tokens[t.first].start and doc.tokens[t.last - 1].end <= span[1]
        for t in c.triggers)


def title_sentences(doc: Doc) -> int:
    """How many sentences the first line makes when it is a line of its own with a body
    after it: one, or several cut only by an ellipsis when the line is short ("تفجير عسير..
    تحولات جديدة", "مذبحة في عدن.. والمقاومة تزحف نحو القصر": headlines join their parts
    so). 0 when the first line runs on into the body's paragraph."""
    n = len(doc.sentences)
    if n < 2:
        return 0
    k = 1
    while k < n and doc.same_paragraph(0, k):
        k += 1
    if k == n:
        return 0
    if k > 1 and (doc.sentences[k - 1].tokens[1] - doc.sentences[0].tokens[0] > TITLE_TOKENS
                  or not all(_ellipsis(doc, i) for i in range(k - 1))):
        return 0
    return k


def _ellipsis(doc: Doc, i: int) -> bool:
    """Sentence ``i`` ends with two dots or more ("..", "…"), not a full stop."""
    return doc.norm[doc.sentences[i].start:doc.sentences[i].end].rstrip(" \"'»”").endswith(
        ("..", "…"))


def is_title(doc: Doc) -> bool:
    """The first line is a title, not a one-sentence lead paragraph: short with no full
    stop, or repeated at the head of the body."""
    n = max(1, title_sentences(doc))
    first, last = doc.sentences[0], doc.sentences[n - 1]
    line = doc.norm[first.start:last.end].rstrip()
    short = last.tokens[1] - first.tokens[0] <= TITLE_TOKENS and not line.endswith(".")
    return short or title_repeat(doc) is not None


def title_repeat(doc: Doc) -> tuple[int, int] | None:
    """Where the body's first sentence repeats the title, if it does (normalised offsets)."""
    n = max(1, title_sentences(doc))
    if n >= len(doc.sentences):
        return None
    first, last, body = doc.sentences[0], doc.sentences[n - 1], doc.sentences[n]
    title = doc.norm[first.start:last.end].strip().rstrip(".")
    if len(title.split()) < 4:
        return None
    at = doc.norm.find(title, body.start, body.end + 1)
    return (at, at + len(title)) if at >= 0 else None


def fits_headline(d: Draft, c: Candidate) -> bool:
    """A headline names the lead's event in its own words: generically ("attack" over the
    body's strike or shelling, with no article: headlines drop it), and by the wider place
    (the province, or its capital, of the body's village). Dates must agree."""
    kind = types_agree(d.event_type, c.event_type) or (
        c.event_type in ("attack", "violence") and d.event_type in STRIKES) or (
        _victims_only(c) and d.event_type in VIOLENT)
    if not kind or not dates_agree(d, c) or told_as_past(d, c):  # actors may be named
        return False  # otherwise ("the regime")
    return _places_fit(d, c) and not other_mover(d, c)


def told_as_past(d: Draft, c: Candidate) -> bool:
    """An undated title tells the day's news: not an event the body dates only to months
    before the day it is reported (`PAST_DAYS`: "منذ سيطرة الحوثيين عليها في مارس" under
    "طرد الحوثيين من لحج")."""
    if c.date is None or c.date.start is not None or c.date.end is None:
        return False
    ends = [x.date.end or x.date.start for x in d.cands if x.date and x.date.start is not None]
    return bool(ends) and all((c.date.end - e).days > PAST_DAYS for e in ends)


def _victims_only(c: Candidate) -> bool:
    """"30 Kurdish fighters killed in Syria": a title that names only the armed side hit (a
    clash by its victims, no side acting) names the body's violence whatever its kind."""
    return c.event_type == "clash" and c.weak and not any(r == "actor1" for _, r in c.actors)


def same_toll(drafts: list[Draft], c: Candidate) -> Draft | None:
    """A title that gives a body event's toll names that event, in whatever words it puts the
    kind ("مقتل أربعة من الجيش بانفجار عبوة في سيناء" over a lead telling four soldiers killed
    in a clash with the bombers): the first violent one told with every figure of the title, on
    an agreeing day, in the title's place or the province around it (five dead in Idlib are
    not the five of Deir ez-Zor)."""
    told = {(x.category, x.low) for x in c.losses if x.low}
    if not told or c.event_type not in VIOLENT:
        return None
    return next((d for d in drafts if d.anchored and d.event_type in VIOLENT and dates_agree(d, c)
                 and not told_as_past(d, c)
                 and told <= {(x.category, x.low) for m in d.cands for x in m.losses}
                 and _places_fit(d, c, wide=TITLE_KM)), None)


def other_toll(d: Draft, c: Candidate) -> bool:
    """The title counts its dead (no vague "dozens"), ``d`` counts losses of that kind, and
    none of them is the title's figure: ``d`` is not the event the title names."""
    told = {(x.category, x.low) for x in c.losses if x.low and x.qualifier != "vague"}
    counted = {(x.category, x.low) for m in d.cands for x in m.losses if x.low}
    return bool(told) and told.isdisjoint(counted) and any(
        k == category for k, _ in counted for category, _ in told)


def _places_fit(d: Draft, c: Candidate, wide: float = 0.0) -> bool:
    """Every place of ``d`` and the place ``c`` gives in the same role are near (`_places_near`),
    or, with ``wide``, one of them is wider than a town and they lie within ``wide`` km, or
    both lie in one province (a title's provincial capital over the body's district town:
    "ديار بكر" over Lice)."""
    def fit(p: PlaceMention | None, q: PlaceMention | None) -> bool:
        if _places_near(p, q):
            return True
        if not wide or p is None or q is None or p.place is None or q.place is None:
            return False
        if p.place.admin1 and p.place.admin1 == q.place.admin1:
            return True
        coarse = any(m.place.kind != "populated_place" for m in (p, q))
        dist = km(p, q)
        return bool(coarse and dist is not None and dist <= wide)
    return all(fit(p, getattr(c, a)) for a in ("location", "origin", "destination")
               for p in places_of(d, a))


def _places_near(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """`places_agree`, or one names the province (or its capital) the other lies in."""
    if places_agree(a, b) or a is None or b is None or a.place is None or b.place is None:
        return True
    p, q = a.place, b.place
    return bool(p.admin1 and p.admin1 == q.name or q.admin1 and q.admin1 == p.name)
