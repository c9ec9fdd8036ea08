"""Forces named by a possessive pronoun: «أعلنت وزارة الدفاع الروسية أن طائراتها قتلت 30
مسلحا» (its aircraft), «قال الجيش التركي إن مقاتلاته قصفت…» (its fighter jets). They are the
forces of the side named last before them in the sentence: its air force after an air head
(``force_heads.air``), its army after a ground head. Without this the strike has no actor at
all, and a speaker's own jets read as an anonymous clash.

The suffixes are ``force_heads.possessive`` in ``data/lexicon/actors.yaml``; the forces of a
side come from the `nationalities` table (Russia's are ru_forces and, in the air, ru_vks).
Part of the ``actor_context`` step (`events.extract.actors.resolve_contextual_actors`).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from events.extract.doc import ActorMention, Doc

if TYPE_CHECKING:
    from events.extract.actors import ActorInfo, Registry

_ARMED = ("state_force", "non_state_armed_group")


def _registry(language: str) -> Registry:
    from events.extract.actors import registry  # (actors calls this module)
    return registry(language)


def own_forces(doc: Doc, reg: Registry) -> None:
    """Add a mention for each force noun with a possessive suffix ("طائراتها") whose owner
    is named before it in its sentence."""
    forms = _forms(doc.language)
    if not forms or not doc.actors:
        return
    ground, air, _, _ = reg.heads
    added = []
    for k in [k for k, t in enumerate(doc.tokens) if not forms.keys().isdisjoint(t.stems)]:
        if k in doc.actor_tokens:
            continue
        tok = doc.tokens[k]
        stem = next(s for s in tok.stems if s in forms)
        sentence = doc.sentence_of(tok.start)
        owner = next((m for m in reversed(doc.actors)
                      if m.last <= k and m.sentence == sentence), None)
        info = _forces_of(doc.language, reg, owner, forms[stem] in air) if owner else None
        if info is None:
            continue
        start = tok.end - len(stem)  # after the clitics ("وطائراتها")
        added.append(ActorMention(start, tok.end, doc.surface(start, tok.end), sentence, k, k + 1,
                                  actor_id=info.id, name=info.name, name_ar=info.name_ar,
                                  actor_type=info.type, side=info.side))
    if added:
        doc.actors = sorted(doc.actors + added, key=lambda m: m.first)
        doc.actor_tokens.update(m.first for m in added)


@functools.cache
def _forms(language: str) -> dict[str, str]:
    """"طائراتها" → "طائرات": every force head with every possessive suffix."""
    reg = _registry(language)
    ground, air, _, _ = reg.heads
    return {head + suffix: head for head in ground | air for suffix in reg.possessive}


def _forces_of(language: str, reg: Registry, owner: ActorMention, airborne: bool
               ) -> ActorInfo | None:
    """The owner's own forces: an armed owner is its own army (its side's air force in the
    air, when the side has one); a ministry or government, its side's forces."""
    by_side = _forces_by_side(language)
    ground_id, air_id = by_side.get(owner.side or "", (None, None))
    if owner.actor_type in _ARMED:
        return reg.by_id.get(air_id or "") if airborne and air_id else reg.by_id.get(owner.actor_id)
    if owner.actor_type != "government_body":
        return None
    return reg.by_id.get((air_id if airborne else ground_id) or ground_id or "")


@functools.cache
def _forces_by_side(language: str) -> dict[str, tuple[str | None, str | None]]:
    """side → (its forces, its air force), from the nationalities table (first entry wins)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for nat in _registry(language).nationalities.values():
        if nat.get("actor") and nat["side"] not in out:
            out[nat["side"]] = (nat["actor"], nat.get("air"))
    return out
