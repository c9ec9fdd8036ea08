"""Bodies handed over are no toll: "رفضوا تسلم تسع جثث من قتلاهم", "مقابل تسليم جثث 11 عنصرا
من القوات النظامية", "عملية تبادل لعشرات الجثث" count men killed in an earlier fight, whose
bodies now change hands. Read as claims they would give the day's news (or the fight told
before them) dead it never had. Cue words: ``handovers`` in ``data/lexicon/quantities.yaml``.
"""
from __future__ import annotations

from events.extract.doc import Doc, LossMention
from events.extract.quantities_lexicon import LossLexicon

HANDOVER_REACH = 4  # words from the word of handing over to the count ("تسليم جثث 11 عنصرا")


def drop_handed_over(doc: Doc, lex: LossLexicon, since: int) -> None:
    """Remove from ``doc.losses[since:]`` the dead counted as bodies handed over."""
    if not lex.handovers:
        return
    doc.losses[since:] = [x for x in doc.losses[since:] if not _handed_over(doc, lex, x)]


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
