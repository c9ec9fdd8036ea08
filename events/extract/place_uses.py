"""Rules 1-3 of `events.extract.place_context`: how a named place is used when it is not where
anything happened — a dateline, a party acting (a state after a verb of saying or striking, an
ally, a partner to a deal), a launch site, a venue, a residence, a seat, the far side of a
border, a homeland. Each rule returns the use as a word ("dateline", "actor", "launch_site" …)
or "". Cue words in ``data/gazetteer/cues.yaml`` ``context`` (loaded by `place_context._cues`).
"""
from __future__ import annotations

import re

from events.extract.dateline import HEAD_CHARS, dateline_span
from events.extract.doc import Doc, PlaceMention
from events.extract.morphology import affixes
from events.extract.numbers import parse_at
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_words import trigger_lexicon
from geo.mentions import LAND, after_preposition
from text import normalize_key

LAUNCH_WINDOW = 6  # tokens between a launch verb and "من X"
VENUE_WINDOW = 5  # tokens between a venue word and its place («مؤتمر صحافي عقده أمس في أنقرة»)
FAR_WINDOW = 7  # tokens from a distance's unit to its far end («كيلومتر إلى الشرق من العاصمة باماكو»)
_ACTS = ("country", "capital")
_LANDS = ("country", "region")  # where fighters come from: a country ("Tunisia"), "Chechnya"
_BRACKETED = re.compile(r"\([^()]*\)")  # "China (Xinjiang Province) Saudi Arabia"


def not_location(doc: Doc, m: PlaceMention, cues: dict, events: set[int]) -> str:
    """The first rule that reads ``m`` as no place of an event, or "". ``events``: the first
    tokens of the document's event triggers other than statements (see `_venue`)."""
    return (_dateline(doc, m, cues) or _actor(doc, m, cues) or _ally(doc, m, cues)
            or _far_point(doc, m, cues) or _compared(doc, m, cues)
            or _launch_site(doc, m, cues) or _venue(doc, m, cues, events) or _source(doc, m, cues)
            or _residence(doc, m, cues, events) or _seat(doc, m, cues)
            or _across_border(doc, m, cues) or _homeland(doc, m, cues))


def after_place_preposition(doc: Doc, m: PlaceMention) -> bool:
    return after_preposition(doc.norm, doc.tokens, m.first, m.start)


def _dateline(doc: Doc, m: PlaceMention, cues: dict) -> str:
    if m.start < HEAD_CHARS and _after_dateline(doc, m):
        return "dateline"  # "Last updated at Feb 022015 Beirut Syrian jets …": filed there
    start, end = doc.span(m.start, m.end)
    after = doc.text[end:end + 4].lstrip(" \t")
    line_start = doc.norm.rfind("\n", 0, m.start) + 1
    if doc.norm[line_start:m.start].strip(" \t\"'*-•") or m.start - line_start > 40:
        return "filed" if _wire_dateline(doc.text[start:end], after) else ""
    return "dateline" if after[:1] and after[0] in cues["marks"] else ""


def _after_dateline(doc: Doc, m: PlaceMention) -> bool:
    """The place right after the article's dateline date: the city the report was filed in."""
    head = dateline_span(doc.text, doc.language)
    return head is not None and head[1] <= m.start and not doc.norm[head[1]:m.start].strip()


def _wire_dateline(surface: str, after: str) -> bool:
    """A place in capitals before a bracket, inside the text: a wire story's dateline ("MOSCOW
    (Sputnik)", "BEIRUT (Reuters)") that a page pasted after a related headline. It says where
    a report was filed, as one at the head of a line does; it does not set the article's focus
    (an acronym of three letters or fewer, "US (…)", is no dateline)."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and after[:1] == "("


def _actor(doc: Doc, m: PlaceMention, cues: dict) -> str:
    if m.place is None or m.place.kind not in _ACTS:
        return ""
    if m.place.kind == "capital" and _bare_possessive(doc, m):
        return "actor"  # "a halt to Moscows bombing": a government's, after any preposition
    if (m.first > 0 and doc.tokens[m.first - 1].key in cues["pair_links"]
            and _listed_after(doc, m, "actor", cues["pair_links"])):
        return "actor"  # "brokered by the United States and Russia": both act (not a name
        # right after one: «احتلت بريطانيا مصر», Britain took Egypt)
    if after_place_preposition(doc, m):
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
        if _relative_subject(doc, first):
            return "actor"  # "المقاتلين الذين دربتهم واشنطن": the trainer
        if (prev.key in cues["pair_links"] and first >= 3 and _same_clause(doc, first - 3, first)
                and any(s in cues["actor_before"] for s in toks[first - 3].stems)):
            return "actor"  # "brokered by Moscow and Washington": both act
    gap = _gap_after(doc, m)
    if last < len(toks) and not any(ch in gap for ch in ".!?؟;؛\n"):
        nxt = toks[last]
        if nxt.key in cues["verbs_after"] or any(t.start == nxt.start for t in doc.triggers):
            return "actor"
        if nxt.key in cues["pair_links"] and _pair_subject(doc, last, cues):
            return "actor"  # "Turkey and the coalition have carried out strikes"
        if nxt.key == "s" and gap == "'":
            return "actor"  # "Russia's jets"
        if _bare_possessive(doc, m):
            return "actor"  # "Moscows aerial bombing": the apostrophe lost in the copy
        if nxt.key in cues["agent_after"] and gap == "-":
            return "actor"  # "Moscow-backed government", "US-led coalition"
        if nxt.key in cues["auxiliaries"] and _active(doc, last + 1, cues):
            return "actor"  # "Washington has blamed", "Moscow would support"
        if nxt.key in cues["progressive_before"] and _doing(doc, last + 1, cues):
            return "actor"  # "the United States is backing rebels"
        if _relative_deed(doc, last, cues):
            return "actor"  # "allies including Russia which fired missiles at rebels"
    return ""


def _pair_subject(doc: Doc, k: int, cues: dict) -> bool:
    """Token k is "and" and a side or a state named right after it (an article between) is
    the subject of an active verb with the name before "and" ("Turkey and the coalition have
    carried out strikes", "Russia and Iran back the regime"; subject-first languages only)."""
    toks = doc.tokens
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1].key in cues["articles"])
    other = next((x for x in (*doc.actors, *doc.places) if x.first == j), None)
    if other is None or not role_lexicon(doc.language).subject_first or other.last >= len(toks):
        return False
    if not _same_clause(doc, k, other.last):
        return False
    nxt = toks[other.last]
    return (nxt.key in cues["verbs_after"] or any(t.verb and t.first == other.last for t in doc.triggers)
            or nxt.key in cues["auxiliaries"] and _active(doc, other.last + 1, cues))


def _gap_after(doc: Doc, m: PlaceMention) -> str:
    """What stands between a name and the next token, without the stop that ends an
    abbreviation written with stops ("U.S.-backed", "the U.S. has said": "-", " ")."""
    if m.last >= len(doc.tokens):
        return ""
    gap = doc.norm[doc.tokens[m.last - 1].end:doc.tokens[m.last].start]
    return gap[1:] if gap.startswith(".") and "." in doc.norm[m.start:m.end] else gap


def _relative_subject(doc: Doc, first: int) -> bool:
    """A verb right before, after a relative pronoun (triggers.yaml ``relatives``) and
    carrying a pronoun back to its antecedent (morphology.yaml ``object_suffixes``, as
    `events.extract.role_relatives` reads them): "المقاتلين الذين دربتهم واشنطن", "التي
    تدعمها الولايات المتحدة" — the place is the verb's subject, no location."""
    toks = doc.tokens
    return (first >= 2 and toks[first - 2].key in trigger_lexicon(doc.language).relatives
            and _same_clause(doc, first - 2, first) and len(toks[first - 1].key) > 3
            and toks[first - 1].key.endswith(affixes().object_suffixes))


def _far_point(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2c: the place at the far end of a distance longer than ``far_km`` ("في بلدة تبعد
    600 كيلومتر إلى الشرق من العاصمة باماكو"): it says how far off the event was, not where."""
    units, far = cues["distance_units"], cues["far_km"]
    if not units or not far:
        return ""
    toks = doc.tokens
    for k in range(m.first - 1, max(0, m.first - FAR_WINDOW) - 1, -1):
        if k < 1 or not _same_clause(doc, k, m.first):
            return ""
        unit = units.get(toks[k].key)
        if unit is not None:
            n = parse_at(doc.norm, toks, k - 1, doc.language)
            return "far_point" if n is not None and n.last == k and n.value * unit > far else ""
    return ""


def _compared(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2d: a place something is compared with ("مثلما حدث في العراق وسوريا", "على غرار
    اليمن"), and the places listed right after it: where it happened before, not now."""
    if _listed_after(doc, m, "compared", cues["comparison_joins"]):
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


def _active(doc: Doc, k: int, cues: dict) -> bool:
    """After an auxiliary (token k on): the name is the subject of an active verb, not of a
    passive or of a verb of undergoing ("Damascus has been shelled", "has seen a lull") — a
    progressive is active ("Moscow has been waging an air campaign")."""
    toks = doc.tokens
    if k >= len(toks):
        return False
    if toks[k].key not in cues["undergoing"]:
        return True
    return toks[k].key in cues["progressive"] and k + 1 < len(toks) \
        and _progressive(toks[k + 1].key, cues)


def _relative_deed(doc: Doc, k: int, cues: dict) -> bool:
    """Token k is a relative pronoun whose clause's verb comes right after it — a verb of
    ``verbs_after``, an event verb, or an auxiliary of an active verb: "Russia which fired
    volleys of missiles", "Turkey which has backed the rebels" (in a language whose subject
    comes first; "Damascus which has been shelled" is where it happened)."""
    toks = doc.tokens
    if (k + 1 >= len(toks) or not role_lexicon(doc.language).subject_first
            or toks[k].key not in trigger_lexicon(doc.language).relatives
            or not _same_clause(doc, k, k + 1)):
        return False
    verb = toks[k + 1]
    return (verb.key in cues["verbs_after"] or any(t.verb and t.first == k + 1 for t in doc.triggers)
            or verb.key in cues["auxiliaries"] and _active(doc, k + 2, cues))


def _doing(doc: Doc, k: int, cues: dict) -> bool:
    """Token k, or the one after it ("is also seeking"), is a verb in -ing, in the same clause,
    and not one of undergoing ("is being shelled")."""
    toks = doc.tokens
    for j in range(k, min(k + 2, len(toks))):
        if not _same_clause(doc, j - 1, j):
            return False
        key = toks[j].key
        if len(key) > 4 and key.isalpha() and key.endswith(cues["progressive_endings"]):
            return key not in cues["undergoing"]
    return False


def _progressive(key: str, cues: dict) -> bool:
    """A verb in the progressive (its ending in cues ``progressive_endings``), not one of
    undergoing ("being")."""
    return key.endswith(cues["progressive_endings"]) and key not in cues["undergoing"]


def _bare_possessive(doc: Doc, m: PlaceMention) -> bool:
    """A state's or capital's name with an "s" glued on and no apostrophe ("Moscows aerial
    bombing", "Ankaras offensive"): copy that lost its punctuation keeps the possessive —
    the state acting, as in "Russia's jets"."""
    surface = normalize_key(doc.norm[m.start:m.end])
    return m.place is not None and surface == normalize_key(m.place.name) + "s"


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
    if k < 1 or toks[k].key not in cues["source_links"] or not _same_clause(doc, k - 1, m.first):
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
    if k < 1 or toks[k].key not in cues["designation_links"] or not _same_clause(doc, k - 1, m.first):
        return ""
    return "seat" if not cues["designation"].isdisjoint(toks[k - 1].stems) else ""


def _ally(doc: Doc, m: PlaceMention, cues: dict) -> str:
    """Rule 2b: a country or capital after an alliance word and "with" ("جماعة الحوثي المتحالفة
    مع إيران", "rebels allied with Turkey") is a party to the alliance: it acts, nothing happens
    there ("إيران" had placed an advance in Lahij in Iran); so is one after a word of backing
    and "من" ("الحوثيون المدعومون من إيران")."""
    return "actor" if _after_word_and_link(doc, m, cues["allies"], cues["border_links"], _ACTS) \
        or _after_word_and_link(doc, m, cues["backers"], cues["backer_links"], _ACTS) else ""


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
    if _listed_after(doc, m, "homeland", cues["pair_links"], asides=True):
        return "homeland"
    k = m.first - 1
    if k > 0 and toks[k].key in cues["articles"]:
        k -= 1
    if k < 1 or toks[k].key not in cues["launch_links"] or not _same_clause(doc, k - 1, m.first):
        return ""
    return "homeland" if not cues["homeland"].isdisjoint(toks[k - 1].stems) else ""


def _listed_after(doc: Doc, m: PlaceMention, use: str, joins: frozenset[str],
                  asides: bool = False) -> bool:
    """``m`` is listed right after a place of the same sentence read as ``use``, only
    ``joins`` and commas between — and with ``asides``, bracketed asides ("from Chechnya, China
    (Xinjiang) and Uzbekistan"; "مثلما حدث في العراق وسوريا"): it is used as that one is."""
    prev = next((p for p in reversed(doc.places) if p.last <= m.first), None)
    if prev is None or prev.not_location != use or prev.sentence != m.sentence:
        return False
    between = doc.norm[prev.end:m.start]
    if asides:
        between = _BRACKETED.sub(" ", between)
    return all(normalize_key(w) in joins for w in between.replace(",", " ").split())


def _after_cue(doc: Doc, m: PlaceMention, words: frozenset[str], events: set[int]) -> bool:
    """The place follows a preposition within `VENUE_WINDOW` words of its clause after one of
    ``words``, with no event word (``events``) between."""
    if not after_place_preposition(doc, m):
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
