"""Step: an accident's toll told again is no conflict event (``doc.suppressed`` grows).

The trigger step suppresses a sentence about an accident, a disaster or sport and keeps it
among ``doc.accidents`` ("قتل 18 شخصا في غرق مركب بالنيل"); a tag line or a link to another
story is suppressed too, but it retells the news and is no accident. Reports then retell the
accident's toll in a sentence of its own, often a quote with nothing but a result word
("وقال ضابط إن «18 شخصا لقوا حتفهم»"), which alone would read as an unexplained killing. A
sentence whose event words are all results (strength below 1: مقتل، لقوا حتفهم) and that
repeats a figure of two or more an accident's sentence gave (same category, same number) tells that
accident, and is suppressed with it. In a report that names no deed at all (`_deed`, in any
sentence) and gives a toll in an accident's sentence, every sentence with event words is that
accident's.

An aircraft's crash ("مقتل ثلاثة بتحطم طائرة صغيرة") is an accident too, unless its sentence
names an act of war beside it: `events.extract.crashes`, called by the trigger step.

A result-only sentence that names the incident back ("وقد أسفر الحادث عن إصابة رجل وزوجته",
`accident_anaphora`) right after an accident's result-only sentence (or one with no event word
at all: "تعرضت أسرة لإصابات في حادث مروري"), with no other event sentence between, tells that
accident too.
"""
from __future__ import annotations

from events.extract.doc import Doc, Trigger
from events.extract.trigger_records import RESULT_ONLY, VIOLENT
from events.extract.trigger_words import trigger_lexicon

NAMES_A_DEED = 1.0  # the strength of a word that names an event alone (not "دخول", "سقوط")
FEWEST = 2  # one death is told too often to tie two sentences to one accident


def suppress_retold_tolls(doc: Doc) -> None:
    if not doc.accidents:
        return
    doc.suppressed |= _named_back(doc)
    with_events = {t.sentence for t in doc.triggers} | {x.sentence for x in doc.losses}
    if doc.accidents & with_events and not any(_deed(t) for t in doc.triggers):
        # an accident's report, its toll in its own words, with no deed named anywhere
        # (results, and words of going or taking that tell an event only in company: "تسهيل
        # وصول المصابين"): every death and loss it gives is the accident's ("اثنان من الركاب
        # قتلا", "احترقت ثلاثة منازل")
        doc.suppressed |= {t.sentence for t in doc.triggers}
        return
    told = {(x.category, x.low) for x in doc.losses
            if x.sentence in doc.accidents and x.low and x.low >= FEWEST}
    if not told:
        return
    named = {t.sentence for t in doc.triggers if t.strength > RESULT_ONLY}
    doc.suppressed |= {x.sentence for x in doc.losses
                       if x.sentence not in named and (x.category, x.low) in told}


def _deed(t: Trigger) -> bool:
    """A word that names a deed: more than a result, and violent unless it tells an event
    alone ("هجوم", "فتح النار" count; "دخول", "وصول" need a place or a way)."""
    return t.strength > RESULT_ONLY and (t.event_type in VIOLENT or t.strength >= NAMES_A_DEED)


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
