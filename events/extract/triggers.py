"""Steps: event triggers and modality cues, from ``data/lexicon/triggers.yaml``.

A trigger is a word that makes a clause report an event (غارات، اشتباكات، سيطرت، قافلة…).
Verbs and nouns of the lexicon are matched in every inflected form `morphology` generates
(هاجموا، غاراتها، سيطرتها، يتقدم); the step records what later steps need to judge them: the
token range, the proclitic (a purposive ل — "لتحرير الرقة" — is an aim, not an event), whether
it was matched as a verb (a verb after و opens a clause), and the lexicon flags. Modality
cues (حاول، أحبطت، تزعم، سيتم، لم) are found the same way and bound to triggers by
`events.extract.candidates`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any

from events import lexicon
from events.extract.doc import Doc, Modality, Trigger
from events.extract.morphology import noun_forms, verb_forms_tensed
from events.text import Match, PhraseMatcher


@dataclass(frozen=True)
class TriggerInfo:
    event_type: str
    strength: float = 1.0
    participle: bool = False
    object_role: str | None = None
    target_after: bool = False
    verb: bool = False
    future: bool = False  # سيقتل، ستنسحب: a planned event


@dataclass(frozen=True)
class TriggerLexicon:
    triggers: PhraseMatcher[TriggerInfo]
    modality: PhraseMatcher[str]
    modality_window: int
    modality_windows: dict[str, int]
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
        for verb in group.get("verbs") or []:
            for form, future in verb_forms_tensed(verb):
                trig.add(form, replace(info, verb=True, future=future))
        for noun in group.get("nouns") or []:
            for form in noun_forms(noun):
                trig.add(form, info)
        for p in group.get("phrases") or []:
            trig.add(p, info)
    mod: PhraseMatcher[str] = PhraseMatcher()
    for modality, cues in data["modality"]["cues"].items():
        for c in cues:
            mod.add(c, modality)
    sup: PhraseMatcher[str] = PhraseMatcher()
    for p in data["suppress"]:
        sup.add(p, "suppress")
    return TriggerLexicon(trig, mod, int(data["modality"]["window"]),
                          dict(data["modality"].get("windows") or {}),
                          frozenset(data["absorb_cues"]), frozenset(data["air_words"]),
                          frozenset(data["ground_words"]), sup, frozenset(data["equipment_cues"]))


def _pick(payloads: list[TriggerInfo]) -> TriggerInfo:
    """One word may sit in several groups (غادر: movement, and movement with an object role;
    قصف: a verb and a noun); the most specific entry wins, a verb reading over a noun one."""
    return max(payloads, key=lambda p: (p.object_role is not None, p.participle, p.target_after,
                                        p.strength, p.verb))


_WEAPON_TYPES = {"shelling", "airstrike", "violence", "bombardment"}


def _equipment_before(doc: Doc, first: int, cues: frozenset[str]) -> bool:
    """A weapon named as equipment ("مزودة برشاشات وقذائف") within three tokens before."""
    return any(s in cues for k in range(max(0, first - 3), first) for s in doc.tokens[k].stems)


def find_triggers(doc: Doc) -> None:
    """Fill ``doc.triggers``; mark sentences about accidents, sport and films as
    ``doc.suppressed`` (their deaths and battles are not conflict events)."""
    lex = trigger_lexicon()
    for m in lex.triggers.find(doc.norm, doc.tokens, skip=doc.actor_tokens):
        info = _pick(m.payloads)
        if info.event_type in _WEAPON_TYPES and _equipment_before(doc, m.first, lex.equipment):
            continue
        purpose = m.clitic.endswith("ل") or m.clitic.endswith("لل")
        doc.triggers.append(Trigger(
            m.start, m.end, doc.surface(m.start, m.end), doc.sentence_of(m.start), m.first, m.last,
            event_type=info.event_type, strength=info.strength, purpose=purpose,
            participle=info.participle, object_role=info.object_role,
            target_after=info.target_after, verb=info.verb, future=info.future))
    if doc.triggers:
        for m in scan(lex.suppress, doc, {t.sentence for t in doc.triggers}):
            doc.suppressed.add(doc.sentence_of(m.start))


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
    """Fill ``doc.modalities`` (attempted/prevented/alleged/planned/negated… cues)."""
    if not doc.triggers:
        return
    lex = trigger_lexicon()
    for m in scan(lex.modality, doc, {t.sentence for t in doc.triggers}, skip=doc.actor_tokens):
        doc.modalities.append(Modality(
            m.start, m.end, doc.surface(m.start, m.end), doc.sentence_of(m.start), m.first, m.last,
            modality=m.payloads[0]))
    doc.modalities.sort(key=lambda m: m.first)
