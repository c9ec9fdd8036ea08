"""Whether two mentions may tell one event, one attribute at a time: the type, the day, the
place, the actors, the claimant. Event identity (`events.extract.identity`) weighs them to
merge mentions, and the headline rules (`events.extract.headlines`) to fold a title into the
body's event; they live apart from both so that each can ask them without importing the other.
"""
from __future__ import annotations

from events.extract.actor_registry import press_men
from events.extract.doc import ActorMention, Candidate, Dated, Draft, PlaceMention
from events.extract.place_roles import km

NEAR_KM = 10.0  # two village-level places this near are one place


STRIKES = {"bombardment", "airstrike", "shelling"}
_MOVES = {"movement", "territory_change"}  # one side's own move: its actor1 is no other's


def types_agree(a: str, b: str) -> bool:
    """The same type, or a generic one that may settle as the other ("قصف" a strike,
    unqualified violence an attack or a clash)."""
    return a == b or ({a, b} <= STRIKES and "bombardment" in {a, b}) or (
        "violence" in {a, b} and {a, b} <= {"violence", "attack", "clash"})


def places_of(d: Draft, attr: str) -> list[PlaceMention]:
    return [getattr(x, attr) for x in d.cands if getattr(x, attr) is not None]


def explicit_dates(d: Draft) -> list[Dated]:
    return [c.date for c in d.cands if c.date and c.date.start is not None]


def overlap(a: Dated, b: Dated, *, told_apart: bool = False) -> bool:
    """Intervals that meet; two day-precise dates may be a day apart (a night told twice) —
    unless ``told_apart``: one sentence dates two clauses differently ("ليل الاثنين …، بينما
    دارت فجر أمس اشتباكات"), which the writer meant as two times."""
    if a.start is None or b.start is None:
        return True
    slack = 1 if (a.prec or 9) <= 2 and (b.prec or 9) <= 2 and not told_apart else 0
    a_end, b_end = a.end or a.start, b.end or b.start
    return (a.start - b_end).days <= slack and (b.start - a_end).days <= slack


def dates_agree(d: Draft, c: Candidate) -> bool:
    """Dates that meet (`overlap`), both a period back to the report or neither: what weeks or
    months summed ("قتل أكثر من 20 شرطيا خلال الأسبوعين الماضيين") is no retelling of one
    day's attack within them."""
    if c.date is None or c.date.start is None:
        return True
    return all(overlap(x.date, c.date, told_apart=x.sentence == c.sentence and x.clause != c.clause
                        and x.date.source == c.date.source == "clause")
               and x.date.period == c.date.period
               for x in d.cands if x.date and x.date.start is not None)


def places_agree(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """One place at village level; a wider place agrees only with what lies inside it."""
    if a is None or b is None or a.place is None or b.place is None:
        return True
    p, q = a.place, b.place
    if p.name == q.name:
        return True
    if p.kind == "country" or q.kind == "country":
        return p.country == q.country
    if p.kind in ("governorate", "region") or q.kind in ("governorate", "region"):
        wide, narrow = (p, q) if p.kind in ("governorate", "region") else (q, p)
        return bool(narrow.admin1 and narrow.admin1 == (wide.admin1 or wide.name))
    dist = km(a, b)
    return dist is not None and dist <= NEAR_KM


def actors_agree(d: Draft, c: Candidate) -> bool:
    """No side of one mention contradicts the other's. The press's word for armed men of no
    side named stands for the group the other mention names in its role ("terrorists fired
    mortar shells at Bab Touma" and "Jaish al-Islam shelled Bab Touma": one shelling) — not
    in ground moved or taken, where its mover tells one move from another ("the terrorists
    entered the town on Monday" is no re-telling of "IS fighters have seized buildings")."""
    moves = d.event_type in _MOVES
    mine = sides([c], unnamed_by=None if moves else d.cands)
    theirs = sides(d.cands, unnamed_by=None if moves else [c])
    if d.event_type == "statement":
        first = next((x.claimant for x in d.cands if x.claimant), None)
        return first == c.claimant
    if _reversed(d, c):
        return False
    return not mine or not theirs or mine <= theirs or theirs <= mine or _complementary(d, c)


def _complementary(d: Draft, c: Candidate) -> bool:
    """Each mention names a side the other leaves open, in the other role ("أكدت القوات
    الموالية للحكومة أنها بسطت سيطرتها على حي التواهي آخر معقل للحوثيين" — only the side that
    lost — and "نجح مقاتلو المقاومة في السيطرة على الحي" — only the side that took it): no
    contradiction, one event. Only ground taken: the place tells that event, while one
    strike or clash may name its target's other foes beside it. Not when both name an
    actor1, or both an actor2."""
    return d.event_type == c.event_type == "territory_change" and complementary_roles(d, c)


def complementary_roles(d: Draft, c: Candidate) -> bool:
    """Not both name an actor1, nor both an actor2: each names what the other leaves open."""
    return not (sides([c], "actor1") and sides(d.cands, "actor1")
                or sides([c], "actor2") and sides(d.cands, "actor2"))


def _reversed(d: Draft, c: Candidate) -> bool:
    """"تقدم الجيش والمقاومة نحو المدينة على حساب الحوثيين" and "فرت ميليشيات الحوثي": the side
    that acts in one mention is hit in the other and no side acts in both — two events, each
    side's own move, however the sides of both are named together. Only ground moved or
    taken: in a clash either side may be named first, and a strike told twice names its
    target's own acts beside it ("غارات استهدفت مقرا اتخذه الحوثيون سجنا")."""
    if not {d.event_type, c.event_type} <= _MOVES:
        return False
    mine, theirs = sides([c], "actor1"), sides(d.cands, "actor1")
    if not mine or not theirs or mine & theirs:
        return False
    return bool(mine & sides(d.cands, "actor2") or theirs & sides([c], "actor2"))


def other_mover(d: Draft, c: Candidate) -> bool:
    """"مليشيا الحوثي تهرب من تعز" over a lead telling "أحرزت المقاومة تقدما في تعز": each
    names who moved or took the ground, and not the same side — two moves, however the title
    may name a side otherwise (its side is compared, not its name)."""
    if not {d.event_type, c.event_type} <= _MOVES:
        return False
    mine, theirs = sides([c], "actor1"), sides(d.cands, "actor1")
    return bool(mine) and bool(theirs) and not mine & theirs


def claimants(cands: list[Candidate]) -> set[str]:
    return {x.claimant for x in cands if x.claimant and x.losses}


def other_claimant(d: Draft, c: Candidate) -> bool:
    """Both carry numbers, from different claimants."""
    if not c.losses or not c.claimant:
        return False
    theirs = claimants(d.cands)
    return bool(theirs) and c.claimant not in theirs


def sides(cands: list[Candidate], *roles: str,
          unnamed_by: list[Candidate] | None = None) -> set[str]:
    """The sides ``cands`` name in ``roles`` (actor1 and actor2 when none is given). With
    ``unnamed_by``: not the press's word for armed men of no side named ("terrorists fired
    shells": `actor_registry.press_men`) in a role where those mentions name an armed group of
    a known side ("Jaish al-Islam shelled the city"): who the men were is what the other
    mention tells, no contradiction (`build._set_actors` drops such men beside the group in one
    event)."""
    roles = roles or ("actor1", "actor2")
    named = _named_groups(unnamed_by) if unnamed_by else set()
    return {m.side or m.name for x in cands for m, role in x.actors if role in roles
            and not (role in named and _unnamed(m))}


def _unnamed(m: ActorMention) -> bool:
    return m.actor_id in press_men()


def _named_groups(cands: list[Candidate]) -> set[str]:
    """The roles in which ``cands`` name an armed group of a known side."""
    return {role for x in cands for m, role in x.actors if m.actor_type == "non_state_armed_group"
            and m.side not in (None, "unknown") and not _unnamed(m)}


def is_local(p: PlaceMention | None) -> bool:
    """A place precise enough to tell two events apart: a town, not a country or a province."""
    return p is not None and p.place is not None and p.place.kind not in (
        "country", "governorate", "region")
