"""Steps: event triggers and modality cues, from ``data/lexicon/triggers.yaml``.

A trigger is a word that makes a sentence report an event (غارات، اشتباكات، سيطرت، قافلة…).
The step only finds them and records what assembly needs to judge them: its token range, the
proclitic (a purposive ل — "لتحرير الرقة" — is an aim, not an event), and the lexicon flags
(participle, object role). Modality cues (حاول، أحبطت، تزعم، سيتم) are found the same way and
bound to the nearest trigger by assembly.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from events import lexicon
from events.extract.actors import sentence_index
from events.extract.doc import Doc, ModalityMention, TriggerMention
from events.text import Match, PhraseMatcher, normalize_key


@dataclass(frozen=True)
class TriggerInfo:
    event_type: str
    strength: float = 1.0
    participle: bool = False
    object_role: str | None = None
    target_after: bool = False


@dataclass
class Trigger(TriggerMention):
    """A trigger with what assembly needs beyond the shared record."""
    first: int = 0  # token range, half-open
    last: int = 0
    purpose: bool = False  # carries a purposive ل ("لتحرير", "للسيطرة")
    participle: bool = False
    object_role: str | None = None
    target_after: bool = False  # the actor right after is the target ("طرد الحوثيين")


@dataclass
class Modality(ModalityMention):
    first: int = 0
    last: int = 0


@dataclass(frozen=True)
class TriggerLexicon:
    triggers: PhraseMatcher[TriggerInfo]
    modality: PhraseMatcher[str]
    modality_window: int
    absorb: frozenset[str]
    air: frozenset[str]
    ground: frozenset[str]
    suppress: PhraseMatcher[str]
    equipment: frozenset[str]


@functools.cache
def trigger_lexicon() -> TriggerLexicon:
    data = lexicon.load("triggers")
    trig: PhraseMatcher[TriggerInfo] = PhraseMatcher()
    for group in data["triggers"]:
        info = TriggerInfo(group["type"], float(group.get("strength", 1.0)),
                           bool(group.get("participle")), group.get("object_role"),
                           bool(group.get("target_after")))
        for p in group["phrases"]:
            trig.add(str(p), info)
    mod: PhraseMatcher[str] = PhraseMatcher()
    for modality, cues in data["modality"]["cues"].items():
        for c in cues:
            mod.add(str(c), modality)
    sup: PhraseMatcher[str] = PhraseMatcher()
    for p in data.get("suppress") or []:
        sup.add(str(p), "suppress")

    def keys(words: list[str]) -> frozenset[str]:
        return frozenset(normalize_key(w) for w in words)

    return TriggerLexicon(trig, mod, int(data["modality"].get("window", 6)),
                          keys(data.get("absorb_cues") or []), keys(data.get("air_words") or []),
                          keys(data.get("ground_words") or []), sup,
                          keys(data.get("equipment_cues") or []))


def _pick(payloads: list[TriggerInfo]) -> TriggerInfo:
    """One phrase may sit in several groups (غادر: movement, and movement with an object role);
    the most specific entry wins."""
    return max(payloads, key=lambda p: (p.object_role is not None, p.participle, p.target_after,
                                        p.strength))


_WEAPON_TYPES = {"shelling", "airstrike", "violence", "bombardment"}


def _equipment_before(doc: Doc, first: int, cues: frozenset[str]) -> bool:
    """A weapon named as equipment ("مزودة برشاشات وقذائف") within three tokens before."""
    return any(s in cues for k in range(max(0, first - 3), first) for s in doc.tokens[k].stems)


def find_triggers(doc: Doc) -> None:
    """Fill ``doc.triggers`` with `Trigger` records; mark sentences about accidents/sport as
    suppressed in ``doc.extra["suppressed"]`` (their deaths are not conflict events)."""
    lex = trigger_lexicon()
    skip = doc.extra.get("actor_skip") or set()
    for m in lex.triggers.find(doc.norm, doc.tokens, skip=skip):
        info = _pick(m.payloads)
        if info.event_type in _WEAPON_TYPES and _equipment_before(doc, m.first, lex.equipment):
            continue
        purpose = m.clitic.endswith("ل") or m.clitic.endswith("لل")
        doc.triggers.append(Trigger(
            m.start, m.end, doc.surface(m.start, m.end), sentence_index(doc, m.start),
            event_type=info.event_type, strength=info.strength, first=m.first, last=m.last,
            purpose=purpose, participle=info.participle, object_role=info.object_role,
            target_after=info.target_after))
    suppressed: set[int] = set()
    if doc.triggers:
        for m in scan(lex.suppress, doc, {t.sentence for t in doc.triggers}):
            suppressed.add(sentence_index(doc, m.start))
    doc.extra["suppressed"] = suppressed


def scan(matcher: PhraseMatcher[Any], doc: Doc, sentences: set[int],
         skip: set[int] | None = None) -> list[Match[Any]]:
    """`PhraseMatcher.find` restricted to some sentences (longest match, left to right): cues
    only matter where there is an event word, and most sentences have none."""
    out: list[Match[Any]] = []
    for si in sorted(sentences):
        i, end = doc.sentences[si].tokens
        while i < end:
            if skip and i in skip:
                i += 1
                continue
            m = matcher.match_at(doc.norm, doc.tokens, i)
            if m and m.last <= end and not (skip and any(k in skip for k in range(m.first, m.last))):
                out.append(m)
                i = m.last
            else:
                i += 1
    return out


def find_modalities(doc: Doc) -> None:
    """Fill ``doc.modalities`` (attempted/prevented/alleged/planned cues)."""
    if not doc.triggers:
        return
    lex = trigger_lexicon()
    for m in scan(lex.modality, doc, {t.sentence for t in doc.triggers}):
        doc.modalities.append(Modality(
            m.start, m.end, doc.surface(m.start, m.end), sentence_index(doc, m.start),
            modality=m.payloads[0], first=m.first, last=m.last))
