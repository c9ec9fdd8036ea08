"""The trigger vocabulary of ``data/lexicon/triggers.yaml`` (and of each language's
``data/lexicon/<lang>/triggers.yaml``), built once per language: event words in every inflected
form (`morphology`), modality cues, and the word sets that refine a trigger's type.

Data, not a step: the actor step reads it too (an event word stays outside a force's name).
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from events import lexicon
from events.extract.morphology import noun_forms, verb_forms, verb_forms_tensed
from events.language import DEFAULT
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


# the types of violence, generic ones included (refined by roles and the final step)
VIOLENT = frozenset({"airstrike", "shelling", "clash", "attack", "bombardment", "violence"})


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
    long_ago: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "منذ زمن بعيد"
    not_ground: frozenset[str] = frozenset()  # "الاستيلاء على الأسلحة": no ground taken
    not_ground_links: frozenset[str] = frozenset()  # "تطهير المدينة من الألغام": what it clears
    tally_spans: frozenset[str] = frozenset()  # "300 عملية خلال عقد": events counted over
    tally_units: frozenset[str] = frozenset()  # a period are a tally (`event_tallies`)
    advance_verbs: frozenset[str] = frozenset()  # "تقدم بمبادرة": put forward, not advanced
    offers: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # what was put forward
    charges: frozenset[str] = frozenset()  # "في قضية اقتحام": a case tried, no deed told
    halt_verbs: frozenset[str] = frozenset()  # "أن تكف تركيا عن قصف": every form of the verb
    halt_links: frozenset[str] = frozenset()  # the "عن" right before the event word
    halt_reach: int = 0  # words from the verb to the link
    halt_negations: frozenset[str] = frozenset()  # "لم تتوقف عن قصف": it went on
    storms: frozenset[str] = frozenset()  # "اقتحم مسلحون مركزا للشرطة": every form
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
    repelled_by: frozenset[str] = frozenset()  # "التصدي لهجوم": the blow repelled, no aim
    curbs: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "لاحتواء الهجمات"
    # "the coalition fighting IS in Syria": an ambiguous fight word's participle right after a
    # side's name is a relative clause without its pronoun (`trigger_filters._relative_state`)
    reduced_relatives: bool = False
    # every form of the nouns of generic violence whose weak strike verb right after tells what
    # they did ("a terrorist attack hit near the mosque": no strike of its own)
    hitting_nouns: frozenset[str] = frozenset()
    headings: frozenset[str] = frozenset()  # "اتجهوا شمالا", "تتجه إليها": a way after توجه
    flashback_tolls: frozenset[str] = frozenset()  # "وكانت الحصيلة الأولى": an earlier count
    counts: PhraseMatcher[bool] = field(default_factory=PhraseMatcher)  # "وصل عدد القتلى":
    fall_verbs: frozenset[str] = frozenset()  # a figure reached or fell, nobody moved
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
    gunfire: AirDrops | None = None  # "فتح مسلح النار": a verb of firing, then the fire


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

    def any_verb(self, stems: frozenset[str] | set[str]) -> bool:
        """A form of a start verb or noun, or of a carrying verb ("بدأت", "يشن")."""
        return not (self.starts.isdisjoint(stems) and self.carries.isdisjoint(stems))


def _forms(language: str, verbs: Iterable[str] = (), nouns: Iterable[str] = ()) -> frozenset[str]:
    """Every generated form of ``verbs`` and ``nouns`` (morphology.yaml): what a word written
    in any conjugation or with any pronoun suffix is matched against."""
    return frozenset([f for v in verbs for f in verb_forms(v, language)]
                     + [f for n in nouns for f in noun_forms(n, language)])


def _launches(raw: dict, language: str) -> Launches:
    starts = _forms(language, raw["verbs"], raw["starts"])
    carries = _forms(language, raw["carry_verbs"])
    return Launches(starts, carries, frozenset(raw["nouns"]),
                    frozenset(raw["carry_nouns"]), int(raw["window"]),
                    frozenset(raw.get("settings") or ()), frozenset(raw.get("aimed") or ()))


def _air_drops(raw: dict | None, language: str) -> AirDrops | None:
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    return AirDrops(forms, frozenset(raw["aircraft"]), frozenset(raw["weapons"]),
                    frozenset(raw["cargo"]), int(raw["window"]))


def _dispatches(raw: dict | None, language: str) -> AirDrops | None:
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    forms.update((f, "past") for f in raw.get("past") or ())
    return AirDrops(forms, frozenset(), frozenset(raw["forces"]), frozenset(), int(raw["window"]),
                    "deployment")


def _gunfire(raw: dict | None, language: str) -> AirDrops | None:
    """The verbs of firing (every form, with its tense), the fire they fire and the word of
    what it is fired at, as a verb and object pair of `AirDrops` (no aircraft; the word of the
    target where a drop has its cargo)."""
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    return AirDrops(forms, frozenset(), frozenset(raw["objects"]), frozenset(raw.get("at") or ()),
                    int(raw["reach"]), "violence")


def flag_matcher(phrases: Iterable[str]) -> PhraseMatcher[bool]:
    """A matcher that only says whether one of ``phrases`` stands at a token."""
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add_all((p, True) for p in phrases)
    return m


@functools.cache
def trigger_lexicon(language: str = DEFAULT) -> TriggerLexicon:
    data = lexicon.load("triggers", language)
    figures = data.get("figurative_objects") or {}
    halting, storms = data.get("halting") or {}, data.get("storms") or {}
    downings = data.get("downings") or {}
    possibility = data["modality"].get("possibility") or {}
    trig: PhraseMatcher[TriggerInfo] = PhraseMatcher()
    for group in data["triggers"]:
        info = TriggerInfo(group["type"], float(group.get("strength", 1.0)),
                           bool(group.get("participle")), group.get("object_role"),
                           bool(group.get("target_after")), bool(group.get("place_after")),
                           downs=bool(group.get("downs")),
                           heading_after=bool(group.get("heading_after")))
        for verb in group.get("verbs") or []:
            for form, tense in verb_forms_tensed(verb, language):  # a participle is no verb
                trig.add(form, replace(info, verb=tense != "participle", tense=tense))
        for noun in group.get("nouns") or []:
            for form in noun_forms(noun, language):
                trig.add(form, info)
        for p in group.get("phrases") or []:
            trig.add(p, info)
    mod: PhraseMatcher[str] = PhraseMatcher(particles=True)
    for modality, cues in data["modality"]["cues"].items():
        for c in cues:
            mod.add(c, modality)
    sup: PhraseMatcher[str] = PhraseMatcher()
    for p in data["suppress"]:
        sup.add(p, "suppress")
    return TriggerLexicon(trig, mod, int(data["modality"]["window"]),
                          dict(data["modality"].get("windows") or {}),
                          frozenset(data["absorb_cues"]), frozenset(data["air_words"]),
                          frozenset(data["ground_words"]), sup, frozenset(data["equipment_cues"]),
                          frozenset(data["relatives"]), frozenset(data["circumstance_cues"]),
                          _launches(data["launches"], language), frozenset(data["since_cues"]),
                          frozenset(data["anniversary_cues"]),
                          frozenset(data["tallies"]["cues"]), frozenset(data["tallies"]["recent"]),
                          flag_matcher(data["tag_openers"]), frozenset(data["flashback_openers"]),
                          _forms(language, data["undergo_verbs"]),
                          frozenset(data["demonstratives"]["before"]),
                          frozenset(data["demonstratives"]["after"]),
                          frozenset(data.get("determiners") or ()),
                          frozenset(data["modality"].get("not_spelled") or ()),
                          frozenset((data.get("purpose") or {}).get("words") or ()),
                          frozenset((data.get("purpose") or {}).get("not_after") or ()),
                          frozenset(data.get("aftermath_cues") or ()),
                          frozenset(data.get("since_long") or ()),
                          tuple(tuple(c.split()) for c in data.get("support_cues") or ()),
                          flag_matcher(data.get("another_openers") or []),
                          frozenset(data.get("protest_cues") or ()),
                          frozenset(data.get("detention_objects") or ()),
                          frozenset(data.get("agreement_breaks") or ()),
                          flag_matcher(data.get("tasked_with") or []),
                          frozenset(data.get("air_words_unless_ground") or ()),
                          frozenset(data["modality"].get("before_first") or ()),
                          flag_matcher(data.get("held_under") or []),
                          frozenset(data.get("came_under") or ()),
                          frozenset(data.get("claimed_cues") or ()),
                          flag_matcher(data.get("violence_halts") or []),
                          flag_matcher(data.get("attacked_buildings") or []),
                          flag_matcher([*(data.get("civil_aircraft") or ()),
                                        *(data.get("air_bases") or ())]),
                          flag_matcher(data.get("aid_cargo") or []),
                          flag_matcher(data["modality"].get("scope_ends") or []),
                          frozenset(data.get("handling_cues") or ()),
                          frozenset(data.get("figurative_after") or ()),
                          frozenset(data.get("figurative_before") or ()),
                          frozenset(figures.get("next") or ()),
                          frozenset(figures.get("blasts") or ()),
                          flag_matcher(figures.get("object") or []),
                          frozenset(figures.get("arrivals") or ()),
                          flag_matcher(figures.get("messages") or []),
                          frozenset(data.get("crime_nouns") or ()),
                          flag_matcher((data.get("aims") or {}).get("openers") or []),
                          frozenset((data.get("aims") or {}).get("bridges") or ()),
                          _air_drops(data.get("air_drops"), language),
                          frozenset((data.get("novelty") or {}).get("before") or ()),
                          frozenset((data.get("novelty") or {}).get("adverbs") or ()),
                          frozenset(data.get("passive_auxiliaries") or ()),
                          attempt_qualifiers=frozenset(data["modality"].get(
                              "attempt_qualifiers") or ()),
                          long_ago=flag_matcher(data.get("long_ago") or []),
                          ongoing_auxiliaries=frozenset((data.get("relative_states") or {}).get(
                              "between") or ()),
                          progressive_auxiliaries=frozenset((data.get("relative_states") or {}).get(
                              "progressive") or ()),
                          fire_sites=flag_matcher(data.get("fire_sites") or []),
                          standing=frozenset(data.get("standing_nouns") or ()),
                          aftermath_bridges=frozenset(data.get("aftermath_bridges") or ()),
                          facing=tuple(frozenset((data.get("facing") or {}).get(k) or ())
                                       for k in ("before", "words", "keep_next")),
                          anchor_before=frozenset((data.get("time_anchors") or {}).get("before") or ()),
                          anchor_spans=frozenset((data.get("time_anchors") or {}).get("spans") or ()),
                          anchor_links=frozenset((data.get("time_anchors") or {}).get("links") or ()),
                          aircraft=flag_matcher((data.get("overflights") or {}).get("aircraft") or []),
                          overflight=flag_matcher((data.get("overflights") or {}).get("cues") or []),
                          advance_verbs=frozenset(figures.get("advances") or ()),
                          charges=frozenset(data.get("charges") or ()),
                          halt_verbs=_forms(language, halting.get("verbs") or ()),
                          halt_links=frozenset(halting.get("links") or ()),
                          halt_reach=int(halting.get("reach") or 0),
                          halt_negations=frozenset(halting.get("not_after") or ()),
                          storms=_forms(language, storms.get("verbs") or (), storms.get("nouns") or ()),
                          entry_words=frozenset(figures.get("entries") or ()),
                          joined=frozenset(figures.get("joined") or ()),
                          alliances=frozenset(figures.get("alliances") or ()),
                          join_links=frozenset(figures.get("join_links") or ()),
                          offers=flag_matcher((figures.get("messages") or [])
                                              + (figures.get("offers") or [])),
                          dispatches=_dispatches(data.get("dispatches"), language),
                          since_reach=int(data.get("since_reach") or 0),
                          accident_anaphora=frozenset(data.get("accident_anaphora") or ()),
                          spread_verbs=frozenset(figures.get("spreads") or ()),
                          teachings=flag_matcher((figures.get("messages") or [])
                                                 + (figures.get("teachings") or [])),
                          purpose_joiners=frozenset((data.get("purpose") or {}).get("joiners") or ()),
                          purpose_heads=_forms(language, nouns=(data.get("purpose") or {}).get(
                              "heads") or ()),
                          not_ground=frozenset((data.get("not_ground") or {}).get("words") or ()),
                          not_ground_links=frozenset((data.get("not_ground") or {}).get("links") or ()),
                          tally_spans=frozenset((data.get("event_tallies") or {}).get("spans") or ()),
                          tally_units=frozenset((data.get("event_tallies") or {}).get("units") or ()),
                          possible=frozenset(possibility.get("particles") or ()),
                          present_prefixes=tuple(possibility.get("present_prefixes") or ()),
                          downed=flag_matcher(downings.get("aircraft") or []),
                          downed_reach=int(downings.get("window") or 0),
                          downed_doubts=frozenset(downings.get("doubts") or ()),
                          war_aims=frozenset((data.get("aims") or {}).get("wars") or ()),
                          not_next={k: frozenset(v) for k, v in (
                              data["modality"].get("not_next") or {}).items()},
                          repelled_by=_forms(language, (data.get("repels") or {}).get("verbs") or (),
                                             (data.get("repels") or {}).get("nouns") or ()),
                          curbs=flag_matcher(data.get("curbs") or []),
                          reduced_relatives=bool((data.get("relative_states") or {}).get(
                              "after_side")),
                          hitting_nouns=_forms(language, nouns=data.get("hitting_nouns") or ()),
                          headings=frozenset(data.get("headings") or ()),
                          flashback_tolls=frozenset(data.get("flashback_tolls") or ()),
                          counts=flag_matcher(figures.get("counts") or []),
                          fall_verbs=frozenset(figures.get("falls") or ()),
                          told_before=flag_matcher(data.get("told_before") or []),
                          many_targets=flag_matcher((data.get("event_tallies") or {}).get(
                              "many_targets") or []),
                          tally_bounds=frozenset((data.get("event_tallies") or {}).get("bounds") or ()),
                          purpose_forcing=frozenset((data.get("purpose") or {}).get("forcing") or ()),
                          intent_referents=frozenset(data["modality"].get("intent_referents") or ()),
                          presence_openers=frozenset(data.get("presence_openers") or ()),
                          back_pointers=frozenset(data.get("back_pointers") or ()),
                          topic_openers=frozenset(data["modality"].get("topic_openers") or ()),
                          gunfire=_gunfire(data.get("split_gunfire"), language))
