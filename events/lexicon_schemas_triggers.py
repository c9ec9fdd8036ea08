"""JSON Schema of the trigger lexicon (``data/lexicon/triggers.yaml`` and ``en/triggers.yaml``):
the event words by type, the modality cues and their windows, and the many word lists the
trigger, candidate and build steps read. The largest schema and the one that grows most often,
so it has its own file; `events.lexicon_schemas` lists it with the others in `SCHEMAS`. A new
key of triggers.yaml goes here.
"""
from __future__ import annotations

from events.lexicon_schema_parts import BOOL, INT, PHRASES, STR, WRITTEN, dict_of, obj
from events.model import EVENT_TYPES

# generic types a trigger may have until its actors settle them (`events.extract.build`)
TRIGGER_TYPES = list(EVENT_TYPES) + ["bombardment", "violence", "detention"]
MODALITY_CUES = ["attempted", "prevented", "alleged", "alleging", "demanded", "denied", "negated",
                 "planned", "threatened", "habitual"]
# the optional kinds too: conditions ("إذا"), permissions ("سمحت لـ X بشن غارات": planned)
# impossibility ("من المتعذر عليهم الانسحاب": negated, over a wider window) and fears ("خوفا
# من وصول المقاومة": planned, of the event after the cue only)
MODALITY_KINDS = MODALITY_CUES + ["hypothetical", "any_attempt", "permitted", "impossible", "feared", "provided",
                                  "soon", "promised", "continuing", "unspecified", "every", "imminent",
                                  "intending", "ahead", "consequent", "purported", "asked",
                                  "unconfirmed", "obliged", "past_years", "failed"]

TRIGGERS = obj(
    {"triggers": {"type": "array", "minItems": 1, "items": obj(
        {"type": {"enum": TRIGGER_TYPES}},
        {"strength": {"type": "number", "minimum": 0, "maximum": 1},
         "participle": BOOL, "target_after": BOOL, "place_after": BOOL, "downs": BOOL,
         "heading_after": BOOL, "forces_after": BOOL,
         "object_role": {"enum": ["origin", "destination", "via"]},
         "phrases": PHRASES, "verbs": PHRASES, "nouns": PHRASES,
         "note": STR},
        anyOf=[{"required": ["phrases"]}, {"required": ["verbs"]}, {"required": ["nouns"]}])},
     "modality": obj({"window": INT, "cues": obj({k: PHRASES for k in MODALITY_CUES},
                                                 {"hypothetical": PHRASES, "permitted": PHRASES,
                                                  # "must leave": asked for, the event after it
                                                  "obliged": PHRASES,
                                                  "impossible": PHRASES, "feared": PHRASES,
                                                  "preventing": PHRASES,
                                                  # "اتفاق يقضي بقصف": what a deal provides for
                                                  "provided": PHRASES,
                                                  # "قريبا": the event before it is to come
                                                  "soon": PHRASES,
                                                  # "تعهدت بتحرير": what is promised
                                                  "promised": PHRASES,
                                                  # "ستستمر في تحرير": what will go on
                                                  "continuing": PHRASES,
                                                  # "أي هجوم": any attack, none of a day
                                                  "unspecified": PHRASES,
                                                  # "كل هجوم": every attack, none of a day
                                                  "every": PHRASES,
                                                  # "لأي محاولة لاقتحام": any attempt, none made
                                                  "any_attempt": PHRASES,
                                                  # "فشلت في اقتحام": tried, not done
                                                  "failed": PHRASES,
                                                  # "خلال السنوات الماضية": over past years
                                                  "past_years": PHRASES,
                                                  # "قرب سقوط القاعدة": its fall is near
                                                  "imminent": PHRASES,
                                                  # "تنوي شن هجمات": meant
                                                  "intending": PHRASES,
                                                  # "حتى يتم تحرير": still ahead
                                                  "ahead": PHRASES,
                                                  # "إن السيطرة عليها ستعني": what it will bring
                                                  "consequent": PHRASES,
                                                  # "killed 48 alleged rebels": an adjective of
                                                  # alleging, of the noun after it only
                                                  "purported": PHRASES,
                                                  # "انسحابهم لا يمكن تأكيده": unconfirmed
                                                  "unconfirmed": PHRASES,
                                                  # "من وراء تفجيرات سيناء؟": asked about
                                                  "asked": PHRASES})},
                     {"windows": {"type": "object",
                                  "propertyNames": {"enum": MODALITY_KINDS},
                                  "additionalProperties": INT},
                      # kinds whose cue qualifies the event word before it first (adverbs
                      # follow their verb: "يقصف النظام بانتظام")
                      "before_first": {"type": "array",
                                       "items": {"enum": MODALITY_KINDS}},
                      "not_spelled": WRITTEN,
                      # a cue followed by one of its words is another word ("قريبا من":
                      # near, not soon)
                      "not_next": dict_of(PHRASES, keys="phrases"),
                      # ... or a word that begins with one of these ("كل الغارات": all the
                      # strikes, not every strike)
                      "not_next_prefixes": dict_of(PHRASES, keys="phrases"),
                      # "هاجموا المدينة في محاولة فاشلة": the words that may follow an attempt
                      # cue that looks back to the deed before it (any other word is its aim)
                      "attempt_qualifiers": PHRASES,
                      # "فشلت القوات في اقتحام": what a failure governs follows one of these
                      "failed_links": PHRASES, "failed_verb_links": PHRASES,
                      # "would raise a reported chemical attack": adjectives that mark an
                      # event noun as told done, out of reach of a cue of what is to come
                      "done_adjectives": PHRASES,
                      # "حتى ينسحب الحوثيون": a present verb after one of these is still to
                      # come (`modality_binding._until`)
                      "until": PHRASES,
                      "until_times": PHRASES,
                      # "عملية كان التنظيم ينوي تنفيذها": a planned cue with one of these
                      # after it binds the event word before it
                      "intent_referents": PHRASES,
                      # "إن السيطرة على المدينة ستعني": what a deed's noun that brings
                      # something follows
                      "topic_openers": PHRASES,
                      # nouns that a cue governs instead of the event after them ("دعت إلى
                      # التحقيق في الغارة": the strike investigated happened)
                      "scope_ends": PHRASES,
                      # "قد يؤدي", "قد يشن": a particle that, before a present verb (its
                      # prefixes, or a present event verb), tells what may happen
                      "possibility": obj({"particles": PHRASES, "present_prefixes": PHRASES})}),
     "absorb_cues": PHRASES, "equipment_cues": PHRASES, "air_words": PHRASES,
     "ground_words": PHRASES, "suppress": PHRASES, "relatives": PHRASES,
     "circumstance_cues": PHRASES, "since_cues": PHRASES, "tag_openers": PHRASES,
     "tallies": obj({"cues": PHRASES, "recent": PHRASES}),
     "anniversary_cues": PHRASES,
     "flashback_openers": PHRASES, "undergo_verbs": PHRASES, "demonstratives": obj({"before": PHRASES, "after": PHRASES}),
     "launches": obj({"verbs": PHRASES, "starts": PHRASES, "carry_verbs": PHRASES, "nouns": PHRASES,
                      "carry_nouns": PHRASES, "window": INT}, {"settings": PHRASES,
                                                               "aimed": PHRASES,
                                                               # "the Wrath of Euphrates
                                                               # operation": inside a name
                                                               "name_links": PHRASES})},
    # words before an event noun that make it definite (English "the attack"; Arabic uses ال)
    {"determiners": PHRASES,
     # "فتح مسلح النار داخل سينما": a verb of firing, its shooter, then the fire
     "split_gunfire": obj({"verbs": PHRASES, "objects": PHRASES, "reach": INT}, {"at": PHRASES}),
     # "drove IS out of the town": a verb of expulsion, the side, then its particle
     "split_expulsions": obj({"verbs": PHRASES, "particles": PHRASES, "window": INT},
                             {"fillers": PHRASES}),
     # "مقتل ثلاثة بتحطم طائرة": a crash word near an aircraft tells an accident, and so does
     # a road word near a road vehicle ("انقلبت حافلة")
     "crashes": obj({"verbs": PHRASES, "nouns": PHRASES, "aircraft": PHRASES,
                     "warplanes": PHRASES, "reach": INT},
                    {"road_verbs": PHRASES, "road_nouns": PHRASES, "vehicles": PHRASES}),
     # "تصدت القوات لهجوم": after a verb or noun of repelling, ل introduces the blow repelled
     "repels": obj({"verbs": PHRASES, "nouns": PHRASES}),
     # a verb right after one of `words` is an aim ("an offensive to retake the town"), unless
     # the word before that is in `not_after` ("forced to withdraw"); Arabic marks it with ل
     # (no `words`), and a verb of forcing before it tells a deed too ("اضطرت للانسحاب")
     # (joiners: "لتحرير وتطهير": the proclitic of an event word joined to an aim, aimed too)
     "purpose": obj({"not_after": PHRASES}, {"words": PHRASES, "joiners": PHRASES,
                                                   "heads": PHRASES, "forcing": PHRASES,
                                                   "operations": PHRASES,
                                                   "operation_aims": PHRASES,
                                                   "operations_done": PHRASES,
                                                   # "to carpet bomb": a word between
                                                   "adverbs": PHRASES,
                                                   # "to bomb X and hit Y": the second aimed
                                                   "verb_joiners": PHRASES}),
     "charge_links": PHRASES,
     # "وقد أسفر الحادث عن إصابة": the incident named back, after an accident's sentence
     "accident_anaphora": PHRASES,
     # "after the city's liberation": ground taken named as what came before
     "aftermath_cues": PHRASES, "aftermath_bridges": PHRASES,
     # "يتعرض الحي منذ عدة أشهر لهجمات": a since-cue before months or years in a clause told
     # in the present is a state
     "since_long": PHRASES,
     # "منذ يومين انطلاق المعركة": a since-cue before a few days or hours means "ago"
     "since_ago": PHRASES,
     # "since the start of the revolt in March 2011": how many words a since-phrase may run
     # before the month or year that ends it (none: only a date right after the cue)
     "since_reach": INT,
     # "قصفها الجيش منذ زمن بعيد", "years ago": an event told as long past, history
     "long_ago": PHRASES,
     # "rebels backed by tanks and air strikes": weapons after these back a force, no event
     "support_cues": PHRASES,
     # "صنع القنبلة", "smuggling explosives": a weapon made, held or moved, no blast told
     "handling_cues": PHRASES,
     # "المعركة القضائية", "legal battle": a fight word so qualified is no fighting
     "figurative_after": PHRASES, "figurative_before": PHRASES,
     # "مصادر إطلاق القذائف": where fire comes from, no event
     "fire_sites": PHRASES,
     # "قوات الاحتلال", "فترة الاحتلال الحوثي": with its article the noun names a lasting state
     "standing_nouns": PHRASES,
     # "في مواجهة تنظيم داعش": against, facing; no clash unless "مع", "بين", an adjective…
     "facing": obj({"before": PHRASES, "words": PHRASES, "keep_next": PHRASES}),
     # "قبل ساعات من الغارة": an event noun dating the clause by another event
     "time_anchors": obj({"before": PHRASES, "spans": PHRASES, "links": PHRASES}),
     # "حلقت طائرات مسيرة فوق المدينة": aircraft flying over strike nothing
     "overflights": obj({"aircraft": PHRASES, "cues": PHRASES}),
     # "في قضية اقتحام قسم الشرطة": a charge or a court case, no deed of the news
     "charges": PHRASES,
     # "في محاولة لاحتواء الهجمات": an event word right after one is what a measure is to
     # curb, kinds of violence, not an event told (nor one attempted)
     "curbs": PHRASES,
     # "تتصدى للتطرف", "فجرت مفاجأة": any event word with one of these right after is a figure
     "figurative_objects": obj({"next": PHRASES, "blasts": PHRASES, "object": PHRASES},
                               # "وصلت معلومات": word arrived, not men
                               {"arrivals": PHRASES, "messages": PHRASES,
                                # "نشروا الإسلام": a faith spread, not troops
                                "spreads": PHRASES, "teachings": PHRASES,
                                # "تقدم بمبادرة": a proposal put forward, nobody advanced
                                "advances": PHRASES, "offers": PHRASES,
                                # "يتقدمهم قائد القوة", "الجهود التي تقدمها": led, given
                                "leading": PHRASES, "given": PHRASES,
                                # "مواجهة انتشار الحمى": a disease's spread fought
                                "spreading": PHRASES,
                                # "استعادة الشرعية": a standing regained, no ground
                                "regaining": obj({"verbs": PHRASES, "nouns": PHRASES}),
                                "regained": PHRASES,
                                # "دخول تركيا في التحالف": a war or an alliance joined
                                "entries": PHRASES, "joined": PHRASES,
                                "alliances": PHRASES, "join_links": PHRASES,
                                # "انتقلت من مرحلة الدفاع إلى مرحلة الهجوم": a stage left
                                "shifts": obj({"verbs": PHRASES, "nouns": PHRASES}),
                                "stages": PHRASES, "stage_links": PHRASES,
                                # "وصل عدد القتلى إلى 27": a figure reached, nobody came
                                "counts": PHRASES, "falls": PHRASES,
                                # "تراجعت الحكومة عن قرارها": a stance dropped
                                "backdown_links": PHRASES, "grounds": PHRASES,
                                # "a move that angered Ankara": after an article, a decision
                                "decisions": obj({"words": PHRASES, "articles": PHRASES})}),
     # "تطهير المناطق من الألغام", "استولت على كميات من الأسلحة": ground words taking these
     # take no ground
     "not_ground": obj({"words": PHRASES, "links": PHRASES},
                       {"taken": PHRASES, "subjects": PHRASES, "relatives": PHRASES,
                        "ranks": PHRASES, "far": obj({}, {"verbs": PHRASES, "nouns": PHRASES}),
                        "far_links": PHRASES}),
     # "اتجهوا شمالا", "التي تتجه المقاومة إليها": words after a heading verb (trigger flag
     # `heading_after`) that tell a way, besides the destination prepositions of roles.yaml
     "headings": PHRASES, "heading_figures": PHRASES,
     # "سيطر التنظيم على مساحات واسعة من سوريا": ground held at large, a state of the war
     "ground_at_large": obj({"heads": PHRASES, "sizes": PHRASES}),
     # "تحركت أنقرة": a state's move, politics
     "state_moves": PHRASES,
     # "حيث ينتشر المتمردون": where a force stands, no deployment told
     "presence_openers": PHRASES,
     # "الذكرى العاشرة للهجمات … وقتل فيها 52": results pointing back to the deed remembered
     "back_pointers": PHRASES,
     # "وكانت الحصيلة الأولى تفيد بمقتل 9": a toll word right after a flashback opener tells an
     # earlier count of the event just told, no earlier event
     "flashback_tolls": PHRASES,
     # "وسبق أن شنت المقاتلات غارات": a deed told as done before, history in passing
     "told_before": PHRASES,
     # "اقتحم مسلحون مركزا للشرطة": storming a building is violence, no ground taken
     "storms": obj({"verbs": PHRASES, "nouns": PHRASES}, {"homes": PHRASES}),
     # "executed nine men after seizing the village": a deed done to people held or unarmed is
     # an event of its own, never the fighting of the battle beside it (`identity._served`)
     "not_fighting": obj({"verbs": PHRASES, "nouns": PHRASES}),
     # "thousands of residents fled the town": civilians moving, no armed side's move
     # "قبل اندلاع الحرب": a war's outbreak naming a time (`trigger_filters._war_era`)
     "war_eras": obj({"outbreaks": PHRASES, "before": PHRASES, "named": PHRASES,
                      "reach": {"type": "integer", "minimum": 1}}),
     # "الحرب على داعش": a war named, no fighting (`trigger_filters._war_against`)
     "wars_against": obj({"nouns": PHRASES, "links": PHRASES, "in_words": PHRASES,
                          "in_clitics": PHRASES}),
     # "يقتل ابنه": a family's crime (`events.extract.domestic`)
     "domestic_victims": obj({"kin": PHRASES, "links": PHRASES, "openers": PHRASES,
                              "persons": PHRASES, "fighters": PHRASES}),
     "civilian_movers": PHRASES,
     # "نزح آلاف السكان": what may stand between the movers and their movement word
     "civilian_mover_bridges": PHRASES,
     # "killed 38 civilians as they tried to cross the river": the movers named by a pronoun
     "civilian_mover_pronouns": obj({"pronouns": PHRASES, "links": PHRASES}),
     "arm_units": obj({"units": PHRASES, "corps": PHRASES}, {"formations": PHRASES}),
     "blast_causes": PHRASES,
     "withdrawals": obj({"forces": PHRASES}, {"decided": PHRASES}),
     # "300 عملية خلال عقد": events counted over a period, a tally (`extract.event_tallies`)
     "event_tallies": obj({"spans": PHRASES, "units": PHRASES}, {"many_targets": PHRASES, "bounds": PHRASES}),
     # "خطر التهجير والقتل": crimes listed by their names, undated, tell no event
     "crime_nouns": PHRASES,
     # "وفي حادث مماثل": a sentence opened so tells another event than the one before
     "another_openers": PHRASES,
     # an arrest is a conflict event when it takes one of these
     "detention_objects": PHRASES,
     # "خرق الهدنة": an agreement right after one of these is broken, not made
     "agreement_breaks": PHRASES,
     # "القوة المكلفة التصدي لـ…": an event word right after one of these is a task, an aim
     "tasked_with": PHRASES, "aims": obj({"openers": PHRASES, "bridges": PHRASES}, {"wars": PHRASES}),
     # "تظاهروا احتجاجا على الغارات": an event named as what a protest is against
     "protest_cues": PHRASES,
     # "تحت سيطرة": control after one of these is held, not taken
     "held_under": PHRASES,
     # "باتت تحت سيطرة": after a verb of becoming, control named so was taken
     "came_under": PHRASES,
     # airborne only when no ground force acts ("الضربات")
     "air_words_unless_ground": PHRASES, "air_words_yielding": PHRASES,
     # "تبنت الحركة قتل شرطيين": violence its perpetrator claims is an attack, not a battle
     "claimed_cues": PHRASES,
     # "وقف القتل": violence right after one of these is to be stopped, not told
     "violence_halts": PHRASES,
     # "أن تكف تركيا عن قصف": a verb of stopping, its subject, then the link
     # ... and "halted its air strikes": the words that may stand between (English)
     "halting": obj({}, {"verbs": PHRASES, "links": PHRASES, "reach": INT, "not_after": PHRASES,
                         "bridges": PHRASES}),
     # "هجوم على مركز للشرطة": violence aimed at one of these is an attack, not a battle
     "attacked_buildings": PHRASES,
     # "بواسطة الطائرات المدنية": aircraft that make no air strike
     "civil_aircraft": PHRASES,
     # "شنت القوات هجوما لاستعادة القاعدة الجوية": a base's name, no aircraft
     "air_bases": PHRASES,
     # "وصول طائرة محملة بالمواد الغذائية": aid arriving is no force moving
     "aid_cargo": PHRASES,
     # "نقل الجرحى إلى المستشفيات": the hurt tended after a blow, no event word
     # "أسفر عن تدخل": a word of outcome with no loss after it names no violence
     "outcomes": obj({"words": PHRASES, "links": PHRASES, "losses": PHRASES, "reach": INT,
                      "loss_reach": INT}),
     # "عن تدخل": a preposition before an event word makes it a noun
     "noun_after": PHRASES,
     "tended": obj({"verbs": PHRASES, "nouns": PHRASES, "bridges": PHRASES, "objects": PHRASES,
                     "reach": INT}),
     # "انفجار ألغام زرعها الحوثيون": a device named by who laid it, no mining told
     "laid_devices": obj({"devices": PHRASES, "reach": INT}),
     "struck_weapons": obj({"weapons": PHRASES, "verbs": PHRASES, "nouns": PHRASES, "pieces": PHRASES, "reach": INT}),
     "visitors": PHRASES,
     # "فجرت قوات الأمن عبوة عثرت عليها": a device found and set off, no attack
     "controlled_blasts": obj({"words": PHRASES, "cues": PHRASES, "reach": {"type": "integer",
                                                                            "minimum": 1}}),
     # "fresh clashes", "also came under fire": a new event, not the one just told
     # (`events.extract.novelty`)
     "novelty": obj({"before": PHRASES, "adverbs": PHRASES}),
     # "a convoy heading to X was hit": a strike verb after one of these is passive, so what
     # stands before it was struck (`build._convoy_move`)
     "passive_auxiliaries": PHRASES,
     # "rebels, who have been fighting the army for years,": words between a relative pronoun
     # and a progressive verb (`trigger_filters._relative_state`): a standing state, no event
     # `after_side`: also a fight word's participle right after a side's name, the pronoun left
     # out ("the coalition fighting IS in Syria and Iraq")
     # ("the coalition fighting IS in Iraq": a side's description; "men fighting for Nusra"
     # name their own side after `allegiance`, no foe — `reduced_relatives`)
     "relative_states": obj({"between": PHRASES, "progressive": PHRASES},
                            {"after_side": BOOL, "allegiance": PHRASES}),
     # nouns of generic violence whose weak strike verb right after tells what they did ("a
     # terrorist attack hit near the mosque"), not a strike of their own
     "hitting_nouns": PHRASES,
     # "a helicopter dropped two barrels": a verb of dropping with an aircraft for subject or
     # a weapon for object is an air strike, unless cargo follows (`triggers._find_air_drops`)
     "air_drops": obj({"verbs": PHRASES, "aircraft": PHRASES, "weapons": PHRASES,
                       "cargo": PHRASES, "window": INT}),
     # "Turkey sent more tanks to the border": a verb of sending with a force for object is a
     # deployment (`past`: forms the morphology withholds from a lone word, "sent")
     "dispatches": obj({"verbs": PHRASES, "forces": PHRASES, "window": INT}, {"past": PHRASES}),
     # "rebels took the village", "the army took Ramussa": a verb of taking with a word of
     # ground or a name after it, none of `not_objects` ("took place", "taken to hospital")
     "takings": obj({"verbs": PHRASES, "places": PHRASES, "window": INT},
                    {"not_objects": PHRASES, "articles": PHRASES}),
     # "rebels shot down a regime helicopter": a downing word (trigger flag `downs`) tells an
     # event only with one of `aircraft` within `window` words (`trigger_objects.downs_aircraft`)
     "downings": obj({"aircraft": PHRASES, "window": INT}, {"doubts": PHRASES}),
     # "jets struck Douma": an aircraft right before an ambiguous strike verb, only `bridges`
     # between, names an air strike (`candidates._air_subject`)
     "air_subjects": obj({"aircraft": PHRASES}, {"bridges": PHRASES})},
)
