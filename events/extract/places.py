"""Step: place mentions, from the geo package's gazetteer matcher.

A thin wrapper: `geo.mentions.find_places` does recognition and resolution (cue words,
country focus, precision codes). This step only decides what it must not look at — actor
names («قوات سوريا الديمقراطية» is not the place Syria), operation names («غضب الفرات» is
not the Euphrates) and place names used as verbs ("القوات السعودية تدمر 16 آلية") — and turns
its hits into ``doc.places``. In a language that capitalises names (English) a place starts
with a capital letter, after its article if any ("al-Raqqa"): "cars" is not Kars, "hit" is
not Hīt.
"""
from __future__ import annotations

import functools

from events import lexicon
from events.language import DEFAULT
from events.extract.doc import HOMOGRAPH, LAND_WORD, OPERATION, PLACE_CUE, Doc, PlaceMention
from geo.english import PARTICLES
from geo.gazetteer import Gazetteer
from geo.mentions import find_places as geo_find_places

_OPERATION_WORDS = {"عمليه", "معركه"}
_QUOTES = {'"', "'"}


def _operation_name_tokens(doc: Doc) -> set[int]:
    """Tokens of a quoted operation name right after عملية/معركة («غضب الفرات», «درع الفرات»)."""
    out: set[int] = set()
    toks, norm = doc.tokens, doc.norm
    if "عمليه" not in norm and "معركه" not in norm:
        return out
    for i in doc.positions(OPERATION, len(toks) - 1):  # a stem in ``_OPERATION_WORDS``
        t = toks[i]
        gap = norm[t.end:toks[i + 1].start]
        if '"' not in gap:
            continue
        close = norm.find('"', toks[i + 1].start)
        if close < 0 or close - t.end > 60:
            continue
        j = i + 1
        while j < len(toks) and toks[j].start < close:
            out.add(j)
            j += 1
    return out


@functools.cache
def _homographs(language: str = DEFAULT) -> frozenset[str]:
    return frozenset(lexicon.load("place_homographs", language)["homographs"])


@functools.cache
def _capitalised(language: str) -> bool:
    """Whether place names of the language start with a capital letter (English)."""
    return bool(lexicon.load("place_homographs", language).get("capitalised"))


def _verb_homographs(doc: Doc, actor_skip: set[int]) -> set[int]:
    """Tokens of place names used as verbs ("القوات السعودية تدمر 16 آلية")."""
    out: set[int] = set()
    toks = doc.tokens
    # the tokens whose key is such a name (the pre-gate's class of the word: `key in _homographs`)
    for i in doc.positions(HOMOGRAPH):
        after_actor = i - 1 in actor_skip
        before_number = i + 1 < len(toks) and toks[i + 1].key[:1].isdigit()
        if after_actor or before_number:
            out.add(i)
    return out


def _capital_name(doc: Doc, first: int, last: int) -> bool:
    """A capital letter opens the name, or its word after a transliterated article
    ("al-Raqqa", "el-Arish") or a direction ("eastern Ghouta"): "cars" is not Kars."""
    head = doc.tokens[first].key
    k = first + 1 if (head in PARTICLES or head in Gazetteer.default().english.directions
                      ) and last - first > 1 else first
    return doc.norm[doc.tokens[k].start:doc.tokens[k].start + 1].isupper()


def find_places(doc: Doc, country_focus: str | None = None) -> None:
    """Fill ``doc.places`` (each with its token range).

    Readings are ranked out of context here (no country preferred), and everyday words found
    without their cue word are kept as ``weak``: the ``place_context`` step
    (`events.extract.place_context`) chooses among readings once the article's focus is known."""
    if not doc.tokens:
        return
    actor_skip = doc.actor_tokens
    skip = actor_skip | _operation_name_tokens(doc) | _verb_homographs(doc, actor_skip)
    capitalised = _capitalised(doc.language)
    for h in geo_find_places(doc.nt, doc.tokens, skip=skip, country_focus=country_focus,
                             weak=True, language=doc.language,
                             cue_positions=doc.positions(PLACE_CUE),
                             land_positions=doc.positions(LAND_WORD)):
        if capitalised and not _capital_name(doc, h.first, h.last):
            continue
        doc.places.append(PlaceMention(
            h.start, h.end, doc.surface(h.start, h.end), doc.sentence_of(h.start), h.first, h.last,
            place=h.place, cue=h.cue, alternatives=list(h.alternatives), weak=h.weak))
