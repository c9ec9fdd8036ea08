"""Step: turn each draft (the mentions of one event) into an `Event` of the contract.

* Date: the explicit dates of its mentions (their span when they differ, both phrases kept);
  none → UCDP's "unknown start, ends by publication". An event the text dates more than
  `BACKGROUND_DAYS` before publication is history told in passing: kept, marked ``background``.
* Places: origin/destination/via of movements; the place hit (a point on the route when a
  convoy was struck en route); every place hit in ``locations``.
* Claims: `events.extract.event_claims` (each claim of the event once, with its speaker).
* A strike on a convoy en route is also the convoy's movement (attempted when the strike
  stopped it), as the annotation guide and ACLED code it.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from events.extract.actor_registry import allied, registry
from events.extract.doc import Candidate, Dated, Doc, Draft
from events.extract.event_claims import claims_of, dedupe_claims, within_ceiling
from events.extract.dates_calendar import prec_of
from events.extract.links import date_strikes_by_their_moves
from events.extract.quantities_lexicon import load_lexicon
from events.extract.trigger_words import trigger_lexicon
from events.model import Actor, Event, Evidence, Place

BACKGROUND_DAYS = 365
_ROLE_RANK = {"actor1": 0, "actor2": 1, "associated": 2}
_GENERIC = {"bombardment": "shelling", "violence": "attack"}


def _settle_type(d: Draft) -> str:
    """Generic types left open by the clause: a bare "قصف" is shelling; violence whose
    victims are fighters or soldiers is a clash ("لقي 3 من عناصر الكتيبة مصرعهم", "خطف 5
    مقاتلين"), violence on anyone else an attack."""
    if d.event_type == "violence":
        armed = {x.who for c in d.cands for x in c.losses} & {"fighters", "soldiers"}
        one_sided = any(c.one_sided and not c.definite for c in d.cands)
        return "clash" if armed and not one_sided else "attack"
    if d.event_type == "detention":  # an armed group's arrest is an abduction
        group = any(m.actor_type == "non_state_armed_group" and role == "actor1"
                    for c in d.cands for m, role in c.actors)
        return "attack" if group else "other"
    return _GENERIC.get(d.event_type, d.event_type)


def build_events(doc: Doc) -> None:
    events = [_event(doc, d) for d in doc.drafts]
    _reinforcements_hit(events, doc.drafts)
    moves = [e for e in events if e.event_type == "movement"]
    for e, d in zip(list(events), doc.drafts):
        if m := _convoy_move(doc, e, d, moves):  # one move for a convoy struck, told twice
            events.append(m)
            moves.append(m)
    events = _merge_twins(events)
    dedupe_claims(events)
    date_strikes_by_their_moves(events)
    doc.events = events


def _event(doc: Doc, d: Draft) -> Event:
    e = Event(article_id=doc.article_id, event_type=_settle_type(d),
              modality=d.modality)
    _set_date(e, d, doc.published)
    _set_places(e, d)
    if d.refers_to is not None and d.refers_to in doc.drafts:
        _inherit(e, d.refers_to, doc.published)
    _set_actors(e, d, registry(doc.language).group_men)
    claimants = list(dict.fromkeys(c.claimant for c in d.cands if c.claimant))
    e.claimant = "; ".join(claimants) or None
    if e.event_type == "agreement" and e.modality == "actual" and claimants:
        # an agreement reported by someone who is not a party to it is an allegation
        sides = {m.side for c in d.cands for m, _ in c.actors}
        speaker_sides = {_side_of(n) for n in claimants}
        if not (speaker_sides & sides) or None in speaker_sides:
            e.modality = "alleged"
    e.claims = claims_of(doc, d)
    if not e.background:
        e.claims = within_ceiling(doc, d, e.claims, load_lexicon(doc.language).event_ceiling)
    sentences = sorted({c.sentence for c in d.cands} | {x.sentence for c in d.cands for x in c.losses})
    e.evidence = [_evidence(doc, i) for i in sentences]
    e.confidence = _confidence(e, d)
    return e


def _inherit(e: Event, source: Draft, published: date | None) -> None:
    """Where and when another claimant's report of the same event happened, when it does
    not say so itself."""
    told = Event(article_id=e.article_id, event_type=e.event_type)
    _set_date(told, source, published)
    _set_places(told, source)
    if e.date_start is None and told.date_start is not None:
        e.date_start, e.date_end, e.date_prec = told.date_start, told.date_end, told.date_prec
        e.time_precision, e.background = told.time_precision, told.background
    if e.location is None and e.origin is None and e.destination is None:
        e.location, e.origin, e.destination = told.location, told.origin, told.destination


def _side_of(name: str) -> str | None:
    for info in registry().by_id.values():
        if info.name == name:
            return info.side
    return None


def _evidence(doc: Doc, i: int) -> Evidence:
    s = doc.sentences[i]
    start, end = doc.span(s.start, s.end)
    text = doc.text[start:end]
    stripped = text.rstrip()
    return Evidence(stripped, start, start + len(stripped))


def _set_date(e: Event, d: Draft, published: date | None) -> None:
    explicit = [c.date for c in d.cands if c.date and c.date.start is not None]
    e.date_text = list(dict.fromkeys(t for c in d.cands if c.date for t in c.date.texts))
    if explicit:
        explicit = _narrowest_nested(explicit)
        start = min(x.start for x in explicit)  # type: ignore[type-var]
        end = max(x.end or x.start for x in explicit)  # type: ignore[type-var]
        precs = {x.prec for x in explicit if x.prec}
        spans = {(x.start, x.end) for x in explicit}
        e.date_prec = precs.pop() if len(spans) == 1 and len(precs) == 1 else prec_of(start, end)
        e.date_start, e.date_end = start.isoformat(), end.isoformat()
        e.time_precision = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}.get(e.date_prec or 0)
        e.background = published is not None and (published - end) > timedelta(days=BACKGROUND_DAYS) \
            or all(c.remembered for c in d.cands)  # an anniversary recalls it: not today's news
        if published is not None and start > published and e.modality == "actual":
            e.modality = "planned"  # "مطلع آب المقبل", "next month": it has not happened yet
    else:  # undated: by the day it was reported, else by publication (UCDP)
        ends = [c.date.end for c in d.cands if c.date and c.date.end is not None]
        end = min(ends) if ends else published
        e.date_end = end.isoformat() if end else None
        # "منذ أن سيطرت", "ذكرى الهجوم": told as before, undated
        e.background = all(c.since or c.remembered for c in d.cands)


def _narrowest_nested(dates: list[Dated]) -> list[Dated]:
    """Mentions dated "this month" and "on the 8th" tell one day: when every date holds the
    narrowest one, that one dates the event; dates that do not nest keep their whole span."""
    def span(x: Dated) -> tuple[date, date]:
        return x.start, x.end or x.start  # type: ignore[return-value]
    narrow = min(dates, key=lambda x: span(x)[1] - span(x)[0])
    lo, hi = span(narrow)
    return [narrow] if all(span(x)[0] <= lo and hi <= span(x)[1] for x in dates) else dates


def _set_places(e: Event, d: Draft) -> None:
    origin = next((c.origin for c in d.cands if c.origin), None)
    dest = next((c.destination for c in d.cands if c.destination), None)
    e.origin = origin.place if origin else None
    e.destination = dest.place if dest else None
    vias: dict[str, Place] = {}
    for c in d.cands:
        for v in c.via:
            if v.place:
                vias.setdefault(v.place.name, v.place)
    e.via = list(vias.values())
    located = [c for c in d.cands if c.location is not None]
    if any(c.route for c in d.cands) and e.origin and e.destination:
        e.location = route_point(e.origin, e.destination)
    elif located:
        e.location = min((c.location for c in located),  # the most precise place told
                         key=lambda p: p.place.where_prec if p.place else 9).place  # type: ignore[union-attr]
    elif e.event_type == "movement":
        e.location = e.origin or e.destination
    places: dict[str, Place] = {}
    for c in d.cands:
        for p in c.locations:
            if p.place:
                places.setdefault(p.place.name, p.place)
    if e.location and e.location.name in places:
        places = {e.location.name: e.location, **places}
    e.locations = list(places.values()) if len(places) > 1 else []


_ROUTE_CACHE: dict[tuple, Place] = {}


def route_point(a: Place, b: Place) -> Place:
    """A point between two places (UCDP where_prec 5), from geo.routes; the same pair recurs
    across articles, so its geodesic is computed once per process."""
    key = (a.gazetteer_id or a.name, a.lat, a.lon, b.gazetteer_id or b.name, b.lat, b.lon)
    if key not in _ROUTE_CACHE:
        if len(_ROUTE_CACHE) > 10_000:
            _ROUTE_CACHE.clear()
        _ROUTE_CACHE[key] = _compute_route_point(a, b)
    return replace(_ROUTE_CACHE[key])


def _compute_route_point(a: Place, b: Place) -> Place:
    if None not in (a.lat, a.lon, b.lat, b.lon):
        from geo.routes import route
        return route(a, b).midpoint()
    return Place(f"{a.name} – {b.name}", None, None, None, "route", a.admin1, a.country, 3, 5)


def _set_actors(e: Event, d: Draft, generic: frozenset[str] = frozenset()) -> None:
    """The event's actors, each once in the role its first mention gives it. A press word for
    armed men of unknown side (en/actors.yaml ``group_men``: "Militants (unspecified)") in a
    role where an armed group of a known side stands is that group's men ("Syrian army kills 80
    terrorists" over a body naming ISIL, "killing 20 militants" after "Daesh targets"): no actor
    of its own in any role, nor an actor1 that would push the named group to actor2."""
    named = {role for c in d.cands for m, role in c.actors
             if m.actor_type == "non_state_armed_group" and m.actor_id not in generic
             and m.side not in (None, "unknown")} if generic else set()
    theirs = {m.actor_id for c in d.cands for m, role in c.actors if role in named and m.actor_id in generic}
    chosen: dict[str, Actor] = {}
    sides: dict[str, str | None] = {}
    for c in d.cands:
        for m, role in c.actors:
            if m.name in chosen or m.actor_id in theirs:
                continue
            a1 = next((a for a in chosen.values() if a.role == "actor1"), None)
            if a1 is not None and role == "actor1":
                role = "associated" if allied(sides[a1.name], m.side) else "actor2"
            chosen[m.name] = Actor(m.name, m.name_ar, role, m.text)
            sides[m.name] = m.side
    e.actors = sorted(chosen.values(), key=lambda a: _ROLE_RANK.get(a.role, 3))


def _reinforcements_hit(events: list[Event], drafts: list[Draft]) -> None:
    """"هاجم المسلحون رتلا يضم تعزيزات للحوثيين كانت في طريقها إلى لحج": reinforcements in a
    convoy struck in their own sentence were moving, not deployed — the convoy's movement,
    attempted when the strike killed or destroyed (the guide's convoy rule)."""
    for e, d in zip(events, drafts):
        if e.event_type != "deployment" or not any(c.route_triggers for c in d.cands):
            continue
        sentences = {c.sentence for c in d.cands}
        hit = [(s, sd) for s, sd in zip(events, drafts) if s.event_type in _STRUCK
               and any(c.sentence in sentences for c in sd.cands)]
        if not hit:
            continue
        e.event_type = "movement"
        e.modality = "attempted" if any(_stopped(s) for s, _ in hit) else e.modality


_STRUCK = ("airstrike", "shelling", "clash", "attack")


def _stopped(strike: Event) -> bool:
    return any(cl.category in ("killed", "vehicles_destroyed", "technicals_destroyed",
                               "tankers_destroyed", "tanks_destroyed") for cl in strike.claims)


def _convoy_move(doc: Doc, strike: Event, d: Draft, moves: list[Event]) -> Event | None:
    """The movement of a convoy struck en route, unless the article tells it itself: actor1
    is the convoy's side (the strike's target, which must be named when the route has both
    ends); attempted when the strike killed or destroyed (the convoy was stopped). A convoy
    told only by where it was going ("trucks carrying aid to X", "a convoy heading to X")
    moved too, named or not."""
    if strike.event_type not in _STRUCK:
        return None
    targets = [a for a in strike.actors if a.role == "actor2"]
    routed = any(c.route for c in d.cands) and strike.origin and strike.destination
    bound = strike.destination and not strike.origin and _struck_en_route(doc, d)
    if not (routed and targets) and not bound:
        return None
    if any(_same_route(m, strike) for m in moves):
        return None
    stopped = _stopped(strike)
    move = Event(article_id=strike.article_id, event_type="movement",
                 modality="attempted" if stopped else "actual",
                 date_start=strike.date_start, date_end=strike.date_end, date_prec=strike.date_prec,
                 time_precision=strike.time_precision, date_text=list(strike.date_text),
                 location=replace(strike.location) if strike.location else None,
                 origin=strike.origin, destination=strike.destination, via=list(strike.via),
                 actors=[Actor(a.name, a.name_ar, "actor1", a.text) for a in targets[:1]],
                 claimant=strike.claimant, evidence=list(strike.evidence),
                 confidence=round(strike.confidence * 0.8, 2), background=strike.background)
    return move


def _struck_en_route(doc: Doc, d: Draft) -> bool:
    """The moving thing is what was struck: its route words come after the strike word ("hit a
    convoy heading to X", "a raid on a convoy delivering aid to X") or the strike verb is
    passive ("a convoy carrying aid to X was hit"); "forces heading to X shelled …" is no
    convoy struck."""
    passive = trigger_lexicon(doc.language).passive
    for c in d.cands:
        if not (c.route_triggers and c.destination):
            continue
        if any(t.first < r.first for t in c.triggers for r in c.route_triggers):
            return True
        if any(t.verb and t.first > 0 and doc.tokens[t.first - 1].key in passive
               for t in c.triggers):
            return True
    return False


def _same_route(move: Event, strike: Event) -> bool:
    """A movement the article tells, on the strike's route, within a few days of it."""
    if not (move.destination and strike.destination):
        return False
    if move.destination.name != strike.destination.name or (
            strike.origin and (move.origin is None or move.origin.name != strike.origin.name)):
        return False
    if not (move.date_end and strike.date_end):
        return True
    a0 = date.fromisoformat(move.date_start or move.date_end)
    b0 = date.fromisoformat(strike.date_start or strike.date_end)
    a1, b1 = date.fromisoformat(move.date_end), date.fromisoformat(strike.date_end)
    return (a0 - b1).days <= 3 and (b0 - a1).days <= 3


def _merge_twins(events: list[Event]) -> list[Event]:
    """Events that agree on what `Event.assign_id` hashes (type, modality, first sentence,
    date) would share an id: they are one event told twice in one sentence — keep one."""
    out: dict[tuple, Event] = {}
    for e in events:
        first = e.evidence[0].start if e.evidence else None
        key = (e.event_type, e.modality, first, e.date_start,
               e.location.name if e.location else None)
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


def _confidence(e: Event, d: Draft) -> float:
    """How much of the event the text gave us: 0.3 for a trigger, then actors, place, date,
    claimant, and a little for each corroborating sentence."""
    score = 0.3
    score += 0.15 if any(a.role == "actor1" for a in e.actors) else 0
    score += 0.1 if any(a.role == "actor2" for a in e.actors) else 0
    score += 0.15 if e.location or e.origin or e.destination else 0
    score += 0.15 if e.date_start else 0
    score += 0.1 if e.claimant else 0
    score += min(0.05 * (len(e.evidence) - 1), 0.1)
    return round(min(score, 1.0), 2)


__all__ = ["BACKGROUND_DAYS", "Candidate", "build_events", "route_point"]
