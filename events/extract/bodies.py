"""Counts of people that are no dead of the day's news, though their nouns say victims or bodies.

Bodies handed over: "رفضوا تسلم تسع جثث من قتلاهم", "مقابل تسليم جثث 11 عنصرا من القوات
النظامية", "عملية تبادل لعشرات الجثث" count men killed in an earlier fight, whose bodies now
change hands. People met: "قابلت المنظمة 174 ضحية وشاهدا", "التقى الوزير 30 من ضحايا التفجير"
count the living. Read as claims they would give the news (or the fight told before them)
dead it never had. Cue words: ``handovers`` and ``meetings`` in
``data/lexicon/quantities.yaml``.
"""
from __future__ import annotations

from events.extract.doc import Doc, LossMention
from events.extract.quantities_lexicon import LossLexicon

HANDOVER_REACH = 4  # words from the word of handing over to the count ("تسليم جثث 11 عنصرا")


MEETING_REACH = 4  # words from the word of meeting to the count ("التقى وفد اللجنة الدولية 40")


def drop_no_toll(doc: Doc, lex: LossLexicon, since: int) -> None:
    """Remove from ``doc.losses[since:]`` the counts that are no toll: the dead counted as
    bodies handed over, and people met (the living)."""
    if not (lex.handovers or lex.meetings):
        return
    doc.losses[since:] = [x for x in doc.losses[since:]
                          if not (_handed_over(doc, lex, x) or _met(doc, lex, x))]


def _met(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A word of meeting within `MEETING_REACH` words before the killed claim ``x``, no stop
    and no word of kin between: the people met are alive."""
    if x.category != "killed" or not lex.meetings:
        return False
    first = doc.token_at(x.start)
    for k in range(first - 1, max(-1, first - 1 - MEETING_REACH), -1):
        stems = doc.tokens[k].stems
        if doc.punctuated(k, first) or not lex.kin.isdisjoint(stems):
            return False
        if not lex.meetings.isdisjoint(stems):
            return True
    return False


def _handed_over(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A word of handing over within `HANDOVER_REACH` words before the killed claim ``x``, no
    stop between, and a word of bodies from it to the claim's end."""
    if x.category != "killed":
        return False
    first, last = doc.token_at(x.start), doc.token_at(max(x.start, x.end - 1))
    for k in range(first - 1, max(-1, first - 1 - HANDOVER_REACH), -1):
        if doc.punctuated(k, first):
            return False
        if not lex.handovers.isdisjoint(doc.tokens[k].stems):
            return any(not lex.bodies.isdisjoint(doc.tokens[j].stems) for j in range(k, last + 1))
    return False
