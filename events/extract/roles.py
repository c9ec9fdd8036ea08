"""Who and where: the roles of a candidate's actors and places, read from its clause.

Arabic news packs several events into one sentence ("قصفت قوات النظام دوما، فيما شن الطيران
الروسي غارات على حرستا"), so actors and places are looked for in the trigger's *clause* — the
sentence cut at clause openers (فيما، بينما، وأن…) and bounded to a window of tokens. Roles come
from word order and small cue words: the subject right after a verb or just before it acts
(actor1); "على/ضد/مواقع X" or "80 إرهابياً من X" is the target (actor2); allies and
"بالتنسيق مع X" are associated; "من X" is an origin, "إلى/نحو/باتجاه Y" a destination, "عبر Z"
a way through.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from events.extract.actors import ARMED_TYPES, allied
from events.extract.claimants import Frame as AttrFrame
from events.extract.doc import ActorMention, Doc, PlaceMention
from events.extract.triggers import Trigger
from events.model import Place

if TYPE_CHECKING:
    from events.extract.frames import Candidate

VIOLENT = {"airstrike", "shelling", "clash", "attack", "bombardment", "violence"}
ACTOR_WINDOW = 15  # tokens around the trigger where its actors are looked for
_TARGET_CUES = {"علي", "ضد", "مواقع", "معاقل", "تجمعات", "مقرات", "نقاط", "معقل", "مناطق",
                "سيطره", "قبضه"}  # "من سيطرة داعش", "من قبضة الحوثيين": the side losing it
_ORIGIN = {"من", "منطقه"}
_DEST = {"الي", "نحو", "اتجاه", "باتجاه", "صوب", "تجاه", "حتي"}
_VIA = {"عبر"}
_IN = {"في", "داخل", "قرب", "بالقرب", "علي"}
_ALLY_CUES = {"بالتنسيق", "بدعم", "بمساندة", "بمشاركه", "باسناد", "باسناد", "مدعومه"}
_BOUNDARY = {"وكما", "كما", "فيما", "وفيما", "بينما", "وبينما", "وان", "فان", "وانه", "فانه",
             "حين", "وقال", "وقالت", "واضاف", "واضافت"}
_ANNOUNCED = {"operation_launch", "deployment", "territory_change"}


def clause(doc: Doc, c: Candidate, window: int = ACTOR_WINDOW) -> tuple[int, int]:
    """Token range of the trigger's clause: the sentence cut at clause openers (وكما، فيما،
    بينما، وأن، فإن) and at most `ACTOR_WINDOW` tokens either side of the trigger."""
    sent = doc.sentences[c.sentence]
    t0, t1 = c.triggers[0].first, c.triggers[-1].last
    lo = max(sent.tokens[0], t0 - window)
    hi = min(sent.tokens[1], t1 + window)
    for k in range(t0 - 1, lo - 1, -1):
        if doc.tokens[k].key in _BOUNDARY:
            lo = k
            break
    for k in range(t1, hi):
        if doc.tokens[k].key in _BOUNDARY:
            hi = k
            break
    return lo, hi


def assign_actors(doc: Doc, c: "Candidate") -> None:
    """Pick the actors of the trigger's clause and give them roles: actor1 acts, actor2 is
    acted on, associated stands with actor1 (allies, or "بالتنسيق مع" anywhere in the
    sentence). An armed speaker announcing its own operation is its actor1."""
    ranges: list[tuple[int, int]] = doc.extra.get("actor_tokens") or []
    sent = doc.sentences[c.sentence]
    t0, t1 = c.triggers[0].first, c.triggers[-1].last
    lo, hi = clause(doc, c)
    if c.event_type == "agreement":  # the parties stand next to the agreement word
        lo, hi = max(lo, t0 - 8), min(hi, t1 + 8)
    speaker_ids = {f.speaker for f in doc.attributions
                   if isinstance(f, AttrFrame) and f.sentence == c.sentence and f.speaker is not None}
    near: list[tuple[int, ActorMention, tuple[int, int]]] = []
    last_in = -10
    for k, (a, b) in enumerate(ranges):
        if a < sent.tokens[0] or a >= sent.tokens[1]:
            continue
        m = doc.actors[k]
        inside = lo <= a < hi or (a - last_in <= 1 and doc.tokens[a].key.startswith("و"))
        if c.event_type == "statement":
            if k in speaker_ids and inside and m.actor_type not in ("media", "monitor"):
                near.append((k, m, (a, b)))
            continue
        if m.actor_type in ("media", "monitor"):
            continue
        armed = m.actor_type in ARMED_TYPES
        if not armed and (c.event_type != "agreement" or k in speaker_ids):
            continue
        if not inside and not (armed and (k in speaker_ids or _ally_cue(doc, a))):
            continue
        near.append((k, m, (a, b)))
        if inside:
            last_in = b
    if not near:
        return
    if c.event_type == "agreement":
        # parties: the armed groups when two are named, else whoever is named
        armed = [x for x in near if x[1].actor_type in ARMED_TYPES]
        near = armed if len({x[1].name for x in armed}) >= 2 else near
    if c.event_type in ("agreement", "statement"):
        seen: set[str] = set()
        for i, (_, m, _) in enumerate(near):
            if m.name not in seen:
                seen.add(m.name)
                c.actors.append((m, "actor1" if i == 0 else "actor2"))
        return
    violent = c.event_type in VIOLENT
    ends = {t.last for t in c.triggers}
    targets = {k for k, m, (a, b) in near if _target_cue(doc, a, violent)
               or violent and a not in ends and doc.norm[doc.tokens[a].start:m.start].endswith("ل")}
    # ↑ "دمرت 3 آليات لإرهابيي داعش": ل marks the owner of what was hit; right after the
    # trigger ("غارات للتحالف الدولي") it marks the one who struck
    if any(t.target_after for t in c.triggers):
        # "X طرد Y" / "بعد طرد Y": Y lost the ground; "طردت X Y" (VSO): the second one did
        has_before = any(r[1] <= t0 for k, _, r in near if k not in targets)
        following = [k for k, _, r in near if r[0] >= t1 and k not in targets]
        if has_before and following:
            targets.add(following[0])
        elif len(following) >= 2:
            targets.add(following[1])
    c.close_armed = any(m.actor_type in ARMED_TYPES and (t.first - 3 <= b and a <= t.last + 3)
                        for _, m, (a, b) in near for t in c.triggers)
    free = [x for x in near if x[0] not in targets and not _ally_cue(doc, x[2][0])]
    own = [x for x in free if x[0] in speaker_ids] if c.event_type in _ANNOUNCED else []
    immediate = [x for x in free if x[2][0] in ends]
    before = [x for x in free if x[2][1] <= t0]
    after = [x for x in free if x[2][0] >= t1]
    pick = own or immediate or before[-1:] or after[:1] or [x for x in near if x[0] not in targets]
    if not pick:  # only the side that was hit is named: no actor1 rather than a wrong one
        for k, m, _ in near:
            if m.name not in {x.name for x, _ in c.actors}:
                c.actors.append((m, "actor2"))
        return
    a1 = pick[0][1]
    c.actors.append((a1, "actor1"))
    seen = {a1.name}
    for k, m, (a, b) in near:
        if m.name in seen:
            continue
        seen.add(m.name)
        ally = allied(a1.side, m.side) or _ally_cue(doc, a)
        c.actors.append((m, "associated" if ally and k not in targets else "actor2"))


def _target_cue(doc: Doc, a: int, violent: bool = False) -> bool:
    """"على/ضد/مواقع X" — and, in violent events, "80 إرهابياً من داعش" — mark X as the target."""
    for k in range(max(0, a - 2), a):
        key = doc.tokens[k].key
        if key in _TARGET_CUES or violent and key == "من" and doc.tokens[k + 1].key != "قبل":
            return True
    return False


def _ally_cue(doc: Doc, a: int) -> bool:
    return any(s in _ALLY_CUES for k in range(max(0, a - 3), a) for s in doc.tokens[k].stems)


def crosses_punct(doc: Doc, a: int, b: int) -> bool:
    """A comma, colon or quote between tokens a < b."""
    if a >= b:
        return False
    return any(ch in doc.norm[doc.tokens[a].end:doc.tokens[b].start] for ch in "،,:;\"")


def _place_role(doc: Doc, first: int, sent_first: int, prev: tuple[int, str | None] | None,
                place_first: set[int]) -> str | None:
    """origin | destination | via | in | None, from the preposition before the place."""
    toks = doc.tokens
    if prev is not None and prev[0] == first and toks[first].key.startswith("و"):
        return prev[1]
    for k in range(first - 1, max(sent_first, first - 4) - 1, -1):
        gap = doc.norm[toks[k].end:toks[k + 1].start]
        if any(ch in gap for ch in "،,.;"):
            break
        stems = toks[k].stems
        if any(s in _ORIGIN for s in stems) and toks[k].key in ("من", "ومن"):
            return "origin"
        if any(s in _DEST for s in stems):
            return "destination"
        if toks[k].key in _VIA:
            return "via"
        if toks[k].key in _IN:
            return "in"
        if k in place_first:
            break
    return None


def assign_places(doc: Doc, c: Candidate, route_from: list[Trigger]) -> None:
    ranges: list[tuple[int, int]] = doc.extra.get("place_tokens") or []
    sent = doc.sentences[c.sentence]
    lo, hi = clause(doc, c)
    for t in route_from:  # the route's places follow its own trigger ("أثناء تنقلهم من … إلى …")
        end = min(sent.tokens[1], t.last + 6)
        stop = next((k for k in range(t.last, end) if doc.tokens[k].key in _BOUNDARY), end)
        lo, hi = min(lo, t.first), max(hi, stop)
    mine = [(doc.places[k], ranges[k]) for k in range(len(ranges))
            if doc.places[k].sentence == c.sentence and lo <= ranges[k][0] < hi]
    if not mine:  # a long clause: its place may lie further than the actor window
        lo, hi = clause(doc, c, window=len(doc.tokens))
        mine = [(doc.places[k], ranges[k]) for k in range(len(ranges))
                if doc.places[k].sentence == c.sentence and lo <= ranges[k][0] < hi]
    if not mine:
        return
    place_first = {r[0] for _, r in mine}
    place_last = {r[1] - 1 for _, r in mine}
    roles: list[tuple[PlaceMention, tuple[int, int], str | None]] = []
    prev: tuple[int, str | None] | None = None
    for p, (a, b) in mine:
        role = _place_role(doc, a, sent.tokens[0], prev, place_first | place_last)
        if role is None:
            for t in c.triggers + route_from:
                if t.object_role and t.last <= a and a - t.last <= 8:
                    role = t.object_role
        if role is None and p.place and p.place.kind == "river":
            role = "via" if c.event_type == "movement" else None
        roles.append((p, (a, b), role))
        prev = (b, role)
    moving = c.event_type == "movement" or route_from
    if moving:
        for p, _, role in roles:
            if role == "origin" and c.origin is None:
                c.origin = p
            elif role == "destination" and c.destination is None:
                c.destination = p
            elif role == "destination" and p.cue == c.destination.cue and p.cue:
                c.destination = both_places(c.destination, p)  # "نحو محافظتي حمص وحماة"
            elif role == "via" and p not in c.via:
                c.via.append(p)
    if route_from and c.origin and c.destination and c.event_type in VIOLENT:
        c.route = True
        return
    rest = [(p, r) for p, r, role in roles
            if (not moving or role not in ("origin", "destination", "via"))]
    if c.event_type == "movement":
        c.location = c.origin or c.destination or (rest[0][0] if rest else None)
        return
    if not rest:
        rest = [(p, r) for p, r, _ in roles]
    # the first place after the trigger (where it hit), a town rather than a country
    t0 = c.triggers[0].first
    after = [(p, r) for p, r in rest if r[0] >= t0]
    pool = after or rest
    local = [p for p, r in pool if p.place and p.place.kind != "country"]
    c.location = local[0] if local and after else local[-1] if local else pool[0][0]


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
