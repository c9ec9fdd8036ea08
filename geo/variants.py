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
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
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


# --- Latin-script spellings -------------------------------------------------------------
# English news transliterates the same Syrian village three ways: "Talbisseh", "Talbiseh",
# "Tallbisah"; "al-Latamineh", "Al-Lataminah", "Latamneh"; "Hirbanfsah", "Harb Nafsah". The
# spellings differ in vowels (a/e/i/ee/ou, y and w as vowels), doubled letters, the article,
# spaces and hyphens, a final h (-eh, -ah for ة), k/q/c, and in whether a sound is written as
# one letter or two (kh, sh, th); they agree on the consonants left. `latin_skeleton` keeps
# those; `LatinVariantIndex` finds the names that share a word's skeleton.

_LATIN_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh",
                             "ed", "er", "es", "et", "ez", "en", "esh", "il"})
_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "S"), ("ch", "S"), ("dj", "j"), ("gh", "g"), ("th", "t"),
                   ("dh", "d"), ("ph", "f"))
_LATIN_CLASSES = str.maketrans({"q": "k", "c": "k", "p": "b", "v": "f"})
_LATIN_VOWELS = frozenset("aeiouyw")
_LATIN_WORDS = re.compile(r"[a-z]+")
_LATIN_NAME = re.compile(r"^[a-z\u00C0-\u024F\u1E00-\u1EFF '’‘ʿʾ-]+$")
_MARKS = re.compile(r"[’'‘`ʿʾ]")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def latin_skeleton(name: str) -> str:
    """The consonants of a Latin-script name, one letter per sound class, without articles
    (al-, el-, ash-…), spaces, hyphens, vowels (a first vowel counts as one letter, 'a', for
    the ع or ا it writes), a final h after a vowel, or doubled letters: "Talbisseh" and
    "Tallbīsah" are both ``tlbs``."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = _MARKS.sub("", "".join(c for c in s if not unicodedata.combining(c)))
    parts = []
    for w in _LATIN_WORDS.findall(s):
        if w in _LATIN_ARTICLES:
            continue
        w = _FINAL_H.sub("", w)
        for two, one in _LATIN_DIGRAPHS:
            w = w.replace(two, one)
        w = w.translate(_LATIN_CLASSES)
        if w:
            parts.append(("a" if w[0] in "aeiou" else w[0])
                         + "".join(c for c in w[1:] if c not in _LATIN_VOWELS))
    out: list[str] = []
    for c in "".join(parts):
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


class LatinVariantIndex:
    """Skeleton -> (entry index, name key) of every Latin-script name."""

    def __init__(self, names: Iterable[tuple[str, int]]) -> None:
        self._by_skeleton: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for key, idx in names:
            if _LATIN_NAME.match(key):
                sk = latin_skeleton(key)
                if len(sk) >= MIN_LETTERS:
                    self._by_skeleton[sk].append((idx, key))

    def find(self, name: str) -> list[tuple[int, str]]:
        sk = latin_skeleton(name)
        return list(self._by_skeleton.get(sk, ())) if len(sk) >= MIN_LETTERS else []


CLOSE_TAIL = 0.75  # "Abdo" and "Abyad" share a skeleton (abd) but are other names


def close_tail(name: str, key: str) -> bool:
    """Two spellings of a name opened by a toponym head ("Tal Hamis", "Tall Ḩamīs") that agree
    in more than their skeleton: the words after the head read alike, letter by letter
    (`CLOSE_TAIL`) — vowels are dropped by the skeleton, so "Tal Abdo" would be Tal Abyad."""
    def tail(s: str) -> str:
        s = unicodedata.normalize("NFKD", s.lower())
        words = "".join(c for c in s if not unicodedata.combining(c)).replace("-", " ").split()
        return re.sub(r"[^a-z]", "", "".join(words[1:]))
    a, b = tail(name), tail(key)
    return bool(a and b) and SequenceMatcher(None, a, b).ratio() >= CLOSE_TAIL


# "Maaret Alnouman", "in Alwaer": the article glued to the name, as some transliterations
# write it — "Al"/"El" then a consonant and two letters or more (not "Aleppo", "Alawite").
_GLUED_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)(?=[b-df-hj-np-tv-z][a-z]{2,}\b)")


def unglued(name: str) -> str:
    """``name`` with a glued article split off: "Maaret Alnouman" -> "Maaret al-nouman", the
    spelling whose skeleton and words the gazetteer's "Maarat al-Numan" shares."""
    return _GLUED_ARTICLE.sub(lambda m: m.group(1).lower() + "-", name)


def glued_article(word: str) -> bool:
    """A capitalised word that opens with a glued article ("Alwaer", "Almarj")."""
    return bool(_GLUED_ARTICLE.match(word)) and word[:1].isupper()
