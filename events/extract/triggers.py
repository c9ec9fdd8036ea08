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

from dataclasses import replace

from typing import Any

from events.extract.crashes import crash_sentences
from events.extract.domestic import domestic_killings
from events.extract.doc import Doc, Modality, Trigger
from events.extract.trigger_aims import joined_to_aim, noun_spelled
from events.extract.trigger_compounds import (drop_name_words, find_air_drops, find_launches,
                                              find_split_expulsions, find_split_gunfire)
from events.extract.trigger_objects import (
    OBJECT_REACH, backing, controlled_blast, downs_aircraft, equipment_before, figurative,
    group_held, joined_war, names_an_arm, object_among, operation_aim, takes, taken_before,
    taken_past_subject, verb_joined_to_aim, war_aim)
from events.extract.trigger_records import VIOLENT, TriggerInfo, TriggerLexicon
from events.extract.trigger_targets import laid_device, outcome_without_loss, struck_weapon, tended
from events.extract.trigger_words import trigger_lexicon
from text import Match, PhraseMatcher


def _pick(payloads: list[TriggerInfo], noun: bool = False) -> TriggerInfo:
    """One word may sit in several groups (غادر: movement, and movement with an object role;
    قصف: a verb and a noun); the most specific entry wins, a verb reading over a noun one —
    unless a determiner says it is a noun ("the attacks")."""
    return max(payloads, key=lambda p: (p.object_role is not None, p.participle, p.target_after,
                                        p.strength, p.verb != noun))


def _determined(doc: Doc, first: int, determiners: frozenset[str]) -> bool:
    """A determiner right before the word, or before one word that describes it ("the deadly
    attack"), in the same phrase."""
    for k in (first - 1, first - 2):
        if k < 0 or doc.gap_has(k, k + 1, ",.;:"):
            return False
        if doc.tokens[k].key in determiners:
            return True
    return False


def _halt_before(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """A word of stopping right before the event word ("وقف القتل", "to stop the shelling"),
    or with up to two of `halting.bridges` between ("halted its air strikes", "a halt to all
    the shelling"): the violence named is what stops or is to stop, no event told."""
    k = first
    for _ in range(3):
        if lex.halts.ending_at(doc.norm, doc.tokens, k) is not None:
            return True
        if k == 0 or doc.tokens[k - 1].key not in lex.halt_bridges or doc.gap(k - 1, k).strip():
            return False
        k -= 1
    return False


def _halted(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """"أن تكف تركيا عن قصف الناس": a verb of stopping within `halt_reach` words before the
    link right before the event word, in one clause, and not negated ("لم تتوقف عن قصف")."""
    if first < 2 or doc.tokens[first - 1].key not in lex.halt_links:
        return False
    for k in range(first - 2, max(-1, first - 2 - lex.halt_reach), -1):
        if doc.gap_has(k, k + 1, ",.;:،؛"):
            return False
        if not lex.halt_verbs.isdisjoint(doc.tokens[k].stems):
            return k == 0 or doc.tokens[k - 1].key not in lex.halt_negations
    return False


def _aimed(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """A verb right after a purpose word ("an offensive to retake the town") names an aim;
    not after a verb of making or starting ("forced to withdraw", "began to retreat") nor after
    a verb of forcing with its object between ("forced the militants to withdraw")."""
    k = first - 1
    if k > 0 and doc.tokens[k].key in lex.purpose_adverbs and not doc.gap(k, first).strip():
        k -= 1  # "to carpet bomb", "to further shell": a word of manner between
    if k < 0 or doc.tokens[k].key not in lex.purpose_words or doc.gap(k, k + 1).strip():
        return False
    return not (_forced(doc, k, lex) or forced_object(doc, k, lex) is not None)


def forcing_word(doc: Doc, first: int, words: frozenset[str], reach: int) -> int | None:
    """Where one of ``words`` stands within ``reach`` words before token ``first``, with no
    punctuation between (the verb of forcing of "اضطرت الميليشيات للانسحاب", "forced the
    militants affiliated to the Nusra Front to withdraw"), else None."""
    for k in range(first - 1, max(-1, first - reach - 1), -1):
        if doc.gap_has(k, k + 1, ",.;:،؛"):
            return None
        if not words.isdisjoint(doc.tokens[k].stems):
            return k
    return None


def forced_object(doc: Doc, k: int, lex: TriggerLexicon) -> int | None:
    """The verb of forcing within `FORCED_OBJECT_REACH` words before the purpose word at ``k``,
    its object between ("forced the militants affiliated to the Nusra Front to withdraw",
    "prompting thousands of residents to flee"): the move was made — by the object, not by
    whoever forced it (`events.extract.role_subjects.forced_movers`)."""
    return forcing_word(doc, k, lex.purpose_forcing, FORCED_OBJECT_REACH) if lex.purpose_forcing else None


FORCED_OBJECT_REACH = 14  # words from a verb of forcing to the purpose word, its object between


def _forced(doc: Doc, first: int, lex: TriggerLexicon, reach: int = 1) -> bool:
    """A verb of forcing or hurrying within ``reach`` words before, its subject between
    ("اضطرت الميليشيات للانسحاب", "forced to withdraw"): a deed done, no aim."""
    return forcing_word(doc, first, lex.purpose_not_after, reach) is not None


def _after_aim(doc: Doc, first: int, lex: TriggerLexicon, reach: int = 3) -> bool:
    """An aim opener ends right before the word, or before bridge words that lead to it
    ("بهدف تحرير", "لتنفيذ المزيد من الضربات")."""
    k = first
    while k > 0 and first - k <= reach and not doc.gap(k - 1, k).strip(" "):
        if lex.aims.ending_at(doc.norm, doc.tokens, k) is not None:
            return True
        if doc.tokens[k - 1].key not in lex.aim_bridges:
            return False
        k -= 1
    return False


def _passive(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """A passive auxiliary right before the word ("a car carrying fighters was hit"): the verb
    of the clause, whatever load or equipment its subject was named with before."""
    return first > 0 and doc.tokens[first - 1].key in lex.passive


def _charged(doc: Doc, first: int, charges: frozenset[str], links: frozenset[str]) -> bool:
    """A charge word right before the event noun, or before a link to it ("قضية
    اقتحام", "محاكمة المتهمين في تفجير المسجد"): what someone is tried for."""
    k = first - 1
    if k > 0 and doc.tokens[k].key in links and not doc.gap(k, k + 1).strip():
        k -= 1
    return k >= 0 and doc.tokens[k].key in charges and not doc.gap(k, k + 1).strip()


def _facing(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """"في مواجهة X": against X (lexicon ``facing``), unless a word of a fight told follows
    ("في مواجهة مع مسلحين", "في مواجهة عنيفة") or a stop does."""
    before, words, keep = lex.facing
    if first == 0 or first + 1 >= len(doc.tokens) or doc.tokens[first - 1].key not in before:
        return False
    if words.isdisjoint(doc.tokens[first].stems) or doc.gap(first, first + 1).strip():
        return False
    return doc.tokens[first + 1].key not in keep


TOLL_REACH = 2  # sentences back, in its paragraph, to the violence a toll still counts (claims)
_WEAPON_TYPES = {"shelling", "airstrike", "violence", "bombardment"}


_FIRE = frozenset({"shelling", "airstrike", "bombardment"})  # fire from afar, a site's noun
def find_triggers(doc: Doc) -> None:
    """Fill ``doc.triggers``; mark sentences about accidents, sport and films as
    ``doc.suppressed`` (their deaths and battles are not conflict events)."""
    lex = trigger_lexicon(doc.language)
    for m in lex.triggers.find(doc.norm, doc.tokens, skip=doc.actor_tokens):
        surface = doc.surface(m.start, m.end)
        # ة never ends a verb: "سيطرة" is the noun even though its normalised form is سيطر+ه
        marbuta = surface.endswith("ة")
        determined = bool(lex.determiners) and _determined(doc, m.first, lex.determiners)
        # "منذ زحف الحوثيين": after a since-cue a form that is noun and verb is the noun
        # (the verb is told with أن or its own ending: "منذ أن زحفوا", "منذ سيطرت")
        after_since = m.first > 0 and not lex.since.isdisjoint(doc.tokens[m.first - 1].stems)
        # no verb follows a preposition: a present form there is another word's noun ("عن
        # تدخل أحد الأقارب": an intervention, not "she enters"); a past form is its own verbal
        # noun ("عن ضبط 44 عنصرا") and stays
        if m.first > 0 and doc.tokens[m.first - 1].key in lex.noun_after and not marbuta and all(
                p.verb and p.tense in ("present", "future") for p in m.payloads):
            continue
        # nor does ال begin one: "والقتل" is the killing, not "and he killed"; a verb's form
        # with ال that the lexicon lists as no noun is another word ("جبهة التحرر", "التصدي")
        article = doc.norm.startswith("ال", m.start) or m.clitic.endswith("لل")
        if article and not marbuta and all(p.verb for p in m.payloads):
            continue
        if article and not lex.standing.isdisjoint(doc.tokens[m.first].stems):
            continue  # "قوات الاحتلال", "فترة الاحتلال الحوثي": the occupier, a lasting state
        if _facing(doc, m.first, lex):
            continue  # "الدرع الواقي في مواجهة تنظيم داعش": against, no clash of a day
        # "لقصف مستمر": after a proclitic ل a form that is noun and past verb is the noun
        info = _pick(m.payloads, noun=determined or marbuta or after_since or article
                     or m.clitic.endswith("ل"))
        if marbuta and info.verb:
            info = replace(info, verb=False, tense="")
        if info.event_type == "agreement" and m.first > 0 and not lex.breaks.isdisjoint(
                doc.tokens[m.first - 1].stems):
            continue  # "بقطع الهدنة", "خرق وقف إطلاق النار": broken, not made
        if info.event_type in VIOLENT and (_halt_before(doc, m.first, lex)
                                           or _halted(doc, m.first, lex)):
            continue  # "وقف القتل في الموصل", "to stop the shelling": to be stopped, not told
        if info.downs and not downs_aircraft(doc, m.first, m.last, lex):
            continue  # "bringing down rubble", "a downed pilot": no aircraft shot down
        if info.event_type == "detention" and not _takes_fighters(doc, m.last, lex.detained):
            continue  # an arrest of anyone but fighters and militants is no conflict event
        if info.event_type in _WEAPON_TYPES and (equipment_before(doc, m.first, lex.equipment)
                                                 and not _passive(doc, m.first, lex)
                                                 or backing(doc, m.first, lex.support)):
            continue  # "a truck carrying rockets" (not "a car carrying rebels was hit")
        if info.event_type in _WEAPON_TYPES | {"attack"} and not info.verb \
                and equipment_before(doc, m.first, lex.handling):
            continue  # "كيفية صنع القنبلة", "smuggling explosives": a weapon, no blast
        if info.event_type in _WEAPON_TYPES and not info.verb and names_an_arm(doc, m.first, lex):
            continue  # "مدرسة المدفعية", "لواء الصواريخ": an arm of the forces, no fire
        if info.forces_after and (not object_among(doc, m.last, lex.withdrawn) or m.first > 0 and (
                doc.tokens[m.first - 1].key in lex.withdrawal_decided)):
            continue  # "سحب 50 ألفا", "السحب على التذاكر": no force withdrawn; "قرارها بسحب"
        if info.event_type == "territory_change" and (takes(doc, m.last, lex.not_ground,
                                                             lex.not_ground_links,
                                                             lex.not_ground_taken,
                                                             lex.not_ground_ranks)
                                                       or taken_before(doc, m.first, lex)
                                                       or taken_past_subject(doc, m.first, m.last,
                                                                             lex)):
            continue  # "تطهير المناطق من الألغام", "استولت على كميات من الأسلحة", "احتلت
            # المرتبة الثانية": no ground
        if info.event_type == "territory_change" and group_held(doc, m.first, m.last,
                                                                 lex.not_ground_links):
            continue  # "بالسيطرة على طالبان": control over a group, no ground
        if figurative(doc, m.first, m.last, lex, info.strength < 1.0) or joined_war(
                doc, m.first, lex):
            continue  # "المعركة القضائية", "a legal battle", "مواجهة التطرف": no fighting
        if controlled_blast(doc, m.first, m.last, lex):
            continue  # "فجرت قوات الأمن عبوة عثرت عليها": a device found and set off
        if not info.verb and info.event_type == "violence" and tended(doc, m.first, lex):
            continue  # "نقل الجرحى إلى المستشفيات": the hurt tended, no event word
        if info.event_type == "violence" and outcome_without_loss(doc, m.first, lex):
            continue  # "أسفر ذلك عن تدخل أحد الأقارب": no loss came out of it
        if info.event_type == "other" and info.verb and laid_device(doc, m.first, lex):
            continue  # "انفجار ألغام زرعها الحوثيون": who laid the blast's device
        if not info.verb and info.event_type in _FIRE and struck_weapon(doc, m.first, lex):
            continue  # "دمرت الغارات قطع مدفعية": a weapon struck, no fire of its own
        if not info.verb and _charged(doc, m.first, lex.charges, lex.charge_links):
            continue  # "في قضية اقتحام قسم الشرطة": what is tried, no news of the deed
        if not info.verb and lex.curbs.ending_at(doc.norm, doc.tokens, m.first) is not None:
            continue  # "في محاولة لاحتواء الهجمات": what a measure is to curb
        if (not info.verb and info.event_type in _FIRE and not m.clitic
                and lex.fire_sites.ending_at(doc.norm, doc.tokens, m.first) is not None):
            continue  # "التعامل مع مصادر إطلاق القذائف": where fire comes from, a place
        purpose = ((m.clitic.endswith("ل") or m.clitic.endswith("لل")) and not _forced(
            doc, m.first, lex, OBJECT_REACH) or (
            info.verb and _aimed(doc, m.first, lex))
                   # "القوة المكلفة التصدي لبوكو حرام": the task a force is given
                   or lex.tasked.ending_at(doc.norm, doc.tokens, m.first) is not None
                   or _after_aim(doc, m.first, lex)
                   # "المساعدة في تدمير جبهة النصرة": the end of a group, a war aim
                   or not info.verb and war_aim(doc, m.first, m.last, lex)
                   # "بدء عملية تحرير أبين": the ground an operation is to take
                   or not info.verb and operation_aim(doc, m.first, lex)
                   ) and not _cue_before(doc, m.first, lex.undergo, 12) \
            and not _cue_before(doc, m.first, lex.anniversary, 3) \
            and not (info.event_type in VIOLENT and _repelled(doc, m.first, lex))
        definite = not info.verb and (determined or article)
        if not purpose and not info.verb:
            purpose = joined_to_aim(doc, m.first, m.last, m.clitic, lex) or bool(
                doc.triggers and doc.triggers[-1].purpose and doc.triggers[-1].last == m.first)
            # ("يهدفون إلى تفجير قنبلة": the bomb is what the aim would set off)
        elif not purpose and not info.tense:  # "to bomb X and hit Y": a base form joined
            purpose = verb_joined_to_aim(doc, m.first, lex)
        elif not purpose and noun_spelled(doc, m.first, m.last, m.clitic, lex):
            # "لاستعادة الدولة، وبسط سلطتها": a bare past of three letters is spelled as its
            # verbal noun; joined to aims, it is one of them
            purpose = joined_to_aim(doc, m.first, m.last, m.clitic, lex)
        doc.triggers.append(Trigger(
            m.start, m.end, surface, doc.sentence_of(m.start), m.first, m.last,
            event_type=info.event_type, strength=info.strength, purpose=purpose,
            participle=info.participle, object_role=info.object_role,
            target_after=info.target_after, place_after=info.place_after, verb=info.verb,
            tense=info.tense, definite=definite, downs=info.downs,
            heading_after=info.heading_after))
    for drops in (lex.air_drops, lex.dispatches, lex.takings):
        if drops is not None:  # ("the operation to take the town began": an aim)
            find_air_drops(doc, drops, lambda d, k: _aimed(d, k, lex))
    if lex.gunfire is not None:
        find_split_gunfire(doc, lex.gunfire)
    if lex.expulsions is not None:  # "drove IS out of the town"
        find_split_expulsions(doc, lex.expulsions, lambda d, k: _aimed(d, k, lex))
    find_launches(doc)
    drop_name_words(doc)
    if doc.triggers:
        # sentences without an event word too: an accident told by its results alone ("تعرضت
        # أسرة لإصابات في حادث مروري") is what "أسفر الحادث عن…" after it names back; up to two
        # after the last event word, whose toll a sentence that far may give
        last = min(max(t.sentence for t in doc.triggers) + TOLL_REACH, len(doc.sentences) - 1)
        for m in scan(lex.suppress, doc, set(range(last + 1))):
            doc.accidents.add(doc.sentence_of(m.start))
        doc.accidents |= crash_sentences(doc) | domestic_killings(doc, TOLL_REACH)
        doc.suppressed |= doc.accidents | {t.sentence for t in doc.triggers
                                           if _tags(doc, t.sentence)}


def _tags(doc: Doc, si: int) -> bool:
    """The outlet's tag line ("سمات التفجير العراق داعش"), not prose."""
    first = doc.sentences[si].tokens[0]
    return trigger_lexicon(doc.language).tag_openers.match_at(doc.norm, doc.tokens, first) is not None


def _repelled(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """"أعلن الجيش التصدي لهجمات", "تصدت قوات الأمن لهجوم": a word of repelling right before
    the trigger, or before the side that repelled, itself no aim ("للتصدي لأي هجوم", "المكلفة
    التصدي لـ") nor a relative clause describing a side ("الحوثيون الذين يتصدون لهجوم القوات"):
    the blow happened."""
    k = first - 1
    while k > 0 and k in doc.actor_tokens:
        k -= 1  # "تصدت قوات الأمن لهجوم": the repelling side between
    return k >= 0 and not lex.repelled_by.isdisjoint(doc.tokens[k].stems) \
        and not doc.tokens[k].key.startswith("ل") and not _aimed(doc, k, lex) \
        and lex.tasked.ending_at(doc.norm, doc.tokens, k) is None \
        and not (k > 0 and doc.tokens[k - 1].key in lex.relatives)  # ("الذين يتصدون لهجوم")


def _cue_before(doc: Doc, first: int, cues: frozenset[str], reach: int) -> bool:
    """One of ``cues`` within ``reach`` words before the trigger: the ل after a verb of
    undergoing ("تعرضت بلدة داريا لقصف", 12 words) or an anniversary ("الذكرى الثانية لسيطرة
    القوات", 3 words) is no aim."""
    return any(not cues.isdisjoint(doc.tokens[k].stems) for k in range(max(0, first - reach), first))


def _takes_fighters(doc: Doc, end: int, objects: frozenset[str], reach: int = 8) -> bool:
    """An arrest's object within ``reach`` words: fighters, militants, their leaders, a cell
    ("القبض على عشرة من قياديي الحوثيين") — not residents arrested where a group rules."""
    hi = min(len(doc.tokens), end + reach)
    return any(not objects.isdisjoint(doc.tokens[k].stems) for k in range(end, hi))


def scan(matcher: PhraseMatcher[Any], doc: Doc, sentences: set[int],
         skip: set[int] | None = None) -> list[Match[Any]]:
    """`PhraseMatcher.find` restricted to some sentences (longest match, left to right): cues
    only matter where there is an event word, and most sentences have none."""
    out: list[Match[Any]] = []
    for si in sorted(sentences):
        lo, end = doc.sentences[si].tokens
        free = lo  # the first token not inside a match already found
        for i in matcher.starts(doc.tokens, lo, end):
            if i < free or (skip and i in skip):
                continue
            m = matcher.match_at(doc.norm, doc.tokens, i)
            if m and m.last <= end and not (skip and any(k in skip for k in range(m.first, m.last))):
                out.append(m)
                free = m.last
    return out


def find_modalities(doc: Doc) -> None:
    """Fill ``doc.modalities`` (attempted/prevented/alleged/planned/negated… cues)."""
    if not doc.triggers:
        return
    lex = trigger_lexicon(doc.language)
    # "shot down a helicopter": the event itself, not an attack prevented
    downings = {k for t in doc.triggers if t.downs for k in range(t.first, t.last)}
    for m in scan(lex.modality, doc, {t.sentence for t in doc.triggers},
                  skip=doc.actor_tokens | downings):
        written = doc.surface(m.start, m.end)
        if written in lex.not_spelled or written[:1] in "وف" and written[1:] in lex.not_spelled:
            continue  # "يدعى" (is called), not "يدعي" (claims)
        if m.last < len(doc.tokens) and any(
                doc.tokens[m.last].key in lex.not_next.get(s, ()) for s in doc.tokens[m.last - 1].stems):
            continue  # "قريبا من المطار": near, not soon
        prefixes = lex.not_next_prefixes.get(doc.tokens[m.last - 1].key)
        if prefixes and m.last < len(doc.tokens) and doc.tokens[m.last].key.startswith(prefixes):
            continue  # "كل الغارات": all the strikes, not every strike
        if m.payloads[0] == "unspecified" and m.first > 0 and doc.punctuated(m.first - 1, m.first):
            continue  # "عملية الحافة الواقية، أي الهجوم الإسرائيلي": "that is", not "any"
        doc.modalities.append(Modality(
            m.start, m.end, doc.surface(m.start, m.end), doc.sentence_of(m.start), m.first, m.last,
            modality=m.payloads[0]))
    doc.modalities.extend(_possibilities(doc, lex))
    doc.modalities.sort(key=lambda m: m.first)


def _possibilities(doc: Doc, lex: TriggerLexicon) -> list[Modality]:
    """"قد" before a present verb ("ما قد يؤدي إلى…", "قد تشن الجماعة هجوما"): what may
    happen, a hypothetical cue over the particle; before a past verb ("قد تمكنت") it is none."""
    if not lex.possible:
        return []
    present = {t.first for t in doc.triggers if t.tense == "present"}
    out = []
    for si in sorted({t.sentence for t in doc.triggers}):
        lo, hi = doc.sentences[si].tokens
        for k in range(lo, hi - 1):
            tok = doc.tokens[k]
            if tok.key in lex.possible and (k + 1 in present or doc.tokens[k + 1].key.startswith(
                    lex.present_prefixes)) and not doc.gap(k, k + 1).strip():
                out.append(Modality(tok.start, tok.end, doc.surface(tok.start, tok.end), si, k,
                                    k + 1, modality="hypothetical"))
    return out
