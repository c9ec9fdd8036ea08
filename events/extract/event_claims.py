"""The claims of one event, each told once: the losses of its mentions become `Claim`s with the
speaker of their own frame; a claim told again in the event (the title and the body, the lead
and a quote) adds nothing; equal claims in two events of the article that could be one count in
the first. Part of the ``events`` step (`events.extract.build`).

Told again means: the same category, qualifier and figures ("more than 80 killed" twice); the
same figure re-qualified ("kills 15" in the title, "at least 15 killed" in the body); or the
title's figureless "قتلى وجرحى" beside the body's "قتل 12 وأصيب 20". A sum of two of them would
read 30 for 15 deaths.
"""
from __future__ import annotations

import re

from events.extract.claimants import speaker_at
from events.extract.doc import Doc, Draft, LossMention
from events.extract.headlines import title_sentences
from events.model import Claim, Event


def claims_of(doc: Doc, d: Draft) -> list[Claim]:
    """The event's claims in text order, each once, with its claimant."""
    out: list[Claim] = []
    seen: dict[tuple, Claim] = {}
    told_in: dict[tuple, int] = {}  # the sentence a claim's provenance points to
    titles = _title_sentences(doc)
    for c in d.cands:
        for x in c.losses:
            who = _claimant_at(doc, x) or (c.claimant if c.sentence != x.sentence else None)
            s, t = doc.span(x.start, x.end)
            repeat = seen.get(_claim_key(x))
            if repeat is not None:  # told again: once in the totals, by whoever is named
                repeat.claimant = repeat.claimant or who
                if told_in[_claim_key(x)] in titles and x.sentence not in titles:
                    repeat.text, repeat.start, repeat.end = doc.text[s:t], s, t  # the body says more
                    told_in[_claim_key(x)] = x.sentence
                continue
            claim = Claim(x.category, x.who, x.qualifier, x.low, x.best, x.high, doc.text[s:t],
                          s, t, who)
            seen[_claim_key(x)] = claim
            told_in[_claim_key(x)] = x.sentence
            out.append(claim)
    in_title = {id(c) for k, c in seen.items() if told_in[k] in titles}
    return _merge_requalified(_without_vague_titles(out, in_title), in_title)


def _merge_requalified(claims: list[Claim], in_title: set[int]) -> list[Claim]:
    """"kills 15" in the title and "at least 15 killed" in the body: one figure told twice with
    another qualifier or of people named more or less exactly ("16 people", "16 civilians") is
    one claim — the body's wording kept (it says more), the claimant the first named, as for a
    figure repeated word for word. Other victims (five soldiers, five civilians) stay apart."""
    out: list[Claim] = []
    for c in claims:
        twin = next((k for k in out if k.category == c.category and _figure(k) is not None
                     and _figure(k) == _figure(c) and _agree(k.who, c.who, "unknown")), None)
        if twin is None:
            out.append(c)
            continue
        keep = c if _says_more(c, twin, in_title) else twin
        keep.claimant = twin.claimant or c.claimant
        out[out.index(twin)] = keep
    return out


def _says_more(c: Claim, twin: Claim, in_title: set[int]) -> bool:
    """The body over the title; else a qualified figure ("at least 15") over a bare one."""
    if (id(c) in in_title) != (id(twin) in in_title):
        return id(twin) in in_title
    return twin.qualifier == "exact" and c.qualifier != "exact"


def _figure(c: Claim) -> int | None:
    return c.low if c.low is not None else c.best


def _agree(a: str | None, b: str | None, blank: str) -> bool:
    return a == b or a in (None, blank) or b in (None, blank)


def _title_sentences(doc: Doc) -> set[int]:
    """The sentences that are the article's title — the first line, alone in its paragraph, a
    body after (`headlines.title_sentences`) — or the title told again at the head of the body
    (after a dateline)."""
    n = title_sentences(doc)
    if n == 0:
        return set()
    words = [t.key for t in doc.tokens[doc.sentences[0].tokens[0]:doc.sentences[n - 1].tokens[1]]]
    if len(words) < 4:
        return set(range(n))
    return set(range(n)) | {i for i in (n, n + 1) if i < len(doc.sentences)
                            and [t.key for t in doc.tokens[slice(*doc.sentences[i].tokens)]][-len(words):] == words}


def _claimant_at(doc: Doc, x: LossMention) -> str | None:
    """The speaker of the last frame before the claim in its sentence: in "قال التحالف إن
    غاراته قتلت 40…، فيما قالت جماعة الحوثي إن الغارات قتلت 12 مدنياً" each number has its
    own claimant; else the sentence's speaker (not a later frame's that tells something of its
    own: `claimants.speaker_at`)."""
    return speaker_at(doc, x.sentence, x.start)


def _claim_key(x: LossMention) -> tuple:
    """Who died is part of a claim: "five soldiers and five civilians" are two claims (a
    figure told once of unknown people and once of civilians is joined by `_merge_requalified`)."""
    return (x.category, x.who, x.qualifier, x.low, x.best, x.high)


def _without_vague_titles(claims: list[Claim], in_title: set[int]) -> list[Claim]:
    """A title's "قتلى وجرحى في غارات…" and its body's "قتل 12 وأصيب 20" in one event: the
    title's claim with no figure is the body's figured one told without it — one claim, not
    two (a vague claim of the body, "وقتل العديد من رجال الشرطة", may be other deaths). One-sided
    on purpose: the title's unknown victims are the body's counted soldiers, not the reverse."""
    def figured(c: Claim) -> bool:
        return c.low is not None or c.best is not None or c.high is not None
    counted = {(c.category, c.who) for c in claims if figured(c)}
    return [c for c in claims if figured(c) or id(c) not in in_title or not any(
        cat == c.category and (who == c.who or c.who in (None, "unknown")) for cat, who in counted)]


def dedupe_claims(events: list[Event]) -> None:
    """The same claim (same category, qualifier, figures and claimant) in two events of one
    article that could be one — same kind of violence, places not contradicting — counts
    once: the first event keeps it and gets the other sentence as evidence. Equal numbers
    about strikes on two different towns stay two claims."""
    owner: dict[tuple, Event] = {}
    for e in events:
        kept = []
        for cl in e.claims:
            key = (cl.category, cl.qualifier, cl.low, cl.best, cl.high, cl.claimant)
            first = owner.get(key)
            if first is None or first is e or not _could_be_one(first, e):
                owner.setdefault(key, e)
                kept.append(cl)
                continue
            ev = next((v for v in e.evidence if v.start <= cl.start < v.end), None)
            if ev and all(v.start != ev.start for v in first.evidence):
                first.evidence.append(ev)
                first.evidence.sort(key=lambda v: v.start)
        e.claims = kept


def _could_be_one(a: Event, b: Event) -> bool:
    violent = {"airstrike", "shelling", "clash", "attack"}
    if (a.event_type in violent) != (b.event_type in violent):
        return False
    pa, pb = a.location, b.location
    return pa is None or pb is None or pa.name == pb.name or bool(pa.admin1 and pa.admin1 == pb.admin1)


HARM = frozenset({"killed", "injured"})
DAY_PREC = 2  # UCDP: a day, or a day or two ("أمس", "on Tuesday", "الليلة الماضية")


def within_ceiling(doc: Doc, d: Draft, claims: list[Claim], ceiling: int) -> list[Claim]:
    """The claims of a current event without the dead or wounded of a war or a period told in
    passing: a figure of ``ceiling`` (quantities.yaml ``event_ceiling``) or more, however it
    is worded ("الإرهاب الذي قضى على نصف مليون عراقي"), is no one event's toll — unless its own
    clause dates it to a day ("its jets killed 6000 militants on Tuesday": a claim, however bold;
    not the day a minister said so) or the title tells it, the item's main claim ("داعش أعدم
    2000 في نينوى")."""
    if not ceiling:
        return claims
    n = title_sentences(doc)
    title = doc.norm[doc.sentences[0].start:doc.sentences[n - 1].end] if n else ""
    of_a_day = {(x.category, x.low if x.low is not None else x.best) for c in d.cands
                if c.date is not None and c.date.source == "clause" and c.date.prec is not None
                and c.date.prec <= DAY_PREC for x in c.losses}
    return [c for c in claims if c.category not in HARM or (_figure(c) or 0) < ceiling
            or (c.category, _figure(c)) in of_a_day or str(_figure(c)) in re.findall(r"\d+", title)]


__all__ = ["claims_of", "dedupe_claims", "within_ceiling"]

