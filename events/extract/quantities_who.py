"""What the claims count, beyond their figure (steps of `events.extract.quantities`): who the
people were — soldiers, fighters, civilians, told by the words around the noun — and what kind
of vehicle was lost: a technical by its cue, a car bomb set off no vehicle lost at all.
"""
from __future__ import annotations

from typing import Any

from events.extract.doc import Doc, LossMention
from events.extract.quantities_lexicon import LossLexicon
from events.extract.quantities_verbs import BREAK as _BREAK

SET_OFF_BACK = 12  # words before a vehicle noun searched for a verb of setting it off
_CUE_AHEAD = 6  # tokens searched after a vehicle noun for a technical cue


def set_off(doc: Doc, lex: LossLexicon, noun_last: int, first: int, lo: int, hi: int) -> bool:
    """"تفجير سيارة مفخخة", "فجر انتحاري 3 سيارات ملغومة": a car bomb (a bomb word right after
    the vehicle noun) with a verb of setting off within `SET_OFF_BACK` words before it — the
    weapon, no vehicle lost; one named as a side's right after ("مفخخة لتنظيم داعش") was
    blown up by its enemy, a loss."""
    if noun_last >= hi or doc.tokens[noun_last].key not in lex.car_bomb_cues:
        return False
    owner = noun_last + 1
    if owner < hi and (doc.tokens[owner].key in lex.car_bomb_owned or owner in doc.actor_tokens
                       and doc.tokens[owner].key.startswith("ل")):
        return False  # "تفجير ثماني مركبات مفخخة لتنظيم داعش": blown up by its enemy
    for k in range(first - 1, max(lo, first - SET_OFF_BACK) - 1, -1):
        if doc.tokens[k].key in lex.detonations:
            return True
    return False


def technical(doc: Doc, lex: LossLexicon, k: int, hi: int) -> int | None:
    """End offset of a technical cue after a vehicle noun, before the next و-word or comma."""
    toks, norm = doc.tokens, doc.norm
    for j in range(k, min(hi, k + _CUE_AHEAD)):
        if _BREAK.search(norm, toks[j - 1].end, toks[j].start) or (j > k and toks[j].key[:1] == "و"):
            return None
        m = lex.cues.match_at(norm, toks, j)
        if m:
            return m.end
    return None


def who_of(doc: Doc, lex: LossLexicon, entry: dict[str, Any], k: int, hi: int,
         previous: LossMention | None) -> str:
    """Step 4: who the people were; عناصر/أسرى/أفراد become soldiers before a state-force name
    (a word of the lexicon's list near, or a state force the actor step named right after:
    "أربعة من عناصر القوات المسلحة المصرية")."""
    who = entry.get("who", "unknown")
    toks = doc.tokens
    if who in ("fighters", "unknown"):
        for j in range(k, min(hi, k + 4)):
            if lex.who_stops_at_actions and (
                    j > 0 and _BREAK.search(doc.norm, toks[j - 1].end, toks[j].start)
                    or not lex.action_heads.isdisjoint(toks[j].stems)
                    and lex.actions.match_at(doc.norm, toks, j)):
                break  # "100 militants killed by the army": the army after the verb killed
                # them; "… Kill 35 Terrorists. Syrian forces …": the next sentence's
            if lex.state.match_at(doc.norm, toks, j):
                return "soldiers"
        at = k + 1 if k < hi and toks[k].key in lex.links else k  # "عناصر من قوات النظام"
        broken = lex.who_stops_at_actions and 0 < at < len(toks) and any(
            _BREAK.search(doc.norm, toks[i - 1].end, toks[i].start) for i in range(k, at + 1))
        if not broken and any(a.first == at and a.actor_type == "state_force" for a in doc.actors):
            return "soldiers"
    if who == "unknown" and previous is not None and previous.who != "unknown":
        return previous.who
    return who
