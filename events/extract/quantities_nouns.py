"""The noun a number counts: "80 من عناصر التنظيم", "dozens of civilians", "30 regime soldiers".

Step 2 of `events.extract.quantities`: right after the number, skipping one link word (من، of)
and, where the language puts adjectives there (English), a few describing words.
"""
from __future__ import annotations

import re
from typing import Any

from events.extract.doc import Doc
from events.extract.numbers import is_number_word
from events.extract.quantities_lexicon import LossLexicon
from text import Match

_SPACE = re.compile(r"[\s\"'()]*")


def gap_ok(norm: str, a: int, b: int) -> bool:
    """Only spaces, quotes or brackets between two offsets: the same phrase."""
    return a <= b and bool(_SPACE.fullmatch(norm, a, b))


def noun_after(doc: Doc, lex: LossLexicon, j: int, hi: int) -> Match[dict[str, Any]] | None:
    """Step 2: the counted noun right after the number, skipping one link word (من), and up to
    the lexicon's ``noun_gap`` other words (English adjectives: "30 regime soldiers")."""
    toks, norm = doc.tokens, doc.norm
    skipped = 0
    for k in range(j, j + 2 + lex.noun_gap):
        if k >= hi or not gap_ok(norm, toks[k - 1].end, toks[k].start):
            return None
        m = lex.nouns.match_at(norm, toks, k)
        if m:
            if m.clitic[:1] in ("و", "ف") or (k == j and m.payloads[0].get("after_link_only")):
                return None  # "4 وإصابة": a new clause; "5 تنظيمات" counts groups
            return m
        if toks[k].key in lex.links and k <= j + skipped + 1:
            continue
        if skipped < lex.noun_gap and _describes(doc, lex, k):
            skipped += 1
            continue
        return None
    return None


def _describes(doc: Doc, lex: LossLexicon, k: int) -> bool:
    """Token k may be an adjective between a number and its noun: not a number, an action, a
    qualifier or a word that ends the claim (in, and, who…)."""
    key = doc.tokens[k].key
    return not (key[:1].isdigit() or is_number_word(key, doc.language) or key in lex.bare_followers
                or key in lex.relatives or key in lex.joiners or key in lex.joiners_open
                or lex.actions.match_at(doc.norm, doc.tokens, k) is not None
                or lex.after.match_at(doc.norm, doc.tokens, k) is not None)
