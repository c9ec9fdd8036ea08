"""A killing within a family is a crime, not an act of armed conflict: "مواطن يقتل ابنه ويصيب
زوجته بثلاث طلقات", "أقدمت امرأة على قتل زوجها بعدة طعنات", "شاب يقتل شقيقيه" tell deaths
no armed side caused (ACLED and UCDP leave domestic violence out).

An event word of killing or wounding right before a word of the killer's own kin
(``domestic_victims`` in triggers.yaml: "ابنه", "زوجها", "على زوجته") marks its sentence as an
accident, so its toll and its retellings are no conflict event (`events.extract.accidents`) —
unless an armed actor is named right before the killing word (its subject), the sentence
tells a strike or a battle ("فقتلت الغارة زوجته وأطفاله": the raid killed them), or it or one
of the few after it that may retell it (``reach``) names an armed group: "داعشي يقتل والدته.
قتل عنصر من تنظيم داعش والدته" is the group's deed. The police who report a crime ("وأوضح
الناطق باسم الشرطة أنه…") are no such sign.
"""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import NUMBER_START, Doc
from events.extract.trigger_records import Domestic
from events.extract.trigger_words import trigger_lexicon

KILLINGS = frozenset({"violence", "attack"})  # the event types a word of killing is read as
# a strike or a battle told in the sentence is what killed ("فقتلت الغارة زوجته وأطفاله")
WARFARE = frozenset({"airstrike", "shelling", "bombardment", "clash"})
SUBJECT_REACH = 4  # words from an armed actor to the killing word it did
KILLER_REACH = 7  # words of the killer told between the killing word and the kin


def domestic_killings(doc: Doc, reach: int) -> set[int]:
    """The sentences that tell a killing of the killer's kin, no armed actor named in them or
    in the ``reach`` sentences after."""
    lex = trigger_lexicon(doc.language).domestic
    if lex is None:
        return set()
    warfare = {t.sentence for t in doc.triggers if t.event_type in WARFARE or t.strength >= 1.0}
    groups = {a.sentence for a in doc.actors if a.actor_type == "non_state_armed_group"}
    killings = [t for t in doc.triggers if t.event_type in KILLINGS
                and t.sentence not in warfare and not _armed_subject(doc, t.first)
                and groups.isdisjoint(range(t.sentence, t.sentence + reach + 1))]
    if not killings:
        return set()
    between = set(doc.positions(NUMBER_START)) | doc.actor_tokens | {
        k for t in doc.triggers for k in range(t.first, t.last)}
    return {t.sentence for t in killings if _kin_after(doc, t.last, lex, between)}


def _armed_subject(doc: Doc, first: int) -> bool:
    """An armed actor named in the few words before the killing word: its subject ("أطلق جندي
    من الشرطة النار على زوجته" is told as the police's deed, whoever reports it)."""
    return any(a.actor_type in ARMED_TYPES and first - SUBJECT_REACH <= a.last <= first
               for a in doc.actors)


def _kin_after(doc: Doc, k: int, lex: Domestic, stops: set[int]) -> bool:
    """A word of kin at token ``k`` or a few words on ("قتل مواطن في الثلاثين من عمره ابنه":
    the killer told between), after a link word ("على زوجته"); no stop, side, count ("قتل
    ثلاثة أشخاص بينهم امرأة وأطفالها": a toll) or event word between."""
    toks, start = doc.tokens, k
    if k < len(toks) and toks[k].key in lex.links:
        k += 1
    for j in range(k, min(len(toks), k + KILLER_REACH + 1)):
        if not lex.kin.isdisjoint(toks[j].stems):
            return not doc.punctuated(start - 1, j)
        if j in stops:  # a side, a count, an event word
            return False
    return False
