"""A subject told before its verb (Arabic after إن/أن, or opening the clause): "وقال مسؤول إن
الجيش قصف ميليشيات الحوثي", "دبابات المقاومة قصفت ميليشيات الحوثي", "إن المقاومة هاجمت قوات
صالح". The verb-subject order reads the side right after a verb as its subject; with a side
standing right before the verb, the one right after it is its object — the side hit. Read by
`events.extract.roles` (the subject before then acts by the order rule of SVO)."""
from __future__ import annotations

from events.extract.directions import after_direction
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.role_cues import ally_cue, lam_marked
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon


def fronted_objects(doc: Doc, c: Candidate, near: list[tuple[int, ActorMention]], busy: set[int],
                    lex: RoleLexicon) -> set[int]:
    """The sides right after a strong event verb of ``c`` (no object pronoun on it) with another
    side — not in ``busy`` (targets, agents, speakers already read) — right before the verb (or
    before "في" and a place: "دبابات المقاومة في الضالع قصفت"), no punctuation or bracket
    between: bare (no ل or ب glued to it, no cue of support, no direction before it: "جنوب
    اليمن" is a place) and not after a preposition (roles.yaml ``fronted_subject.stops``; "عناصر
    من X" keeps its من). The verb's object: hit — unless aircraft or a weapon lead it ("قصفت
    طائرات تركية مواقع": they are the subject). Arabic only (SVO reads the order so already)."""
    if lex.subject_first or not lex.fronted_stops:
        return set()
    tlex = trigger_lexicon(doc.language)
    weapons = tlex.air | tlex.ground
    out: set[int] = set()
    for t in c.triggers:
        if not t.verb or t.strength <= 0.5 or _object_pronoun(doc, t.last - 1, lex):
            continue
        end = _subject_end(doc, t.first)
        subject = next((m for j, m in near if m.last == end and j not in busy and _bare(doc, m, lex)), None)
        if subject is None or doc.gap_has(subject.last - 1, t.first, ".،,;؛:()«»\"") \
                or doc.punctuated(subject.last - 1, t.first):
            continue
        out |= {k for k, m in near if m.first == t.last and k not in busy and m.name != subject.name
                and not doc.punctuated(t.last - 1, m.first)
                and all(weapons.isdisjoint(doc.tokens[j].stems) for j in range(t.last, m.last))}
    return out


def _subject_end(doc: Doc, verb: int) -> int:
    """Where the subject before the verb at ``verb`` ends: right before it, or before "في" and
    the place right before the verb."""
    place = next((p for p in doc.places if p.last == verb), None)
    if place is not None and place.first > 0 and doc.tokens[place.first - 1].key == "في":
        return place.first - 1
    return verb


def _bare(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """X can be a subject: no ل or ب glued to its name, no cue of support, and no preposition
    right before it (or before the member word before it: "مقاتلي المقاومة")."""
    lead = doc.norm[doc.tokens[m.first].start:m.start]
    if lam_marked(doc, m) or lead.startswith(("ب", "وب", "ل", "ول", "ك")) or ally_cue(doc, m.first, lex) \
            or after_direction(doc, m.first):
        return False
    k = m.first - 1
    if k >= 0 and not lex.members.isdisjoint(doc.tokens[k].stems):
        k -= 1
    if k >= 1 and doc.tokens[k].key in lex.partitive_links and not lex.members.isdisjoint(
            doc.tokens[k - 1].stems):
        return True  # ("عناصر من الحوثيين هاجموا": the men are the subject)
    return k < 0 or doc.tokens[k].key not in lex.fronted_stops


def _object_pronoun(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """The verb at token ``k`` carries an object pronoun ("قصفتهم", "هاجمها"): the side before
    it is its topic, the one after its subject."""
    tok = doc.tokens[k]
    return any(tok.key == s + p for s in tok.stems[1:] for p in lex.object_pronouns)
