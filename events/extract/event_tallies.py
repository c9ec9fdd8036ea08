"""Events counted over months or years are a tally, not an event of the news: "أحبطت السلطات
أكثر من 300 عملية إرهابية خلال عقد ونصف", "121 هجوما منذ بداية العام", "26350 غارة خلال الأشهر
التسعة الماضية". Told beside the day's news they would put one undated attack, strike or plot
on the map for hundreds, dated now.

The shape read: an event noun right after a count of more than one (digits or number words,
"عشرات" too), in a sentence with a span word of ``event_tallies.spans`` followed within three
words by a unit of ``event_tallies.units`` (``data/lexicon/triggers.yaml``), and no date of a
day or a few days in the noun's clause ("شن الطيران 20 غارة منذ فجر أمس" is the day's news).
Events counted in the thousands ("12053 غارة", "14297 برميلا") are a tally even when the span
was named in an earlier sentence — no day of a war has so many — unless their clause dates them
to a month or finer ("2000 برميل خلال يوليو": a month's toll, the item's main claim) or they
are the weapons of a deed ("استهدفت البلدتين بأكثر من 1400 قذيفة"). What the counted events
did, told right after them ("12053 غارة، استهدفت بصواريخها عدة مناطق"), and strikes aimed at
hundreds of towns ("مئات المدن والبلدات", `event_tallies.many_targets`) are the tally too.
"""
from __future__ import annotations

from events.extract.clauses import clause_of
from events.extract.doc import Clause, Doc, Trigger
from events.extract.numbers import parse_at
from events.extract.trigger_records import TriggerLexicon
from text import Token

COUNT_REACH = 3  # tokens a count may take before its noun ("أكثر من 300", "ثلاثمئة")
UNIT_REACH = 3  # words from a span word to its unit ("خلال الأشهر التسعة", "منذ بداية العام")
MANY = 1000  # events counted in the thousands are a tally whatever span the text names
DAY_PREC = 2  # a date this precise (a day, a night, a few days) tells the day's news
MONTH_PREC = 4  # a unit inside a date this precise names a month, not a span of months
BOUND_REACH = 5  # tokens from "منذ/حتى" to the date that bounds a period ("وحتى فجر أمس الـ20")


def counted_over_time(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """The trigger ``t`` is an event noun counted in the many over a period (module doc), or
    any event word aimed at hundreds of towns in its clause."""
    if _many_targets(doc, clause, lex) and not _dated_within(doc, clause, DAY_PREC):
        return True  # "استهدفت البراميل والغارات مئات المدن والبلدات": many strikes summed
    count, by = (0, False) if t.verb or not lex.tally_spans else _count(doc, t)
    if count >= MANY and not by and not _dated_within(doc, clause, MONTH_PREC, lex.tally_bounds):
        return True  # "ألقت المروحيات 14297 برميلا", "12053 غارة": no day has so many
    if count <= 1:
        return False
    lo, hi = doc.sentences[t.sentence].tokens
    if not any(not lex.tally_spans.isdisjoint(_forms(doc.tokens[k])) and any(
            not lex.tally_units.isdisjoint(doc.tokens[j].stems) and not _named_month(doc, j)
            for j in range(k + 1, min(hi, k + 1 + UNIT_REACH))) for k in range(lo, hi)):
        return False
    return not _dated_within(doc, clause, DAY_PREC)


def _many_targets(doc: Doc, clause: Clause, lex: TriggerLexicon) -> bool:
    return lex.many_targets.any_in(doc.norm, doc.tokens, clause.first, clause.last)


def continues_tally(doc: Doc, clause: Clause, lex: TriggerLexicon) -> bool:
    """The clause goes on from events counted over a period, its verb right after their noun
    and a comma, no subject of its own ("12053 غارة، استهدفت بصواريخها عدة مناطق"): what the
    counted strikes did, part of the tally."""
    before = [x for x in doc.triggers if x.last == clause.first and not x.verb]
    return any(counted_over_time(doc, x, doc.clauses[clause_of(doc, x.first)], lex)
               for x in before)


def _dated_within(doc: Doc, clause: Clause, prec: int, bounds: frozenset[str] = frozenset()) -> bool:
    """A date of precision ``prec`` or finer in the clause — with ``bounds``, not one that
    bounds a period ("منذ الـ20 من أكتوبر … وحتى فجر أمس الـ20 من يوليو": one of them at most
    `BOUND_REACH` words before it)."""
    start, end = doc.tokens[clause.first].start, doc.tokens[clause.last - 1].end
    return any(start <= d.start < end and (d.date_prec or 9) <= prec and not _bounding(doc, d.start, bounds)
               for d in doc.dates)


def _bounding(doc: Doc, at: int, bounds: frozenset[str]) -> bool:
    k = doc.token_at(at)
    return any(doc.tokens[j].key in bounds for j in range(max(0, k - BOUND_REACH), k + 1))


def _named_month(doc: Doc, j: int) -> bool:
    """The unit at token ``j`` is part of a date of a month or finer ("في شهر رمضان", "شهر
    يوليو"): one day or month of attacks ("ثلاث هجمات … حولت جمعة في شهر رمضان"), no long span."""
    at = doc.tokens[j].start
    return any(d.start <= at < d.end and (d.date_prec or 9) <= MONTH_PREC for d in doc.dates)


def _forms(tok: Token) -> set[str]:
    """A word's stems, and the word without و/ف: the stemmer keeps "وفي" whole (too short)."""
    return {*tok.stems, tok.key[1:]} if tok.key[:1] in ("و", "ف") else set(tok.stems)


def _count(doc: Doc, t: Trigger) -> tuple[float, bool]:
    """The number of more than one that ends right before the trigger's word, else 0 — not a
    year ("تعرضت في العام 1998 لهجوم"): no date expression holds it; and whether ب governs it
    (the weapons of a deed told by its verb: "استهدفت البلدتين بأكثر من 1400 قذيفة")."""
    for i in range(max(0, t.first - COUNT_REACH), t.first):
        n = parse_at(doc.norm, doc.tokens, i, doc.language)
        if n is not None and n.last == t.first and n.value > 1:
            if any(d.start <= n.start < d.end for d in doc.dates):
                return 0, False
            return n.value, _after_bi(doc, i)
    return 0, False


def _after_bi(doc: Doc, i: int) -> bool:
    """ب on the count at token ``i`` or on a word of it up to two before ("بأكثر من 1400",
    "بنحو 2000"), or written apart before it ("بـ«1400»")."""
    for k in range(max(0, i - 2), i + 1):
        key = doc.tokens[k].key
        if key.startswith("ب") and key[1:] in doc.tokens[k].stems:
            return True
    return doc.norm[max(0, doc.tokens[i].start - 3):doc.tokens[i].start].rstrip(' «"ـ').endswith("ب")
