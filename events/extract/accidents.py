"""Step: an accident's toll told again is no conflict event (``doc.suppressed`` grows).

The trigger step suppresses a sentence about an accident, a disaster or sport and keeps it
among ``doc.accidents`` ("قتل 18 شخصا في غرق مركب بالنيل"); a tag line or a link to another
story is suppressed too, but it retells the news and is no accident. Reports then retell the
accident's toll in a sentence of its own, often a quote with nothing but a result word
("وقال ضابط إن «18 شخصا لقوا حتفهم»"), which alone would read as an unexplained killing. A
sentence whose event words are all results (strength below 1: مقتل، لقوا حتفهم) and that
repeats a figure of two or more an accident's sentence gave (same category, same number) tells that
accident, and is suppressed with it.
"""
from __future__ import annotations

from events.extract.doc import Doc

RESULT_ONLY = 0.5  # trigger strength of a result word (مقتل، تدمير)
FEWEST = 2  # one death is told too often to tie two sentences to one accident


def suppress_retold_tolls(doc: Doc) -> None:
    if not doc.accidents:
        return
    told = {(x.category, x.low) for x in doc.losses
            if x.sentence in doc.accidents and x.low and x.low >= FEWEST}
    if not told:
        return
    named = {t.sentence for t in doc.triggers if t.strength > RESULT_ONLY}
    doc.suppressed |= {x.sentence for x in doc.losses
                       if x.sentence not in named and (x.category, x.low) in told}
