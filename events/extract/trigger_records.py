"""The records of the trigger vocabulary (`events.extract.trigger_words` builds them from
``data/lexicon/triggers.yaml`` once per language): what a trigger word tells (`TriggerInfo`),
the whole lexicon a step reads (`TriggerLexicon`), and the two-word compounds' vocabularies
(`AirDrops`, `Launches`). Kept apart from the loader so the record's many fields and the
loader's long constructor call each fit in a file of their own.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from text import PhraseMatcher


@dataclass(frozen=True)
class TriggerInfo:
    event_type: str
    strength: float = 1.0
    participle: bool = False
    object_role: str | None = None
    target_after: bool = False
    place_after: bool = False
    verb: bool = False
    tense: str = ""  # past|present|future for verbs ("" for nouns and phrases)
    downs: bool = False  # "shot down": an event only with an aircraft near (`downings`)
    heading_after: bool = False  # "توجه": a movement only with a way after it
    forces_after: bool = False  # "سحب": a movement only with a force withdrawn after it


# the types of violence, generic ones included (refined by roles and the final step)
VIOLENT = frozenset({"airstrike", "shelling", "clash", "attack", "bombardment", "violence"})
RESULT_ONLY = 0.5  # the strength of a word that tells only a result (مقتل، تدمير)


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
    relatives: frozenset[str]
    circumstance: frozenset[str]
    launch: Launches
    since: frozenset[str]
    anniversary: frozenset[str]  # "ذكرى الهجوم": the event is remembered, not told
    tally_cues: frozenset[str]  # words of summing: a toll beside them is a running total
    tally_recent: frozenset[str]  # "منذ فجر اليوم": a since-cue that still tells the day's toll
    tag_openers: PhraseMatcher[bool]
    flashback: frozenset[str]
    undergo: frozenset[str]  # every form of a verb of undergoing (تعرضت البلدة لـ…)
    demonstrative_before: frozenset[str]
    demonstrative_after: frozenset[str]
    determiners: frozenset[str]  # "the attack": a definite noun (Arabic marks it with ال)
    not_spelled: frozenset[str] = frozenset()  # surface spellings that are no modality cue
    purpose_words: frozenset[str] = frozenset()  # "to retake": an aim (Arabic marks it with ل)
    purpose_not_after: frozenset[str] = frozenset()  # "forced to withdraw": no aim
    aftermath: frozenset[str] = frozenset()  # "بعد تحرير المدينة": ground taken before
    since_long: frozenset[str] = frozenset()  # "منذ عدة أشهر": months or years, a state
    support: tuple[tuple[str, ...], ...] = ()  # "backed by": the weapons after back a force
    another: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "وفي حادث مماثل"
    protest: frozenset[str] = frozenset()  # "احتجاجا على الغارات": named, not told
    detained: frozenset[str] = frozenset()  # "القبض على خلية إرهابية": whom an arrest must take
    breaks: frozenset[str] = frozenset()  # "خرق الهدنة": an agreement broken, not made
    tasked: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "المكلفة التصدي"
    air_unless_ground: frozenset[str] = frozenset()  # "الضربات": air unless a ground force acts
    before_first: frozenset[str] = frozenset()  # cue kinds that qualify the word before first
    held: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "تحت سيطرة": held
    came_under: frozenset[str] = frozenset()  # "باتت تحت سيطرة": taken after all
    claimed: frozenset[str] = frozenset()  # "تبنت الحركة قتل شرطيين": claimed by who did it
    halts: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "وقف القتل": to stop
    buildings: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "مركز للشرطة"
    # airliners and air bases ("الطائرات المدنية", "القاعدة الجوية"): their air words strike nothing
    not_air: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)
    aid_cargo: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "محملة بالمساعدات"
    # "دعت إلى التحقيق في الغارة": a cue governs the investigation, not the strike it is into
    scope_ends: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)
    handling: frozenset[str] = frozenset()  # "صنع القنبلة": a weapon made or held, no blast
    figurative_after: frozenset[str] = frozenset()  # "المعركة القضائية": no fighting
    figurative_before: frozenset[str] = frozenset()  # "legal battle": no fighting
    figurative_next: frozenset[str] = frozenset()  # "مواجهة التطرف": an idea, no enemy
    # "فجرت الوزيرة مفاجأة": what a blast verb set off a few words on, a surprise, no bomb
    blast_verbs: frozenset[str] = frozenset()
    figurative_object: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)
    arrival_verbs: frozenset[str] = frozenset()  # "وصلت معلومات": word, not men, arrived
    messages: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)
    crime_nouns: frozenset[str] = frozenset()  # "التهجير والقتل": crimes named, no event
    aims: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "بهدف تحرير": an aim
    aim_bridges: frozenset[str] = frozenset()  # "لتنفيذ المزيد من الضربات": between aim and word
    air_drops: AirDrops | None = None  # "a helicopter dropped two barrels": an air strike
    novel_before: frozenset[str] = frozenset()  # "fresh clashes": a new event (`novelty`)
    novel_adverbs: frozenset[str] = frozenset()  # "also came under fire": one more event
    passive: frozenset[str] = frozenset()  # "a convoy … was hit": the word before a passive verb
    ongoing_auxiliaries: frozenset[str] = frozenset()  # "who have been fighting": between a
    progressive_auxiliaries: frozenset[str] = frozenset()  # relative and its verb; "been"
    purpose_joiners: frozenset[str] = frozenset()  # "لتحرير وتطهير": the و joins an aim
    purpose_heads: frozenset[str] = frozenset()  # "لملاحقة الحوثيين وتطهيرها": an aim before
    possible: frozenset[str] = frozenset()  # "قد" before a present verb: "may"
    present_prefixes: tuple[str, ...] = ()  # what opens a present verb whatever its root
    spread_verbs: frozenset[str] = frozenset()  # "نشروا الإسلام": a faith, not troops, spread
    teachings: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)
    attempt_qualifiers: frozenset[str] = frozenset()  # "في محاولة فاشلة": looks back
    failed_links: frozenset[str] = frozenset()  # "فشلت في اقتحام": the failed deed follows
    failed_verb_links: frozenset[str] = frozenset()  # "لم يستطع أن يستفيد": a verb failed
    # "would raise a reported chemical attack": an event noun after one of these was told as
    # done; a cue of what is to come before it governs another verb (`bind_modalities`)
    done_adjectives: frozenset[str] = frozenset()
    long_ago: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "منذ زمن بعيد"
    not_ground: frozenset[str] = frozenset()  # "الاستيلاء على الأسلحة": no ground taken
    not_ground_links: frozenset[str] = frozenset()  # "تطهير المدينة من الألغام": what it clears
    not_ground_taken: frozenset[str] = frozenset()  # "على ثلاث عربات": booty, as the object only
    tally_spans: frozenset[str] = frozenset()  # "300 عملية خلال عقد": events counted over
    tally_units: frozenset[str] = frozenset()  # a period are a tally (`event_tallies`)
    advance_verbs: frozenset[str] = frozenset()  # "تقدم بمبادرة": put forward, not advanced
    leading_forms: frozenset[str] = frozenset()  # "يتقدمهم قائد القوة": at their head
    spreading: frozenset[str] = frozenset()  # "مواجهة انتشار الحمى": the object is after it
    given_forms: frozenset[str] = frozenset()  # "الجهود التي تقدمها": given, after a relative
    offers: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # what was put forward
    charges: frozenset[str] = frozenset()  # "في قضية اقتحام": a case tried, no deed told
    halt_verbs: frozenset[str] = frozenset()  # "أن تكف تركيا عن قصف": every form of the verb
    halt_links: frozenset[str] = frozenset()  # the "عن" right before the event word
    halt_reach: int = 0  # words from the verb to the link
    halt_negations: frozenset[str] = frozenset()  # "لم تتوقف عن قصف": it went on
    halt_bridges: frozenset[str] = frozenset()  # "halted its air strikes": halt, then word
    storms: frozenset[str] = frozenset()  # "اقتحم مسلحون مركزا للشرطة": every form
    decision_words: frozenset[str] = frozenset()  # "a move that angered Ankara": after one
    decision_articles: frozenset[str] = frozenset()  # of these, a decision — nobody moved
    entry_words: frozenset[str] = frozenset()  # "دخول تركيا في التحالف": a side joined, no
    joined: frozenset[str] = frozenset()  # ground entered (`joined`: the war or the side;
    alliances: frozenset[str] = frozenset()  # an alliance only after one of `join_links`)
    join_links: frozenset[str] = frozenset()
    fire_sites: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "مصادر إطلاق"
    standing: frozenset[str] = frozenset()  # "الاحتلال": the occupier, no ground taken
    aftermath_bridges: frozenset[str] = frozenset()  # "بعد أن تم استعادة": cue and noun apart
    facing: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
        frozenset(), frozenset(), frozenset())  # "في مواجهة داعش": before, words, keep_next
    dispatches: AirDrops | None = None  # "Turkey sent more tanks to the border": a deployment
    takings: AirDrops | None = None  # "rebels took the village", "took Ramussa": ground taken
    aircraft: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "الطيران الحربي"
    anchor_before: frozenset[str] = frozenset()  # "قبل ساعات من الغارة": another event
    anchor_spans: frozenset[str] = frozenset()  # dates the clause
    anchor_links: frozenset[str] = frozenset()
    overflight: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "حلقت", "خرق"
    since_reach: int = 0  # "since the start of the revolt in March 2011" (`dating._since_dates`)
    accident_anaphora: frozenset[str] = frozenset()  # "أسفر الحادث عن": the accident told on
    downed: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "shot down a helicopter"
    downed_reach: int = 0  # words from a downing word to its aircraft
    downed_doubts: frozenset[str] = frozenset()  # "unclear whether it was shot down"
    war_aims: frozenset[str] = frozenset()  # "تدمير جبهة النصرة": a war aim, no blow
    not_next: dict[str, frozenset[str]] = field(default_factory=dict)  # "قريبا من": near
    not_next_prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "كل الغارات"
    repelled_by: frozenset[str] = frozenset()  # "التصدي لهجوم": the blow repelled, no aim
    curbs: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "لاحتواء الهجمات"
    # "the coalition fighting IS in Syria": an ambiguous fight word's participle right after a
    # side's name is a relative clause without its pronoun (`trigger_filters._relative_state`)
    reduced_relatives: bool = False
    relative_allegiance: frozenset[str] = frozenset()  # "fighting for Nusra": its own side next
    # every form of the nouns of generic violence whose weak strike verb right after tells what
    # they did ("a terrorist attack hit near the mosque": no strike of its own)
    hitting_nouns: frozenset[str] = frozenset()
    headings: frozenset[str] = frozenset()  # "اتجهوا شمالا", "تتجه إليها": a way after توجه
    state_moves: frozenset[str] = frozenset()  # "تحركت أنقرة": a state's move, politics
    flashback_tolls: frozenset[str] = frozenset()  # "وكانت الحصيلة الأولى": an earlier count
    counts: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "وصل عدد القتلى":
    fall_verbs: frozenset[str] = frozenset()  # a figure reached or fell, nobody moved
    backdown_links: frozenset[str] = frozenset()  # "تراجع عن قراره": a stance dropped
    grounds: frozenset[str] = frozenset()  # "تراجعوا عن مواقعهم": ground left after all
    told_before: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "وسبق أن شنت"
    many_targets: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "مئات المدن"
    tally_bounds: frozenset[str] = frozenset()  # "منذ … وحتى فجر أمس": a period's ends
    # "forced the militants to withdraw", "prompting thousands to flee": a verb of forcing, its
    # object between, before the purpose word — a deed done, no aim
    purpose_forcing: frozenset[str] = frozenset()
    intent_referents: frozenset[str] = frozenset()  # "عملية كان ينوي تنفيذها": meant before
    presence_openers: frozenset[str] = frozenset()  # "حيث ينتشر المتمردون": where they stand
    back_pointers: frozenset[str] = frozenset()  # "وقتل فيها 52": results of the deed before
    topic_openers: frozenset[str] = frozenset()  # "إن السيطرة عليها ستعني": a deed's noun after
    gunfire: SplitGunfire | None = None  # "فتح مسلح النار": a verb of firing, then the fire
    not_fighting: frozenset[str] = frozenset()  # "executed nine men": every form; no battle's
    civilian_movers: frozenset[str] = frozenset()  # "residents fled": civilians, no side, move
    charge_links: frozenset[str] = frozenset()  # "المتهمين في تفجير": the charge's link
    operations: frozenset[str] = frozenset()  # "عملية تحرير أبين": the operation's aim
    operation_aims: frozenset[str] = frozenset()  # "تحرير": the ground an operation is to take
    operations_done: frozenset[str] = frozenset()  # "انتهاء عملية تحرير": the aim reached
    crashes: Crashes | None = None  # "بتحطم طائرة": an aircraft that crashed, an accident
    # "jets struck Douma": aircraft words whose ambiguous strike verb right after names an air
    # strike, and the words that may stand between (English only: Arabic puts the verb first)
    air_subjects: frozenset[str] = frozenset()
    air_subject_bridges: frozenset[str] = frozenset()
    visitors: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "وصل الوزير": a visit
    controlled: ControlledBlasts | None = None  # "فجرت قوات الأمن عبوة عثرت عليها"
    # "a pretext for Russia to carpet bomb the city", "to further shell": a word of manner
    # between the purpose word and its verb
    purpose_adverbs: frozenset[str] = frozenset()
    # "نزح آلاف السكان": words that may stand between civilian movers and their movement word;
    # given, the movers may follow it too (Arabic names the subject after its verb)
    civilian_mover_bridges: frozenset[str] = frozenset()
    until: frozenset[str] = frozenset()  # "حتى ينسحب": a present verb after it is to come
    until_times: frozenset[str] = frozenset()  # "حتى الآن": how long, no aim
    war_eras: WarEras | None = None  # "قبل اندلاع الحرب": a time, no fighting
    domestic: Domestic | None = None  # "يقتل ابنه": a family's crime
    # "a pilot they captured": a subject pronoun right before a word of taking ground, one of
    # `not_ground` before it (a relative word between may stand): the captive, no ground
    not_ground_subjects: frozenset[str] = frozenset()
    not_ground_relatives: frozenset[str] = frozenset()
    # "to carpet bomb civilian areas and hit the infrastructure": a verb's base form after one
    # of these, joined to a verb named as an aim a few words before, is aimed too
    purpose_verb_joiners: frozenset[str] = frozenset()
    wars_against: WarsAgainst | None = None  # "الحرب على داعش": a war named, no fighting
    not_ground_ranks: frozenset[str] = frozenset()  # "احتل العراق المركز الرابع": a rank held
    # air words that a ground weapon in the clause overrules ("bombed the market with heavy
    # artillery": the instrument says how; `role_types.refine_type`)
    air_yielding: frozenset[str] = frozenset()
    # "drove IS out of Tal Abyad": a verb of expulsion, the side, then its particle
    expulsions: SplitExpulsions | None = None
    # "killed 38 civilians as they tried to cross the river": a pronoun for the movers, and the
    # words that join its clause to the one naming them (`candidates._civilians_moving`)
    mover_pronouns: frozenset[str] = frozenset()
    mover_pronoun_links: frozenset[str] = frozenset()
    # "مدرسة المدفعية", "معهد سلاح المدفعية": a unit or school (a corps word between) whose
    # next word is a weapon names an arm of the forces, no fire (`trigger_objects.names_an_arm`)
    arm_units: frozenset[str] = frozenset()
    arm_corps: frozenset[str] = frozenset()
    arm_formations: frozenset[str] = frozenset()  # "وحدات للدبابات": with ل, what they hold
    # "استولت قوات … في محافظة الجوف … على شاحنة": verbs taking with a link, read past a long
    # subject (`trigger_objects.taken_past_subject`)
    not_ground_far: frozenset[str] = frozenset()
    not_ground_far_links: frozenset[str] = frozenset()
    # "حيث استهدف الطيران": a clause told as what set off a bare blast (`identity.add`)
    blast_causes: frozenset[str] = frozenset()
    # "سحب المسلحون قواتهم": what a `forces_after` word must withdraw (`triggers`), and the
    # decisions it may be the content of ("قرارها بسحب وحداتها")
    withdrawn: PhraseMatcher[bool] = PhraseMatcher()
    withdrawal_decided: frozenset[str] = frozenset()
    regaining: frozenset[str] = frozenset()  # every form of "استعاد", "استعادة"
    regained: frozenset[str] = frozenset()  # "الشرعية", "علاقات": a standing or a bond regained
    stormed_homes: PhraseMatcher[bool] = PhraseMatcher()  # "منازل": a raid when stormed
    shifts: frozenset[str] = frozenset()  # every form of "انتقل", "انتقال"
    stages: frozenset[str] = frozenset()  # "مرحلة", "خطاب": a stage left, no place
    stage_links: frozenset[str] = frozenset()
    heading_figures: frozenset[str] = frozenset()  # "تتجه إلى المجهول": a way to no place
    # "سيطر على مساحات واسعة من سوريا": the words of ground held at large
    at_large_heads: frozenset[str] = frozenset()
    at_large_sizes: frozenset[str] = frozenset()
    noun_after: frozenset[str] = frozenset()  # "عن تدخل": no verb after a preposition
    outcome_words: frozenset[str] = frozenset()  # "أسفر": violence only with a loss after it
    outcome_losses: frozenset[str] = frozenset()  # "مقتل", "قتلى": every form
    outcome_links: frozenset[str] = frozenset()  # the "عن" of "أسفر عن"
    outcome_reach: int = 0  # words from the outcome word to its link
    outcome_loss_reach: int = 0  # words from the link to the loss
    tended_by: frozenset[str] = frozenset()  # "نقل الجرحى": every form of a word of care
    tended_bridges: frozenset[str] = frozenset()  # "أول دفعة من الجرحى": words between
    tended_objects: frozenset[str] = frozenset()  # "الجرحى": the results tended
    tended_reach: int = 0  # words from it to the result word
    devices: frozenset[str] = frozenset()  # "ألغام زرعها الحوثيون": the device a mining verb
    device_reach: int = 0  # follows (words from it to the verb)
    since_ago: frozenset[str] = frozenset()  # "منذ يومين": a since-cue meaning "ago"
    # "دمرت الغارات قطع مدفعية": a weapon destroyed or hit, no fire (`trigger_targets.struck_weapon`)
    struck_guns: frozenset[str] = frozenset()  # every form of "مدفعية", "راجمة": what fires
    striking_verbs: frozenset[str] = frozenset()  # every form; the weapon not right after
    striking_nouns: frozenset[str] = frozenset()  # every form ("تدمير")
    weapon_pieces: frozenset[str] = frozenset()  # "قطع": right before the weapon
    struck_reach: int = 0  # words from the striking word to the weapon


@dataclass(frozen=True)
class AirDrops:
    """A verb of dropping that strikes from the air with an aircraft for subject or a weapon
    for object, unless cargo is what fell (``air_drops`` in en/triggers.yaml)."""
    forms: dict[str, str]  # every form of the verbs -> its tense
    aircraft: frozenset[str]
    weapons: frozenset[str]
    cargo: frozenset[str]
    window: int
    event_type: str = "airstrike"  # "deployment" for ``dispatches``: a force sent
    # ``takings``: a capitalised word right after the verb (an article between), no side's,
    # names the object too ("rebels took Ramussa")
    named: bool = False
    articles: frozenset[str] = frozenset()  # ("took the Kuweires airbase")


@dataclass(frozen=True)
class SplitGunfire:
    """A verb of firing, its shooter, then the fire (``split_gunfire`` in triggers.yaml)."""
    forms: dict[str, str]  # every form of the verbs -> its tense
    fire: frozenset[str]  # "النار", "الرصاص"
    at: frozenset[str]  # the word of the target right after the fire ("على")
    reach: int  # words from the verb to the fire


@dataclass(frozen=True)
class Crashes:
    """A word of crashing near an aircraft or, for a road word, a road vehicle (``crashes`` in
    triggers.yaml)."""
    words: frozenset[str]  # every form of the crash verbs and nouns, the road words among them
    craft: frozenset[str]  # every form of an aircraft ("مروحيتهم": their helicopter)
    warplanes: frozenset[str]  # "مقاتلة", "حربية": a warplane's crash is the war's
    reach: int  # words between the crash word and its aircraft or vehicle
    road_words: frozenset[str] = frozenset()  # "اصطدمت", "انقلاب": collided, overturned
    vehicles: frozenset[str] = frozenset()  # "سيارة", "حافلتهم" and the aircraft: a road word's


@dataclass(frozen=True)
class Domestic:
    """The killer's own kin after a word of killing (``domestic_victims`` in triggers.yaml)."""
    kin: frozenset[str]  # "ابنه", "زوجها"
    links: frozenset[str]  # "على": may stand between ("أطلق النار على زوجته")
    openers: frozenset[str]  # "أقدم", "قيام": the doer named before the killing word
    persons: frozenset[str]  # "مواطن", "شاب": the killer named right after the verb
    fighters: frozenset[str]  # "إرهابي", "داعشي": a fighter as the killer, a side's deed


@dataclass(frozen=True)
class WarEras:
    """A war's outbreak naming a time (``war_eras`` in triggers.yaml)."""
    outbreaks: frozenset[str]  # "اندلاع", "نشوب": the noun of outbreak in the trigger
    before: frozenset[str]  # "قبل", "بعد": a time word before it (not "منذ": the since rules')
    named: frozenset[str]  # "الأهلية", "العالمية": a war's name right after it
    reach: int  # words from the time word to the outbreak


@dataclass(frozen=True)
class WarsAgainst:
    """A war against a side (``wars_against`` in triggers.yaml)."""
    nouns: frozenset[str]  # "حرب", "معركة": the noun of war in the trigger
    links: frozenset[str]  # "ضد", "على": right after it, then the side
    in_words: frozenset[str]  # "في": a place after one of these, before the war noun, places it
    in_clitics: str  # "بل": the same as a letter glued to the place ("بالحسكة")


@dataclass(frozen=True)
class ControlledBlasts:
    """A device the security forces found and set off (``controlled_blasts`` in triggers.yaml)."""
    words: frozenset[str]  # the words of setting off ("فجرت", "بتفجير")
    cues: PhraseMatcher[bool]  # a device found, the bomb squad ("عثرت عليها", "خبراء المفرقعات")
    reach: int  # words from the setting off to a cue, in its clause


@dataclass(frozen=True)
class Launches:
    """Start verbs near operation nouns (see ``launches`` in triggers.yaml)."""
    starts: frozenset[str]  # every form of a start verb or noun
    carries: frozenset[str]  # every form of a verb that launches operations only
    nouns: frozenset[str]
    carry_nouns: frozenset[str]
    window: int
    settings: frozenset[str] = frozenset()  # "في حملة مداهمات": the campaign as a setting
    aimed: frozenset[str] = frozenset()  # "للبدء في معركة": starts that, after ل, are an aim
    name_links: frozenset[str] = frozenset()  # "the Wrath of Euphrates operation": in a name

    def any_verb(self, stems: frozenset[str] | set[str]) -> bool:
        """A form of a start verb or noun, or of a carrying verb ("بدأت", "يشن")."""
        return not (self.starts.isdisjoint(stems) and self.carries.isdisjoint(stems))


@dataclass(frozen=True)
class SplitExpulsions:
    """A verb of driving out with its object between it and its particle ("drove IS out of the
    town", "chased the militants from the village"; ``split_expulsions`` in en/triggers.yaml)."""
    forms: dict[str, str]  # every form of the verbs -> its tense
    particles: frozenset[str]  # "out", "from": the word that makes the verb one of expulsion
    fillers: frozenset[str]  # words of the side's phrase that no actor takes ("the", "group")
    window: int  # words from the verb to its particle
