"""Rules 1-3 of `events.extract.place_context`: how a named place is used when it is not where
anything happened — a dateline, a party acting (a state after a verb of saying or striking:
`events.extract.place_actors`; an ally, a partner to a deal), a launch site, a venue, a
source's seat, a residence, a seat, the far side of a border, a homeland. Each rule returns the use as a word ("dateline", "actor", "launch_site" …)
or "". Cue words in ``data/gazetteer/cues.yaml`` ``context`` (loaded by `place_context._cues`).
"""
from __future__ import annotations

from events.extract.dateline import DASHES, HEAD_CHARS, agencies_only, dateline_span
from events.extract.doc import Doc, PlaceMention
from events.extract.numbers import parse_at
from events.extract.place_actors import (acting, after_place_preposition, listed_after,
                                         same_clause)
from events.extract.reduced_relatives import described
from geo.mentions import LAND

LAUNCH_WINDOW = 6  # tokens between a launch verb and "من X"
VENUE_WINDOW = 5  # tokens between a venue word and its place («مؤتمر صحافي عقده أمس في أنقرة»)
HOMELAND_REACH = 4  # words between "fighters from" and their country ("the former Soviet Union")
BYLINE_CHARS = 40  # a byline's head before its city: a writer's or outlet's name and a dash
BYLINE_WORDS = 3
TRANSFER_REACH = 4  # words from "إلى" to the place ("إلى مستشفى قوى الأمن بالرياض")
TRANSFER_WINDOW = 8  # words from a verb of transfer to its "إلى" ("نقل 8 حالات من مصابي التفجير إلى")
FAR_WINDOW = 7  # tokens from a distance's unit to its far end («كيلومتر إلى الشرق من العاصمة باماكو»)
_ACTS = ("country", "capital")
_LANDS = ("country", "region")  # where fighters come from: a country ("Tunisia"), "Chechnya"


def not_location(doc: Doc, m: PlaceMention, cues: dict, events: set[int]) -> str:
    """The first rule that reads ``m`` as no place of an event, or "". ``events``: the first
    tokens of the document's event triggers other than statements (see `_venue`)."""
    return (_dateline(doc, m, cues) or acting(doc, m, cues) or _ally(doc, m, cues)
            or _far_point(doc, m, cues) or _compared(doc, m, cues)
            or _launch_site(doc, m, cues) or _transferred(doc, m, cues)
            or _venue(doc, m, cues, events) or _source(doc, m, cues)
            or _residence(doc, m, cues, events) or _seat(doc, m, cues)
            or _across_border(doc, m, cues) or _homeland(doc, m, cues) or _described(doc, m))


def _described(doc: Doc, m: PlaceMention) -> str:
    """Rule 3g: a country or region inside a reduced relative that says who a side is ("the
    US-led coalition fighting IS in Iraq and Syria", `reduced_relatives`): where the side
    fights at large, not where the clause's deed happened (a town there may be: "soldiers
    fighting IS near Palmyra" were hit near Palmyra)."""
    if m.place is None or m.place.kind not in _LANDS:
        return ""
    return "described" if described(doc, m.first) else ""


def _dateline(doc: Doc, m: PlaceMention, cues: dict) -> str:
    if m.start < HEAD_CHARS and _after_dateline(doc, m):
        return "dateline"  # "Last updated at Feb 022015 Beirut Syrian jets …": filed there
    start, end = doc.span(m.start, m.end)
    after = doc.text[end:end + 4].lstrip(" \t")
    line_start = doc.norm.rfind("\n", 0, m.start) + 1
    lead = doc.norm[line_start:m.start]
    if _byline(doc, m, lead, line_start):
        return "dateline"
    if m.start - line_start > 40 or (lead.strip(" \t\"'*-•")
                                     and not agencies_only(lead, doc.language)):
        return "filed" if _wire_dateline(doc.text[start:end], after) else ""
    return "dateline" if after[:1] and after[0] in cues["marks"] else ""


def _byline(doc: Doc, m: PlaceMention, lead: str, line_start: int) -> bool:
    """A place that closes a short line of the head after a dash ("عين اليوم – بغداد", "سامر
    الخطيب – حمص"): the byline names the writer or outlet, then the city the report was filed
    in. The title (the text's first line) is no byline."""
    if m.start >= HEAD_CHARS or line_start == 0 or m.start - line_start > BYLINE_CHARS:
        return False
    head = lead.rstrip()
    words = head[:-1].split()
    if not head or head[-1] not in DASHES or not 1 <= len(words) <= BYLINE_WORDS:
        return False
    line_end = doc.norm.find("\n", m.end)
    rest = doc.norm[m.end:line_end if line_end >= 0 else len(doc.norm)]
    return not rest.strip(" \t.:") and not any(ch.isdigit() for ch in head)


def _after_dateline(doc: Doc, m: PlaceMention) -> bool:
    """The place right after the article's dateline date: the city the report was filed in."""
    head = dateline_span(doc.text, doc.language)
    return head is not None and head[1] <= m.start and not doc.norm[head[1]:m.start].strip()


def _wire_dateline(surface: str, after: str) -> bool:
    """A place in capitals before a bracket, inside the text: a wire story's dateline ("MOSCOW
    (Sputnik)", "BEIRUT (Reuters)") that a page pasted after a related headline. It says where
    a report was filed, as one at the head of a line does; it does not set the article's focus
    (an acronym of three letters or fewer, "US (…)", is no dateline)."""
    if after[:1] != "(":
        return False  # (no bracket after most places: the letters need not be read)
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _far_point(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2c: the place at the far end of a distance longer than ``far_km`` ("في بلدة تبعد
    600 كيلومتر إلى الشرق من العاصمة باماكو"): it says how far off the event was, not where."""
    units, far = cues["distance_units"], cues["far_km"]
    if not units or not far:
        return ""
    toks = doc.tokens
    window = range(m.first - 1, max(0, m.first - FAR_WINDOW) - 1, -1)
    for k in window:  # (a loop, not `any` over a generator)
        if toks[k].key in units:
            break
    else:
        return ""  # no unit to read (most places): the walk below would find none either
    for k in window:
        if k < 1 or not same_clause(doc, k, m.first):
            return ""
        unit = units.get(toks[k].key)
        if unit is not None:
            n = parse_at(doc.norm, toks, k - 1, doc.language)
            return "far_point" if n is not None and n.last == k and n.value * unit > far else ""
    return ""


def _compared(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2d: a place something is compared with ("مثلما حدث في العراق وسوريا", "على غرار
    اليمن"), and the places listed right after it: where it happened before, not now."""
    if listed_after(doc, m, "compared", cues["comparison_joins"]):
        return "compared"
    toks, k = doc.tokens, m.first
    if k > 0 and toks[k - 1].key in cues["comparison_links"]:
        k -= 1
    for phrase in cues["comparisons"]:
        j = k - len(phrase)
        if j >= 0 and phrase[0] in toks[j].stems and all(
                toks[j + i].key == w for i, w in enumerate(phrase[1:], 1)):
            return "compared"
    return ""


def _launch_site(doc: Doc, m: PlaceMention, cues: dict) -> str:
    toks = doc.tokens
    k = m.first - 1
    if m.cue == LAND:  # "مقذوفات من داخل الأراضي اليمنية": where the fire came from
        if k > 0 and toks[k].key in cues["land_inner"]:
            k -= 1
        return "launch_site" if k >= 0 and toks[k].key in cues["launch_links"] else ""
    if k >= 0 and toks[k].key in cues["articles"]:
        k -= 1
    if k < 0 or toks[k].key not in cues["launch_links"] or not same_clause(doc, k, m.first):
        return ""
    for j in range(k - 1, max(-1, k - 1 - LAUNCH_WINDOW), -1):
        if not same_clause(doc, j, k):
            break
        if any(s in cues["launch"] for s in toks[j].stems):
            return "launch_site"
    return ""


def _transferred(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2e: where the dead or wounded were taken ("نقل جثمانه من عسير إلى الطائف", "نقل 8
    من المصابين إلى مستشفى قوى الأمن بالرياض"), cues.yaml ``transfers``: not where anything
    happened."""
    toks, links = doc.tokens, cues["transfer_links"]
    lo = max(0, m.first - TRANSFER_REACH)
    for k in range(lo, m.first):  # (a loop, not `any` over a generator)
        if toks[k].key in links:
            break
    else:
        return ""  # no "إلى" before it (most places): nothing to read
    for k in range(m.first - 1, lo - 1, -1):
        if doc.punctuated(k, k + 1):
            return ""
        if toks[k].key in links:
            verb = next((j for j in range(k - 1, max(-1, k - 1 - TRANSFER_WINDOW), -1)
                         if not cues["transfers"].isdisjoint(toks[j].stems)), None)
            return "transfer" if verb is not None and not doc.punctuated(verb, k) else ""
    return ""


def _venue(doc: Doc, m: PlaceMention, cues: dict, events: set[int]) -> str:
    """Rule 3b: «في مؤتمر صحافي في أنقرة», "during a visit to Moscow": where someone spoke.
    ``events``: the first tokens of the document's event triggers other than statements (a
    press conference is one): an event word between the venue word and the place ends the
    search."""
    return "venue" if _after_cue(doc, m, cues["venue"], events) else ""


def _source(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 3b': "a source in Hasaka told the agency", "a military source in the Homs
    province": where the one who tells is, not where what is told happened (it made a second
    event of a car bomb told twice, once at its town and once at the source's province). An
    event its sentence places nowhere else still takes it (`place_roles.assign_places`): a
    source in a province mostly tells of that province."""
    toks = doc.tokens
    k = m.first - 1
    if k > 0 and toks[k].key in cues["articles"]:
        k -= 1
    if k < 1 or toks[k].key not in cues["source_links"] or not same_clause(doc, k - 1, m.first):
        return ""
    return "source" if toks[k - 1].key in cues["sources"] else ""


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
    if k < 1 or toks[k].key not in cues["designation_links"] or not same_clause(doc, k - 1, m.first):
        return ""
    return "seat" if not cues["designation"].isdisjoint(toks[k - 1].stems) else ""


def _ally(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2b: a country or capital after an alliance word and "with" ("جماعة الحوثي المتحالفة
    مع إيران", "rebels allied with Turkey") is a party to the alliance: it acts, nothing happens
    there ("إيران" had placed an advance in Lahij in Iran); so is one after a word of backing
    and "من" ("الحوثيون المدعومون من إيران")."""
    return "actor" if _after_word_and_link(doc, m, cues["allies"], cues["border_links"], _ACTS) \
        or _after_word_and_link(doc, m, cues["backers"], cues["backer_links"], _ACTS) \
        or _office_of(doc, m, cues) else ""


def _office_of(doc: Doc, m: PlaceMention, cues: dict) -> bool:
    """"the foreign minister of Turkey said", "the permanent representative of Malaysia to the
    UN", "the president of the United States": a country or capital right after an office's
    title and "of" (cues ``offices``, ``office_links``; an article may stand between) is the
    state the officer serves — it speaks, nothing happens there. "the president of Sudan said"
    had placed a downing near Idlib in Sudan."""
    toks = doc.tokens
    k = m.first - 1
    if k > 0 and toks[k].key in cues["articles"]:
        k -= 1
    if (k < 1 or toks[k].key not in cues["office_links"] or not _of_kind(m, _ACTS)
            or not same_clause(doc, k - 1, m.first)):
        return False
    return not cues["offices"].isdisjoint(toks[k - 1].stems)


def _after_word_and_link(doc: Doc, m: PlaceMention, words: frozenset[str],
                         links: frozenset[str], kinds: tuple[str, ...]) -> bool:
    """A place of one of ``kinds`` right after one of ``links`` that comes right after one of
    ``words``, in one clause ("الحدود مع سوريا", "المتحالفة مع إيران")."""
    toks = doc.tokens
    k = m.first - 1
    if (k < 1 or toks[k].key not in links or not _of_kind(m, kinds)
            or not same_clause(doc, k - 1, m.first)):
        return False
    return not words.isdisjoint(toks[k - 1].stems)


def _of_kind(m: PlaceMention, kinds: tuple[str, ...]) -> bool:
    """The mention's place is of one of ``kinds``, or is a capital named like a country of
    those kinds: «الحدود مع الجزائر» is Algeria's border, though «الجزائر» alone reads as
    Algiers (so are Tunis, Kuwait, Djibouti)."""
    if m.place is None:
        return False
    return m.place.kind in kinds or m.place.kind == "capital" and any(
        alt.kind in kinds and alt.country == m.place.country for alt in m.alternatives)


def _across_border(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 3e: the country across a border ("a camp on the Syrian side of the border with
    Iraq", "the Atmeh border crossing with Turkey") says which border, not where anything
    happened: the country's inland point is hundreds of kilometres from it. So is either
    country of a hyphenated pair before a border word ("the Syria-Turkey border", "Lebanon-Syria
    frontier", "the Turkish-Syria border"): a border, no point inside either country. So is a
    country right after a verb of bordering ("a province bordering Iraq", "the town adjoining
    Syria": cues ``border_verbs``) or a border word of its own ("على حدود سوريا": cues
    ``border_of``): the place told borders it, and is not in it."""
    toks = doc.tokens
    k, pair = m.first - 1, m.last  # the word after "Syria-" / after the pair
    if k >= 0 and m.place is not None and m.place.kind == "country" and (
            toks[k].key in cues["border_verbs"] and same_clause(doc, k, m.first)
            # "على حدود سوريا": its border, not inside it ("داخل حدود سوريا" is)
            or toks[k].key in cues["border_of"] and not doc.gap(k, m.first).strip()
            and not (k >= 1 and toks[k - 1].key in cues["within_borders"])):
        return "border"
    if pair < len(toks) and doc.gap(m.last - 1, m.last) == "-":
        pair += 1
    if (_of_kind(m, ("country",)) and pair < len(toks)
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
    if listed_after(doc, m, "homeland", cues["pair_links"], asides=True):
        return "homeland"
    k = m.first - 1
    if k > 0 and toks[k].key in cues["articles"]:
        k -= 1
    # ("mercenaries from the former Soviet Union Tunisia and Egypt", "from CIS countries
    # Tunisia": a name the gazetteer lacks, or a word of `homeland_fillers`, may come first)
    for _ in range(HOMELAND_REACH):
        if k < 1 or toks[k].key in cues["launch_links"] or not (
                doc.capitalised(k) or toks[k].key in cues["homeland_fillers"]):
            break
        k -= 1
    if k < 1 or toks[k].key not in cues["launch_links"] or not same_clause(doc, k - 1, m.first):
        return ""
    return "homeland" if not cues["homeland"].isdisjoint(toks[k - 1].stems) else ""


def _after_cue(doc: Doc, m: PlaceMention, words: frozenset[str], events: set[int]) -> bool:
    """The place follows a preposition within `VENUE_WINDOW` words of its clause after one of
    ``words``, with no event word (``events``) between. (The cue words are looked for first:
    a few set tests, where the preposition's rules walk parts of names and ask the gazetteer;
    most places have neither a venue's nor a residence's word before them.)"""
    toks = doc.tokens
    window = range(m.first - 1, max(-1, m.first - 1 - VENUE_WINDOW), -1)
    for j in window:  # (a loop, not `all` over a generator: 40,000 calls per 8,000 articles)
        if not words.isdisjoint(toks[j].stems):
            break
    else:
        return False  # no cue word near (most places): the walk below would find none either
    if not after_place_preposition(doc, m):
        return False
    for j in window:
        if not same_clause(doc, j, m.first) or j in events:
            return False
        if not words.isdisjoint(toks[j].stems):
            return True
    return False


