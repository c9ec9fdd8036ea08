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
   «اتفاق مع واشنطن», "allied with Turkey") is a party too (cues ``allies``).
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

Mentions keep their place in ``doc.places`` with ``not_location`` set (rules 1-3), so the
reader can still show them; assembly takes no location from them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

import settings
from events.extract.doc import ANAPHORA, Doc, PlaceMention
from events.extract.role_lexicon import after_direction
from geo.context import Reading, article_focus, near, resolve
from geo.gazetteer import Gazetteer
from geo.mentions import LAND, after_preposition
from text import normalize_key

ANAPHORA_SENTENCES = 3
LAUNCH_WINDOW = 6  # tokens between a launch verb and "من X"
VENUE_WINDOW = 5  # tokens between a venue word and its place («مؤتمر صحافي عقده أمس في أنقرة»)
QUARTER_KM = 25.0  # a quarter of a town lies within this of the town's point
_ACTS = ("country", "capital")
_TOWNS = ("populated_place", "capital")
_LANDS = ("country", "region")  # where fighters come from: a country ("Tunisia"), "Chechnya"
_BRACKETED = re.compile(r"\([^()]*\)")  # "China (Xinjiang Province) Saudi Arabia"
_KIND_OF_CUE = {"city": ("populated_place", "capital"), "town": ("populated_place", "capital"),
                "village": ("populated_place",), "governorate": ("governorate",)}


@functools.cache
def _cues() -> dict[str, object]:
    cfg = Gazetteer.default().cues.get("context") or {}
    words = lambda k: frozenset(normalize_key(w) for w in cfg.get(k) or ())  # noqa: E731
    return {"actor_before": words("actor_before"), "verbs_after": words("verbs_after"),
            "launch": words("launch"), "venue": words("venue"),
            "agent_after": words("agent_after"), "auxiliaries": words("auxiliaries"),
            "undergoing": words("undergoing"), "witnessing": words("witnessing"),
            "border": words("border"), "allies": words("allies"),
            "land_inner": frozenset(normalize_key(w) for w in (
                Gazetteer.default().cues.get("lands") or {}).get("inner") or ()),
            "residence": words("residence"), "designation": words("designation"),
            "border_links": words("border_links"), "launch_links": words("launch_links"),
            "designation_links": words("designation_links"), "seat_after": words("seat_after"),
            "articles": words("articles"), "pair_links": words("pair_links"),
            "name_links": words("name_links"), "quarters": words("quarters"),
            "homeland": words("homeland"),
            "marks": str(cfg.get("dateline_marks") or ""),
            "team_before": words("team_before"), "team_after": words("team_after"),
            "anaphora": (by_first := _anaphora_cues({tuple(normalize_key(k).split()): v
                                                     for k, v in (cfg.get("anaphora") or {}).items()})),
            # its first words as a set: the per-token prefilter's `isdisjoint` is faster on one
            "anaphora_firsts": frozenset(by_first)}


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
        m.not_location = (_dateline(doc, m, cues) or _actor(doc, m, cues) or _ally(doc, m, cues)
                          or _launch_site(doc, m, cues) or _venue(doc, m, cues, events)
                          or _residence(doc, m, cues, events) or _seat(doc, m, cues)
                          or _across_border(doc, m, cues) or _homeland(doc, m, cues))
    readings = [Reading([m.place, *m.alternatives] if m.place else [], m.cue, m.sentence,
                        counts=m.not_location != "actor", weak=m.weak,
                        locative=_after_preposition(doc, m)) for m in doc.places]
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
    """Rule 4b: "the Ferdous neighbourhood of east Aleppo", "the Salah al-Din district of
    Aleppo": a name before a quarter word and "of" a town is a part of that town. When the
    gazetteer read it as a place far from the town (Ferdows in Iran, Iraq's Salah al-Din
    governorate) the reading is wrong, here and wherever the article names it again: those
    mentions go, and the town stands for the event."""
    toks = doc.tokens
    by_first = {m.first: m for m in kept}
    parts = Gazetteer.default().english.parts
    wrong: set[str] = set()
    for m in kept:
        k = m.last
        if (m.place is None or k + 2 >= len(toks) or toks[k].key not in cues["quarters"]
                or toks[k + 1].key not in cues["name_links"]):
            continue
        j = k + 2 + (toks[k + 2].key in parts)  # "of east Aleppo"
        town = by_first.get(j)
        if (town is not None and town.place is not None and town.place.kind in _TOWNS
                and not near(m.place, town.place, QUARTER_KM)):
            wrong.add(m.place.name)
    return [m for m in kept if m.place is None or m.place.name not in wrong] if wrong else kept


def _team(doc: Doc, m: PlaceMention, cues: dict) -> bool:
    """Rule 0: «فريق برشلونة», «ميلان الإيطالي»: a town that names a sports team."""
    if m.place is None or m.place.kind not in ("populated_place", "capital", "governorate"):
        return False
    toks = doc.tokens
    before = toks[m.first - 1].stems if m.first > 0 else ()
    after = toks[m.last].key if m.last < len(toks) else ""
    return any(s in cues["team_before"] for s in before) or after in cues["team_after"]


def _after_preposition(doc: Doc, m: PlaceMention) -> bool:
    return after_preposition(doc.norm, doc.tokens, m.first, m.start)


def _dateline(doc: Doc, m: PlaceMention, cues: dict) -> str:
    start, end = doc.span(m.start, m.end)
    after = doc.text[end:end + 4].lstrip(" \t")
    line_start = doc.norm.rfind("\n", 0, m.start) + 1
    if doc.norm[line_start:m.start].strip(" \t\"'*-•") or m.start - line_start > 40:
        return "filed" if _wire_dateline(doc.text[start:end], after) else ""
    return "dateline" if after[:1] and after[0] in cues["marks"] else ""


def _wire_dateline(surface: str, after: str) -> bool:
    """A place in capitals before a bracket, inside the text: a wire story's dateline ("MOSCOW
    (Sputnik)", "BEIRUT (Reuters)") that a page pasted after a related headline. It says where
    a report was filed, as one at the head of a line does; it does not set the article's focus
    (an acronym of three letters or fewer, "US (…)", is no dateline)."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and after[:1] == "("


def _actor(doc: Doc, m: PlaceMention, cues: dict) -> str:
    if m.place is None or m.place.kind not in _ACTS or _after_preposition(doc, m):
        return ""
    first, last = m.first, m.last
    toks = doc.tokens
    if first > 0 and any(s in cues["witnessing"] for s in toks[first - 1].stems):
        return ""  # «شهدت صنعاء اشتباكات», «تعرضت دمشق لقصف»: where it happened, not who
    if first > 1 and toks[first - 1].key in cues["articles"] and _same_clause(doc, first - 2, first):
        first -= 1  # "backed by the United States", "a truce brokered by the UAE"
    if first > 0 and _same_clause(doc, first - 1, first):
        prev = toks[first - 1]
        if any(s in cues["actor_before"] for s in prev.stems) or _ends_frame(doc, prev.end):
            return "actor"
        if (prev.key in cues["pair_links"] and first >= 3 and _same_clause(doc, first - 3, first)
                and any(s in cues["actor_before"] for s in toks[first - 3].stems)):
            return "actor"  # "brokered by Moscow and Washington": both act
    if last < len(toks) and _same_clause(doc, last - 1, last):
        nxt = toks[last]
        if nxt.key in cues["verbs_after"] or any(t.start == nxt.start for t in doc.triggers):
            return "actor"
        if nxt.key == "s" and doc.norm[toks[last - 1].end:nxt.start] == "'":
            return "actor"  # "Russia's jets"
        if nxt.key in cues["agent_after"] and doc.norm[toks[last - 1].end:nxt.start] == "-":
            return "actor"  # "Moscow-backed government", "US-led coalition"
        if nxt.key in cues["auxiliaries"] and _active(doc, last + 1, cues):
            return "actor"  # "Washington has blamed", "Moscow would support"
    return ""


def _active(doc: Doc, k: int, cues: dict) -> bool:
    """After an auxiliary (token k on): the name is the subject of an active verb, not of a
    passive or of a verb of undergoing ("Damascus has been shelled", "has seen a lull")."""
    toks = doc.tokens
    return k < len(toks) and toks[k].key not in cues["undergoing"]


def _ends_frame(doc: Doc, end: int) -> bool:
    return any(t.end == end for t in doc.triggers) or any(a.end == end
                                                         for a in doc.attributions)


def _launch_site(doc: Doc, m: PlaceMention, cues: dict) -> str:
    toks = doc.tokens
    k = m.first - 1
    if m.cue == LAND:  # "مقذوفات من داخل الأراضي اليمنية": where the fire came from
        if k > 0 and toks[k].key in cues["land_inner"]:
            k -= 1
        return "launch_site" if k >= 0 and toks[k].key in cues["launch_links"] else ""
    if k >= 0 and toks[k].key in cues["articles"]:
        k -= 1
    if k < 0 or toks[k].key not in cues["launch_links"] or not _same_clause(doc, k, m.first):
        return ""
    for j in range(k - 1, max(-1, k - 1 - LAUNCH_WINDOW), -1):
        if not _same_clause(doc, j, k):
            break
        if any(s in cues["launch"] for s in toks[j].stems):
            return "launch_site"
    return ""


def _venue(doc: Doc, m: PlaceMention, cues: dict, events: set[int]) -> str:
    """Rule 3b: «في مؤتمر صحافي في أنقرة», "during a visit to Moscow": where someone spoke.
    ``events``: the first tokens of the document's event triggers other than statements (a
    press conference is one): an event word between the venue word and the place ends the
    search."""
    return "venue" if _after_cue(doc, m, cues["venue"], events) else ""


def _residence(doc: Doc, m: PlaceMention, cues: dict, events: set[int]) -> str:
    """Rule 3c: «الذي يعيش في المنفى في الرياض»: where someone lives, no place of an event."""
    return "residence" if _after_cue(doc, m, cues["residence"], events) else ""


def _seat(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 3d: where an organisation sits or is outlawed, no place of what it reports: "the
    UK-based Syrian Observatory", "Islamic State (banned in Russia)" — Sputnik's every mention
    of a group, which placed a Palmyra clash in Russia when no town stood closer."""
    toks = doc.tokens
    if (m.last < len(toks) and toks[m.last].key in cues["seat_after"]
            and doc.norm[toks[m.last - 1].end:toks[m.last].start] == "-"):
        return "seat"
    k = m.first - 1
    if k > 0 and toks[k].key in cues["articles"]:
        k -= 1  # "banned in the Russian Federation"
    if k < 1 or toks[k].key not in cues["designation_links"] or not _same_clause(doc, k - 1, m.first):
        return ""
    return "seat" if not cues["designation"].isdisjoint(toks[k - 1].stems) else ""


def _ally(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2b: a country or capital after an alliance word and "with" ("جماعة الحوثي المتحالفة
    مع إيران", "rebels allied with Turkey") is a party to the alliance: it acts, nothing happens
    there ("إيران" had placed an advance in Lahij in Iran)."""
    return "actor" if _after_word_and_link(doc, m, cues["allies"], cues["border_links"],
                                           _ACTS) else ""


def _after_word_and_link(doc: Doc, m: PlaceMention, words: frozenset[str],
                         links: frozenset[str], kinds: tuple[str, ...]) -> bool:
    """A place of one of ``kinds`` right after one of ``links`` that comes right after one of
    ``words``, in one clause ("الحدود مع سوريا", "المتحالفة مع إيران")."""
    toks = doc.tokens
    k = m.first - 1
    if (k < 1 or toks[k].key not in links or m.place is None or m.place.kind not in kinds
            or not _same_clause(doc, k - 1, m.first)):
        return False
    return not words.isdisjoint(toks[k - 1].stems)


def _across_border(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 3e: the country across a border ("a camp on the Syrian side of the border with
    Iraq", "the Atmeh border crossing with Turkey") says which border, not where anything
    happened: the country's inland point is hundreds of kilometres from it. So is either
    country of a hyphenated pair before a border word ("the Syria-Turkey border", "Lebanon-Syria
    frontier", "the Turkish-Syria border"): a border, no point inside either country."""
    toks = doc.tokens
    k, pair = m.first - 1, m.last  # the word after "Syria-" / after the pair
    if pair < len(toks) and doc.gap(m.last - 1, m.last) == "-":
        pair += 1
    if (m.place is not None and m.place.kind == "country" and pair < len(toks)
            and (pair > m.last or k >= 0 and doc.gap(k, m.first) == "-")
            and not cues["border"].isdisjoint(toks[pair].stems)):
        return "border"
    return "border" if _after_word_and_link(doc, m, cues["border"], cues["border_links"],
                                            ("country",)) else ""


def _homeland(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 3f: where fighters come from ("foreign fighters from Tunisia and Egypt", "militants
    from Chechnya"): a country or region after "from" right after a word for fighters (cues
    ``homeland``; a town they come from is a movement's origin), or listed right after such a
    place ("from Chechnya China (Xinjiang) Saudi Arabia and Uzbekistan", once commas are
    lost), says who they are, not where they were hit."""
    if m.place is None or m.place.kind not in _LANDS:
        return ""  # "fighters from Daraya arrived in Idlib": a town they left, a movement's origin
    toks = doc.tokens
    prev = next((p for p in reversed(doc.places) if p.last <= m.first), None)
    if prev is not None and prev.not_location == "homeland" and prev.sentence == m.sentence:
        between = _BRACKETED.sub(" ", doc.norm[prev.end:m.start]).replace(",", " ").split()
        if all(normalize_key(w) in cues["pair_links"] for w in between):
            return "homeland"
    k = m.first - 1
    if k > 0 and toks[k].key in cues["articles"]:
        k -= 1
    if k < 1 or toks[k].key not in cues["launch_links"] or not _same_clause(doc, k - 1, m.first):
        return ""
    return "homeland" if not cues["homeland"].isdisjoint(toks[k - 1].stems) else ""


def _after_cue(doc: Doc, m: PlaceMention, words: frozenset[str], events: set[int]) -> bool:
    """The place follows a preposition within `VENUE_WINDOW` words of its clause after one of
    ``words``, with no event word (``events``) between."""
    if not _after_preposition(doc, m):
        return False
    toks = doc.tokens
    for j in range(m.first - 1, max(-1, m.first - 1 - VENUE_WINDOW), -1):
        if not _same_clause(doc, j, m.first) or j in events:
            return False
        if not words.isdisjoint(toks[j].stems):
            return True
    return False


def _same_clause(doc: Doc, a: int, b: int) -> bool:
    """No sentence or clause punctuation between tokens a < b."""
    gap = doc.norm[doc.tokens[a].end:doc.tokens[b].start]
    return not any(ch in gap for ch in ".!?؟;؛\n")


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
            ante = _antecedent(points, t.start, doc.sentence_of(t.start), _KIND_OF_CUE[cue])
            if ante is None:
                continue
            out.append((PlaceMention(
                t.start, toks[j - 1].end, doc.surface(t.start, toks[j - 1].end),
                doc.sentence_of(t.start), i, j, place=replace(ante.place),  # type: ignore[arg-type]
                cue=cue), ante))
            break
    return out


def _reference_point(doc: Doc, m: PlaceMention) -> bool:
    """"في مدينة الفلوجة، 50 كلم شرق الرمادي، … وسط المدينة": a place named after a direction
    only says where the other lies; "the city" is the other."""
    return after_direction(doc, m.first)


def _antecedent(named: list[PlaceMention], before: int, sentence: int,
                kinds: tuple[str, ...]) -> PlaceMention | None:
    for k in range(len(named) - 1, -1, -1):
        m = named[k]
        if m.start >= before or m.place is None or m.not_location:
            continue
        if sentence - m.sentence > ANAPHORA_SENTENCES:
            return None
        if m.place.kind in kinds:
            return m
    return None


def place_mentions(text: str) -> list[PlaceMention]:
    """The named places of ``text`` after this step (references such as "المدينة" left out):
    what the place-recognition benchmark (`python -m geo bench-newsfane`) measures."""
    from events.extract.pipeline import annotate

    if not isinstance(text, str) or not text.strip():
        return []
    return [m for m in annotate(text, upto="place_context").places if m.refers_to is None]
