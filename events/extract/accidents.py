"""Step: an accident's toll told again is no conflict event (``doc.suppressed`` grows).

The trigger step suppresses a sentence about an accident, a disaster or sport and keeps it
among ``doc.accidents`` ("قتل 18 شخصا في غرق مركب بالنيل"); a tag line or a link to another
story is suppressed too, but it retells the news and is no accident. Reports then retell the
accident's toll in a sentence of its own, often a quote with nothing but a result word
("وقال ضابط إن «18 شخصا لقوا حتفهم»"), which alone would read as an unexplained killing. A
sentence whose event words are all results (strength below 1: مقتل، لقوا حتفهم) and that
repeats a figure of two or more an accident's sentence gave (same category, same number) tells that
accident, and is suppressed with it.

A result-only sentence that names the incident back ("وقد أسفر الحادث عن إصابة رجل وزوجته",
`accident_anaphora`) right after an accident's result-only sentence (or one with no event word
at all: "تعرضت أسرة لإصابات في حادث مروري"), with no other event sentence between, tells that
accident too.
"""
from __future__ import annotations

from events.extract.doc import Doc
from events.extract.trigger_words import trigger_lexicon

RESULT_ONLY = 0.5  # trigger strength of a result word (مقتل، تدمير)
FEWEST = 2  # one death is told too often to tie two sentences to one accident


def suppress_retold_tolls(doc: Doc) -> None:
    if not doc.accidents:
        return
    doc.suppressed |= _named_back(doc)
    told = {(x.category, x.low) for x in doc.losses
            if x.sentence in doc.accidents and x.low and x.low >= FEWEST}
    if not told:
        return
    named = {t.sentence for t in doc.triggers if t.strength > RESULT_ONLY}
    doc.suppressed |= {x.sentence for x in doc.losses
                       if x.sentence not in named and (x.category, x.low) in told}


def _named_back(doc: Doc) -> set[int]:
    """The result-only sentences that name the accident told just before them, itself told
    by its results alone (an accident sentence with a deed in it, "اندلع إطلاق النار أثناء عرض
    فيلم", may be a shooting the suppress list caught for its film)."""
    words = trigger_lexicon(doc.language).accident_anaphora
    strongest: dict[int, float] = {s: 0.0 for s in doc.accidents}  # no event word: results
    for t in doc.triggers:
        strongest[t.sentence] = max(strongest.get(t.sentence, 0.0), t.strength)
    told = {t.sentence for t in doc.triggers}
    out: set[int] = set()
    previous: int | None = None
    for s in sorted(strongest):
        if (s in told and previous in doc.accidents and strongest[s] <= RESULT_ONLY
                and strongest[previous] <= RESULT_ONLY and _names(doc, s, words)):
            out.add(s)
        previous = s if s not in out else previous
    return out


def _names(doc: Doc, sentence: int, words: frozenset[str]) -> bool:
    first, last = doc.sentences[sentence].tokens
    return any(not words.isdisjoint(doc.tokens[k].stems) for k in range(first, last))
