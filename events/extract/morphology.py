"""Inflected forms of trigger words, from the affix table ``data/lexicon/morphology.yaml``.

Newspapers conjugate and suffix event words (غاراته، هاجموا، انطلاقها، يتقدم، سيطرتها); listing
every form by hand left most of them out. The forms are generated once, when the trigger
lexicon is built, and matched as plain words — no stemmer runs over the text, so names are
never touched (a stemmer would read تدمر, Palmyra, as "destroys").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from events import lexicon


@dataclass(frozen=True)
class Affixes:
    past_endings: tuple[str, ...]
    present_prefixes: tuple[str, ...]
    present_endings: tuple[str, ...]
    object_suffixes: tuple[str, ...]
    noun_suffixes: tuple[str, ...]
    not_forms: frozenset[str]


@functools.cache
def affixes() -> Affixes:
    raw = lexicon.load("morphology")
    v, n = raw["verbs"], raw["nouns"]
    return Affixes(tuple(v["past_endings"]), tuple(v["present_prefixes"]),
                   tuple(v["present_endings"]), tuple(v["object_suffixes"]),
                   tuple(n["suffixes"]), frozenset(raw["not_forms"]))


def present_stem(verb: str) -> str | None:
    """The stem after the present prefix: انسحب → نسحب, قتل → قتل; None when it would be a name."""
    if verb.startswith("ا"):
        return verb[1:] if len(verb) >= 4 else None
    return verb


def verb_forms(verb: str) -> list[str]:
    """Past and present forms of a verb (given as its past 3rd-person masculine), with object
    pronouns: قتل → قتل، قتلت، قتلوا، يقتل، تقتلون، قتلوهم، استهدفته…"""
    return [f for f, _ in verb_forms_tensed(verb)]


def verb_forms_tensed(verb: str) -> list[tuple[str, str]]:
    """`verb_forms` with each form's tense: past, present (يسيطر: often a state or a habit)
    or future (سيقتل، ستنسحب: a planned event)."""
    a = affixes()
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


def noun_forms(noun: str) -> list[str]:
    """A noun with its case ending, dual, feminine plural and possessive pronouns:
    هجوم → هجوما، هجومين؛ غارة → غارتين، غاراتها، غارتهم…"""
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
    return _keep(forms, a)


def _keep(forms: list[str], a: Affixes) -> list[str]:
    return [f for f in dict.fromkeys(forms) if f not in a.not_forms and len(f) >= 3]
