"""Assembly: merge the sentence-level candidates of `frames` into the article's events.

ACLED's rule is one event per (type, date, place, actors); news repeats itself (the lead, then
the quoted statement, then an official's comment), so candidates merge when nothing they know
contradicts:
1. **continuation** — a candidate joins the event of the previous sentence of its paragraph
   when it has the same type (or only result words, مقتل/تدمير, after a violent event) and no
   contradicting date or actors: "حاول عناصر داعش التوجه… . وغادرت 3 قوافل…" is one movement;
2. **re-mention** — a candidate joins the *earliest* compatible event of the article (same
   type and modality, actor sides one within the other, dates overlapping — an undated
   mention is in the publication week — and places agreeing). Earliest, because news is an
   inverted pyramid: a later undated "Russian forces struck their convoys" re-tells the lead.
A candidate that is not anchored (no armed actor, no casualties) only ever joins an event.

Dates: the sentence's own date (outside the attribution clause), else the latest date of the
one or two previous sentences of the paragraph, else — decided and documented — the week
before publication (date_prec 3, ACLED time_precision 2) with ``date_text`` holding any
unresolved date words; without a publication date such an event stays undated.
Claims: one per distinct (category, qualifier, figures) in the article; a repeat adds its
sentence to the evidence and nothing to the totals.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from events.extract.actors import allied, registry
from events.extract.doc import Doc, LossMention, PlaceMention
from events.extract.frames import (MODALITY_RANK, VIOLENT, Candidate, Dated, build_candidates,
                                   is_anchored)
from events.extract.claimants import same_paragraph
from events.extract.dates_calendar import prec_of
from events.extract.links import date_strikes_by_their_moves
from events.model import Actor, Claim, Event, Evidence, Place

_ROLE_RANK = {"actor1": 0, "actor2": 1, "associated": 2}


@dataclass
class Draft:
    event_type: str
    modality: str
    cands: list[Candidate] = field(default_factory=list)
    anchored: bool = False

    # --- what the merged candidates say
    def sides(self) -> set[str]:
        return {m.side or m.name for c in self.cands for m, role in c.actors
                if role in ("actor1", "actor2")}

    def explicit(self) -> list[Dated]:
        return [c.date for c in self.cands if c.date and c.date.source in ("sentence", "carried")]

    def place(self, attr: str) -> PlaceMention | None:
        return next((getattr(c, attr) for c in self.cands if getattr(c, attr)), None)

    def claimants(self) -> list[str]:
        return list(dict.fromkeys(c.claimant for c in self.cands if c.claimant))

    def add(self, c: Candidate) -> None:
        self.cands.append(c)
        self.anchored = self.anchored or is_anchored(c)
        if MODALITY_RANK[c.modality] > MODALITY_RANK[self.modality]:
            self.modality = c.modality
        if self.event_type == "bombardment" and c.event_type in ("airstrike", "shelling"):
            self.event_type = c.event_type


def _overlap(a: Dated, b: Dated, slack: int = 1) -> bool:
    if a.start is None or b.start is None:
        return True
    a_end, b_end = a.end or a.start, b.end or b.start
    return (a.start - b_end).days <= slack and (b.start - a_end).days <= slack


def _dates_agree(d: Draft, c: Candidate) -> bool:
    if c.date is None:
        return True
    mine = d.explicit()
    if c.date.source in ("sentence", "carried"):
        if mine:
            return all(_overlap(x, c.date) for x in mine)
        windows = [x.date for x in d.cands if x.date and x.date.source == "window"]
        return all(_overlap(w, c.date, 0) for w in windows)
    if c.date.source == "window" and mine:
        return all(_overlap(x, c.date, 0) for x in mine)
    return True


def _places_agree(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None or a.place is None or b.place is None:
        return True
    p, q = a.place, b.place
    if p.name == q.name or (p.admin1 and p.admin1 == q.admin1):
        return True
    if p.kind == "country" or q.kind == "country":
        return p.country == q.country
    return False


def _types_agree(a: str, b: str) -> bool:
    return a == b or {a, b} in ({"bombardment", "airstrike"}, {"bombardment", "shelling"})


def _actors_agree(d: Draft, c: Candidate) -> bool:
    mine = {m.side or m.name for m, role in c.actors if role in ("actor1", "actor2")}
    theirs = d.sides()
    if d.event_type == "statement":
        return d.claimants()[:1] == ([c.claimant] if c.claimant else [])
    return not mine or not theirs or mine <= theirs or theirs <= mine


def _compatible(d: Draft, c: Candidate, *, continuation: bool = False) -> bool:
    if continuation:
        same = _types_agree(d.event_type, c.event_type) or (
            d.event_type in VIOLENT and c.event_type in VIOLENT and c.weak)
    else:
        same = _types_agree(d.event_type, c.event_type) and d.modality == c.modality
    if not same or not _actors_agree(d, c) or not _dates_agree(d, c):
        return False
    attrs = ("origin", "destination") if d.event_type == "movement" else (
        "location", "origin", "destination")
    return all(_places_agree(d.place(attr), getattr(c, attr)) for attr in attrs)


def assemble(doc: Doc) -> list[Event]:
    if not doc.triggers:
        return []
    cands = build_candidates(doc)
    drafts: list[Draft] = []
    last_of_sentence: dict[int, list[Draft]] = {}
    for c in sorted(cands, key=lambda c: (c.sentence, c.first_token)):
        target = None
        for back in (1, 2):  # continuation: the previous sentence(s) of the paragraph
            j = c.sentence - back
            if j < 0 or not same_paragraph(doc, j, c.sentence):
                break
            target = next((d for d in reversed(last_of_sentence.get(j, []))
                           if _compatible(d, c, continuation=True)), None)
            if target or last_of_sentence.get(j):
                break
        if target is None:  # re-mention: the earliest compatible event of the article
            target = next((d for d in drafts if d.anchored and _compatible(d, c)), None)
        if target is None:
            target = Draft(c.event_type, c.modality)
            drafts.append(target)
        target.add(c)
        last_of_sentence.setdefault(c.sentence, []).append(target)
    events = _merge_twins([_event(doc, d) for d in drafts if d.anchored])
    _dedupe_claims(doc, events)
    date_strikes_by_their_moves(events)
    return events


def _merge_twins(events: list[Event]) -> list[Event]:
    """Events that agree on what `Event.assign_id` hashes (type, modality, first sentence,
    date) would share an id: they are one event told twice in one sentence — keep one."""
    out: dict[tuple, Event] = {}
    for e in events:
        first = e.evidence[0].start if e.evidence else None
        key = (e.event_type, e.modality, first, e.date_start)
        twin = out.get(key)
        if twin is None:
            out[key] = e
            continue
        names = {a.name for a in twin.actors}
        twin.actors += [a for a in e.actors if a.name not in names]
        starts = {v.start for v in twin.evidence}
        twin.evidence += [v for v in e.evidence if v.start not in starts]
        twin.evidence.sort(key=lambda v: v.start)
        twin.claims += e.claims
        twin.location = twin.location or e.location
    return list(out.values())


def _event(doc: Doc, d: Draft) -> Event:
    etype = d.event_type
    if etype == "bombardment":
        etype = "shelling"
    elif etype == "violence":
        etype = "attack"
    e = Event(article_id=doc.article_id, event_type=etype, modality=d.modality)
    _set_date(e, d)
    _set_places(e, d)
    _set_actors(e, d)
    claimants = d.claimants()
    e.claimant = "; ".join(claimants) or None
    if etype == "agreement" and e.modality == "actual" and claimants:
        # An agreement reported by someone who is not a party to it is an allegation.
        sides = {m.side for c in d.cands for m, _ in c.actors}
        speaker_sides = {_side_of(n) for n in claimants}
        if not (speaker_sides & sides) or None in speaker_sides:
            e.modality = "alleged"
    speakers: list[str | None] = doc.extra.get("sentence_speaker") or []
    seen: set[tuple] = set()
    for c in d.cands:
        for x in c.losses:
            key = _claim_key(x)
            if key in seen:
                continue
            seen.add(key)
            s, t = doc.span(x.start, x.end)
            who = _claimant_at(doc, x.sentence, x.start) or (
                speakers[x.sentence] if x.sentence < len(speakers) else None)
            e.claims.append(Claim(x.category, x.who, x.qualifier, x.low, x.best, x.high,
                                  doc.text[s:t], s, t, who or c.claimant))
    sentences = sorted({c.sentence for c in d.cands} | {x.sentence for c in d.cands
                                                        for x in c.losses})
    e.evidence = [_evidence(doc, i) for i in sentences]
    e.confidence = _confidence(e, d)
    return e


def _claimant_at(doc: Doc, sentence: int, offset: int) -> str | None:
    """The speaker of the last frame before ``offset`` in its sentence: in "قال التحالف إن
    غاراته قتلت 40…، فيما قالت جماعة الحوثي إن الغارات قتلت 12 مدنياً" each number has its
    own claimant."""
    best = None
    for f in doc.attributions:
        if f.sentence == sentence and f.start <= offset and f.claimant:
            best = f.claimant
    return best


def _side_of(name: str) -> str | None:
    for info in registry().by_id.values():
        if info.name == name:
            return info.side
    return None


def _claim_key(x: LossMention) -> tuple:
    return (x.category, x.qualifier, x.low, x.best, x.high)


def _evidence(doc: Doc, i: int) -> Evidence:
    s = doc.sentences[i]
    start, end = doc.span(s.start, s.end)
    text = doc.text[start:end]
    stripped = text.rstrip()
    return Evidence(stripped, start, start + len(stripped))


def _set_date(e: Event, d: Draft) -> None:
    explicit = d.explicit()
    if explicit:
        starts = [x.start for x in explicit if x.start]
        ends = [x.end or x.start for x in explicit if x.start]
        if starts:
            e.date_start, end = min(starts), max(ends)
            e.date_end = end
            precs = [x.prec for x in explicit if x.prec]
            e.date_prec = precs[0] if len(set(
                (x.start, x.end) for x in explicit)) == 1 and precs else prec_of(e.date_start, end)
        e.date_text = list(dict.fromkeys(t for x in explicit for t in x.texts))
    else:
        window = next((c.date for c in d.cands if c.date and c.date.source == "window"), None)
        texts = [t for c in d.cands if c.date for t in c.date.texts]
        if window is not None:
            e.date_start, e.date_end, e.date_prec = window.start, window.end, window.prec
        e.date_text = list(dict.fromkeys(texts))
    if isinstance(e.date_start, date):
        e.date_start = e.date_start.isoformat()
    if isinstance(e.date_end, date):
        e.date_end = e.date_end.isoformat()
    e.time_precision = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}.get(e.date_prec or 0)


def _set_places(e: Event, d: Draft) -> None:
    origin, dest = d.place("origin"), d.place("destination")
    e.origin = origin.place if origin else None
    e.destination = dest.place if dest else None
    vias: dict[str, Place] = {}
    for c in d.cands:
        for v in c.via:
            if v.place:
                vias.setdefault(v.place.name, v.place)
    e.via = list(vias.values())
    loc = d.place("location")
    if any(c.route for c in d.cands) and e.origin and e.destination:
        e.location = _route_point(e.origin, e.destination)
    elif loc is not None:
        e.location = loc.place
    elif e.event_type == "movement":
        e.location = e.origin or e.destination


_ROUTE_CACHE: dict[tuple, Place] = {}


def _route_point(a: Place, b: Place) -> Place:
    """A point between two places (UCDP where_prec 5), from geo.routes when available; the
    same pair recurs across articles, so its geodesic is computed once per process."""
    key = (a.gazetteer_id or a.name, a.lat, a.lon, b.gazetteer_id or b.name, b.lat, b.lon)
    if key not in _ROUTE_CACHE:
        if len(_ROUTE_CACHE) > 10_000:
            _ROUTE_CACHE.clear()
        _ROUTE_CACHE[key] = _compute_route_point(a, b)
    return replace(_ROUTE_CACHE[key])


def _compute_route_point(a: Place, b: Place) -> Place:
    try:
        from geo.routes import route
        return route(a, b).midpoint()
    except Exception:
        lat = (a.lat + b.lat) / 2 if a.lat is not None and b.lat is not None else None
        lon = (a.lon + b.lon) / 2 if a.lon is not None and b.lon is not None else None
        return Place(f"{a.name} – {b.name}", None, lat, lon, "route", a.admin1, a.country, 3, 5)


def _set_actors(e: Event, d: Draft) -> None:
    chosen: dict[str, Actor] = {}
    sides: dict[str, str | None] = {}
    for c in d.cands:
        for m, role in c.actors:
            if m.name in chosen:
                continue
            a1 = next((a for a in chosen.values() if a.role == "actor1"), None)
            if a1 is not None and role == "actor1":
                role = "associated" if allied(sides[a1.name], m.side) else "actor2"
            chosen[m.name] = Actor(m.name, m.name_ar, role, m.text)
            sides[m.name] = m.side
    e.actors = sorted(chosen.values(), key=lambda a: _ROLE_RANK.get(a.role, 3))


def _confidence(e: Event, d: Draft) -> float:
    """How much of the event the text gave us: 0.3 for a trigger, then actors, place, date,
    claimant, and a little for each corroborating sentence."""
    score = 0.3
    score += 0.15 if any(a.role == "actor1" for a in e.actors) else 0
    score += 0.1 if any(a.role == "actor2" for a in e.actors) else 0
    score += 0.15 if e.location or e.origin or e.destination else 0
    score += 0.15 if d.explicit() else 0.05 if e.date_start else 0
    score += 0.1 if e.claimant else 0
    score += min(0.05 * (len(e.evidence) - 1), 0.1)
    return round(min(score, 1.0), 2)


def _dedupe_claims(doc: Doc, events: list[Event]) -> None:
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
    if (a.event_type in VIOLENT) != (b.event_type in VIOLENT):
        return False
    pa, pb = a.location, b.location
    return pa is None or pb is None or pa.name == pb.name or bool(pa.admin1 and pa.admin1 == pb.admin1)
