"""Spelling variants of Arabic place names: the consonant skeleton two spellings share.

Arabic news spells foreign and rural names as it hears them: «باداخشان» and «بدخشان»
(Badakhshan), «نانجارهار» and «ننكرهار» (Nangarhar), «دياربكر» and «ديار بكر» (Diyarbakır).
The spellings differ in long vowels, spaces and the letter chosen for g (ج، غ، ك، ق، گ),
and agree on the rest. `skeleton` keeps what they agree on; `VariantIndex` finds the names
that share a word's skeleton.

A skeleton match is a guess, so `geo.mentions` tries it only for a word right after a cue of
kind (محافظة، إقليم، مدينة، منطقة…) that the gazetteer does not know, gives the readings as
``weak``, and the context step keeps one only in the country the article is about.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

MIN_LETTERS = 4  # shorter skeletons («لج») match too many names
_ARABIC = re.compile(r"^[\u0621-\u064A ]+$")
_VOWELS = frozenset("اويءئؤى")
_CLASSES = str.maketrans({"ق": "ك", "غ": "ك", "ج": "ك", "گ": "ك", "چ": "ك", "ط": "ت",
                          "ص": "س", "ث": "س", "ض": "د", "ظ": "ز", "ذ": "ز", "ح": "ه",
                          "پ": "ب", "ڤ": "ف"})


def skeleton(key: str) -> str:
    """The consonants of a normalised name, one letter per sound class, without the article,
    spaces, long vowels (but a first letter) or a final ة/ه."""
    word = key.replace(" ", "").replace("-", "")
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if word.endswith("ه"):
        word = word[:-1]
    if not word:
        return ""
    kept = word[0] + "".join(c for c in word[1:] if c not in _VOWELS)
    out = []
    for c in kept.translate(_CLASSES):
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


class VariantIndex:
    """Skeleton -> (entry index, name key) of every Arabic name."""

    def __init__(self, names: Iterable[tuple[str, int]]) -> None:
        self._by_skeleton: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for key, idx in names:
            if _ARABIC.match(key):
                sk = skeleton(key)
                if len(sk) >= MIN_LETTERS:
                    self._by_skeleton[sk].append((idx, key))

    def find(self, key: str) -> list[tuple[int, str]]:
        sk = skeleton(key)
        return list(self._by_skeleton.get(sk, ())) if len(sk) >= MIN_LETTERS else []
