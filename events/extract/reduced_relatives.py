"""Reduced relatives: a fight word's participle right after a side's name ("the US-led
coalition fighting IS in Iraq and Syria", "scores of soldiers fighting the Islamic State group")
says who the side is, the relative pronoun left out (`trigger_filters._relative_state`, en/
triggers.yaml ``relative_states.after_side``). What the description names — the side fought,
the lands it is fought in — is no part of the deed told before it: "a raid killed soldiers
fighting IS" hit the soldiers, not IS; and "the coalition fighting IS in Iraq and Syria"
places nothing in Iraq (read by `role_near.sides_near` and `place_uses`; empty in Arabic).
"""
from __future__ import annotations

from events.extract.doc import Doc, Trigger
from events.extract.trigger_words import trigger_lexicon

RELATIVE_REACH = 8  # words a description runs on after its participle, at most
_STOPS = ".,;:!?\n\"()"


def descriptions(doc: Doc) -> list[tuple[Trigger, int]]:
    """Each reduced relative of ``doc``: its participle, and the token its description ends
    before (`description_end`)."""
    lex = trigger_lexicon(doc.language)
    if not lex.reduced_relatives:
        return []
    return [(t, end) for t in doc.triggers if (end := description_end(doc, t)) is not None]


def description_end(doc: Doc, t: Trigger) -> int | None:
    """The token the description opened by participle ``t`` ends before — punctuation,
    another event word, a verb of saying, an auxiliary or a relative pronoun: where the
    sentence's own verb takes over —, or None when ``t`` opens none."""
    lex = trigger_lexicon(doc.language)
    if not (lex.reduced_relatives and t.tense == "participle" and t.event_type == "clash"
            and t.strength < 1.0 and t.first - 1 in doc.actor_tokens) or (
            t.last < len(doc.tokens) and doc.tokens[t.last].key in lex.relative_allegiance):
        return None  # (not "fighting for the Nusra Front": the men's own side)
    starts = {x.first for x in doc.triggers}
    said = {f.first for f in doc.attributions}
    stops = lex.ongoing_auxiliaries | lex.relatives
    last = doc.sentences[t.sentence].tokens[1]
    k = t.last
    while k < min(last, t.last + RELATIVE_REACH) and not (
            doc.gap_has(k - 1, k, _STOPS) or k in starts or k in said
            or doc.tokens[k].key in stops and k not in doc.actor_tokens):  # (not "IS")
        k += 1
    return k


def dated_description(doc: Doc, t: Trigger) -> bool:
    """A date inside the description of participle ``t`` ("rebels battling the army since
    Monday"): the fight is told as an event of its own."""
    end = description_end(doc, t)
    if end is None or end <= t.last:
        return False
    lo, hi = doc.tokens[t.last].start, doc.tokens[end - 1].end
    return any(lo <= d.start < hi for d in doc.dates)


def described(doc: Doc, first: int, own: list[Trigger] | None = None, after: int = -1) -> bool:
    """The name at token ``first`` stands inside a reduced relative's description (not one of
    ``own``'s: the participle's own event, when a date made it one, keeps its object), whose
    participle comes after token ``after``."""
    return any(t.last <= first < end and t.first > after and (own is None or t not in own)
               for t, end in descriptions(doc))
