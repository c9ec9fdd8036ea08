"""Sides named before a frame's verb that are no subject of it, read by
`events.extract.claimants` before it looks for a subject standing before the verb:

* a topic set before the verb ("وعن حجم خسائر الحوثي قال المسؤول اليمني:", "وبشأن تقدم
  المقاومة قالت مصادر ميدانية", attribution.yaml ``topic_openers``): what the speaker speaks of;
* a clause ended by a stop right before a verb that has a subject of its own after it ("وحول
  قيام زعيم جماعة الحوثي بسحب قادتها إلى صعدة، قال اللواء العمودي:"): the general speaks. Not a
  verb with no subject after it ("نشرت الجماعة شريطا، أعلنت فيه", "إلا أن قيادة التحالف، أشارت
  إلى": the side before the stop goes on as its subject)."""
from __future__ import annotations

from events.extract.claimant_words import AttributionLexicon
from events.extract.doc import Doc


def topic_fronted(doc: Doc, lex: AttributionLexicon, verb: int, first: int) -> bool:
    """A topic opener ("وعن", "حول", "بشأن") between ``first`` (the sentence's first token) and
    ``verb`` that opens its clause — the sentence's first word or the first after a stop —
    with no stop between it and the verb (after a stop the verb's clause is another)."""
    if not lex.topics:
        return False
    for k in range(verb - 1, first - 1, -1):
        if doc.gap_has(k, k + 1, ",;:،؛"):
            return False
        if doc.tokens[k].key in lex.topics and (k == first or doc.gap_has(k - 1, k, ",;:،؛")):
            return True
    return False


def subject_after_stop(doc: Doc, verb: int) -> bool:
    """A comma (or colon, semicolon) right before ``verb`` and a definite noun right after it
    (its article a clitic: not "إلى"), no stop between: the verb's own subject ("، قال
    اللواء", "، كشفت السلطات")."""
    toks = doc.tokens
    if verb < 1 or verb + 1 >= len(toks) or not doc.gap_has(verb - 1, verb, ",;:،؛") \
            or doc.gap_has(verb, verb + 1, ",;:،؛"):
        return False
    key = toks[verb + 1].key
    return key.startswith("ال") and key[2:] in toks[verb + 1].stems
