"""Where: the places of each candidate — origin, destination, ways through and the place hit —
read from its clause with the cue words of ``data/lexicon/roles.yaml``; part of the roles step
(`events.extract.roles`).

"من X" is an origin, "إلى/نحو/باتجاه Y" a destination, "عبر Z" a way through; the place hit is
the first town after the trigger, a reference point ("شمال حلب", "إلى الغرب من أجدابيا",
"المتاخمة لعدن") last; a clause with no place takes the place of the clause beside it when it
goes on with the same subject; a list of places in different governorates after one strike
verb is one event per governorate (ACLED: one event per location), its toll told once.
"""
from __future__ import annotations

import math
from dataclasses import replace

from events.extract.candidates import VIOLENT
from events.extract.doc import Candidate, Doc, PlaceMention
from events.extract.modality_binding import aftermath_noun
from events.extract.place_other_routes import without_other_routes
from events.extract.place_sentence import (framed_place, locates, off_direction, sentence_place,
                                            source_place, untold_next)
from events.extract.directions import after_direction, inside_direction
from events.extract.role_lexicon import RoleLexicon, role_lexicon, window
from events.extract.trigger_words import trigger_lexicon
from events.model import Place


def _place_role(doc: Doc, first: int, sent_first: int, prev: tuple[int, str | None] | None,
                place_edges: set[int]) -> str | None:
    """origin | destination | via | in | None, from the preposition before the place."""
    lex, toks = role_lexicon(doc.language), doc.tokens
    if prev is not None and prev[0] == first and toks[first].key.startswith("و"):
        return prev[1]
    for k in range(first - 1, max(sent_first, first - 4) - 1, -1):
        if doc.gap_has(k, k + 1, "،,.;"):
            break
        stems = toks[k].stems
        if toks[k].key in lex.origin:  # من، from
            return "origin"
        if not lex.destination.isdisjoint(stems):
            return "destination"
        if toks[k].key in lex.via:
            return "via"
        if toks[k].key in lex.inside:
            return "in"
        if k in place_edges:
            break
    return None


def _later_event_word(doc: Doc, c: Candidate) -> bool:
    """Another event word of the document (none of ``c``'s own) in ``c``'s sentence, from its
    last token to its clause's end. The position tests come before the test of membership in
    ``c.triggers``: that one compares triggers field by field (a dataclass's ``__eq__``) with
    every trigger of the candidate, and asked of every trigger of the document first it was
    0.6% of all extraction time (py-spy over SaudiNewsNet) for a handful of triggers that
    stand in the window."""
    end = doc.clauses[c.clause].last
    return any(t.sentence == c.sentence and c.last_token <= t.first < end
               and t not in c.triggers for t in doc.triggers)


def assign_places(doc: Doc, c: Candidate) -> None:
    sent = doc.sentences[c.sentence]
    lo, hi = window(doc, c)
    for t in c.route_triggers:  # the route's places follow its own trigger ("أثناء تنقلهم من … إلى …")
        end = min(sent.tokens[1], t.last + 6)
        lo, hi = min(lo, t.first), max(hi, end)
    if c.event_type in VIOLENT and not _later_event_word(doc, c):
        # the last event word of its clause: a list of places hit runs on to the clause's end
        # ("استهدفت تجمعا في مديرية شقرة بمحافظة أبين … ومثلث عاهم بمحافظة حجة")
        hi = max(hi, doc.clauses[c.clause].last)
    hi = _before_aftermath(doc, c, lo, hi)
    mine = [p for p in doc.places if p.sentence == c.sentence and lo <= p.first < hi
            and locates(p, c)]
    c.at_border = any(p.not_location == "border" and p.sentence == c.sentence
                      and lo <= p.first < hi for p in doc.places)
    if not mine:  # a long clause: its place may lie further than the actor window
        lo, hi = window(doc, c, width=len(doc.tokens))
        mine = [p for p in doc.places if p.sentence == c.sentence and lo <= p.first < hi
                and locates(p, c)]
    if not mine and not c.weak:  # "launched the offensive in May and encircled the town"
        mine = sentence_place(doc, c)  # (a result clause is placed by the event it joins)
    if not mine and c.weak:  # "five were killed when a warplane crashed into a market in X"
        mine = untold_next(doc, c)
    if not mine:  # "وفي محافظة إب، قالت مصادر إن …": the place the sentence opens with
        mine = framed_place(doc, c)
    if not mine:  # "a source in Hasaka said 10 were killed": where the source is, at last
        mine = source_place(doc, c)
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
    if c.route_triggers:
        roles = _load_bound_in(doc, c, roles)
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
    if not moving:
        rest = without_other_routes(doc, c, roles, rest)
    if c.event_type == "movement":
        c.location = c.origin or c.destination or (rest[0] if rest else None)
        return
    if not rest:
        rest = [p for p, _ in roles]
    # where it hit: the places after the trigger (towns before governorates and countries)
    t0 = c.first_token
    after = [p for p in rest if p.first >= t0]
    pool = after or rest
    ranked = sorted(pool, key=lambda p: precision(doc, p))
    c.location = ranked[0]
    # "بلدة مارع شمال حلب": the place a direction points from was not hit
    c.locations = ranked[:1] + [p for p in ranked[1:] if not _reference(doc, p)]


def _before_aftermath(doc: Doc, c: Candidate, lo: int, hi: int) -> int:
    """The window's end, cut before ground taken that the clause tells after the event
    ("استعادت القوات زنجبار بعد سيطرتها على عدن"): Aden is where the earlier capture was."""
    lex = trigger_lexicon(doc.language)
    return min([hi] + [t.first for t in doc.triggers
                       if t.sentence == c.sentence and c.last_token <= t.first < hi
                       and t not in c.triggers and aftermath_noun(doc, t, lo, lex)])


_LOAD_REACH = 8  # tokens from a route's "to" to the place its load was bound for


def _load_bound_in(doc: Doc, c: Candidate, roles: list[tuple[PlaceMention, str | None]]
                   ) -> list[tuple[PlaceMention, str | None]]:
    """"a convoy delivering aid to besieged civilians in X", "heading to the town of Y in X"
    (Y unknown): with no destination read, the first place "in" right after a route that ends
    in "to" is where the convoy was going."""
    if any(role in ("destination", "origin") for _, role in roles):
        return roles
    towards = role_lexicon(doc.language).destination
    for i, (p, role) in enumerate(roles):
        if role == "in" and any(
                r.last <= p.first and p.first - r.last <= _LOAD_REACH
                and any(s in towards for s in doc.tokens[r.last - 1].stems)
                for r in c.route_triggers):
            return roles[:i] + [(p, "destination")] + roles[i + 1:]
    return roles


def precision(doc: Doc, p: PlaceMention) -> tuple[int, int, int]:
    """Sort key of the places a strike may have hit: a reference point ("شمال حلب") last, then
    the most precise place (UCDP where_prec), then the first named. "منطقة X" names X itself."""
    prec = p.place.where_prec if p.place else 9
    return (1 if _reference(doc, p) else 0, prec, p.first)


def _reference(doc: Doc, p: PlaceMention) -> bool:
    """A place named to say where another one lies: "شمال حلب", "إلى الغرب من أجدابيا"."""
    lex = role_lexicon(doc.language)
    before = [doc.tokens[k].stems for k in range(max(0, p.first - 2), p.first)]
    if p.cue == "near":
        if p.place is not None and p.place.kind == "country" or inside_direction(doc, p.first):
            return False  # "في شمال سوريا", "في جنوب الشيخ زويد": the place holds the event
        return p.first == 0 or lex.area.isdisjoint(before[-1])
    if after_direction(doc, p.first):
        return True  # "المتاخمة لعدن", "المجاورة لحلب"
    if _ranked_after(doc, p.first, lex):
        return True  # "تعز، ثالث أكبر مدينة في اليمن بعد صنعاء وعدن"
    if len(before) == 2 and not lex.of_links.isdisjoint(before[1]):  # "south of Homs"
        return not lex.of_directions.isdisjoint(before[0])
    return off_direction(doc, p.first, lex)


RANK_REACH = 4  # "ثالث أكبر مدينة في اليمن بعد": the ranking word a few words before "after"


def _ranked_after(doc: Doc, first: int, lex: RoleLexicon) -> bool:
    """A place after the "بعد" of a ranking ("ثالث أكبر مدينة بعد صنعاء وعدن"), itself or the
    name before it joined by و: it is what the place described is ranked against."""
    for k in range(first - 1, max(-1, first - 3), -1):
        if doc.tokens[k].key in lex.rank_links:
            return any(not lex.ranks.isdisjoint(doc.tokens[j].stems)
                       for j in range(max(0, k - RANK_REACH), k))
        if doc.gap_has(k, k + 1, ",.;:،؛"):
            return False
    return False


def _breadth(p: PlaceMention) -> int:
    """How wide a place is: towns first, then governorates, regions and countries."""
    kind = p.place.kind if p.place else ""
    return {"country": 3, "region": 2, "governorate": 1, "river": 2}.get(kind, 0)


def split_by_place(doc: Doc, c: Candidate) -> list[Candidate]:
    """One strike verb over places in different governorates ("غارات على أبين وحجة") is one
    event per place (ACLED codes one event per location); places of one governorate, or a
    town in its own governorate, stay one event with several locations. A reference point
    ("إلى الغرب من أجدابيا") is no place of its own."""
    c = _without_misread(doc, c)
    if c.event_type not in VIOLENT | {"territory_change"} or c.remembered or c.since:
        return [c]  # history recalled names its own place; the sentence's others are today's
    if c.event_type == "territory_change" and not any(t.verb for t in c.triggers) and not (
            c.losses or _dated_clause(doc, c)):
        return [c]  # "تحرير مدن عدن وأبين ولحج": ground named taken in one action, one event
    places = [p for p in c.locations if p.place and not _reference(doc, p)]
    key = _between_keys(doc, places)
    groups: dict[str, list[PlaceMention]] = {}
    for p in places:
        if _breadth(p) == 0:
            groups.setdefault(key.get(id(p), _governorate(p)), []).append(p)
    country = c.location.place.country if c.location and c.location.place else None
    covered = {_governorate(p) for g in groups.values() for p in g}
    for p in places:  # a governorate of the same country named alone ("وفي محافظة حجة")
        if (p.place and p.place.kind == "governorate" and p.place.country == country
                and (_governorate(p) not in covered or id(p) in key)):
            groups.setdefault(key.get(id(p), _governorate(p)), []).append(p)
    if len(groups) < 2 or sum(len(g) for g in groups.values()) < 2:
        return [c]
    out = []
    for i, places in enumerate(groups.values()):  # one toll for all: told once, on the first
        out.append(replace(c, location=places[0], locations=list(places),
                           losses=c.losses if i == 0 else []))
    return out


def _between_keys(doc: Doc, places: list[PlaceMention]) -> dict[int, str]:
    """"على الطريق الذي يربط بين محافظة الحديدة والعاصمة صنعاء", "the area between X and Y":
    two places named after "between" are the two ends of one location — the second is grouped
    with the first (one event, both places), whatever their governorates."""
    lex = role_lexicon(doc.language)
    key: dict[int, str] = {}
    for a, b in zip(places, places[1:]):
        lo = max(0, a.first - 2)
        if b.first - a.last > 2 or lex.between.isdisjoint(
                s for k in range(lo, a.first) for s in doc.tokens[k].stems):
            continue
        if any(_joins(doc.tokens[k].key, lex.between_joins) for k in range(a.last, b.first + 1)):
            key[id(a)] = key[id(b)] = key.get(id(a), _governorate(a))
    return key


def _joins(word: str, joins: frozenset[str]) -> bool:
    """The word is "and", or carries it as a one-letter proclitic ("والعاصمة")."""
    return word in joins or any(len(j) == 1 and word.startswith(j) for j in joins)


def _without_misread(doc: Doc, c: Candidate) -> Candidate:
    """"المطرية بالقاهرة", "X بمحافظة Y": a place named with the city or governorate it lies in,
    but read in another governorate, is another place of that name the gazetteer does not know;
    the place it lies in stands for it."""
    misread = {id(p): q for p in c.locations for q in c.locations if _lies_in(doc, p, q)}
    if not misread:
        return c
    location = misread.get(id(c.location), c.location) if c.location else None
    return replace(c, location=location,
                   locations=[p for p in c.locations if id(p) not in misread])


# How far a place may lie from the city or the governorate named as holding it, and the cues
# of kind that may stand between them ("X بمحافظة Y")
HOLDS_KM = {"governorate": 250.0, "region": 250.0}
HOLDS_KM_TOWN = 60.0
HOLDS = frozenset({"governorate", "city", "district", "region", "town"})


def _lies_in(doc: Doc, p: PlaceMention, q: PlaceMention) -> bool:
    """``q`` follows ``p`` after ب, as a name ("المطرية بالقاهرة") or after a cue of kind
    ("بمحافظة", "بمدينة"; not a direction: "إب بجنوب صنعاء") — or right after a word of
    ``within`` with its kind said ("Hader in Quneitra province", "Meles in Idlib city") — and
    ``p``'s reading lies too far from it: it cannot be the place meant."""
    if p.place is None or q.place is None or q.place.kind in ("country", "river"):
        return False
    glue = doc.tokens[p.last].key if p.last < len(doc.tokens) else ""
    kind = q.place.kind
    if glue in role_lexicon(doc.language).within:  # "Hader in Quneitra province": a word
        if q.first != p.last + 1 or q.cue not in HOLDS:
            return False
        kind = q.cue  # (the province said, whatever reading the name took: its seat's town)
    elif not glue.startswith("ب") or not (
            q.first == p.last or q.first == p.last + 1 and q.cue is not None and q.cue in HOLDS):
        return False
    dist = km(p, q)
    return dist is not None and dist > HOLDS_KM.get(kind, HOLDS_KM_TOWN)


def km(a: PlaceMention, b: PlaceMention) -> float | None:
    """Great-circle distance between two mentions' places, if both have coordinates."""
    p, q = a.place, b.place
    if p is None or q is None or None in (p.lat, p.lon, q.lat, q.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (p.lat, p.lon, q.lat, q.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _dated_clause(doc: Doc, c: Candidate) -> bool:
    """A date told in the candidate's own clause ("سيطرة المقاومة يوم الأربعاء على …")."""
    cl = doc.clauses[c.clause]
    lo, hi = doc.tokens[cl.first].start, doc.tokens[cl.last - 1].end
    return any(lo <= d.start < hi and d.kind != "dateline" for d in doc.dates)


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
