"""A killing within a family is a crime, not an act of armed conflict: "مواطن يقتل ابنه ويصيب
زوجته بثلاث طلقات", "أقدمت امرأة على قتل زوجها بعدة طعنات", "شاب يقتل شقيقيه" tell deaths
no armed side caused (ACLED and UCDP leave domestic violence out).

A word of killing or wounding before a word of the killer's own kin (``domestic_victims`` in
triggers.yaml: "ابنه", "زوجها", "على زوجته"), its killer named (`_family_killer`), marks its
sentence as an accident, so its toll and its retellings are no conflict event
(`events.extract.accidents`) — unless a side or a fighter is the killer ("قتل إرهابي والده"),
the sentence tells a strike or a battle ("فقتلت الغارة زوجته وأطفاله": the raid killed them),
or it or one of the few after it that may retell it (``reach``) names an armed group:
"داعشي يقتل والدته. قتل عنصر من تنظيم داعش والدته" is the group's deed. The police who report
a crime ("وأوضح الناطق باسم الشرطة أنه…") are no such sign.
"""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import NUMBER_START, Doc, Trigger
from events.extract.trigger_records import Domestic
from events.extract.trigger_words import trigger_lexicon

KILLINGS = frozenset({"violence", "attack"})  # the event types a word of killing is read as
# a strike or a battle told in the sentence is what killed ("فقتلت الغارة زوجته وأطفاله")
WARFARE = frozenset({"airstrike", "shelling", "bombardment", "clash"})
# words of the killer told between the killing word and the kin, or between the word that
# opens the deed and the killing word ("أطلق شاب في العشرين من عمره النار على والده")
KILLER_REACH = 7


def domestic_killings(doc: Doc, reach: int) -> set[int]:
    """The sentences that tell a killing of the killer's kin, no armed actor named in them or
    in the ``reach`` sentences after."""
    lex = trigger_lexicon(doc.language).domestic
    if lex is None:
        return set()
    warfare = {t.sentence for t in doc.triggers if t.event_type in WARFARE or t.strength >= 1.0}
    groups = {a.sentence for a in doc.actors if a.actor_type == "non_state_armed_group"}
    killings = [t for t in doc.triggers if t.event_type in KILLINGS
                and t.sentence not in warfare and not _armed_subject(doc, t.first, lex)
                and groups.isdisjoint(range(t.sentence, t.sentence + reach + 1))]
    if not killings:
        return set()
    stops = set(doc.positions(NUMBER_START)) | doc.actor_tokens | {
        k for t in doc.triggers for k in range(t.first, t.last)}
    return {t.sentence for t in killings if _family_killer(doc, t, lex, stops)}


def _armed_subject(doc: Doc, first: int, lex: Domestic) -> bool:
    """An armed actor or a word of a fighter ("إرهابي", "داعشي") in the few words before the
    killing word: its subject ("أطلق جندي من الشرطة النار على زوجته", "قتل إرهابي والده" are
    a side's deeds, whoever reports them)."""
    lo = max(0, first - KILLER_REACH)
    return any(a.actor_type in ARMED_TYPES and lo <= a.last <= first for a in doc.actors) or any(
        not lex.fighters.isdisjoint(doc.tokens[k].stems) for k in range(lo, first))


def _family_killer(doc: Doc, t: Trigger, lex: Domestic, stops: set[int]) -> bool:
    """The kin of a killer the sentence names: a word of kin right after the killing word (or
    after a link word: "على زوجته") whose killer is its subject — a present verb ("مواطن يقتل
    ابنه"), a deed opened by a word of doing ("أقدم شاب على قتل شقيقيه", "قيام مواطن بإطلاق
    النار على زوجته") — or a few words on, the killer told between after a verb, a word of a
    person first ("قتل مواطن في الأربعين من عمره ابنه"; not "وقتله أمام أطفاله"). A bare past
    verb or a noun with kin right after it is mostly a passive or a loss ("وقتل ابنه في
    الانفجار", "قبل استشهاد ابنه"): no killer named."""
    toks, k = doc.tokens, t.last
    if k < len(toks) and toks[k].key in lex.links:
        k += 1
    for j in range(k, min(len(toks), k + KILLER_REACH + 1)):
        if not lex.kin.isdisjoint(toks[j].stems):
            if doc.punctuated(t.last - 1, j):
                return False
            if j > k:
                return t.verb and not lex.persons.isdisjoint(toks[k].stems) and not any(
                    not lex.fighters.isdisjoint(toks[i].stems) for i in range(k, j))
            return t.tense == "present" or any(
                not lex.openers.isdisjoint(toks[i].stems)
                for i in range(max(0, t.first - KILLER_REACH), t.first))
        if j in stops:  # a side, a count, an event word
            return False
    return False
