"""Step: who and where — the actors and places of each candidate, read from its clause.

Actors and places are looked for in the candidate's clause (`events.extract.clauses`), within
`ACTOR_WINDOW` tokens of its trigger. Roles come from word order and the cue words of
``data/lexicon/roles.yaml``:
* the subject right after a verb or just before it acts (actor1); "على/ضد/مواقع X" or "80
  إرهابياً من X" is the target (actor2); allies and "بالتنسيق مع X" are associated;
* the agent of a passive ("لقصف من قبل قوات النظام", "على يد مسلحين") acts, whatever the order;
* an air force is never the target of its own strike, and a clause that goes on without a
  subject ("هاجمت القوات البلدة وسيطرت عليها") keeps the previous clause's actor;
* "من X" is an origin, "إلى/نحو/باتجاه Y" a destination, "عبر Z" a way through; the place hit
  is the first town after the trigger, and a list of places in different governorates after
  one strike verb is one event per governorate (ACLED: one event per location).
Generic violence is then typed (`_refine_type`): airstrike when an air actor or word is in the
clause, shelling for ground weapons, a clash between two sides, else an attack; a bare "قصف"
stays a `bombardment` until event identity or the final step settles it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from events import lexicon
from events.language import DEFAULT
from events.extract.actors import ARMED_TYPES, allied, info_of
from events.extract.candidates import VIOLENT
from events.extract.doc import ActorMention, Candidate, Clause, Doc, PlaceMention
from events.extract.trigger_words import trigger_lexicon
from events.model import Place
from text import PhraseMatcher

ACTOR_WINDOW = 15  # tokens around the trigger where its actors are looked for
PLACE_AFTER_WINDOW = 12  # a place this far after the trigger is where it happened


@dataclass(frozen=True)
class RoleLexicon:
    target: frozenset[str]
    agent: PhraseMatcher[bool]
    origin: frozenset[str]
    destination: frozenset[str]
    via: frozenset[str]
    inside: frozenset[str]
    ally: frozenset[str]
    announced: frozenset[str]
    area: frozenset[str]  # "في منطقة X": X itself, not a reference point
    directions: frozenset[str]  # "إلى الغرب من X": X is a reference point
    subject_first: bool  # SVO (English): the actor before the verb acts, the one after is hit


@functools.cache
def role_lexicon(language: str = DEFAULT) -> RoleLexicon:
    raw = lexicon.load("roles", language)
    agent: PhraseMatcher[bool] = PhraseMatcher()
    agent.add_all((w, True) for w in raw["agent_cues"])
    return RoleLexicon(frozenset(raw["target_cues"]), agent, frozenset(raw["origin"]),
                       frozenset(raw["destination"]), frozenset(raw["via"]),
                       frozenset(raw["inside"]), frozenset(raw["ally_cues"]),
                       frozenset(raw["announced_types"]), frozenset(raw.get("area_words") or ()),
                       frozenset(raw.get("direction_words") or ()), bool(raw.get("subject_first")))


def assign_roles(doc: Doc) -> None:
    """Give every candidate its actors and places, split place lists, settle generic types."""
    out: list[Candidate] = []
    last_actor1: dict[int, ActorMention] = {}
    for c in doc.candidates:
        assign_actors(doc, c)
        a1 = next((m for m, r in c.actors if r == "actor1"), None)
        if a1 is None and _continues_subject(doc, c):
            subject = _previous_subject(doc, c, last_actor1)
            if subject is not None and subject.name not in {m.name for m, _ in c.actors}:
                c.actors.insert(0, (subject, "actor1"))
                c.close_armed = True  # the subject is the verb's own pronoun
        elif a1 is not None:
            last_actor1[c.sentence] = a1
        assign_places(doc, c)
        _refine_type(doc, c)
        out.extend(split_by_place(doc, c))
    doc.candidates = out


def window(doc: Doc, c: Candidate, width: int = ACTOR_WINDOW) -> tuple[int, int]:
    """Token range of the candidate's clause, at most ``width`` tokens either side of it."""
    cl = doc.clauses[c.clause]
    return max(cl.first, c.first_token - width), min(cl.last, c.last_token + width)


def _continues_subject(doc: Doc, c: Candidate) -> bool:
    """A clause opened by its own verb after و ("…وسيطرت على") has the previous subject, and
    so has a verb that carries its plural subject as a pronoun ("وتقدموا", "انسحبوا")."""
    cl = doc.clauses[c.clause]
    # the verb opens the clause, or follows its opening conjunction ("حيث اختطفت", "ثم انسحبوا")
    opens = c.triggers[0].verb and (cl.first == c.first_token
                                    or bool(cl.opener) and c.first_token == cl.first + 1)
    return opens and (bool(cl.opener) or doc.tokens[c.first_token].key.endswith("وا"))


def _previous_subject(doc: Doc, c: Candidate, last_actor1: dict[int, ActorMention]
                      ) -> ActorMention | None:
    """Who a verb with no subject of its own ("وسيطروا على المدينة") speaks of: the actor of the
    sentence's earlier event, else the first armed actor named earlier in the sentence ("وكان
    الحوثيون قد انطلقوا … وسيطروا"), else the actor of the previous sentence of the paragraph."""
    if c.sentence in last_actor1:
        return last_actor1[c.sentence]
    start = doc.clauses[c.clause].first
    sent = doc.sentences[c.sentence]
    earlier = [m for m in doc.actors if sent.tokens[0] <= m.first < start
               and m.actor_type in ARMED_TYPES]
    if earlier:
        return earlier[0]
    prev = c.sentence - 1
    if prev in last_actor1 and doc.same_paragraph(prev, c.sentence):
        return last_actor1[prev]
    return None


def assign_actors(doc: Doc, c: Candidate) -> None:
    """Pick the actors of the trigger's clause and give them roles: actor1 acts, actor2 is
    acted on, associated stands with actor1 (allies, or "بالتنسيق مع" anywhere in the
    sentence). An armed speaker announcing its own operation is its actor1."""
    lex = role_lexicon(doc.language)
    sent = doc.sentences[c.sentence]
    t0, t1 = c.first_token, c.last_token
    lo, hi = window(doc, c)
    if c.event_type == "agreement":  # the parties stand next to the agreement word
        lo, hi = max(lo, t0 - 8), min(hi, t1 + 8)
    speaker_ids = {f.speaker for f in doc.attributions
                   if f.sentence == c.sentence and f.speaker is not None}
    near: list[tuple[int, ActorMention]] = []
    last_in = -10
    for k, m in enumerate(doc.actors):
        a = m.first
        if a < sent.tokens[0] or a >= sent.tokens[1]:
            continue
        inside = lo <= a < hi or (a - last_in <= 1 and doc.tokens[a].key.startswith("و"))
        if c.event_type == "statement":  # its speaker, or who declares it ("the army declared")
            subject = m.last == t0 or m.first == t1
            if (k in speaker_ids and inside or subject) and m.actor_type not in ("media", "monitor"):
                near.append((k, m))
            continue
        if m.actor_type in ("media", "monitor"):
            continue
        armed = m.actor_type in ARMED_TYPES
        if not armed and (c.event_type != "agreement" or k in speaker_ids):
            continue
        if not inside and not (armed and (k in speaker_ids or _ally_cue(doc, a, lex))):
            continue
        near.append((k, m))
        if inside:
            last_in = m.last
    if not near:
        return
    if c.event_type in ("agreement", "statement"):
        if c.event_type == "agreement":  # the armed groups when two are named
            armed_ = [x for x in near if x[1].actor_type in ARMED_TYPES]
            near = armed_ if len({x[1].name for x in armed_}) >= 2 else near
        seen: set[str] = set()
        for i, (_, m) in enumerate(near):
            if m.name not in seen:
                seen.add(m.name)
                c.actors.append((m, "actor1" if i == 0 else "actor2"))
        return
    violent = c.event_type in VIOLENT
    ends = {t.last for t in c.triggers}
    if c.weak and not any(t.verb for t in c.triggers):
        # "مقتل عناصر داعش": after a result noun comes who suffered
        near = [(k, m) for k, m in near if m.first < t0] + [
            (k, m) for k, m in near if m.first >= t0 and m.first not in ends]
        victims = [(k, m) for k, m in near if m.first >= t0]
        for _, m in victims:
            c.actors.append((m, "actor2"))
        near = [x for x in near if x not in victims]
        if not near:
            return
    agents = {k for k, m in near if _agent_cue(doc, m.first, lex)
              and any(0 <= m.first - t.last <= 4 for t in c.triggers)}
    # weak result words in a clause with a named strike ("لقي عشرات من عناصر داعش مصرعهم في
    # ضربات شنتها مقاتلات التحالف"): who acted is read from the strike, who died is hit
    strong = [t for t in c.triggers if t.strength > 0.5]
    if strong and len(strong) < len(c.triggers):
        weak_ends = {t.first for t in c.triggers if t.strength <= 0.5}
        t0, t1 = strong[0].first, strong[-1].last
        victims = {k for k, m in near if m.last in weak_ends or m.last + 1 in weak_ends}
    else:
        victims = set()
    lost = violent or c.event_type == "territory_change"  # "تحرير أبين من الحوثيين"
    targets = victims | {k for k, m in near if k not in agents and (
        _target_cue(doc, m.first, lost and m.first > t0, lex)
        or violent and m.first not in ends and doc.norm[doc.tokens[m.first].start:m.start].endswith("ل"))}
    # ↑ "دمرت 3 آليات لإرهابيي داعش": ل marks the owner of what was hit; right after the
    # trigger ("غارات للتحالف الدولي") it marks the one who struck
    if any(t.target_after for t in c.triggers):
        # "X طرد Y" / "بعد طرد Y": Y lost the ground; "طردت X Y" (VSO): the second one did
        has_before = any(m.last <= t0 for k, m in near if k not in targets)
        following = [k for k, m in near if m.first >= t1 and k not in targets | agents]
        if has_before and following:
            targets.add(following[0])
        elif len(following) >= 2:
            targets.add(following[1])
    if c.event_type == "airstrike" or violent:
        # an air force is never the target of its own strike
        targets -= {k for k, m in near if info_of(m).mode == "air"}
    c.close_armed = any(m.actor_type in ARMED_TYPES and (t.first - 3 <= m.last and m.first <= t.last + 3)
                        for _, m in near for t in c.triggers)
    free = [x for x in near if x[0] not in targets and not _ally_cue(doc, x[1].first, lex)]
    own = [x for x in free if x[0] in speaker_ids] if c.event_type in lex.announced else []
    immediate = [x for x in free if x[1].first in ends]
    before = [x for x in free if x[1].last <= t0]
    after = [x for x in free if x[1].first >= t1]
    agent = [x for x in near if x[0] in agents]
    # VSO (Arabic): the subject follows the verb; SVO (English): it stands before it
    order = (before[-1:], immediate, after[:1]) if lex.subject_first else (immediate, before[-1:], after[:1])
    pick = agent or own or next((x for x in order if x), []) or [x for x in near if x[0] not in targets]
    if not pick:  # only the side that was hit is named: no actor1 rather than a wrong one
        for _, m in near:
            if m.name not in {x.name for x, _ in c.actors}:
                c.actors.append((m, "actor2"))
        return
    a1 = pick[0][1]
    c.actors.append((a1, "actor1"))
    seen = {a1.name}
    for k, m in near:
        if m.name in seen:
            continue
        seen.add(m.name)
        ally = allied(a1.side, m.side) or _ally_cue(doc, m.first, lex)
        c.actors.append((m, "associated" if ally and k not in targets else "actor2"))


def _target_cue(doc: Doc, a: int, violent: bool, lex: RoleLexicon) -> bool:
    """"على/ضد/مواقع X" — and, after a violent trigger, "80 إرهابياً من داعش" — mark X as the
    target (before the trigger, "وحدات من الجيش دمرت" names who acted)."""
    for k in range(max(0, a - 2), a):
        key = doc.tokens[k].key
        if key in lex.target or any(s in lex.target for s in doc.tokens[k].stems[1:]) or (
                violent and key == "من" and doc.tokens[k + 1].key != "قبل"):
            return True
    return False


def _agent_cue(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    """"من قبل X", "على يد X": X acts, even after the verb of a passive (the caller checks
    that the phrase follows the trigger itself, not another verb: "مطوقون من قبل X")."""
    for back in range(1, lex.agent.max_len + 1):  # "by X", "من قبل X", "at the hands of X"
        k = a - back
        if k >= 0:
            m = lex.agent.match_at(doc.norm, doc.tokens, k)
            if m is not None and m.last == a:
                return True
    return False


def _ally_cue(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    return any(s in lex.ally for k in range(max(0, a - 3), a) for s in doc.tokens[k].stems)


def _place_role(doc: Doc, first: int, sent_first: int, prev: tuple[int, str | None] | None,
                place_edges: set[int]) -> str | None:
    """origin | destination | via | in | None, from the preposition before the place."""
    lex, toks = role_lexicon(doc.language), doc.tokens
    if prev is not None and prev[0] == first and toks[first].key.startswith("و"):
        return prev[1]
    for k in range(first - 1, max(sent_first, first - 4) - 1, -1):
        if any(ch in doc.gap(k, k + 1) for ch in "،,.;"):
            break
        stems = toks[k].stems
        if toks[k].key in lex.origin:  # من، from
            return "origin"
        if any(s in lex.destination for s in stems):
            return "destination"
        if toks[k].key in lex.via:
            return "via"
        if toks[k].key in lex.inside:
            return "in"
        if k in place_edges:
            break
    return None


def assign_places(doc: Doc, c: Candidate) -> None:
    sent = doc.sentences[c.sentence]
    lo, hi = window(doc, c)
    for t in c.route_triggers:  # the route's places follow its own trigger ("أثناء تنقلهم من … إلى …")
        end = min(sent.tokens[1], t.last + 6)
        lo, hi = min(lo, t.first), max(hi, end)
    mine = [p for p in doc.places if p.sentence == c.sentence and lo <= p.first < hi
            and not p.not_location]
    if not mine:  # a long clause: its place may lie further than the actor window
        lo, hi = window(doc, c, width=len(doc.tokens))
        mine = [p for p in doc.places if p.sentence == c.sentence and lo <= p.first < hi
                and not p.not_location]
    if not mine and not c.weak:  # "launched the offensive in May and encircled the town"
        mine = _sentence_place(doc, c)  # (a result clause is placed by the event it joins)
    if not mine:
        return
    edges = {p.first for p in mine} | {p.last - 1 for p in mine}
    roles: list[tuple[PlaceMention, str | None]] = []
    prev: tuple[int, str | None] | None = None
    for p in mine:
        role = _place_role(doc, p.first, sent.tokens[0], prev, edges)
        if role is None:
            for t in c.triggers + c.route_triggers:
                if t.object_role and t.last <= p.first and p.first - t.last <= 8:
                    role = t.object_role
        if role is None and p.place and p.place.kind == "river":
            role = "via" if c.event_type == "movement" else None
        roles.append((p, role))
        prev = (p.last, role)
    moving = c.event_type == "movement" or bool(c.route_triggers)
    if moving:
        for p, role in roles:
            if role == "origin" and c.origin is None:
                c.origin = p
            elif role == "destination" and c.destination is None:
                c.destination = p
            elif role == "destination" and c.destination and p.cue == c.destination.cue and p.cue:
                c.destination = both_places(c.destination, p)  # "نحو محافظتي حمص وحماة"
            elif role == "via" and p not in c.via:
                c.via.append(p)
    if c.route_triggers and c.origin and c.destination and c.event_type in VIOLENT:
        c.route = True
        return
    rest = [p for p, role in roles if not moving or role not in ("origin", "destination", "via")]
    if c.event_type == "movement":
        c.location = c.origin or c.destination or (rest[0] if rest else None)
        return
    if not rest:
        rest = [p for p, _ in roles]
    # where it hit: the places after the trigger (towns before governorates and countries)
    t0 = c.first_token
    after = [p for p in rest if p.first >= t0]
    pool = after or rest
    c.locations = sorted(pool, key=lambda p: _precision(doc, p))
    c.location = c.locations[0]


def _sentence_place(doc: Doc, c: Candidate) -> list[PlaceMention]:
    """A clause with no place of its own acts where the clause next to it in its sentence
    does, when the later of the two goes on with the same subject ("launched the offensive
    in May and encircled the town"): the nearest place after it, else the nearest before."""
    near = [doc.clauses[k] for k in (c.clause - 1, c.clause + 1)
            if 0 <= k < len(doc.clauses) and doc.clauses[k].sentence == c.sentence
            and _verb_opens(doc, doc.clauses[max(k, c.clause)])]
    here = [p for p in doc.places if p.sentence == c.sentence and not p.not_location
            and doc.norm[p.end:p.end + 1] != "-"  # "a Britain-based group": no place
            and any(cl.first <= p.first < cl.last for cl in near)]
    after = [p for p in here if p.first >= c.last_token]
    before = [p for p in here if p.last <= c.first_token]
    return after[:1] or before[-1:]


def _verb_opens(doc: Doc, cl: Clause) -> bool:
    """The clause goes on with the previous one's subject: its own verb opens it ("and
    encircled the town")."""
    return bool(cl.opener) and any(t.verb and cl.first <= t.first <= cl.first + 1
                                   for t in doc.triggers if t.sentence == cl.sentence)


def _precision(doc: Doc, p: PlaceMention) -> tuple[int, int, int]:
    """Sort key of the places a strike may have hit: a reference point ("شمال حلب") last, then
    the most precise place (UCDP where_prec), then the first named. "منطقة X" names X itself."""
    prec = p.place.where_prec if p.place else 9
    return (1 if _reference(doc, p) else 0, prec, p.first)


def _reference(doc: Doc, p: PlaceMention) -> bool:
    """A place named to say where another one lies: "شمال حلب", "إلى الغرب من أجدابيا"."""
    lex = role_lexicon(doc.language)
    before = [doc.tokens[k].stems for k in range(max(0, p.first - 2), p.first)]
    if p.cue == "near":
        return p.first == 0 or lex.area.isdisjoint(before[-1])
    if before and not lex.directions.isdisjoint(before[-1]):
        return True  # "المتاخمة لعدن", "المجاورة لحلب"
    return (len(before) == 2 and not lex.origin.isdisjoint(before[1])
            and not lex.directions.isdisjoint(before[0]))


def _breadth(p: PlaceMention) -> int:
    """How wide a place is: towns first, then governorates, regions and countries."""
    kind = p.place.kind if p.place else ""
    return {"country": 3, "region": 2, "governorate": 1, "river": 2}.get(kind, 0)


def split_by_place(doc: Doc, c: Candidate) -> list[Candidate]:
    """One strike verb over places in different governorates ("غارات على أبين وحجة") is one
    event per place (ACLED codes one event per location); places of one governorate, or a
    town in its own governorate, stay one event with several locations. A reference point
    ("إلى الغرب من أجدابيا") is no place of its own."""
    if c.event_type not in VIOLENT | {"territory_change"}:
        return [c]
    places = [p for p in c.locations if p.place and not _reference(doc, p)]
    groups: dict[str, list[PlaceMention]] = {}
    for p in places:
        if _breadth(p) == 0:
            groups.setdefault(_governorate(p), []).append(p)
    country = c.location.place.country if c.location and c.location.place else None
    for p in places:  # a governorate of the same country named alone ("وفي محافظة حجة")
        if (p.place and p.place.kind == "governorate" and _governorate(p) not in groups
                and p.place.country == country):
            groups[_governorate(p)] = [p]
    if len(groups) < 2 or sum(len(g) for g in groups.values()) < 2:
        return [c]
    out = []
    for i, places in enumerate(groups.values()):  # one toll for all: told once, on the first
        out.append(replace(c, location=places[0], locations=list(places),
                           losses=c.losses if i == 0 else []))
    return out


def _governorate(p: PlaceMention) -> str:
    return (p.place.admin1 or p.place.name) if p.place else ""


def both_places(a: PlaceMention, b: PlaceMention) -> PlaceMention:
    """Two coordinated places of one kind as one destination ("محافظتي حمص وحماة"): a point
    between them, coded as UCDP's "larger than one unit" (where_prec 5), ACLED precision 3."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return a
    joined = Place(
        name=f"{pa.name} and {pb.name}",
        name_ar=f"{pa.name_ar} و{pb.name_ar}" if pa.name_ar and pb.name_ar else None,
        lat=(pa.lat + pb.lat) / 2, lon=(pa.lon + pb.lon) / 2,  # type: ignore[operator]
        kind="region", admin1=None, country=pa.country if pa.country == pb.country else None,
        geo_precision=3, where_prec=5, gazetteer_id=None)
    return replace(a, end=b.end, text=f"{a.text} … {b.text}", place=joined, alternatives=[])


def _airborne(doc: Doc, m: ActorMention) -> bool:
    """An air force, or any force named by its aircraft ("طائرات الأباتشي", "مروحيات الجيش")."""
    air = trigger_lexicon(doc.language).air
    return info_of(m).mode == "air" or any(
        s in air for k in range(m.first, m.last) for s in doc.tokens[k].stems)


def _refine_type(doc: Doc, c: Candidate) -> None:
    """bombardment/violence → airstrike, shelling, clash or attack, from the actors and words."""
    if c.event_type not in ("bombardment", "violence"):
        return
    lex = trigger_lexicon(doc.language)
    actor1 = next((m for m, role in c.actors if role == "actor1"), None)
    lo, hi = window(doc, c)
    # result words alone take their type from the event they describe; only an air force
    # acting makes them a strike ("قتلت الطائرات الروسية 20 مسلحا")
    stems = set() if c.weak else {s for t in doc.tokens[lo:hi] for s in t.stems}
    if actor1 is not None and _airborne(doc, actor1) or stems & lex.air:
        c.event_type = "airstrike"
    elif stems & lex.ground:
        c.event_type = "shelling"
    elif c.event_type == "violence":
        # fighting between armed sides is a clash; violence on people, buildings or an unnamed
        # side (a checkpoint bombed, a consulate attacked) is an attack
        armed_target = any(role == "actor2" and m.actor_type in ARMED_TYPES for m, role in c.actors)
        two_sides = len({m.side for m, role in c.actors if role in ("actor1", "actor2")}) > 1
        if two_sides or armed_target:
            c.event_type = "clash"
        # else it stays generic violence: its victims decide (`events.extract.build`)
