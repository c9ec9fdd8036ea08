"""Step: places resolved in context — what each named place is, and whether it is where
something happened. Runs after triggers and attributions, which it reads.

Rules, in order (cue words in ``data/gazetteer/cues.yaml`` ``context``):

0. **Teams.** A town right after a team word («فريق برشلونة») or right before a masculine
   nationality adjective («ميلان الإيطالي»: clubs are masculine, towns feminine) is a sports
   team: not a place at all.
1. **Dateline.** A place that opens the text or a line and is followed by a dash, bracket or
   colon («موسكو ـ», "DAMASCUS (Reuters) -") says where the report was filed: not a location;
   so does one in capitals before a bracket inside the text ("… Over 20 Dead MOSCOW (Sputnik)
   The terrorists fired …"), without setting the focus.
2. **Actor.** A country or capital right after a verb of saying or striking, or an agent noun
   («قصفت روسيا», «أعلنت موسكو», «طائرات روسيا»), or right before a present-tense verb or a
   trigger («روسيا تقصف», "Russia said"), or an auxiliary of an active verb ("Washington has
   blamed"), or glued to "-backed"/"-led", is the one acting: not a location — unless a
   preposition of place comes before it («وفي بغداد قتل شخصان»). An article between the
   agent word and the name counts as nothing ("backed by the United States").
   A country after an alliance, deal or joint-action word and "with" («المتحالفة مع إيران»,
   «اتفاق مع واشنطن», "allied with Turkey") is a party too (cues ``allies``), and so is one
   after a word of backing or closeness and "من" («المدعومين من إيران», «المقربين من ايران»;
   cues ``backers``), and so is one after an office's title and "of" ("the foreign minister
   of Turkey", "the representative of Malaysia"; cues ``offices``).
3. **Launch site.** A place after "من"/"from" a few words after a launch verb («أطلقت من
   البحر المتوسط», "launched from the Caspian"), or a country's land after "من" («مقذوفات من
   داخل الأراضي اليمنية»), is where the strike came from: a strike's location is where it hit. **Venue.** A place after a preposition a few words after a press
   conference, a visit, a speech («قال في مؤتمر صحافي في أنقرة إن التفجير…», "told reporters
   in Washington") is where someone spoke, not where the event they speak of happened.
   **Seat.** A place glued to "-based" ("the UK-based Observatory") or right after a word of
   outlawing and "in" ("Islamic State (banned in Russia)") is where an
   organisation sits or is banned, not where anything it does or reports happened. A
   country after "border/crossing with" is the other side of a border, no location either;
   nor is where fighters come from ("foreign fighters from Tunisia and Egypt").
4. **Reading in context** (`geo.context`): the article's focus (countries and governorates it
   names most, its dateline); an ambiguous name takes the reading nearest the focus and the
   sentence's other places; a foreign town named with a local cue (حي، قرية) is dropped.
   Actors do not count towards the focus; the dateline does. **Quarters.** A name before a
   quarter word and "of" a town ("the Ferdous neighbourhood of east Aleppo") is a part of
   that town: a reading of it far from the town is dropped, wherever the article names it.
5. **"The city".** «المدينة», «البلدة», «القرية», «المحافظة», "the city/town/village/province"
   with no name after them refer back to the last named place of that kind (at most
   `ANAPHORA_SENTENCES` sentences back; not a reference point, "50 كلم شرق الرمادي"): a place
   mention of their own, ``refers_to`` its antecedent.

Mentions keep their place in ``doc.places`` with ``not_location`` set (rules 1-3, in
`events.extract.place_uses`), so the reader can still show them; assembly takes no location from
them.
"""
from __future__ import annotations

import functools
from dataclasses import replace

import settings
from events.extract.doc import ANAPHORA, Doc, PlaceMention
from events.extract.place_locals import local_named
from events.extract.place_actors import after_place_preposition
from events.extract.place_uses import not_location
from events.extract.directions import after_direction
from geo.context import Reading, article_focus, near, resolve
from geo.gazetteer import Gazetteer
from geo.place import Place
from text import normalize_key

ANAPHORA_SENTENCES = 3
QUARTER_KM = 25.0  # a quarter of a town lies within this of the town's point
_TOWNS = ("populated_place", "capital")
_KIND_OF_CUE = {"city": ("populated_place", "capital"), "town": ("populated_place", "capital"),
                "village": ("populated_place",), "governorate": ("governorate",),
                "capital": ("capital",),
                "area": ("populated_place", "capital", "district", "governorate", "region")}


@functools.cache
def _cues() -> dict[str, object]:
    cfg = Gazetteer.default().cues.get("context") or {}
    words = lambda k: frozenset(normalize_key(w) for w in cfg.get(k) or ())  # noqa: E731
    return {"actor_before": words("actor_before"), "verbs_after": words("verbs_after"),
            "launch": words("launch"), "venue": words("venue"),
            "agent_after": words("agent_after"), "auxiliaries": words("auxiliaries"),
            "undergoing": words("undergoing"), "witnessing": words("witnessing"),
            "progressive": words("progressive"), "progressive_before": words("progressive_before"),
            "progressive_endings": tuple(words("progressive_endings")),
            "sources": words("sources"), "source_links": words("source_links"),
            "border": words("border"), "border_verbs": words("border_verbs"),
            "border_of": words("border_of"), "within_borders": words("within_borders"),
            "allies": words("allies"),
            "backers": words("backers"), "backer_links": words("backer_links"),
            "offices": words("offices"), "office_links": words("office_links"),
            "transfers": words("transfers"), "transfer_links": words("transfer_links"),
            "land_inner": frozenset(normalize_key(w) for w in (
                Gazetteer.default().cues.get("lands") or {}).get("inner") or ()),
            "residence": words("residence"), "designation": words("designation"),
            "border_links": words("border_links"), "launch_links": words("launch_links"),
            "designation_links": words("designation_links"), "seat_after": words("seat_after"),
            "articles": words("articles"), "pair_links": words("pair_links"),
            "name_links": words("name_links"), "quarters": words("quarters"),
            "locals": words("locals"),
            "quarters_before": words("quarters_before"), "quarter_links": words("quarter_links"),
            "homeland": words("homeland"), "homeland_fillers": words("homeland_fillers"),
            "wider": words("wider"),
            "marks": str(cfg.get("dateline_marks") or ""),
            "distance_units": {normalize_key(k): float(v)
                               for k, v in (cfg.get("distance_units") or {}).items()},
            "far_km": float(cfg.get("far_km") or 0),
            "comparisons": tuple(tuple(normalize_key(w).split())
                                 for w in cfg.get("comparisons") or ()),
            "comparison_links": words("comparison_links"),
            "comparison_joins": words("comparison_joins"),
            "team_before": words("team_before"), "team_after": words("team_after"),
            "anaphora": (by_first := _anaphora_cues({tuple(normalize_key(k).split()): v
                                                     for k, v in (cfg.get("anaphora") or {}).items()})),
            # its first words as a set: the per-token prefilter's `isdisjoint` is faster on one
            "anaphora_firsts": frozenset(by_first),
            "unplaced_named": {k: frozenset(normalize_key(w) for w in v) for k, v in (
                cfg.get("unplaced_named") or {}).items()}}


def _anaphora_cues(cues: dict[tuple[str, ...], str]
                   ) -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
    """The "the city" cues by first word: (order in the file, words, kind of place)."""
    by_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for order, (words, cue) in enumerate(cues.items()):
        by_first.setdefault(words[0], []).append((order, words, cue))
    return by_first


def resolve_places(doc: Doc) -> None:
    """Apply the module's rules to ``doc.places``."""
    if not doc.places:
        doc.place_focus = list(settings.get().focus_countries)
        return
    cues = _cues()
    doc.places[:] = [m for m in doc.places if not _team(doc, m, cues)]
    events = {t.first for t in doc.triggers if t.event_type != "statement"}  # see `_venue`
    for m in doc.places:
        m.not_location = not_location(doc, m, cues, events)
    readings = [Reading([m.place, *m.alternatives] if m.place else [], m.cue, m.sentence,
                        counts=m.not_location not in ("actor", "seat"), weak=m.weak,
                        locative=after_place_preposition(doc, m),
                        local=doc.language == "en" and local_named(doc, m, cues))
                for m in doc.places]
    dateline = next((m.place for m in doc.places if m.not_location == "dateline"), None)
    focus = article_focus(readings, dateline, default=settings.get().focus_countries)
    doc.place_focus = sorted(focus.countries, key=lambda c: -focus.countries[c])
    chosen = resolve(readings, focus)
    kept: list[PlaceMention] = []
    for m, place in zip(doc.places, chosen):
        if place is None:
            continue
        if place is not m.place:
            m.alternatives = [p for p in [m.place, *m.alternatives] if p is not place and p]
            m.place = place
        m.weak = False  # confirmed by the context
        kept.append(m)
    kept = _without_quarters_elsewhere(doc, kept, cues)
    refs = _anaphora(doc, kept, cues)
    kept += [r for r, _ in refs]
    kept.sort(key=lambda m: m.start)
    for r, antecedent in refs:
        r.refers_to = next(i for i, m in enumerate(kept) if m is antecedent)
    doc.places[:] = kept


def _without_quarters_elsewhere(doc: Doc, kept: list[PlaceMention], cues: dict
                                ) -> list[PlaceMention]:
    """Rule 4b: "the Ferdous neighbourhood of east Aleppo", "the Old City of Homs", "حي
    الروضة في مدينة الحديدة": a name with a quarter word and a town after it, or right before
    "of" a town, is a part of that town. When the gazetteer read it as a place far from the
    town (Ferdows in Iran, Iraq's Salah al-Din governorate, a Rawdah in another province) the
    reading is wrong, here and wherever the article names it again: those mentions go, and
    the town stands for the event."""
    by_first = {m.first: m for m in kept}
    wrong: set[str] = set()
    for m in kept:
        town = _quarter_of(doc, m, by_first, cues)
        if (town is not None and town.place is not None and town.place.kind in _TOWNS
                and not near(m.place, town.place, QUARTER_KM)):
            wrong.add(m.place.name)
    return [m for m in kept if m.place is None or m.place.name not in wrong] if wrong else kept


QUARTER_GAP = 3  # words from a quarter's name to its town ("في مدينة", "جنوبي مدينة")


def _quarter_of(doc: Doc, m: PlaceMention, by_first: dict[int, PlaceMention], cues: dict
                ) -> PlaceMention | None:
    """The town ``m`` is named a part of: after a quarter word and "of", or right before "of"
    ("the Ferdous neighbourhood of east Aleppo", "the Old City of Homs"); or, a village's
    reading with a quarter or camp word before it, the next place a few words on, only links
    between ("حي الروضة في مدينة الحديدة", "معسكر النصر وسط البيضاء"; not "معسكر الصليف شمال
    مدينة الحديدة": north of it)."""
    toks, k = doc.tokens, m.last
    if m.place is None or m.place.kind == "country":
        return None
    if k < len(toks) and (toks[k].key in cues["name_links"] or toks[k].key in cues["quarters"]):
        if toks[k].key in cues["name_links"]:
            k -= 1  # "the besieged Old City of Homs": the name itself says it is a part
        if k + 2 >= len(toks) or toks[k + 1].key not in cues["name_links"]:
            return None
        return by_first.get(k + 2 + (toks[k + 2].key in Gazetteer.default().english.parts))
    if m.first == 0 or m.place.kind != "populated_place" or cues["quarters_before"].isdisjoint(
            toks[m.first - 1].stems):
        return None
    for j in range(k, min(k + QUARTER_GAP + 1, len(toks))):
        if doc.gap_has(j - 1, j, ",.;:،؛"):
            return None
        if j in by_first:
            return by_first[j]
        if toks[j].key not in cues["quarter_links"]:
            return None
    return None


def _team(doc: Doc, m: PlaceMention, cues: dict) -> bool:
    """Rule 0: «فريق برشلونة», «ميلان الإيطالي»: a town that names a sports team."""
    if m.place is None or m.place.kind not in ("populated_place", "capital", "governorate"):
        return False
    toks = doc.tokens
    before = toks[m.first - 1].stems if m.first > 0 else ()
    after = toks[m.last].key if m.last < len(toks) else ""
    return any(s in cues["team_before"] for s in before) or after in cues["team_after"]


def _anaphora(doc: Doc, named: list[PlaceMention], cues: dict
              ) -> list[tuple[PlaceMention, PlaceMention]]:
    """Rule 5: "المدينة"/"the city" not followed by a name -> (a mention of the last place of
    that kind, that place's mention)."""
    starts = {m.first for m in named}
    covered = {k for m in named for k in range(m.first, m.last)}
    out: list[tuple[PlaceMention, PlaceMention]] = []
    toks = doc.tokens
    by_first = cues["anaphora"]
    points: list[PlaceMention] | None = None  # the named places that are no reference point
    # only the tokens that are some cue's first word (their key or one of their stems)
    for i in doc.positions(ANAPHORA):  # a stem in cues["anaphora_firsts"]
        t = toks[i]
        found = {x for w in (t.key, *t.stems) for x in by_first.get(w, ())}
        for _, words, cue in sorted(found):
            j = i + len(words)
            if j > len(toks) or any(toks[i + n].key != w and w not in toks[i + n].stems
                                    for n, w in enumerate(words)):
                continue
            if i in covered or j in starts or (j < len(toks) and toks[j].key in cues["name_links"]):
                continue  # a cue of a name ("مدينة حلب", "the city of Aleppo"), not a reference
            if points is None:
                points = [m for m in named if not _reference_point(doc, m)]
            sentence = doc.sentence_of(t.start)
            ante = _antecedent(doc, points, t.start, sentence, _KIND_OF_CUE[cue])
            seat = _seat_named(doc, named, t.start, sentence) if cue == "city" and \
                doc.language == "ar" and (ante is None or ante.sentence < sentence) else None
            if seat is not None:
                ante, place = seat
            else:
                place = None if ante is None else ante.place
            if ante is None or _unplaced_between(doc, ante.last, i, covered, cues["unplaced_named"].get(
                    cue, frozenset())):
                continue
            out.append((PlaceMention(
                t.start, toks[j - 1].end, doc.surface(t.start, toks[j - 1].end),
                sentence, i, j, place=replace(place),  # type: ignore[arg-type]
                cue=cue), ante))
            break
    return out


def _seat_named(doc: Doc, named: list[PlaceMention], before: int, sentence: int
                ) -> tuple[PlaceMention, Place] | None:
    """"أجهض الثوار في محافظة الضالع هجوما هدف لاجتياح المدينة": the one governorate named in
    the anaphor's own sentence before it, with no town named there, when it bears its seat's
    name — "the city" is that seat (the town the governorate is named after), not the last
    town of the sentences before. (Not "أبين": its seat is Zinjibar, which "the city" need
    not be; nor after two governorates, "بين محافظتي لحج وعدن … وسط المدينة". Arabic only:
    English "the city" after "Idlib province" was as often a town the gazetteer does not hold.)"""
    here = [m for m in named if m.sentence == sentence and m.start < before and m.place is not None]
    govs = [m for m in here if m.place.kind == "governorate"]  # type: ignore[union-attr]
    if len({m.place.gazetteer_id for m in govs}) != 1 or any(  # type: ignore[union-attr]
            m.place.kind in _TOWNS for m in here):  # type: ignore[union-attr]
        return None
    gov = govs[-1]
    gazetteer = Gazetteer.default()
    seat = gazetteer.seat_of(gov.place.gazetteer_id or "")
    entry = gazetteer.get(gov.place.gazetteer_id or "")
    if seat is None or entry is None or not _arabic(seat.names) & _arabic(entry.names):
        return None
    return gov, seat.place()


def _arabic(names: tuple[str, ...]) -> set[str]:
    return {normalize_key(n) for n in names if n and "\u0600" <= n[0] <= "\u06ff"}


def _unplaced_between(doc: Doc, lo: int, hi: int, covered: set[int], namers: frozenset[str]) -> bool:
    """A place of the anaphor's kind named between its antecedent and it that we could not
    place ("قرية الجنادية": one of ``namers``, then a definite word that is no known place):
    "القرية" after it is that one, not the antecedent."""
    return any(doc.tokens[k].key in namers and k + 1 not in covered
               and doc.tokens[k + 1].key.startswith("ال") for k in range(lo, hi - 1))


def _reference_point(doc: Doc, m: PlaceMention) -> bool:
    """"في مدينة الفلوجة، 50 كلم شرق الرمادي، … وسط المدينة": a place named after a direction
    only says where the other lies; "the city" is the other."""
    return after_direction(doc, m.first)


def _antecedent(doc: Doc, named: list[PlaceMention], before: int, sentence: int,
                kinds: tuple[str, ...]) -> PlaceMention | None:
    for k in range(len(named) - 1, -1, -1):
        m = named[k]
        if m.start >= before or m.place is None or m.not_location:
            continue
        if sentence - m.sentence > ANAPHORA_SENTENCES:
            return None
        if m.place.kind in kinds and not _named_wider(doc, m, kinds):
            return m
    return None


def _named_wider(doc: Doc, m: PlaceMention, kinds: tuple[str, ...]) -> bool:
    """A town's name cued by one of cues ``wider`` ("in Hasaka province", "the province of
    Hasaka") names the province, whatever point the gazetteer gives it: "the city" does not
    refer back to it. (Arabic «محافظة» is left out: «مركز المحافظة زنجبار», «مديرية لودر» name
    a town's own district, and «المدينة» after them is that town.)"""
    if "governorate" in kinds:
        return False
    toks, cues, k = doc.tokens, _cues(), m.first - 1
    if m.last < len(toks) and toks[m.last].key in cues["wider"]:
        return True  # "in Hasaka province"
    if k >= 0 and toks[k].key in cues["name_links"]:
        k -= 1  # "the province of Hasaka" (not "the Bab al-Nairab district of Aleppo")
        return k > 0 and toks[k].key in cues["wider"] and toks[k - 1].key in cues["articles"]
    return k >= 0 and toks[k].key in cues["wider"]


def place_mentions(text: str) -> list[PlaceMention]:
    """The named places of ``text`` after this step (references such as "المدينة" left out):
    what the place-recognition benchmark (`python -m geo bench-newsfane`) measures."""
    from events.extract.pipeline import annotate

    if not isinstance(text, str) or not text.strip():
        return []
    return [m for m in annotate(text, upto="place_context").places if m.refers_to is None]
