"""English local words: a name English calls a town, a village or a quarter.

Arabic says what a place is right before its name («حي المشهد», «قرية السويدية»), and
`geo.context` (rule 3) drops a foreign reading of a name so cued in an article about another
country: a quarter of Aleppo is not Mashhad in Iran. English says it before the name ("the
district of Al Mashhad", "the town of Mansoura", "the neighbourhoods of Furqan and
Azamiyah" — a list after one plural word) or right after it ("al-Hamidiyeh village", "a Kurd
town"); this module finds those words (cues ``context`` ``locals``). A name that also says
its country ("the Turkish border town of Kilis": a capitalised word between the article and
the local word) is left alone: that reading is meant.
"""
from __future__ import annotations

from events.extract.doc import Doc, PlaceMention
from geo.english import LIST_WINDOW


def local_named(doc: Doc, m: PlaceMention, cues: dict) -> bool:
    """English ``m`` is named with a local word before or right after it."""
    toks = doc.tokens
    if m.last < len(toks) and toks[m.last].key in cues["locals"] and _same_gap(doc, m.last - 1):
        return True
    return _listed_after_local(doc, m, cues)


def _listed_after_local(doc: Doc, m: PlaceMention, cues: dict) -> bool:
    """"the town of Mansoura", "the neighbourhoods of New Aleppo, Bab al-Faraj and
    al-Ismailiya": the local word and "of", then only names, "al" and "and" up to ``m``."""
    toks = doc.tokens
    for j in range(m.first - 1, max(0, m.first - 1 - LIST_WINDOW), -1):
        if not _same_gap(doc, j):
            return False
        key = toks[j].key
        if key in cues["name_links"]:
            return (j > 0 and toks[j - 1].key in cues["locals"] and _same_gap(doc, j - 1)
                    and not _country_said(doc, j - 1, cues))
        if not (key == "al" or key in cues["pair_links"] or doc.capitalised(j)):
            return False
    return False


def _country_said(doc: Doc, k: int, cues: dict) -> bool:
    """"the Turkish border town of", "the Iraqi city of": a capitalised word between the
    article (or the start of the clause) and the local word at ``k``."""
    toks = doc.tokens
    for j in range(k - 1, max(-1, k - 4), -1):
        if toks[j].key in cues["articles"] or not _same_gap(doc, j):
            return False
        if doc.capitalised(j):
            return True
    return False


def _same_gap(doc: Doc, j: int) -> bool:
    """No sentence punctuation between token ``j`` and the next."""
    toks = doc.tokens
    if j + 1 >= len(toks):
        return True
    return not any(ch in doc.norm[toks[j].end:toks[j + 1].start] for ch in ".!?;\n")
