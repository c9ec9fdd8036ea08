"""The cue words of ``data/lexicon/roles.yaml`` and the token window a candidate's actors and
places are read from; shared by `events.extract.roles` (who) and `events.extract.place_roles`
(where)."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from events import lexicon
from events.language import DEFAULT
from events.extract.doc import Candidate, Doc
from text import PhraseMatcher

ACTOR_WINDOW = 15  # tokens around the trigger where its actors are looked for


@dataclass(frozen=True)
class RoleLexicon:
    target: frozenset[str]
    agent: PhraseMatcher[bool]
    origin: frozenset[str]
    destination: frozenset[str]
    via: frozenset[str]
    inside: frozenset[str]
    ally: frozenset[str]
    announced: frozenset[str]
    area: frozenset[str]  # "في منطقة X": X itself, not a reference point
    directions: frozenset[str]  # "إلى الغرب من X": X is a reference point
    subject_first: bool  # SVO (English): the actor before the verb acts, the one after is hit
    members: frozenset[str] = frozenset()  # "قيادي في X": X is the member's side
    member_links: frozenset[str] = frozenset()  # the "في" of "قيادي في X"
    subject_endings: tuple[str, ...] = ()  # "مسلحون": a nominative plural, the verb's subject
    identity: frozenset[str] = frozenset()  # "يعتقد أنهم من X": X is their side, not hit
    partitive: frozenset[str] = frozenset()  # "فر المئات منهم": of the side named before
    noun_agent_links: frozenset[str] = frozenset()  # "هجمات من X": X carried them out
    noun_agent_reach: int = 0  # how many words after the event noun the link may stand
    between: frozenset[str] = frozenset()  # "بين X وY": the two ends of one location
    between_joins: frozenset[str] = frozenset()  # the "و"/"and" between the two ends
    blame: frozenset[str] = frozenset()  # "باللوم على X": X is blamed, the author
    blame_links: frozenset[str] = frozenset()  # the "على" before X
    ranks: frozenset[str] = frozenset()  # "ثالث أكبر مدينة بعد X": X is a reference point
    rank_links: frozenset[str] = frozenset()  # the "بعد" before X
    martyrdom: frozenset[str] = frozenset()  # "استشهد": the sides named were hit
    circumstance: frozenset[str] = frozenset()  # "في هجوم": a noun in the verb's circumstance
    victim_lists: frozenset[str] = frozenset()  # "بينهم جندي": a side among the victims
    of_directions: frozenset[str] = frozenset()  # the "south" of "south of X"
    of_links: frozenset[str] = frozenset()  # the "of" of "south of X"
    agent_counts: frozenset[str] = frozenset()  # "نفذه نحو 300 من مسلحي X": a count of agents
    condemners: frozenset[str] = frozenset()  # "ندد الرئيس بالهجوم": no party to it
    partitive_links: frozenset[str] = frozenset()  # the "من" of "قتل عناصر من X"
    direction_titles: frozenset[str] = frozenset()  # "جنوب العاصمة صنعاء": between the two
    title_endings: tuple[str, ...] = ()  # "العاصمة الأردنية": the country's adjective after it
    back_articles: frozenset[str] = frozenset()  # "The hospital …" refers back (place_next)
    back_reach: int = 0  # how many words after the article the word referring back may stand
    join_fillers: frozenset[str] = frozenset()  # "X and other groups": a word after the join
    # "X and other groups affiliated to it shelled": between the joint subject and its verb
    subject_asides: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)
    holding: frozenset[str] = frozenset()  # "rebel-held", "held by IS": the holder was hit
    holding_links: frozenset[str] = frozenset()  # the "by" of "held by IS"
    holding_places: frozenset[str] = frozenset()  # "rebel areas": the name holds them
    # "held by the extremist Islamic State group", "controlled by Syria's rebels": words that
    # may stand between the link and the holder's name (none of another side's)
    holding_reach: int = 0
    taken_from: frozenset[str] = frozenset()  # "seized X from Y": Y lost the ground
    belonging: frozenset[str] = frozenset()  # "تابعة لـ X": X owns the noun before
    belonging_links: frozenset[str] = frozenset()  # the "إلى" of "ينتمون إلى X"
    bodies: frozenset[str] = frozenset()  # "قوة تابعة لـ X" in the subject slot: X acts
    branches: frozenset[str] = frozenset()  # "النصرة ذراع القاعدة": X owns the group before
    object_endings: tuple[str, ...] = ()  # "الحوثيين": an oblique plural, never the subject
    object_constructs: frozenset[str] = frozenset()  # "مسلحي الحوثي": an oblique construct
    noun_objects: frozenset[str] = frozenset()  # "استهداف داعش مسجدا": the noun's object
    laid_for: frozenset[str] = frozenset()  # "نصبت كمينا لمجموعة": whom the trap awaited
    relative_agent: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "تبناه X": acts
    relative_reach: int = 0  # how many words after the event word such a clause may stand
    hand_agent: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "على يد X" …
    hand_reach: int = 0  # … after the victims named: this many words from the event word
    companions: frozenset[str] = frozenset()  # "X وحلفاؤه من Y": Y shares X's part
    side_ends: frozenset[str] = frozenset()  # "X وحلفاؤه من جهة": one side of a fight ends
    alternatives: frozenset[str] = frozenset()  # "القاعدة أو داعش": one of two, the same part
    members_named: frozenset[str] = frozenset()  # "جيش الفتح المؤلف من النصرة": together
    members_between: frozenset[str] = frozenset()  # ("من فصائل أبرزها" between the two)
    members_openers: frozenset[str] = frozenset()  # ("، الذي يضم": before the word)
    followers: frozenset[str] = frozenset()  # "مسلحون من أتباع X": X's gunmen
    passive_members: frozenset[str] = frozenset()  # "an IS leader was killed": side to verb
    # "Ahrar al-Sham's leader was killed": the ending of a possessive (after an apostrophe)
    # that may stand between the side's name and its member words
    possessive_endings: frozenset[str] = frozenset()
    headline_after: frozenset[str] = frozenset()  # "IS leader killed in Syria": after the verb
    perfect: frozenset[str] = frozenset()  # "have" of "militants have been killed"
    within: frozenset[str] = frozenset()  # "Hader in Quneitra province": the place holding it
    repels: frozenset[str] = frozenset()  # "أعلنت X صد هجوم": the speaker X fought it
    report_openers: frozenset[str] = frozenset()  # "قالت الشرطة إن …": a report, no deed of hers
    own_men: frozenset[str] = frozenset()  # "إن جنوده قتلوا": the speaker's own men act
    soldiers: frozenset[str] = frozenset()  # "قال الجيش إن جنديين قتلا": the speaker was hit
    member_ranks: frozenset[str] = frozenset()  # "بقتل عقيد في الجيش": the force's man, hit
    report_links: frozenset[str] = frozenset()  # "أعلن الجيش عن مقتل جنديين": before the noun
    claim_negations: frozenset[str] = frozenset()  # "ولم تعلن X مسؤوليتها": no claim
    stationed_verbs: frozenset[str] = frozenset()  # "مناطق يتمركز فيها X": X was hit there
    stationed_links: frozenset[str] = frozenset()  # the "فيها" of it
    deeds: frozenset[str] = frozenset()  # "الحادث الذي استهدف X": X was the deed's object
    martyr_verbs: frozenset[str] = frozenset()  # "X استشهدوا إثر قصف": X's men died
    happenings: frozenset[str] = frozenset()  # "X … حدث تفجير": X did not do it
    deed_verbs: frozenset[str] = frozenset()  # "غارات استهدفت X": the deed is the subject
    after_target: frozenset[str] = frozenset()  # "ضربات بحق X": X hit, after the event word only
    fire_verbs: frozenset[str] = frozenset()  # "القوات الموالية لX أطلقت قذائف": X's men fired
    happening_nouns: frozenset[str] = frozenset()  # "تحت وقع الضربات": no verb after these
    vengeance: frozenset[str] = frozenset()  # "X vowed revenge for the strike": X was hit
    possessed_men: frozenset[str] = frozenset()  # "قتلوا اثنين من جنوده": whose men died
    one_of: frozenset[str] = frozenset()  # "قتلوا أحد جنوده": one of them
    # "two of its soldiers were killed", "killing three of their fighters": English writes the
    # possessive pronoun apart — these pronouns before a word of `possessed_men`
    possessive_pronouns: frozenset[str] = frozenset()
    # "killed a senior Nusra commander": the words between a result word and a side named before
    # one of its men (`role_possessors.member_named`; empty in Arabic)
    member_named_before: frozenset[str] = frozenset()
    spokesmen: frozenset[str] = frozenset()  # "المكتب الإعلامي للمقاومة": X speaks, unhit
    spokesman_adjectives: frozenset[str] = frozenset()  # the "الإعلامي" between
    outlets: frozenset[str] = frozenset()  # "قناة المسيرة التابعة للحوثيين": X speaks through it
    # "a media unit run by Hezbollah" (subject-first): an outlet's word of ownership and the
    # link before its owner (`role_cues.outlet_owner`; empty in Arabic, which reads ل)
    outlet_owned: frozenset[str] = frozenset()
    outlet_links: frozenset[str] = frozenset()
    noun_openers: frozenset[str] = frozenset()  # "تمكنت من طرد X": a verb's form is its noun
    progressive: frozenset[str] = frozenset()  # "were bombing X": an -ing form's X is hit
    held_words: frozenset[str] = frozenset()  # "من سيطرة X": X held the ground taken
    held_links: frozenset[str] = frozenset()  # (the "من" before the word)
    lost_by: frozenset[str] = frozenset()  # "فقدت X سيطرتها على": X lost the ground
    worship: frozenset[str] = frozenset()  # "تفجير مسجد قوات الطوارئ": X's worshippers were hit
    worship_reach: int = 0  # words from the house of prayer to X
    busy_openers: frozenset[str] = frozenset()  # "أثناء قيام X بأداء الصلاة": X was hit
    busy_words: frozenset[str] = frozenset()  # (the "قيام")
    rescue_words: frozenset[str] = frozenset()  # "الشرطة تقوم بنقل القتلى": X took no part
    rescue_objects: frozenset[str] = frozenset()  # (the "القتلى")
    rescue_reach: int = 0  # words from X to the word of carrying off
    dead_nouns: frozenset[str] = frozenset()  # "المصابين من منسوبي X": X was hit
    held_verbs: frozenset[str] = frozenset()  # "المدينة التي سيطر عليها X": X held it
    support: frozenset[str] = frozenset()  # "backed by X": X is an ally, not who acted
    accusatives: frozenset[str] = frozenset()  # "قوات الأمن قتلت مسلحا": the verb's object
    noun_subject_verbs: frozenset[str] = frozenset()  # "أسفر قصف": the event word is a noun
    exposure: frozenset[str] = frozenset()  # "تعرضت قوات الأمن لهجوم": X was hit
    inquiry: frozenset[str] = frozenset()  # "مرتبط بالهجوم": the event is looked into
    relative_dead: frozenset[str] = frozenset()  # "الجنود الذين جرحوا في": X was hit
    inquiry_links: frozenset[str] = frozenset()  # "بحثا عن عبوات"
    inquirers: frozenset[str] = frozenset()  # "وتكثف الأجهزة جهودها للكشف عن ملابسات الحادث"
    inquirer_reach: int = 0  # words from such a side to the word of inquiry
    adverbial: frozenset[str] = frozenset()  # "…, before taking X": the sentence's subject acts
    participle_nouns: frozenset[str] = frozenset()  # "airstrikes and shelling": a noun after these
    ours_words: frozenset[str] = frozenset()  # "قصفت الطائرات مواقعنا": the speaker was hit
    ours_suffixes: tuple[str, ...] = ()  # (the "نا")
    taken_on: frozenset[str] = frozenset()  # "سيطرة X على المدينة": X took it
    taken_on_reach: int = 0  # words from X to its "على"
    held_under: frozenset[str] = frozenset()  # "تحت سيطرة X": X held, whatever follows
    taker_groups: frozenset[str] = frozenset()  # "سيطرة تجمع X على": a group word between
    used_verbs: frozenset[str] = frozenset()  # "طرق يستخدمها X": X was where the blow fell
    used_places: frozenset[str] = frozenset()  # (the "طرق")
    used_reach: int = 0  # words from the place to the verb
    deed_carriers: frozenset[str] = frozenset()  # "قيام X وY بالسيطرة": X and Y acted
    state_subject_verbs: frozenset[str] = frozenset()  # "تركيا شنت غارات": Turkey acted
    own_country: frozenset[str] = frozenset()  # "الوزير التركي: أن بلاده ستبدأ": Turkey acts
    dead_others: frozenset[str] = frozenset()  # "وخمسة متشددين آخرين قتلوا": the same side's
    # "إن الجيش قصف ميليشيات الحوثي": a side before the verb is its subject, unless one of
    # these stands before it; the side after the verb is its object (`role_fronted`)
    fronted_stops: frozenset[str] = frozenset()
    noun_agent_verbs: frozenset[str] = frozenset()  # "فجرت": a phrase spelt as a verb, no noun
    object_pronouns: tuple[str, ...] = ()  # "قصفتهم": the verb's own object, the side before a topic
    # "backed by regime ally Iran": a title of an ally (and one word before it) between an
    # agent phrase of support and the name it names as an ally (`role_cues.ally_cue`)
    ally_titles: frozenset[str] = frozenset()
    state_noun_stops: frozenset[str] = frozenset()  # "هجوم تونس لم يكن", "احتلال مصر للصدارة"
    fought_words: frozenset[str] = frozenset()  # "بعد معارك مع X": X was fought
    fight_nouns: frozenset[str] = frozenset()  # "بمحاربة X": X is fought, never acts
    fight_subject_links: frozenset[str] = frozenset()  # (the "ضد" of "قتال X ضد Y": X fights)
    fought_links: frozenset[str] = frozenset()  # (the "مع")
    # "جسرين … أن التنظيم يستخدمهما": a dual pronoun on a verb of using points back to the two
    # places hit, however far before it in the sentence
    used_duals: tuple[str, ...] = ()
    # "غارات لدفع الحوثيين إلى الداخل", "بهدف إجبار المسلحين": whom the blow was to drive was hit
    compel_words: frozenset[str] = frozenset()
    compel_links: frozenset[str] = frozenset()  # (the "بهدف")
    compel_verbs: frozenset[str] = frozenset()  # "shelling forced the rebels out": X was driven
    facility_words: frozenset[str] = frozenset()  # "near the headquarters of X": X owns the site hit
    facility_links: frozenset[str] = frozenset()  # (the "of")
    # "destroyed two buildings used by IS": X used what was struck or taken (`role_struck.used_by`)
    use_words: frozenset[str] = frozenset()
    use_links: frozenset[str] = frozenset()  # (the "as" of "used as a base by IS")
    use_reach: int = 0  # words after the link
    use_between: frozenset[str] = frozenset()  # "a tunnel which was used by": before the word
    # "Kurdish forces killed at least 16 IS militants": words of a qualified count between a
    # verb and its count — the verb's count still follows it (`role_agents.count_follows`)
    count_qualifiers: frozenset[str] = frozenset()
    # "an anti-IS offensive": a side glued after these is what the noun opposes (`role_near.opposed`)
    opposed_prefixes: frozenset[str] = frozenset()
    opposed_words: frozenset[str] = frozenset()  # "القوات المناهضة للحوثيين": before a ل
    strike_author_verbs: frozenset[str] = frozenset()  # "التي تقودها السعودية" (`role_backers`)
    agent_joiners: frozenset[str] = frozenset()  # "by Iraqi and Kurdish forces": both act
    agent_articles: frozenset[str] = frozenset()  # "shelling by the rebels": "the" between
    blame_reach: int = 0  # "blamed the attack on X": words from the blame word to "on" (0: 2)
    blame_verbs: frozenset[str] = frozenset()  # "the regime blamed …": the regime takes no part
    target_breaks: frozenset[str] = frozenset()  # "على أن X": the cue reaches no X past these
    doers: frozenset[str] = frozenset()  # "منفذيه ينتمون لـ X": X did the deed
    suffering: frozenset[str] = frozenset()  # "X تكبدت خسائر": X was hit
    suffering_between: frozenset[str] = frozenset()  # ("تكبدت خلالها X", "X مازالوا يتكبدون")
    exposure_operations: frozenset[str] = frozenset()  # "X يتعرضون لعملية استنزاف جراء"
    having: frozenset[str] = frozenset()  # "كان لـ X دور": X had it, owns nothing hit
    accused: frozenset[str] = frozenset()  # "X المتهم بالوقوف خلف العملية": X did it
    accused_links: frozenset[str] = frozenset()  # (the "بالوقوف")
    cause_words: frozenset[str] = frozenset()  # "جراء ضراوة المقاومة": the event word names its cause
    # "هجوم نسب لتنظيم داعش", "ألقيت مسؤولية الهجوم على X": X is the deed's author
    attributed: frozenset[str] = frozenset()
    attributed_links: frozenset[str] = frozenset()  # (the "إلى", the ل)
    laid: frozenset[str] = frozenset()  # "مسؤولية" …
    laid_by: frozenset[str] = frozenset()  # … right after "ألقيت"
    laid_links: frozenset[str] = frozenset()  # (the "على")
    attributed_reach: int = 0  # words from the word to its link ("نسب الهجوم ل")
    attributed_partial: frozenset[str] = frozenset()  # "نسب بعضها إلى X": only some deeds
    # "في جنوب الشيخ زويد": a direction inside its place, no reference point
    direction_containers: frozenset[str] = frozenset()
    # "Blast in Azaz kills 20 rebels": the words that may open the place phrase between an
    # event noun and the result verb it is the subject of, and how many words it may span
    told_links: frozenset[str] = frozenset()
    told_reach: int = 0
    # "two IS suicide bombers were killed": the dead a toll counts who were the attackers
    toll_attackers: frozenset[str] = frozenset()


@functools.cache
def role_lexicon(language: str = DEFAULT) -> RoleLexicon:
    raw = lexicon.load("roles", language)
    agent: PhraseMatcher[bool] = PhraseMatcher()
    relative: PhraseMatcher[bool] = PhraseMatcher()
    relative.add_all((w, True) for w in raw.get("relative_agent_cues") or ())
    hand: PhraseMatcher[bool] = PhraseMatcher()
    hand.add_all((w, True) for w in (raw.get("hand_agent_cues") or {}).get("cues") or ())
    asides: PhraseMatcher[bool] = PhraseMatcher()
    asides.add_all((w, True) for w in raw.get("subject_asides") or ())
    agent.add_all((w, True) for w in raw["agent_cues"] + (raw.get("relative_agent_cues") or []))
    return RoleLexicon(frozenset(raw["target_cues"]), agent, frozenset(raw["origin"]),
                       frozenset(raw["destination"]), frozenset(raw["via"]),
                       frozenset(raw["inside"]), frozenset(raw["ally_cues"]),
                       frozenset(raw["announced_types"]), frozenset(raw.get("area_words") or ()),
                       frozenset(raw.get("direction_words") or ()), bool(raw.get("subject_first")),
                       frozenset(raw.get("member_nouns") or ()),
                       frozenset(raw.get("member_links") or ()),
                       tuple(raw.get("subject_endings") or ()),
                       frozenset(raw.get("identity_pronouns") or ()),
                       frozenset(raw.get("partitive_pronouns") or ()),
                       frozenset(raw.get("noun_agent_links") or ()),
                       int(raw.get("noun_agent_reach") or 0),
                       frozenset(raw.get("between") or ()),
                       frozenset(raw.get("between_joins") or ()),
                       frozenset(raw.get("blame_words") or ()),
                       frozenset(raw.get("blame_links") or ()),
                       frozenset((raw.get("ranking") or {}).get("words") or ()),
                       frozenset((raw.get("ranking") or {}).get("links") or ()),
                       frozenset(raw.get("martyrdom") or ()),
                       frozenset(raw.get("circumstance_links") or ()),
                       frozenset(raw.get("victim_lists") or ()),
                       frozenset((raw.get("reference_before") or {}).get("directions") or ()),
                       frozenset((raw.get("reference_before") or {}).get("links") or ()),
                       frozenset(raw.get("agent_counts") or ()),
                       frozenset(raw.get("condemners") or ()),
                       partitive_links=frozenset(raw.get("partitive_links") or ()),
                       direction_titles=frozenset(raw.get("direction_titles") or ()),
                       title_endings=tuple(raw.get("direction_title_endings") or ()),
                       direction_containers=frozenset(raw.get("direction_containers") or ()),
                       back_articles=frozenset((raw.get("back_reference") or {}).get("articles")
                                               or ()),
                       back_reach=int((raw.get("back_reference") or {}).get("reach") or 0),
                       join_fillers=frozenset(raw.get("join_fillers") or ()),
                       subject_asides=asides,
                       holding=frozenset((raw.get("holding") or {}).get("words") or ()),
                       holding_links=frozenset((raw.get("holding") or {}).get("links") or ()),
                       holding_places=frozenset((raw.get("holding") or {}).get("places") or ()),
                       holding_reach=int((raw.get("holding") or {}).get("reach") or 0),
                       taken_from=frozenset(raw.get("taken_from") or ()),
                       belonging=frozenset((raw.get("belonging") or {}).get("words") or ()),
                       belonging_links=frozenset((raw.get("belonging") or {}).get("links") or ()),
                       bodies=frozenset((raw.get("belonging") or {}).get("bodies") or ()),
                       branches=frozenset((raw.get("belonging") or {}).get("branches") or ()),
                       object_endings=tuple(raw.get("object_endings") or ()),
                       object_constructs=frozenset(raw.get("object_constructs") or ()),
                       noun_objects=frozenset(raw.get("noun_objects") or ()),
                       laid_for=frozenset(raw.get("laid_for") or ()),
                       relative_agent=relative,
                       relative_reach=int(raw.get("relative_agent_reach") or 0),
                       hand_agent=hand, hand_reach=int((raw.get("hand_agent_cues") or {}).get("reach") or 0),
                       companions=frozenset(raw.get("companions") or ()),
                       side_ends=frozenset(raw.get("side_ends") or ()),
                       alternatives=frozenset(raw.get("alternatives") or ()),
                       members_named=frozenset((raw.get("members_named") or {}).get("words") or ()),
                       members_between=frozenset((raw.get("members_named") or {}).get("between") or ()),
                       members_openers=frozenset((raw.get("members_named") or {}).get("openers") or ()),
                       followers=frozenset(raw.get("followers") or ()),
                       passive_members=frozenset(raw.get("passive_members") or ()),
                       possessive_endings=frozenset(raw.get("possessive_endings") or ()),
                       headline_after=frozenset(raw.get("headline_passives") or ()),
                       perfect=frozenset(raw.get("perfect_auxiliaries") or ()),
                       within=frozenset(raw.get("within_links") or ()),
                       repels=frozenset(raw.get("repels") or ()),
                       report_openers=frozenset(raw.get("report_openers") or ()),
                       own_men=frozenset(raw.get("own_men") or ()),
                       soldiers=frozenset(raw.get("soldiers") or ()),
                       member_ranks=frozenset(raw.get("member_ranks") or ()),
                       report_links=frozenset(raw.get("report_links") or ()),
                       claim_negations=frozenset(raw.get("claim_negations") or ()),
                       stationed_verbs=frozenset((raw.get("stationed") or {}).get("verbs") or ()),
                       stationed_links=frozenset((raw.get("stationed") or {}).get("links") or ()),
                       deeds=frozenset(raw.get("deeds") or ()),
                       martyr_verbs=frozenset(raw.get("martyrdom_verbs") or ()),
                       happenings=frozenset(raw.get("happenings") or ()),
                       happening_nouns=frozenset(raw.get("happening_nouns_after") or ()),
                       deed_verbs=frozenset(raw.get("deed_verbs") or ()),
                       fire_verbs=frozenset(raw.get("fire_verbs") or ()),
                       after_target=frozenset(raw.get("after_target_cues") or ()),
                       vengeance=frozenset(raw.get("vengeance") or ()),
                       possessed_men=frozenset(raw.get("possessed_men") or ()),
                       one_of=frozenset(raw.get("one_of") or ()),
                       possessive_pronouns=frozenset(raw.get("possessive_pronouns") or ()),
                       member_named_before=frozenset(raw.get("member_named_before") or ()),
                       spokesmen=frozenset((raw.get("spoken_for") or {}).get("words") or ()),
                       spokesman_adjectives=frozenset((raw.get("spoken_for") or {}).get("adjectives")
                                                      or ()),
                       outlets=frozenset((raw.get("spoken_for") or {}).get("outlets") or ()),
                       outlet_owned=frozenset((raw.get("spoken_for") or {}).get("owned") or ()),
                       outlet_links=frozenset((raw.get("spoken_for") or {}).get("owned_links") or ()),
                       noun_openers=frozenset(raw.get("noun_openers") or ()),
                       progressive=frozenset(raw.get("progressive_openers") or ()),
                       held_words=frozenset((raw.get("held_from") or {}).get("words") or ()),
                       held_links=frozenset((raw.get("held_from") or {}).get("links") or ()),
                       lost_by=frozenset((raw.get("held_from") or {}).get("lost_by") or ()),
                       worship=frozenset((raw.get("worship_places") or {}).get("words") or ()),
                       worship_reach=int((raw.get("worship_places") or {}).get("reach") or 0),
                       busy_openers=frozenset((raw.get("busy") or {}).get("openers") or ()),
                       busy_words=frozenset((raw.get("busy") or {}).get("words") or ()),
                       rescue_words=frozenset((raw.get("rescuers") or {}).get("words") or ()),
                       rescue_objects=frozenset((raw.get("rescuers") or {}).get("objects") or ()),
                       rescue_reach=int((raw.get("rescuers") or {}).get("reach") or 0),
                       dead_nouns=frozenset(raw.get("dead_nouns") or ()),
                       held_verbs=frozenset((raw.get("stationed") or {}).get("held") or ()),
                       support=frozenset(raw.get("support_words") or ()),
                       accusatives=frozenset(raw.get("object_accusatives") or ()),
                       noun_subject_verbs=frozenset(raw.get("noun_subject_verbs") or ()),
                       exposure=frozenset(raw.get("exposure") or ()),
                       inquiry=frozenset((raw.get("inquiry") or {}).get("words") or ()),
                       relative_dead=frozenset(raw.get("relative_dead") or ()),
                       inquiry_links=frozenset((raw.get("inquiry") or {}).get("links") or ()),
                       inquirers=frozenset((raw.get("inquiry") or {}).get("after") or ()),
                       inquirer_reach=int((raw.get("inquiry") or {}).get("reach") or 0),
                       adverbial=frozenset(raw.get("adverbial_participles") or ()),
                       participle_nouns=frozenset(raw.get("participle_nouns_after") or ()),
                       ours_words=frozenset((raw.get("ours") or {}).get("words") or ()),
                       ours_suffixes=tuple((raw.get("ours") or {}).get("suffixes") or ()),
                       taken_on=frozenset((raw.get("held_from") or {}).get("taken_on") or ()),
                       taken_on_reach=int((raw.get("held_from") or {}).get("taken_on_reach") or 0),
                       held_under=frozenset((raw.get("held_from") or {}).get("under") or ()),
                       taker_groups=frozenset((raw.get("held_from") or {}).get("taker_groups") or ()),
                       used_verbs=frozenset((raw.get("stationed") or {}).get("used") or ()),
                       used_places=frozenset((raw.get("stationed") or {}).get("used_places") or ()),
                       used_reach=int((raw.get("stationed") or {}).get("used_reach") or 0),
                       deed_carriers=frozenset(raw.get("deed_carriers") or ()),
                       state_subject_verbs=frozenset(raw.get("state_subject_verbs") or ()),
                       own_country=frozenset(raw.get("own_country") or ()),
                       dead_others=frozenset(raw.get("dead_others") or ()),
                       noun_agent_verbs=frozenset(raw.get("noun_agent_verbs") or ()),
                       fronted_stops=frozenset((raw.get("fronted_subject") or {}).get("stops") or ()),
                       object_pronouns=tuple((raw.get("fronted_subject") or {}).get("object_pronouns") or ()),
                       ally_titles=frozenset(raw.get("ally_titles") or ()),
                       state_noun_stops=frozenset(raw.get("state_noun_stops") or ()),
                       fought_words=frozenset((raw.get("fought_with") or {}).get("words") or ()),
                       fought_links=frozenset((raw.get("fought_with") or {}).get("links") or ()),
                       fight_nouns=frozenset((raw.get("fought_with") or {}).get("nouns") or ()),
                       fight_subject_links=frozenset(
                           (raw.get("fought_with") or {}).get("subject_links") or ()),
                       used_duals=tuple((raw.get("stationed") or {}).get("used_duals") or ()),
                       compel_words=frozenset((raw.get("compelled") or {}).get("words") or ()),
                       compel_links=frozenset((raw.get("compelled") or {}).get("links") or ()),
                       compel_verbs=frozenset((raw.get("compelled") or {}).get("verbs") or ()),
                       facility_words=frozenset((raw.get("facilities") or {}).get("words") or ()),
                       facility_links=frozenset((raw.get("facilities") or {}).get("links") or ()),
                       use_words=frozenset((raw.get("used_by") or {}).get("words") or ()),
                       use_links=frozenset((raw.get("used_by") or {}).get("links") or ()),
                       use_reach=int((raw.get("used_by") or {}).get("reach") or 0),
                       use_between=frozenset((raw.get("used_by") or {}).get("between") or ()),
                       count_qualifiers=frozenset(raw.get("count_qualifiers") or ()),
                       opposed_prefixes=frozenset(raw.get("opposed_prefixes") or ()),
                       opposed_words=frozenset(raw.get("opposed_words") or ()),
                       strike_author_verbs=frozenset(
                           (raw.get("strike_authors") or {}).get("verbs") or ()),
                       agent_joiners=frozenset(raw.get("agent_joiners") or ()),
                       agent_articles=frozenset(raw.get("agent_articles") or ()),
                       blame_reach=int(raw.get("blame_reach") or 0),
                       blame_verbs=frozenset(raw.get("blame_verbs") or ()),
                       target_breaks=frozenset(raw.get("target_breaks") or ()),
                       doers=frozenset((raw.get("belonging") or {}).get("doers") or ()),
                       suffering=frozenset((raw.get("suffering") or {}).get("verbs") or ()),
                       suffering_between=frozenset((raw.get("suffering") or {}).get("between") or ()),
                       exposure_operations=frozenset(raw.get("exposure_operations") or ()),
                       cause_words=frozenset(raw.get("cause_words") or ()),
                       having=frozenset(raw.get("having") or ()),
                       accused=frozenset((raw.get("accused") or {}).get("words") or ()),
                       accused_links=frozenset((raw.get("accused") or {}).get("links") or ()),
                       attributed=frozenset((raw.get("attributed") or {}).get("words") or ()),
                       attributed_links=frozenset((raw.get("attributed") or {}).get("links") or ()),
                       laid=frozenset((raw.get("attributed") or {}).get("laid") or ()),
                       laid_by=frozenset((raw.get("attributed") or {}).get("laid_by") or ()),
                       laid_links=frozenset((raw.get("attributed") or {}).get("laid_links") or ()),
                       attributed_reach=int((raw.get("attributed") or {}).get("reach") or 0),
                       attributed_partial=frozenset((raw.get("attributed") or {}).get("partial") or ()),
                       told_links=frozenset((raw.get("told_through") or {}).get("links") or ()),
                       told_reach=int((raw.get("told_through") or {}).get("reach") or 0),
                       toll_attackers=frozenset(raw.get("toll_attackers") or ()))


def window(doc: Doc, c: Candidate, width: int = ACTOR_WINDOW) -> tuple[int, int]:
    """Token range of the candidate's clause, at most ``width`` tokens either side of it."""
    cl = doc.clauses[c.clause]
    return max(cl.first, c.first_token - width), min(cl.last, c.last_token + width)
