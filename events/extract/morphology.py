"""Inflected forms of trigger words, from the affix table ``data/lexicon/morphology.yaml``
(Arabic) and the spelling rules of English with ``data/lexicon/en/morphology.yaml``.

Newspapers conjugate and suffix event words (غاراته، هاجموا، انطلاقها، يتقدم، سيطرتها; attacked,
struck, seizing); listing every form by hand left most of them out. The forms are generated
once, when the trigger lexicon is built, and matched as plain words — no stemmer runs over the
text, so names are never touched (a stemmer would read تدمر, Palmyra, as "destroys").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from events import lexicon
from events.language import DEFAULT


@dataclass(frozen=True)
class Affixes:
    past_endings: tuple[str, ...]
    present_prefixes: tuple[str, ...]
    present_endings: tuple[str, ...]
    object_suffixes: tuple[str, ...]
    weak_letters: tuple[str, ...]
    weak_past: tuple[str, ...]
    weak_present: tuple[str, ...]
    noun_suffixes: tuple[str, ...]
    not_forms: frozenset[str]
    after_t: tuple[str, ...] = ()  # "غارته", "غاراته": only where no ة can be read


@functools.cache
def affixes() -> Affixes:
    raw = lexicon.load("morphology")
    v, n = raw["verbs"], raw["nouns"]
    w = v["weak_final"]
    return Affixes(tuple(v["past_endings"]), tuple(v["present_prefixes"]),
                   tuple(v["present_endings"]), tuple(v["object_suffixes"]),
                   tuple(w["letters"]), tuple(w["past_endings"]), tuple(w["present_endings"]),
                   tuple(n["suffixes"]), frozenset(raw["not_forms"]), tuple(n.get("after_t") or ()))


def present_stem(verb: str) -> str | None:
    """The stem after the present prefix: انسحب → نسحب, قتل → قتل; None when it would be a name.
    A three-letter verb opening with و gets none either: its present drops the و (وصل → يصل,
    mostly "a figure reaches"), and the form kept would be another verb ("توصل" is "reached a
    deal", never "arrives")."""
    if verb.startswith("ا"):
        return verb[1:] if len(verb) >= 4 else None
    if verb.startswith("و") and len(verb) == 3:
        return None
    return verb


def verb_forms(verb: str, language: str = DEFAULT) -> list[str]:
    """Past and present forms of a verb (given as its past 3rd-person masculine), with object
    pronouns: قتل → قتل، قتلت، قتلوا، يقتل، تقتلون، قتلوهم، استهدفته…"""
    return [f for f, _ in verb_forms_tensed(verb, language)]


def verb_forms_tensed(verb: str, language: str = DEFAULT) -> list[tuple[str, str]]:
    """`verb_forms` with each form's tense: past, present (يسيطر: often a state or a habit)
    or future (سيقتل، ستنسحب: a planned event). English forms are past or unmarked: headlines
    tell past events in the present ("Rebels capture town"), and "will strike" is a cue."""
    if language == "en":
        return english_verb_forms_tensed(verb)
    a = affixes()
    if verb[-1:] in a.weak_letters and len(verb) >= 4:
        return _weak_final_forms(verb, a)
    forms: list[tuple[str, str]] = []
    for end in a.past_endings:
        base = verb + end
        forms.append((base, "past"))
        if end in ("", "ت"):
            forms += [(base + s, "past") for s in a.object_suffixes]
        elif end == "وا":
            forms += [(verb + "و" + s, "past") for s in a.object_suffixes]
    stem = present_stem(verb)
    if stem:
        for pre in a.present_prefixes:
            tense = "future" if pre.startswith("س") else "present"
            for end in a.present_endings:
                base = pre + stem + end
                forms.append((base, tense))
                if end in ("", "ون"):
                    forms += [(base + s, tense) for s in a.object_suffixes]
    seen: set[str] = set()
    return [(f, tense) for f, tense in forms
            if f not in a.not_forms and (len(f) >= 3 or f == verb)
            and not (f in seen or seen.add(f))]


def _weak_final_forms(verb: str, a: Affixes) -> list[tuple[str, str]]:
    """استولى → استولى، استولت، استولوا، يستولي، ستستولي، يستولون: the weak letter gives way to
    the ending. No object pronouns: these verbs take their object with a preposition."""
    root = verb[:-1]
    forms = [(verb, "past")] + [(root + end, "past") for end in a.weak_past]
    stem = present_stem(root)
    if stem:
        for pre in a.present_prefixes:
            tense = "future" if pre.startswith("س") else "present"
            forms += [(pre + stem + end, tense) for end in a.weak_present]
    seen: set[str] = set()
    return [(f, t) for f, t in forms if f not in a.not_forms and not (f in seen or seen.add(f))]


def noun_forms(noun: str, language: str = DEFAULT) -> list[str]:
    """A noun with its case ending, dual, feminine plural and possessive pronouns:
    هجوم → هجوما، هجومين؛ غارة → غارتين، غاراتها، غارتهم…; English: its plural."""
    if language == "en":
        return english_noun_forms(noun)
    a = affixes()
    stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
    forms = [noun]
    for s in a.noun_suffixes:
        if s.startswith("ات"):
            if noun.endswith("ه"):
                forms.append(noun[:-1] + s)
        elif s == "ا":
            if not noun.endswith("ه"):
                forms.append(noun + s)
        else:
            forms.append(stem + s)
    for s in a.after_t:  # (a ت before it: ة's or the plural's, never a word's own ة)
        if noun.endswith("ه"):
            forms += [stem + s, noun[:-1] + "ات" + s]
        elif noun.endswith("ات"):
            forms.append(noun + s)
    return _keep(forms, a)


def _keep(forms: list[str], a: Affixes) -> list[str]:
    return [f for f in dict.fromkeys(forms) if f not in a.not_forms and len(f) >= 3]


# ---- English ---------------------------------------------------------------------------

@dataclass(frozen=True)
class EnglishSpelling:
    doubled: frozenset[str]
    irregular_verbs: dict[str, list[str]]
    irregular_nouns: dict[str, list[str]]
    not_forms: frozenset[str]


@functools.cache
def english() -> EnglishSpelling:
    raw = lexicon.load("morphology", "en")
    return EnglishSpelling(frozenset(raw["verbs"]["doubled"]), dict(raw["verbs"]["irregular"]),
                           dict(raw["nouns"].get("irregular") or {}), frozenset(raw["not_forms"]))


_SIBILANT = ("s", "sh", "ch", "x", "z", "o")
_VOWELS = "aeiou"


def _s_form(word: str) -> str:
    """attack → attacks, clash → clashes, ferry → ferries."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(_SIBILANT) else "s")


def _ed_ing(word: str, doubled: frozenset[str]) -> tuple[str, str]:
    """attack → (attacked, attacking), seize → (seized, seizing), drop → (dropped, dropping)."""
    if word in doubled:
        return word + word[-1] + "ed", word + word[-1] + "ing"
    if word.endswith("ee"):
        return word + "d", word + "ing"
    if word.endswith("ie"):
        return word + "d", word[:-2] + "ying"
    if word.endswith("e"):
        return word + "d", word[:-1] + "ing"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ied", word + "ing"
    return word + "ed", word + "ing"


def english_verb_forms(verb: str) -> list[str]:
    """A verb (or a phrase whose first word is the verb) in every form: attack → attacks,
    attacked, attacking; strike → strikes, striking, struck, stricken; take control → took
    control…"""
    return [f for f, _ in english_verb_forms_tensed(verb)]


def english_verb_forms_tensed(verb: str) -> list[tuple[str, str]]:
    """`english_verb_forms`, the past ones marked "past", the -ing ones "participle" (", killing
    12" goes on the clause before it; it is no finite verb of its own), the others ""."""
    sp = english()
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    past, ing = _ed_ing(head, sp.doubled)
    forms = [(head, ""), (_s_form(head), ""), (ing, "participle")]
    irregular = sp.irregular_verbs.get(verb) or sp.irregular_verbs.get(head)
    forms += [(f.partition(" ")[0], "past") for f in irregular] if irregular else [(past, "past")]
    kept = _keep_en([f + tail for f, _ in forms], sp)
    tenses = {f + tail: t for f, t in reversed(forms)}  # "hit": the base form, unmarked
    return [(f, tenses[f]) for f in kept]


def english_noun_forms(noun: str) -> list[str]:
    """A noun (or a phrase whose last word is the noun) and its plural: air strike → air strikes."""
    sp = english()
    *lead, head = noun.split(" ")
    plural = sp.irregular_nouns.get(head) or [_s_form(head)]
    return _keep_en([" ".join(lead + [w]) for w in [head, *plural]], sp)


def _keep_en(forms: list[str], sp: EnglishSpelling) -> list[str]:
    return [f for f in dict.fromkeys(forms) if f not in sp.not_forms]
