"""Counts of people that are no dead of the day's news, though their nouns say victims or bodies.

Bodies handed over: "رفضوا تسلم تسع جثث من قتلاهم", "مقابل تسليم جثث 11 عنصرا من القوات
النظامية", "عملية تبادل لعشرات الجثث" count men killed in an earlier fight, whose bodies now
change hands. People met: "قابلت المنظمة 174 ضحية وشاهدا", "التقى الوزير 30 من ضحايا التفجير"
count the living. Tolls after a condition ("لو نجح الهجوم لراح ضحيته 100 شخص") are imagined.
Read as claims they would give the news (or the fight told before them) dead it never had.
Cue words: ``handovers``, ``meetings`` and ``conditionals`` in ``data/lexicon/quantities.yaml``.
"""
from __future__ import annotations

from events.extract.doc import Doc, LossMention
from events.extract.quantities_lexicon import LossLexicon

HANDOVER_REACH = 4  # words from the word of handing over to the count ("تسليم جثث 11 عنصرا")
MEETING_REACH = 4  # words from the word of meeting to the count ("التقى وفد اللجنة الدولية 40")
CONDITION_REACH = 10  # words from a condition to the toll imagined ("لو تمكنت الخلية من تنفيذ
# مخططها لراح ضحيته 100")


def drop_no_toll(doc: Doc, lex: LossLexicon, since: int) -> None:
    """Remove from ``doc.losses[since:]`` the counts that are no toll: the dead counted as
    bodies handed over, and people met (the living)."""
    if not (lex.handovers or lex.meetings or lex.conditionals):
        return
    doc.losses[since:] = [x for x in doc.losses[since:] if not (
        _handed_over(doc, lex, x) or _met(doc, lex, x) or _imagined(doc, lex, x))]


def _imagined(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A word of condition within `CONDITION_REACH` words before the claim ``x``, in its
    sentence, not one of concession ("ولو أن": even though)."""
    first = doc.token_at(x.start)
    lo = doc.sentences[x.sentence].tokens[0]
    for k in range(first - 1, max(lo, first - CONDITION_REACH) - 1, -1):
        if doc.tokens[k].key in lex.conditionals:
            return not (k + 1 < len(doc.tokens) and doc.tokens[k + 1].key in lex.concessive)
    return False


def _met(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A word of meeting within `MEETING_REACH` words before the killed claim ``x``, no stop
    and no word of kin between: the people met are alive."""
    return x.category == "killed" and _cue_before(
        doc, doc.token_at(x.start), lex.meetings, MEETING_REACH, lex.kin) is not None


def _handed_over(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A word of handing over within `HANDOVER_REACH` words before the killed claim ``x``, no
    stop between, and a word of bodies from it to the claim's end."""
    if x.category != "killed":
        return False
    first, last = doc.token_at(x.start), doc.token_at(max(x.start, x.end - 1))
    k = _cue_before(doc, first, lex.handovers, HANDOVER_REACH)
    return k is not None and any(not lex.bodies.isdisjoint(doc.tokens[j].stems)
                                 for j in range(k, last + 1))


def _cue_before(doc: Doc, first: int, cues: frozenset[str], reach: int,
                blockers: frozenset[str] = frozenset()) -> int | None:
    """The nearest token within ``reach`` words before token ``first`` with a stem in ``cues``,
    walking back no stop nor a word of ``blockers`` (kin) on the way; else None."""
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        stems = doc.tokens[k].stems
        if doc.punctuated(k, first) or not blockers.isdisjoint(stems):
            return None
        if not cues.isdisjoint(stems):
            return k
    return None
