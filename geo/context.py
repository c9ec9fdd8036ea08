"""Resolution in context: which reading of each place name an article means.

The gazetteer ranks a name's readings out of context (kind, population, cue word). An article
says more, and `resolve` applies it, in this order:

1. **Focus.** An article is about some countries and governorates: those it names most — a
   country named as a place (not as an actor), a governorate, a town (a full vote when every
   reading lies in one country, half a vote for the gazetteer's best reading otherwise), the
   dateline's country and the outlet's country (`article_focus`).
2. **Nearest reading.** An ambiguous name takes the reading nearest to the focus (its country,
   then its governorate) and to the unambiguous places of the same sentence (within
   `NEAR_KM`): البيضاء in an article about Abyan and Lahij is Yemen's al-Bayda, not Libya's.
3. **No foreign homonyms.** A town or district of a country outside the focus, named with a
   local cue word (حي، قرية، بلدة، مخيم…), is a local place the gazetteer does not know, not
   the foreign one: «حي المشهد» in an article about Aleppo is not Mashhad in Iran, «قرية
   السويدية» in one about Latakia not Samandağ in Turkey. Such a mention is dropped. A foreign
   reading with no cue, or in an article about that country, stays.
4. **Everyday words need the focus.** A name that is also an everyday word, read without its
   cue word («في البيضاء»: "in the white"?), is kept only when its reading is a town of
   `WEAK_MIN_POPULATION` or more (or a governorate, a district) in a country the article is
   mostly about (`WEAK_SHARE`); it never counts towards the focus.

5. **Villages need company.** A village of fewer than `HAMLET_POPULATION` people named with
   no cue word (or of unknown population and no preposition of place before it either) is
   taken only when another mention of the article lies in its country: GeoNames lists thousands of hamlets whose names are words or surnames (وقاص،
   سلطانية), and an article about a hamlet names its surroundings too.

6. **Foreign towns need company too.** A town of fewer than `FOREIGN_TOWN_POPULATION`
   people in a country outside the focus, named with no cue word (or only "near", «المحيطة»),
   is taken only when another mention of the article lies in its country: «المطلة»
   ("overlooking") in an article about Aden is not Metula in Israel, "Zara" in one about Hama
   not Zara in Turkey; a city as big as Gaziantep needs no company. The name's other readings
   in that country (a province of the same name) go with it.

Local-cue mentions («قرية السويدية») and everyday words, the very mentions whose reading is in
doubt, do not count towards the focus.

Rules about how a mention is used (a country named as the actor, a dateline, a launch site,
"the city" referring back) need the rest of the extraction and live in the pipeline's place
step (`events.extract.place_context`); this module only chooses readings.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import math

from geo.gazetteer import Gazetteer
from geo.place import Place

NEAR_KM = 100.0
FOCUS_SHARE = 0.25  # a country with a quarter of the top country's weight is in focus
WEAK_SHARE = 0.5
WEAK_MIN_POPULATION = 10_000
HAMLET_POPULATION = 5_000
FOREIGN_TOWN_POPULATION = 250_000
LOCAL_CUES = frozenset({"town", "village"})  # حي، بلدة، قرية، مخيم، ناحية، مزرعة
_LOCAL_KINDS = frozenset({"populated_place", "district"})
# Evidence weights for the focus.
W_COUNTRY, W_GOVERNORATE, W_PLACE, W_DATELINE, W_OUTLET = 1.0, 1.5, 1.0, 1.0, 0.5
W_AMBIGUOUS = 0.5


@dataclass
class Reading:
    """One mention: its readings, best first (the gazetteer's order), and its context."""
    candidates: list[Place]
    cue: str | None = None
    sentence: int = 0
    counts: bool = True  # False: a country named as an actor says nothing about the focus
    weak: bool = False  # an everyday word without its cue word (`geo.mentions`): rule 4
    locative: bool = False  # right after a preposition of place ("في", "in", بـ): rule 5
    local: bool = False  # English local words around it ("the town of X", "X village"): rule 3

    @property
    def countries(self) -> set[str | None]:
        return {p.country for p in self.candidates}


@dataclass
class Focus:
    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[tuple[str, str], float] = field(default_factory=dict)

    def share(self, country: str | None) -> float:
        """0..1: how much the article is about ``country`` compared with its main country."""
        top = max(self.countries.values(), default=0.0)
        return self.countries.get(country or "", 0.0) / top if top else 0.0

    def admin1_share(self, country: str | None, admin1: str | None) -> float:
        top = max(self.admin1.values(), default=0.0)
        return self.admin1.get((country or "", admin1 or ""), 0.0) / top if top else 0.0

    def holds(self, country: str | None) -> bool:
        return self.share(country) >= FOCUS_SHARE

    @property
    def empty(self) -> bool:
        return not self.countries


def article_focus(readings: list[Reading], dateline: Place | None = None,
                  outlet_country: str | None = None, default: tuple[str, ...] = ()) -> Focus:
    """The countries and governorates the article is about (rule 1 of the module); the
    ``default`` countries (``ATHAR_FOCUS_COUNTRIES``) when it names none."""
    countries: dict[str, float] = defaultdict(float)
    admin1: dict[tuple[str, str], float] = defaultdict(float)
    for r in readings:
        if not r.counts or r.weak or r.cue in LOCAL_CUES or r.local or not r.candidates:
            continue
        p = r.candidates[0]
        if not p.country:
            continue
        w = {"country": W_COUNTRY, "governorate": W_GOVERNORATE}.get(p.kind, W_PLACE)
        if len(r.countries) > 1:
            w *= W_AMBIGUOUS  # the gazetteer's best guess, on half a vote
        countries[p.country] += w
        if p.admin1 and p.kind != "country":
            admin1[(p.country, p.admin1)] += w
    if dateline is not None and dateline.country:
        countries[dateline.country] += W_DATELINE
    if outlet_country:
        countries[outlet_country] += W_OUTLET
    if not countries:
        countries.update({c: W_OUTLET for c in default})
    return Focus(dict(countries), dict(admin1))


def resolve(readings: list[Reading], focus: Focus,
            gazetteer: Gazetteer | None = None) -> list[Place | None]:
    """The reading each mention takes in context (rules 2 and 3), None to drop it."""
    gaz = gazetteer or Gazetteer.default()
    anchors: dict[int, list[tuple[int, Place]]] = defaultdict(list)  # by sentence
    for i, r in enumerate(readings):
        if r.candidates and len(r.countries) == 1 and not r.weak:
            anchors[r.sentence].append((i, r.candidates[0]))
    out: list[Place | None] = []
    support = _support(readings)
    for i, r in enumerate(readings):
        best: tuple[float, Place] | None = None
        others = [a for k, a in anchors[r.sentence] if k != i]
        alone = _alone(readings, i, support)
        # a name whose first reading is a town that needs company and has none is a local
        # name: its other readings in that country and abroad go too («منطقة عثمانية» in an
        # article about Taiz: neither Osmaniye nor its province)
        first = r.candidates[0] if r.candidates else None
        local = (first is not None and first.country in alone and _hamlet(first, r, focus, gaz)
                 and not focus.holds(first.country))
        for p in r.candidates:
            if (_foreign_local(p, r, focus, others) or (r.weak and not _weak_ok(p, focus, gaz))
                    or (p.country in alone and _hamlet(p, r, focus, gaz))
                    or local and not focus.holds(p.country)):
                continue
            s = _score(p, r, focus, others, gaz)
            if best is None or s > best[0]:
                best = (s, p)
        out.append(best[1] if best else None)
    return out


def _support(readings: list[Reading]) -> Counter[str | None]:
    """How many mentions that count name each country (among their readings), counted once
    per article instead of once per mention and country (an article of fifty place mentions
    asked every other mention for every country of each: thousands of set builds)."""
    support: Counter[str | None] = Counter()
    for r in readings:
        if r.counts:
            support.update(r.countries)
    return support


def _alone(readings: list[Reading], i: int,
           support: Counter[str | None] | None = None) -> set[str | None]:
    """Countries of reading ``i`` that no other mention of the article supports."""
    if support is None:
        support = _support(readings)
    r = readings[i]
    mine = 1 if r.counts else 0  # reading i's own vote, for each of its countries
    return {c for c in r.countries if support[c] == mine}


def _hamlet(p: Place, r: Reading, focus: Focus, gaz: Gazetteer) -> bool:
    """Rules 5 and 6: a village named bare, or a town of a foreign country, alone of its
    country in the article."""
    if r.cue not in (None, "near") or p.kind not in _LOCAL_KINDS:
        return False
    foreign = not focus.empty and not focus.holds(p.country)
    if r.cue is not None and not foreign:
        return False
    entry = gaz.get(p.gazetteer_id or "")
    if entry is None or entry.population >= (FOREIGN_TOWN_POPULATION if foreign
                                             else HAMLET_POPULATION):
        return False
    # GeoNames gives population 0 to many administrative seats (Tal Abyad): said as a place
    # ("في X", "in X"), such a town stays
    return not (entry.population == 0 and r.locative)


def _weak_ok(p: Place, focus: Focus, gaz: Gazetteer) -> bool:
    """Rule 4: an everyday word read without its cue is a town of the article's country, big
    enough to be named bare (`WEAK_MIN_POPULATION`), or a governorate or district."""
    entry = gaz.get(p.gazetteer_id or "")
    big = entry is not None and (entry.population >= WEAK_MIN_POPULATION
                                 or entry.kind in ("governorate", "district"))
    return big and focus.share(p.country) >= WEAK_SHARE


def _foreign_local(p: Place, r: Reading, focus: Focus, others: list[Place]) -> bool:
    """Rule 3; an English local word gives way when the sentence names the reading's country
    ("the border town of Kilis in south central Turkey")."""
    said = r.local and any(o.kind == "country" and o.country == p.country for o in others)
    return ((r.cue in LOCAL_CUES or r.local and not said) and p.kind in _LOCAL_KINDS
            and not focus.empty and not focus.holds(p.country))


def _score(p: Place, r: Reading, focus: Focus, anchors: list[Place], gaz: Gazetteer) -> float:
    entry = gaz.get(p.gazetteer_id or "")
    s = gaz.context_free_score(entry, r.cue) if entry else 0.5
    if len(r.countries) > 1 or len(r.candidates) > 1:
        s += 0.5 * focus.share(p.country) + 0.3 * focus.admin1_share(p.country, p.admin1)
        if any(near(a, p) for a in anchors):
            s += 0.3
    return s


_EARTH_KM = 6371.0


def near(a: Place, b: Place, km: float = NEAR_KM) -> bool:
    """Within ``km`` on a sphere (haversine): a neighbourhood test needs no ellipsoid, and the
    geodesic solver cost a third of place resolution on real news."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    if abs(a.lat - b.lat) * 111.0 > km:  # type: ignore[operator]
        return False  # a degree of latitude is ~111 km everywhere
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)  # type: ignore[operator]
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h))) <= km
