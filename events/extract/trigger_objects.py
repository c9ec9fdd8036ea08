"""What an event word takes, or what stands before it, decides whether it tells an event (a
part of the ``triggers`` step, `events.extract.triggers`): a figure of speech — an idea fought,
a surprise set off, news that arrived, a faith spread, a proposal put forward ("تتصدى للتطرف",
"فجرت مفاجأة", "وصلت معلومات", "نشروا الإسلام", "تقدم بمبادرة"); ground that is no ground (mines
cleared, weapons seized); a weapon named as equipment, or as the backing of a force that does
something else. Cue words in ``data/lexicon/triggers.yaml``.
"""
from __future__ import annotations

from collections.abc import Iterator

from events.extract.doc import Doc
from events.extract.numbers import is_count
from events.extract.trigger_records import TriggerLexicon
from text import PhraseMatcher

OBJECT_REACH = 3  # words from a verb to its object, its subject between


def words_after(doc: Doc, last: int, reach: int, stop: int) -> range:
    """The tokens from an event word's end ``last`` up to ``reach`` words on (before
    ``stop``), an actor's words not counted: the subject between a verb and its object ("قوات
    الجيش")."""
    k, seen = last, 0
    while k < stop and seen <= reach:
        seen += k not in doc.actor_tokens
        k += 1
    return range(last, k)


def object_among(doc: Doc, last: int, objects: PhraseMatcher[bool]) -> bool:
    """One of ``objects`` within `OBJECT_REACH` words after an event word ending at ``last``,
    no stop between; the words of an actor's name count as none ("نشر تنظيم جبهة النصرة شريطا":
    the subject stands between the verb and what it published)."""
    for k in words_after(doc, last, OBJECT_REACH - 1, len(doc.tokens)):
        if doc.gap_has(k - 1, k, ",.;:"):
            return False
        if objects.match_at(doc.norm, doc.tokens, k) is not None:
            return True
    return False


COUNT_REACH = 2  # words from a figure's noun to the verb of its rise or fall after it


def _counted(doc: Doc, first: int, last: int, counts: PhraseMatcher[bool]) -> bool:
    """A figure's noun right after the verb (not "a number of": "عدد من الوزراء", "عدد كبير
    من رجال الشرطة"), or at most `COUNT_REACH` words before it with no stop between, an
    actor's words counting as none ("عدد الجرحى وصل إلى 200", "عدد قتلى مسلحي داعش وصل")."""
    if last < len(doc.tokens) and not doc.gap_has(last - 1, last, ",.;:،") and (
            m := counts.match_at(doc.norm, doc.tokens, last)) is not None:
        return all(doc.tokens[j].key != "من" for j in range(m.last, min(m.last + 2, len(doc.tokens))))
    k, seen = first - 1, 0
    while k >= 0 and seen < COUNT_REACH and not doc.gap_has(k, first, ",.;:،"):
        if counts.match_at(doc.norm, doc.tokens, k) is not None:
            return True
        seen += k not in doc.actor_tokens
        k -= 1
    return False


def _ranked(doc: Doc, last: int, ranks: frozenset[str]) -> bool:
    """One of ``ranks`` ("المرتبة", "الصدارة") within `OBJECT_REACH` words after a word of
    arriving, falling or advancing, no stop between ("تقدمت السعودية إلى المرتبة الثالثة")."""
    for k in words_after(doc, last, OBJECT_REACH - 1, len(doc.tokens)):
        if doc.gap_has(k - 1, k, ",.;:،"):
            return False
        if not ranks.isdisjoint(doc.tokens[k].stems):
            return True
    return False


def _antecedent_among(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """A verb whose noun, a few words before it and its relative pronoun, is one of the
    ``teachings`` or ``messages`` ("النصوص المختصرة التي نشرتها إيران", "الفيديو الذي نشره");
    after an indefinite noun Arabic drops the pronoun ("في بيان نشرته الوكالة")."""
    end = first - 1 if first > 0 and doc.tokens[first - 1].key in lex.relatives else first
    return any(lex.teachings.match_at(doc.norm, doc.tokens, k) is not None
               for k in range(max(0, end - OBJECT_REACH), end)
               if not doc.gap_has(k, first, ",.;:،"))


def _put_forward(doc: Doc, last: int, offers: PhraseMatcher[bool]) -> bool:
    """One of ``offers`` with the preposition ب within `CLEARED_REACH` words after an event
    word ending at ``last``, no stop between ("تقدموا له أمس بطلب", "تقدم بخالص الشكر"); the
    subject may stand between."""
    return any((m := offers.match_at(doc.norm, doc.tokens, k)) is not None and "ب" in m.clitic
               for k in _clause_after(doc, last, CLEARED_REACH))


def figurative(doc: Doc, first: int, last: int, lex: TriggerLexicon, ambiguous: bool) -> bool:
    """An event word aimed at an idea or a feeling ("تتصدى للتطرف", "فجرت الوزيرة مفاجأة"),
    or an ambiguous fight word qualified as a court, election or media fight."""
    after = doc.tokens[last].key if last < len(doc.tokens) else ""
    if after in lex.spreading and last + 1 < len(doc.tokens):
        after = doc.tokens[last + 1].key  # "مواجهة انتشار الحمى": what spreads is the object
    stems = doc.tokens[first].stems
    if after in lex.figurative_next or not lex.blast_verbs.isdisjoint(stems) and object_among(
            doc, last, lex.figurative_object):
        return True
    if after in lex.regained and not lex.regaining.isdisjoint(stems):
        return True  # "استعادة الشرعية في اليمن": a standing regained, no ground retaken
    before = doc.tokens[first - 1].key if first > 0 else ""
    if before in lex.decision_articles and doc.tokens[first].key in lex.decision_words:
        return True  # "shelled the town, a move that angered Ankara": a step taken, nobody moved
    if not lex.arrival_verbs.isdisjoint(stems) and (
            first > 0 and lex.messages.match_at(doc.norm, doc.tokens, first - 1) is not None
            or object_among(doc, last, lex.messages)):
        return True  # "وصلت إليها معلومات": news arrived, nobody moved
    if not (lex.arrival_verbs.isdisjoint(stems) and lex.fall_verbs.isdisjoint(stems)) and (
            _counted(doc, first, last, lex.counts)):
        return True  # "وصل عدد القتلى إلى 27", "تراجعت أعداد الوفيات": a figure, nobody moved
    if not (lex.arrival_verbs.isdisjoint(stems) and lex.fall_verbs.isdisjoint(stems)
            and lex.advance_verbs.isdisjoint(stems)) and _ranked(doc, last, lex.not_ground_ranks):
        return True  # "تراجعت اليمن إلى المرتبة 154": a rank in a list, nobody moved
    if not lex.spread_verbs.isdisjoint(stems) and (object_among(doc, last, lex.teachings)
                                                   or _antecedent_among(doc, first, lex)):
        return True  # "نشروا الإسلام في أصقاع العالم", "النصوص التي نشرتها إيران": a faith or a
        # text spread, no troops deployed
    if not lex.advance_verbs.isdisjoint(stems) and _put_forward(doc, last, lex.offers):
        return True  # "تقدم قياديون بمبادرة": a proposal put forward, nobody advanced
    if not lex.leading_forms.isdisjoint(stems) or not lex.given_forms.isdisjoint(stems) and (
            first > 0 and doc.tokens[first - 1].key in lex.relatives):
        return True  # "يتقدمهم قائد القوة", "الجهود التي تقدمها الدول": led, given
    if not lex.entry_words.isdisjoint(stems) and any(
            _joins(doc, k, lex) for k in _clause_after(doc, last, JOIN_REACH)):
        return True  # "دخول تركيا في التحالف", "دخلت الحرب إلى جانب": a side joined
    if not lex.shifts.isdisjoint(stems) and any(_stages_after(doc, last, lex)):
        return True  # "انتقلت من مرحلة الدفاع إلى مرحلة الهجوم": a stage left, no place
    if before in lex.stages and not doc.gap(first - 1, first).strip() and _shifted_to(doc, first - 1, lex):
        return True  # "سننتقل إلى مرحلة الهجوم": the stage shifted to, no attack told
    return ambiguous and (after in lex.figurative_after or before in lex.figurative_before)


def _stages_after(doc: Doc, last: int, lex: TriggerLexicon) -> Iterator[int]:
    """The stage words a `shifts` word ending at token ``last`` names: one of `stages` right
    after one of `stage_links`, the link within `JOIN_REACH` words of its clause."""
    for k in _clause_after(doc, last, JOIN_REACH):
        if k + 1 < len(doc.tokens) and doc.tokens[k].key in lex.stage_links \
                and not lex.stages.isdisjoint(doc.tokens[k + 1].stems):
            yield k + 1


def _shifted_to(doc: Doc, stage: int, lex: TriggerLexicon) -> bool:
    """The stage word at token ``stage`` is one a `shifts` word before it names
    (`_stages_after`: "انتقلت إلى مرحلة الهجوم"). A stage named otherwise ("تليها مرحلة
    التطهير") may be the plan of one."""
    return any(not lex.shifts.isdisjoint(doc.tokens[k].stems) and stage in _stages_after(doc, k + 1, lex)
               for k in range(max(0, stage - 1 - JOIN_REACH), stage - 1))


def _group_at(doc: Doc, k: int) -> bool:
    """An armed group's name begins at token ``k``."""
    return any(a.first == k and a.actor_type == "non_state_armed_group" for a in doc.actors)


def group_held(doc: Doc, first: int, last: int, links: frozenset[str]) -> bool:
    """A word of taking ground ending in its preposition (one of ``links``), whose object is an
    armed group's name ("تتهم باكستان بالسيطرة على طالبان"): control over a group, no ground
    changing hands. (A group right after a bare verbal noun is its subject: "دخول الحوثيين
    عدن" is their entry.)"""
    return first < last - 1 and doc.tokens[last - 1].key in links and _group_at(doc, last)


def operation_aim(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """An aim's word (`operation_aims`) right after an operation's noun, in construct ("بدء
    عملية تحرير أبين", "معارك تطهير الرمادي مستمرة"): the ground the operation is to take, not
    ground taken — unless the operation is told done ("انتهاء عملية تحرير المدينة"); a way of
    taking it ("عملية اقتحام") is no aim."""
    k = first - 1
    if k < 0 or lex.operations.isdisjoint(doc.tokens[k].stems) or doc.gap(k, first).strip() \
            or lex.operation_aims.isdisjoint(doc.tokens[first].stems):
        return False
    return k == 0 or lex.operations_done.isdisjoint(doc.tokens[k - 1].stems)


def war_aim(doc: Doc, first: int, last: int, lex: TriggerLexicon) -> bool:
    """A noun of destruction (`aims.wars`) whose object is an armed group's name, right after
    it ("المساعدة في تدمير جبهة النصرة", "القضاء على الحركة"): the end of a group is a war aim;
    a blow of a day names whom it hit ("القضاء على 20 من عناصرها", "تدمير مواقع الحركة")."""
    return not lex.war_aims.isdisjoint(doc.tokens[first].stems) and _group_at(doc, last)


def _joins(doc: Doc, k: int, lex: TriggerLexicon) -> bool:
    """Token ``k`` names what a side joined: a war or a side, or an alliance after في/إلى."""
    stems = doc.tokens[k].stems
    return not lex.joined.isdisjoint(stems) or (
        k > 0 and not lex.alliances.isdisjoint(stems) and doc.tokens[k - 1].key in lex.join_links)


def joined_war(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """"دخلت السعودية الحرب", "دخول تركيا … بمعركة مواجهة داعش": a war or a battle named as
    what a side joined (one of `joined` within `JOIN_REACH` words after an entry word, in one
    clause) is the war at large, no fight of a day."""
    if lex.joined.isdisjoint(doc.tokens[first].stems):
        return False
    return any(not lex.entry_words.isdisjoint(doc.tokens[k].stems)
               and first in _clause_after(doc, k + 1, JOIN_REACH)
               for k in range(max(0, first - JOIN_REACH), first))


CLEARED_REACH = 6  # words from a verb to what it takes or clears, its subject between
LINK_REACH = 12  # words from a verb to the link before what it takes, past a long subject
JOIN_REACH = 3  # words from "دخول" to the war or alliance joined, its subject and في between


def takes(doc: Doc, last: int, objects: frozenset[str], links: frozenset[str],
          taken: frozenset[str] = frozenset(), ranks: frozenset[str] = frozenset()) -> bool:
    """One of ``objects`` in an event word's clause, within `OBJECT_REACH` words after it
    ("استولت على كميات من الأسلحة") or right after one of ``links`` within `CLEARED_REACH`
    ("تطهير أحياء المدينة من الألغام": what was cleared away); one of ``taken`` only right
    after a link ("على ثلاث عربات"), never as what names a place ("على معسكر المدرعات"); one
    of ``ranks`` anywhere within `CLEARED_REACH` ("احتل العراق في العام الماضي المركز الرابع")."""
    for k in _clause_after(doc, last, CLEARED_REACH):
        stems = doc.tokens[k].stems
        if not ranks.isdisjoint(stems):
            return True
        if not objects.isdisjoint(stems) and (k - last < OBJECT_REACH or _linked(doc, k, last, links)):
            return True
        if not taken.isdisjoint(stems) and _linked(doc, k, last, links):
            return True
    return False


def taken_past_subject(doc: Doc, first: int, last: int, lex: TriggerLexicon) -> bool:
    """"استولت قوات الجيش المرابطة في محافظة الجوف شمال البلاد على شاحنة": a verb that takes
    its object with a link (``not_ground.far.verbs``/``nouns``: سيطر، استولى), whose subject is
    longer than `CLEARED_REACH` words and has no such link of its own, puts its link further
    on — the first one in the clause still names what it takes (`takes` read the near ones).
    Only these verbs: "اقتحمت المقاومة مبنى الأمن في المدينة وأفرجت عن عدد من الأسرى" took the
    building, and the prisoners were freed by another verb."""
    if lex.not_ground_far.isdisjoint(doc.tokens[first].stems):
        return False
    for k in _clause_after(doc, last, LINK_REACH):
        if doc.tokens[k].key in lex.not_ground_far_links:
            if k - last < CLEARED_REACH:
                return False
            j = k + 1
            if j < len(doc.tokens) and is_count(doc.tokens[j].key, doc.language):
                j += 1  # "على ثلاث شاحنات"
            return j < len(doc.tokens) and not doc.punctuated(k, j) and not (
                lex.not_ground.isdisjoint(doc.tokens[j].stems)
                and lex.not_ground_taken.isdisjoint(doc.tokens[j].stems))
    return False


def taken_before(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """"Rebels killed a pilot they captured", "the soldiers that it seized": one of
    ``not_ground`` right before the verb's subject pronoun (``not_ground_subjects``), a relative
    word (``not_ground_relatives``) between or none, no punctuation — the verb's object stands
    before it, a captive or booty, no ground. (A side before the verb is its subject: "soldiers
    that captured the town" took it — no pronoun between.)"""
    k = first - 1
    if k < 1 or doc.tokens[k].key not in lex.not_ground_subjects or doc.punctuated(k - 1, first):
        return False
    k -= 1
    if doc.tokens[k].key in lex.not_ground_relatives and k > 0 and not doc.punctuated(k - 1, k):
        k -= 1
    return not lex.not_ground.isdisjoint(doc.tokens[k].stems)


def verb_joined_to_aim(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """"a pretext to carpet bomb civilian areas and hit the city's infrastructure": a verb in
    its base form right after a joiner (``purpose_verb_joiners``) whose words reach back, with
    no punctuation and within `AIM_VERB_OBJECT` words, to a verb named as an aim is aimed too
    (the "to" of the first governs the second). The caller asks for base forms only: "tried
    to retake the town and killed 20 soldiers" tells a deed."""
    if first < 2 or doc.tokens[first - 1].key not in lex.purpose_verb_joiners:
        return False
    aims = {t.last - 1 for t in doc.triggers if t.purpose and t.verb}
    for k in range(first - 2, max(-1, first - 2 - AIM_VERB_OBJECT), -1):
        if doc.punctuated(k, k + 1):
            return False
        if k in aims:
            return True
    return False


AIM_VERB_OBJECT = 6  # words from an aimed verb to the joiner of the next: its object between


def _linked(doc: Doc, k: int, last: int, links: frozenset[str]) -> bool:
    """Token ``k`` is right after one of ``links``, a figure between ("على ثلاث عربات")."""
    before = k - 1
    if before > last and is_count(doc.tokens[before].key, doc.language):
        before -= 1
    return doc.tokens[before].key in links


def _clause_after(doc: Doc, last: int, reach: int) -> Iterator[int]:
    """The tokens from ``last`` on, up to ``reach`` of them, until a stop ends the clause."""
    for k in range(last, min(last + reach, len(doc.tokens))):
        if k > last and doc.gap_has(k - 1, k, ",.;:،"):
            return
        yield k


def controlled_blast(doc: Doc, first: int, last: int, lex: TriggerLexicon) -> bool:
    """A word of setting off (``controlled_blasts.words``) at the event word or a few words
    before it (its device: "فجرت قوات الأمن سبع عبوات"), with a cue of a device found or of
    the bomb squad within the reach, before or after them in their clause ("… عثرت عليها",
    "قام خبراء المفرقعات بتفجيرها"): the security forces' controlled blast."""
    blasts = lex.controlled
    if blasts is None:
        return False
    blast = next((k for k in range(first, max(-1, first - BLAST_REACH), -1)
                  if not blasts.words.isdisjoint(doc.tokens[k].stems)
                  and not doc.punctuated(k, first)), None)
    if blast is None:
        return False
    before = [k for k in range(max(0, blast - blasts.reach), blast)
              if not doc.punctuated(k, blast)]
    return any(blasts.cues.match_at(doc.norm, doc.tokens, k) is not None
               for k in (*before, *_clause_after(doc, last, blasts.reach)))


BLAST_REACH = 6  # words from a verb of setting off to its device ("فجرت قوات الأمن سبع عبوات")


def equipment_before(doc: Doc, first: int, cues: frozenset[str]) -> bool:
    """A weapon named as equipment ("مزودة برشاشات وقذائف") within three tokens before."""
    return any(s in cues for k in range(max(0, first - 3), first) for s in doc.tokens[k].stems)


def names_an_arm(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """"مدرسة المدفعية", "قيادة الصواريخ": a weapon noun right after a school, command or rank
    of the forces (``arm_units.units``) — or after a corps word right after one ("معهد سلاح
    المدفعية") — names an arm of the forces, no fire; so does one with ل right after a
    formation (``arm_units.formations``: "وحدات للدبابات"), or joined by و to a weapon that
    does ("وحدات للدبابات والمدفعية"). A formation's own name fires ("نفذته كتيبة المدفعية"),
    and a weapon with the instrument's ب tells how a target was hit ("قصفوا مدرسة بالصواريخ")."""
    if first < 1 or lex.ground.isdisjoint(doc.tokens[first].stems) or doc.tokens[
            first].key.startswith(("ب", "وب")) or doc.punctuated(first - 1, first):
        return False  # (a weapon word only: "أعلنت القيادة مقتل 40" tells a killing)
    if _arm_after(doc, first, first - 1, lex):
        return True
    return (first >= 2 and doc.tokens[first].key.startswith("و")
            and not lex.ground.isdisjoint(doc.tokens[first - 1].stems)
            and not doc.punctuated(first - 2, first - 1) and _arm_after(doc, first - 1, first - 2, lex))


def _arm_after(doc: Doc, weapon: int, k: int, lex: TriggerLexicon) -> bool:
    """The weapon at token ``weapon`` names an arm after the word at token ``k`` (`names_an_arm`)."""
    before = doc.tokens[k].stems
    if not lex.arm_units.isdisjoint(before):
        return True
    if not lex.arm_formations.isdisjoint(before) and doc.tokens[weapon].key.lstrip("و").startswith("ل"):
        return True
    return (not lex.arm_corps.isdisjoint(before) and k >= 1 and not doc.punctuated(k - 1, k)
            and not lex.arm_units.isdisjoint(doc.tokens[k - 1].stems))


def arms_named(doc: Doc, lo: int, hi: int, lex: TriggerLexicon) -> set[int]:
    """The weapon words among tokens [lo, hi) that name an arm of the forces (`names_an_arm`):
    no weapon fired, so they give an event no type ("اقتحموا مدرسة المدفعية")."""
    return {k for k in range(lo, hi) if names_an_arm(doc, k, lex)}


SUPPORT_WINDOW = 6  # tokens from "backed by" to the weapon it names


def backing(doc: Doc, first: int, cues: tuple[tuple[str, ...], ...],
            reach: int = SUPPORT_WINDOW) -> bool:
    """"Rebels backed by Turkish tanks and air strikes": the weapons back a force that does
    something else; they are no event of their own. The cue ends at most ``reach`` tokens
    before, within the phrase (no punctuation between)."""
    for k in range(first - 1, max(-1, first - reach - 1), -1):
        if doc.gap_has(k, k + 1, ",.;:"):
            return False
        for cue in cues:
            n = len(cue)
            if k - n + 1 >= 0 and all(doc.tokens[k - n + 1 + i].key == w for i, w in enumerate(cue)):
                return True
    return False


def downs_aircraft(doc: Doc, first: int, last: int, lex: TriggerLexicon) -> bool:
    """An aircraft within ``downed_reach`` words after a downing word ("shot down a regime MiG
    warplane", "the downing of the helicopter") or before it ("a Russian helicopter was shot
    down", "the plane we shot down"), in one clause: rubble brought down, a downed pilot, "it
    was shot down" name no aircraft downed here; nor does a downing in doubt ("unclear whether
    the warplane was shot down": a word of `downed_doubts` among the words before)."""
    reach = lex.downed_reach
    after = [(last - 1, k) for k in range(last, min(last + reach, len(doc.tokens)))]
    before = [(k, first) for k in range(first - 1, max(-1, first - reach - 1), -1)]
    if any(doc.tokens[a].key in lex.downed_doubts for a, _ in before):
        return False
    for pairs in (after, before):
        for a, b in pairs:
            if doc.gap_has(a, b, ",.;:"):
                break
            if lex.downed.match_at(doc.norm, doc.tokens, a if pairs is before else b) is not None:
                return True
    return False
