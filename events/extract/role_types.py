"""Generic violence typed from its clause once its actors are known (a part of the ``roles``
step, `events.extract.roles`): an air strike when an air force acts or an air word stands in
the clause (not airliners, not the air support of a ground offensive; English "bombed" yields
to a ground weapon named with it, ``air_yielding``), shelling for ground weapons, a clash between armed sides, else it stays violence for its victims to decide."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import Candidate, Doc
from events.extract.role_cues import holder
from events.extract.role_lexicon import role_lexicon, window
from events.extract.role_sides import air_support
from events.extract.role_sides import airborne as airborne_
from events.extract.role_struck import worshippers
from events.extract.trigger_objects import arms_named
from events.extract.trigger_records import TriggerLexicon
from events.extract.trigger_words import trigger_lexicon


def _not_air(doc: Doc, lo: int, hi: int, lex: TriggerLexicon) -> set[int]:
    """Tokens of civil aircraft and air bases ("بواسطة الطائرات المدنية", "هجوما لاستعادة
    القاعدة الجوية"): no air word for the clause."""
    out: set[int] = set()
    for k in range(lo, hi):
        m = lex.not_air.match_at(doc.norm, doc.tokens, k)
        if m is not None:
            out.update(range(m.first, m.last))
    return out


def _named_places(doc: Doc, lo: int, hi: int) -> set[int]:
    """Tokens of the places named in ``[lo, hi)``: "قاعدة الحبانية الجوية" is an air base
    attacked on the ground, no air word for the clause."""
    return {k for p in doc.places if p.last > lo and p.first < hi for k in range(p.first, p.last)}


def refine_type(doc: Doc, c: Candidate, aside: range) -> None:
    """bombardment/violence → airstrike, shelling, clash or attack, from the actors and words."""
    if c.event_type not in ("bombardment", "violence"):
        return
    lex = trigger_lexicon(doc.language)
    actor1 = next((m for m, role in c.actors if role == "actor1"), None)
    lo, hi = window(doc, c)
    # result words alone take their type from the event they describe; only an air force
    # acting makes them a strike ("قتلت الطائرات الروسية 20 مسلحا")
    stems = set() if c.weak else {s for k in range(lo, hi) if k not in aside for s in doc.tokens[k].stems}
    arms: set[int] = set()  # "اقتحموا مدرسة المدفعية": an arm of the forces named, no weapon fired
    if stems & lex.ground and (arms := arms_named(doc, lo, hi, lex)):
        stems = {s for k in range(lo, hi) if k not in aside and k not in arms
                 for s in doc.tokens[k].stems}
    if stems & lex.air:  # unless the aircraft are airliners ("بواسطة الطائرات المدنية") or
        # the word names a place ("هجوم على مواقع الجيش بمحيط قاعدة الحبانية الجوية")
        skip = _not_air(doc, lo, hi, lex) | air_support(doc, lo, hi, role_lexicon(doc.language)) \
            | _named_places(doc, lo, hi)
        stems = {s for k in range(lo, hi) if k not in skip and k not in aside and k not in arms
                 for s in doc.tokens[k].stems}
    airborne = actor1 is not None and airborne_(doc, actor1)
    if not airborne and stems & lex.ground and stems & lex.air <= lex.air_yielding:
        stems -= lex.air_yielding  # "bombed the market with heavy artillery": shelling
    # (an aircraft as the subject of a result verb: "warplanes also killed six civilians")
    if airborne or stems & lex.air or c.air_subject or (stems & lex.air_unless_ground and actor1 is None):
        c.event_type = "airstrike"
    elif stems & lex.ground:
        c.event_type = "shelling"
    elif c.event_type == "violence":
        # fighting between armed sides is a clash; violence on people, buildings or an unnamed
        # side (a checkpoint bombed, a consulate attacked) is an attack
        # (the holder of the place hit is no side of a battle: "shells hit a rebel-held market")
        lex_r = role_lexicon(doc.language)
        # (nor the owner of a house of prayer hit: "تفجير استهدف مسجد قوات الطوارئ" attacked
        # its worshippers)
        sides = [(m, role) for m, role in c.actors if not holder(doc, m, lex_r)
                 and not worshippers(doc, m, lex_r)]
        armed_target = any(role == "actor2" and m.actor_type in ARMED_TYPES for m, role in sides)
        two_sides = len({m.side for m, role in sides if role in ("actor1", "actor2")}) > 1
        if (two_sides or armed_target) and not (c.one_sided and not c.definite):
            c.event_type = "clash"  # (a battle is not claimed, nor fought at a police station)
        # else it stays generic violence: its victims decide (`events.extract.build`)
