"""Step: give each loss claim to the candidate it reports on (``Candidate.losses``).

A toll belongs to the violence of its own clause ("غارات … أسفرت عن مقتل 8"), else to the
nearest violent candidate of its sentence — the one before it first, since a toll follows the
event it counts — else to the violence of the one or two previous sentences of its paragraph
(the statement goes on listing the losses), unless it runs to thousands: a toll of thousands
told with no deed beside it ("عدد الجرحى يقدر بـ19 ألف شخص") is the war's tally, no event's.
Suspects arrested ("القبض على 12 شخصا يشتبه في ضلوعهم في التفجير") are held by an arrest told
as an event, a fight or strike of the state's forces or a raid that hit fighters, never by the
blow they are suspected of. A claim with no violence to hold it is left out: a number is not an
event.
"""
from __future__ import annotations

from events.extract.candidates import VIOLENT
from events.extract.clauses import clause_of
from events.extract.doc import Candidate, Doc, LossMention
from events.extract.quantities_lexicon import load_lexicon
from events.extract.triggers import TOLL_REACH

HOLDERS = VIOLENT | {"other", "detention"}
ARREST_HOLDERS = frozenset({"other", "detention"})  # what holds suspects arrested
OPERATIONS = frozenset({"clash", "airstrike", "shelling", "bombardment"})  # a state's may too
WAR_TALLY = 1000  # a toll this big with no deed told beside it counts a war, not an event


def attach_losses(doc: Doc) -> None:
    for x in doc.losses:
        if x.sentence in doc.suppressed:
            continue
        holder = _holder(doc, x)
        if holder is not None and not (_tally(x) and _told_by_results(holder)):
            holder.losses.append(x)


def _holder(doc: Doc, x: LossMention) -> Candidate | None:
    tok = _token_at(doc, x.start)
    ci = clause_of(doc, tok)
    suspects = _suspects(doc, x)
    here = [c for c in doc.candidates if c.event_type in HOLDERS and (
        not suspects or c.event_type in ARREST_HOLDERS or _state_acts(c) or _fighters_hit(doc, c))]
    same_clause = _happened([c for c in here if c.clause == ci])
    if same_clause:
        return min(same_clause, key=lambda c: abs(c.first_token - tok))
    same_sentence = _happened([c for c in here if c.sentence == x.sentence])
    before = [c for c in same_sentence if c.first_token <= tok]
    if before or same_sentence:
        return (before or same_sentence)[-1 if before else 0]
    if _tally(x):
        return None
    for back in range(1, TOLL_REACH + 1):
        j = x.sentence - back
        if j < 0 or not doc.same_paragraph(j, x.sentence):
            break
        prev = [c for c in here if c.sentence == j]
        if prev:
            return prev[-1]
    return None


def _suspects(doc: Doc, x: LossMention) -> bool:
    """People taken with a word of suspicion or involvement in their count or up to
    ``suspect_reach`` words after it, in its sentence: an arrest after a deed."""
    if x.category != "captured":
        return False
    lex = load_lexicon(doc.language)
    if not lex.suspect_reach:
        return False
    first, end = _token_at(doc, x.start), _token_at(doc, x.end)
    hi = min(end + lex.suspect_reach, doc.sentences[x.sentence].tokens[1])
    return lex.suspects.any_in(doc.norm, doc.tokens, first, hi)


def _state_acts(c: Candidate) -> bool:
    """An operation of the state's forces — a fight or a strike, not a bare killing or an
    attack, the kinds of blow suspects are held for — may take suspects ("اشتباكات مع قوات الأمن
    واعتقال 16 شخصا بشبهة الإرهاب")."""
    return c.event_type in OPERATIONS and any(
        r == "actor1" and m.actor_type == "state_force" for m, r in c.actors)


def _fighters_hit(doc: Doc, c: Candidate) -> bool:
    """Fighters killed, hurt or taken in its sentence ("أن متطرفا قتل واعتقل 16 شخصا بشبهة
    الإرهاب"): a raid on militants, whose suspects it takes — not the blow they are held for."""
    return any(x.sentence == c.sentence and x.who == "fighters" for x in doc.losses)


def _happened(cands: list[Candidate]) -> list[Candidate]:
    """Those told as having happened, if any: a toll beside a deed still to come belongs to the
    one done ("قتلت القوات خمسة مسلحين كانوا يخططون لتنفيذ هجوم": the five were killed, the
    attack never came)."""
    return [c for c in cands if c.modality not in UNHAPPENED] or cands


UNHAPPENED = frozenset({"planned", "hypothetical"})


def _tally(x: LossMention) -> bool:
    return max(x.low or 0, x.best or 0) >= WAR_TALLY


def _told_by_results(c: Candidate) -> bool:
    """A candidate of result words alone with no date of its own clause ("عدد الجرحى يقدر
    بـ19 ألفا", "قتل أكثر من 4 آلاف منذ آذار"; not "قتل 2500 في المعارك أمس", "its jets
    killed 6000 on Tuesday")."""
    return c.weak and (c.date is None or c.date.source != "clause")


def _token_at(doc: Doc, offset: int) -> int:
    """Index of the token starting at or containing ``offset``."""
    lo, hi = 0, len(doc.tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(doc.tokens) - 1)
