"""Arabic-aware text primitives shared by extraction (`events`) and the gazetteer (`geo`).

Three things every matcher needs, done once and fast, in one place so that a lexicon entry, a
gazetteer name and an article are normalised the same way:

* `normalize` / `NormText` — a normalised copy of the text with a map back to original offsets;
* `tokenize` / `Token` — word tokens with their clitic-stripped stems;
* `PhraseMatcher` — longest-match lookup of multi-word phrases, clitic-aware on the first word.

This package imports nothing of Athar's own: `events` and `geo` both stand on it.
"""
from text.normalize import (NormText, Token, bare, clitic_stems, normalize, normalize_key,
                            tokenize)
from text.phrases import Match, PhraseMatcher, conjoined, load_phrases

__all__ = ["Match", "NormText", "PhraseMatcher", "Token", "bare", "clitic_stems", "conjoined",
           "load_phrases", "normalize", "normalize_key", "tokenize"]
