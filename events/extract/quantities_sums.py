"""Coordinated figures of one kind are one claim: "استشهاد ضابط و3 جنود" is 4 soldiers killed,
"an officer and three soldiers were killed" 4 too — ACLED and UCDP count the sum, and two
claims of 1 and 3 would read as two numbers for one toll. Only exact figures of the same
category and the same kind of victim, joined by a joiner word alone (``sum_joiners`` in
``data/lexicon/quantities.yaml``) — past at most two words describing the first ("ضابط شرطة
مصري ومجند") — are summed; "قتيلان و3 جرحى" stays two claims.
"""
from __future__ import annotations

from dataclasses import replace

from events.extract.doc import Doc, LossMention
from events.extract.quantities_lexicon import LossLexicon


def sum_coordinated(doc: Doc, lex: LossLexicon, since: int) -> None:
    """Merge ``doc.losses[since:]`` pairs joined by a joiner alone into one claim of their sum."""
    if not lex.sum_joiners:
        return
    new = sorted(doc.losses[since:], key=lambda x: x.start)
    out: list[LossMention] = []
    for x in new:
        prev = out[-1] if out else None
        if prev is not None and _joined(doc, lex, prev, x):
            total = prev.low + x.low  # type: ignore[operator]
            start, end = doc.span(prev.start, x.end)
            out[-1] = replace(prev, end=x.end, text=doc.text[start:end], last=x.last,
                              low=total, best=total, high=total, number_end=x.number_end)
        else:
            out.append(x)
    doc.losses[since:] = out


def _joined(doc: Doc, lex: LossLexicon, a: LossMention, b: LossMention) -> bool:
    if (a.sentence, a.category, a.who) != (b.sentence, b.category, b.who):
        return False
    if not (a.qualifier == b.qualifier == "exact" and a.low and b.low):
        return False
    *describers, joiner = doc.norm[a.end:b.start].split() or [""]
    # "ضابط شرطة مصري ومجند": up to two words describing the first between them
    return joiner in lex.sum_joiners and len(describers) <= 2 and all(map(lex.describer, describers))
