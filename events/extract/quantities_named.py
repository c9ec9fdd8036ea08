"""A victim named instead of counted is one: "أفاد الجيش بمقتل محسن الفضلي، القيادي البارز في
تنظيم القاعدة" claims one killed, though no number or counted noun says so.

Only the press's shape of it is read: a killing action, then one to four words of a name, then
a comma and a title in apposition (``named_victims.titles`` in
``data/lexicon/quantities.yaml``). A name with no title after it ("مقتل محمد") is left alone:
too many other words can follow an action. "The one called" (``named_victim_markers``) a few
words after a killing, with only titles between, says it is a name: "مقتل القيادي في التنظيم
المدعو فلان", "مصرع قائد الحملة، المدعو صالح" claim one killed, up to the name's end.
"""
from __future__ import annotations

import re

from events.extract.doc import Doc, LossMention
from events.extract.numbers import is_count
from events.extract.quantities_lexicon import LossLexicon
from events.extract.quantities_verbs import BREAK
from text import Match

_NAME_WORDS = 4  # words a name may take before its title
_MARKER_REACH = 8  # words from a killing to "المدعو", the victim's titles between
_STOP = re.compile(r"[.;:؛!?؟\n]")  # a comma may set the title off; these end the phrase


def find_named_victims(doc: Doc, lex: LossLexicon, actions: list[Match[str]]) -> None:
    """Append a claim of one killed for each victim named, then titled, after a killing."""
    if not lex.named_titles:
        return
    toks, taken = doc.tokens, [(x.start, x.end) for x in doc.losses]
    for a in actions:
        if a.payloads[0] != "killed":
            continue
        end = _name_end(doc, lex, a.last) or _called_end(doc, lex, a.last)
        if end is None:
            continue
        start, stop = toks[a.last].start, toks[end - 1].end
        if any(s < stop and start < e for s, e in taken):
            continue
        doc.losses.append(LossMention(
            start=start, end=stop, text=doc.surface(start, stop), sentence=doc.sentence_of(start),
            category="killed", who="unknown", qualifier="exact", low=1, best=1, high=1,
            number_start=start, number_end=stop))
    doc.losses.sort(key=lambda x: x.start)


def _name_end(doc: Doc, lex: LossLexicon, k: int) -> int | None:
    """The token after a name that starts at ``k`` and is followed by "، <title>"."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].key.startswith("ال"):
        return None
    for j in range(k + 1, min(len(toks) - 1, k + _NAME_WORDS) + 1):
        word = toks[j - 1]
        if is_count(word.key, doc.language):
            return None
        gap = doc.norm[word.end:toks[j].start]
        if BREAK.search(gap):
            comma = "،" in gap or "," in gap
            return j if comma and not lex.named_titles.isdisjoint(toks[j].stems) else None
    return None


def _called_end(doc: Doc, lex: LossLexicon, k: int) -> int | None:
    """The token after a name introduced by "المدعو" within `_MARKER_REACH` words of ``k``
    (no count, no full stop between): "مقتل القيادي في التنظيم المدعو أبو علي في غارة"."""
    toks = doc.tokens
    for j in range(k, min(len(toks), k + _MARKER_REACH)):
        if j > k and _STOP.search(doc.norm, toks[j - 1].end, toks[j].start):
            return None
        if is_count(toks[j].key, doc.language):
            return None
        if toks[j].key in lex.named_markers:
            end = j + 1
            while end < min(len(toks), j + 1 + _NAME_WORDS) and toks[end].key not in lex.name_ends \
                    and not BREAK.search(doc.norm, toks[end - 1].end, toks[end].start):
                end += 1
            return end if end > j + 1 else None
    return None
