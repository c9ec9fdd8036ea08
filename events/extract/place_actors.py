"""Rule 2 of `events.extract.place_context`: a country or capital named as the one acting — after
a verb of saying or striking or an agent noun, before a verb, an auxiliary of an active verb, a
verb in -ing or a relative and its deed, glued to "-backed", first of a pair of subjects, or
listed after a state that acts ("brokered by the United States and Russia") — is no place of
any event. Also the helpers the other rules share (`same_clause`, `listed_after`). Split from
`events.extract.place_uses`; cue words in ``data/gazetteer/cues.yaml`` ``context``.
"""
from __future__ import annotations

import re

from events.extract.doc import Doc, PlaceMention
from events.extract.morphology import affixes
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_words import trigger_lexicon
from geo.mentions import after_preposition
from text import normalize_key

_ACTS = ("country", "capital")
_CLAUSE_ENDS = frozenset(".!?؟;؛\n")  # the marks `same_clause` reads as a clause's end
_BRACKETED = re.compile(r"\([^()]*\)")  # "China (Xinjiang Province) Saudi Arabia"


def after_place_preposition(doc: Doc, m: PlaceMention) -> bool:
    return after_preposition(doc.norm, doc.tokens, m.first, m.start)




def listed_after(doc: Doc, m: PlaceMention, use: str, joins: frozenset[str],
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




def same_clause(doc: Doc, a: int, b: int) -> bool:
    """No sentence or clause punctuation between tokens a < b."""
    return _CLAUSE_ENDS.isdisjoint(doc.norm[doc.tokens[a].end:doc.tokens[b].start])


def _linked(doc: Doc, m: PlaceMention, links: frozenset[str]) -> bool:
    """A joining word right before the name, as a word ("and") or as its proclitic ("وفرنسا")."""
    clitic = doc.norm[doc.tokens[m.first].start:m.start]
    return clitic in links or m.first > 0 and doc.tokens[m.first - 1].key in links


def acting(doc: Doc, m: PlaceMention, cues: dict) -> str:
    if m.place is None or m.place.kind not in _ACTS:
        return ""
    if m.place.kind == "capital" and _bare_possessive(doc, m):
        return "actor"  # "a halt to Moscows bombing": a government's, after any preposition
    if _linked(doc, m, cues["pair_links"]) and listed_after(doc, m, "actor", cues["pair_links"]):
        return "actor"  # "brokered by the United States and Russia", «وتتهم بريطانيا وفرنسا»:
        # both act (not a name right after one: «احتلت بريطانيا مصر», Britain took Egypt)
    if _glued_agent(doc, m, cues):
        return "actor"  # "an attack on Turkey-backed forces": whose backing, after any preposition
    if after_place_preposition(doc, m):
        return ""
    first, last = m.first, m.last
    toks = doc.tokens
    if first > 0 and not cues["witnessing"].isdisjoint(toks[first - 1].stems):
        return ""  # «شهدت صنعاء اشتباكات», «تعرضت دمشق لقصف»: where it happened, not who
    if first > 1 and toks[first - 1].key in cues["articles"] and same_clause(doc, first - 2, first):
        first -= 1  # "backed by the United States", "a truce brokered by the UAE"
    if first > 0 and same_clause(doc, first - 1, first):
        prev = toks[first - 1]
        if m.place.kind == "capital" and _attack_noun_ending(doc, prev.end):
            return ""  # "تفجيرات بغداد", "هجمات كابل": the attacks' city, not its government's
        if not cues["actor_before"].isdisjoint(prev.stems) or _ends_frame(doc, prev.end):
            return "actor"
        if _relative_subject(doc, first):
            return "actor"  # "المقاتلين الذين دربتهم واشنطن": the trainer
        if (prev.key in cues["pair_links"] and first >= 3 and same_clause(doc, first - 3, first)
                and not cues["actor_before"].isdisjoint(toks[first - 3].stems)):
            return "actor"  # "brokered by Moscow and Washington": both act
    gap = _gap_after(doc, m)
    if last < len(toks) and _CLAUSE_ENDS.isdisjoint(gap):
        nxt = toks[last]
        if nxt.key in cues["verbs_after"] or any(t.start == nxt.start for t in doc.triggers):
            return "actor"
        if nxt.key in cues["pair_links"] and _pair_subject(doc, last, cues):
            return "actor"  # "Turkey and the coalition have carried out strikes"
        if nxt.key == "s" and gap == "'":
            return "actor"  # "Russia's jets"
        if _bare_possessive(doc, m):
            return "actor"  # "Moscows aerial bombing": the apostrophe lost in the copy
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
    if not same_clause(doc, k, other.last):
        return False
    nxt = toks[other.last]
    return (nxt.key in cues["verbs_after"] or any(t.verb and t.first == other.last for t in doc.triggers)
            or nxt.key in cues["auxiliaries"] and _active(doc, other.last + 1, cues))



def _glued_agent(doc: Doc, m: PlaceMention, cues: dict) -> bool:
    """The name glued by a hyphen to a word of backing or leading ("Moscow-backed government",
    "US-led coalition", "strikes on Turkey-backed rebels"): the backer, never where it happened."""
    return m.last < len(doc.tokens) and _gap_after(doc, m) == "-" \
        and doc.tokens[m.last].key in cues["agent_after"]


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
            and same_clause(doc, first - 2, first) and len(toks[first - 1].key) > 3
            and toks[first - 1].key.endswith(affixes().object_suffixes))



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
            or not same_clause(doc, k, k + 1)):
        return False
    verb = toks[k + 1]
    return (verb.key in cues["verbs_after"] or any(t.verb and t.first == k + 1 for t in doc.triggers)
            or verb.key in cues["auxiliaries"] and _active(doc, k + 2, cues))



def _doing(doc: Doc, k: int, cues: dict) -> bool:
    """Token k, or the one after it ("is also seeking"), is a verb in -ing, in the same clause,
    and not one of undergoing ("is being shelled")."""
    toks = doc.tokens
    for j in range(k, min(k + 2, len(toks))):
        if not same_clause(doc, j - 1, j):
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



_ATTACKS = frozenset({"attack", "violence"})


def _attack_noun_ending(doc: Doc, end: int) -> bool:
    """An attack's noun (not its verb: "هاجمت موسكو" is Moscow acting) ends at ``end``."""
    return any(t.end == end and not t.verb and t.event_type in _ATTACKS for t in doc.triggers)


def _ends_frame(doc: Doc, end: int) -> bool:
    return any(t.end == end for t in doc.triggers) or any(a.end == end
                                                         for a in doc.attributions)
