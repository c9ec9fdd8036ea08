"""JSON Schema of the roles lexicon (``data/lexicon/roles.yaml`` and its languages' files):
the cues that say who acts, who is hit, where a move starts and ends, and who only speaks of
an event. Checked by `events.lexicon` through `events.lexicon_schemas.SCHEMAS`; the building
blocks are in `events.lexicon_schema_parts`."""
from __future__ import annotations

from events.lexicon_schema_parts import BOOL, INT, PHRASES, obj
from events.lexicon_schemas_triggers import TRIGGER_TYPES

ROLES = obj(
    {"target_cues": PHRASES, "origin": PHRASES, "destination": PHRASES, "via": PHRASES,
     "inside": PHRASES, "ally_cues": PHRASES, "agent_cues": PHRASES, "announced_types": {
         "type": "array", "items": {"enum": TRIGGER_TYPES}}},
    {"subject_first": BOOL,  # word order: SVO languages put the actor before the verb
     # words of support before an agent phrase: "backed by X" names an ally, not the doer
     "support_words": PHRASES, "ally_titles": PHRASES,
     # "killed at least 16 IS militants": words between a verb and the count of its object
     "count_qualifiers": PHRASES,
     # "an anti-IS offensive", "anti-Assad rebels": a side glued after these is opposed
     "opposed_prefixes": PHRASES,
     # "القوات المناهضة للحوثيين": a side after one of these and its ل is opposed the same way
     "opposed_words": PHRASES,
     # "an assault by Iraqi and Kurdish forces": a side joined after an agent acts with it
     "agent_joiners": PHRASES,
     # "shelling by the rebels": an article between an agent cue and the side it names
     "agent_articles": PHRASES,
     # "blamed Saturday's attack on X": words from the blame word to its link (2 if not given)
     "blame_reach": {"type": "integer", "minimum": 1, "maximum": 8},
     # "the regime blamed the attack on rebels": a side right before these takes no part
     "blame_verbs": PHRASES,
     "area_words": PHRASES,
     # "إلى الغرب من أجدابيا": a direction then "from": the place is a reference point
     "direction_words": PHRASES,
     # "جنوب غرب العاصمة الجزائر": a title between a direction and its place
     "direction_titles": PHRASES,
     "direction_title_endings": PHRASES,
     # "قصف في جنوب X": a direction inside X, X no reference point
     "direction_containers": PHRASES,
     # "south of Homs": a direction and a link word before a place make it a reference point
     # (Arabic says it with direction_words and its origin word من)
     "reference_before": obj({"directions": PHRASES, "links": PHRASES}),
     # "قيادي في X": X is the member's side (after a violent word: the side hit)
     "member_nouns": PHRASES, "member_links": PHRASES,
     # "بقتل عقيد في الجيش": a rank before "في" and a force is that force's man
     "member_ranks": PHRASES,
     # "قتل عناصر من X": the "من" between a member word and X after a result verb (X suffered)
     "partitive_links": PHRASES,
     # endings of a nominative plural ("مسلحون"): the subject, never "80 إرهابيا من X"'s victims
     "subject_endings": PHRASES,
     # "دحر الحوثيين", "طرد مسلحي الحوثي": an oblique plural right after a word of driving
     # out is its object (endings, and construct words)
     "object_endings": PHRASES, "object_constructs": PHRASES, "noun_objects": PHRASES, "laid_for": PHRASES,
     # "قوات الأمن قتلت مسلحا": an indefinite accusative man of a side right after a verb is
     # its object, whatever the verb's ending
     "object_accusatives": PHRASES,
     # "أسفر قصف عشوائي للحوثيين عن": an event word read as a verb right after these is their
     # subject, a noun
     "noun_subject_verbs": PHRASES,
     # "تعرضت قوات الأمن لهجوم": the subject of a verb of exposure suffered the blow
     "exposure": PHRASES,
     # "يتعرضون لعملية استنزاف جراء": a word of an operation with its ل, the event word after it
     "exposure_operations": PHRASES,
     # "جراء ضراوة المقاومة": a word of cause as the event word; the side after it dealt the harm
     "cause_words": PHRASES,
     # "الجنود الذين جرحوا في الهجوم": a side before a relative and one of these was hit
     "relative_dead": PHRASES,
     # "مرتبط بالهجوم", "بحثا عن عبوات": an event word looked into; the sides before investigate
     "inquiry": obj({"words": PHRASES, "links": PHRASES}, {"after": PHRASES, "reach": INT}),
     # "مسلحون يعتقد أنهم من X": after these, من names the side one belongs to, not a target
     "identity_pronouns": PHRASES,
     # "فر المئات منهم": after a movement word, the armed side named before moved
     "partitive_pronouns": PHRASES,
     # "هجمات من المتشددين": the group a link word ties to an event noun acted
     "noun_agent_links": PHRASES, "noun_agent_reach": {"type": "integer", "minimum": 0, "maximum": 6},
     # "فجرت المقاومة دبابة للحوثيين": event words spelt as verbs, whose ل names no author
     "noun_agent_verbs": PHRASES,
     # "هجوم … تبناه X": a relative clause of carrying out or claiming, and how far it may stand
     "relative_agent_cues": PHRASES,
     "relative_agent_reach": {"type": "integer", "minimum": 0, "maximum": 15},
     # "قتل عنصر من حزب العمال على يد قوات الأمن": the hand that killed, further from its event
     # word than other agent cues (up to `reach` words), the victims named between
     "hand_agent_cues": obj({"cues": PHRASES, "reach": {"type": "integer", "minimum": 0,
                                                       "maximum": 15}}),
     # "قتل جنديان في هجوم لحزب العمال": an event noun after these is no object of the verb
     "circumstance_links": PHRASES,
     # "الهجوم الذي نفذه نحو 300 من مسلحي X": words of a count between an agent cue and X
     "agent_counts": PHRASES,
     # "ندد الرئيس التركي بهجوم": who condemns an attack took no part in it
     "condemners": PHRASES,
     # "مقتل 15 بينهم جندي أفغاني": a side named in the list after these was hit
     "victim_lists": PHRASES,
     "dead_others": PHRASES,
     # "a rebel-held town", "areas controlled by IS": the side that holds the place hit is
     # the side hit, never the striker (`words` glued after its name, or before `links` + it;
     # `places` right after its name: "rebel areas", "the IS stronghold of X")
     "holding": obj({"words": PHRASES, "links": PHRASES}, {"places": PHRASES, "reach": INT}),
     # "seized the town from rebels": after a territory change, the side named after these lost
     # the ground (Arabic says it with من, read by `target_cue`)
     "taken_from": PHRASES,
     # "تحرير الجامعة من سيطرة داعش", "من قبضة الميليشيات": a side right after one of `words`
     # and one of `links` before it held the ground taken from it — whatever word tells the taking
     "held_from": obj({"words": PHRASES, "links": PHRASES},
                      # verbs and nouns of losing before the word of control: their subject lost it
                      {"lost_by": PHRASES,
                       # "سيطرة X [في ريف حلب] على": one of `taken_on` within the reach after
                       # X makes X the taker; "تحت سيطرة X" (`under`) keeps X the holder
                       "taken_on": PHRASES, "taken_on_reach": {"type": "integer", "minimum": 1, "maximum": 8},
                       "under": PHRASES, "taker_groups": PHRASES}),
     # "تفجير استهدف مسجد قوات الطوارئ": a side a few words after one of `words` owns the
     # house of prayer hit — an attack on its worshippers, no clash
     "worship_places": obj({"words": PHRASES, "reach": INT}),
     # "قيام X وY بالسيطرة على": sides between one of these and a ب-noun are its joint subject
     "deed_carriers": PHRASES,
     # "تركيا شنت غارات": a state right before one of these (feminine forms) is their subject
     "state_subject_verbs": PHRASES,
     "own_country": PHRASES,
     # "إن الجيش قصف ميليشيات الحوثي": a side right before an event verb is its subject and
     # the side right after its object — not a side after one of `stops` (a preposition), nor
     # before a verb carrying one of `object_pronouns` ("قصفتهم": the side before is a topic)
     "fronted_subject": obj({"stops": PHRASES, "object_pronouns": PHRASES}),
     # "وبدعم من الغارات التي تقودها السعودية": verbs whose pronoun is the strike, before its
     # author — who backs the deed the sentence tells (`role_backers`)
     "strike_authors": obj({"verbs": PHRASES}),
     # "اعتقال تونس لقيادات": a state between an event noun and its ل-object is the noun's
     # subject — not before one of these particles or ranks ("هجوم تونس لم يكن", "للصدارة")
     "state_noun_stops": PHRASES,
     # "بعد معارك عنيفة مع X": X right after one of `links`, one of `words` a word or two
     # before it, was fought — the side hit
     "fought_with": obj({"words": PHRASES, "links": PHRASES, "nouns": PHRASES, "subject_links": PHRASES}),
     # "حدث تفجير أثناء قيام منسوبي X بأداء الصلاة": X, busy with no event, was hit
     "busy": obj({"openers": PHRASES, "words": PHRASES}),
     # "كانت الشرطة تقوم بنقل القتلى": X, carrying off the dead or hurt, took no part
     "rescuers": obj({"words": PHRASES, "objects": PHRASES, "reach": INT}),
     # "زار المصابين من منسوبي X": X's men counted among the dead or hurt — X was hit
     "dead_nouns": PHRASES,
     # "an IS commander was killed": member words between a side and its passive, which was
     # hit; "IS commander killed in Syria": a headline drops the auxiliary — a bare result
     # verb that one of `headline_passives` follows is passive
     "passive_members": PHRASES, "headline_passives": PHRASES,
     # "Ahrar al-Sham's leader was killed": a possessive's ending between the side and them
     "possessive_endings": PHRASES,
     # "militants have been killed": an auxiliary of the perfect before the passive's own
     "perfect_auxiliaries": PHRASES,
     # "Hader in Quneitra province": a place, one of these and the place holding it (its kind
     # said); a reading of the first far from the second is another place of that name
     # (Arabic glues the link as the proclitic ب: "المطرية بالقاهرة")
     "within_links": PHRASES,
     # "الطريق الذي يربط بين X وY": two places after these, joined by these, are one location
     "between": PHRASES, "between_joins": PHRASES, "join_fillers": PHRASES, "subject_asides": PHRASES,
     # "تمكنت القوات من طرد X": a verb's form after these is its noun, its object right after
     "noun_openers": PHRASES,
     # "jets were bombing rebels", "began shelling", "in fighting IS": after these an -ing form
     # is a verb and the side right after it its object ("the Ghouta shelling rebels fired":
     # a noun, the subject of the next verb)
     "progressive_openers": PHRASES,
     # "The army shelled rebel positions, capturing hills", "… before taking control of it": an
     # -ing clause after a comma or one of these has the sentence's subject
     "adverbial_participles": PHRASES,
     # "killed by airstrikes and shelling since …": an -ing form after these is a noun
     "participle_nouns_after": PHRASES,
     # "مخازن تابعة للتنظيم": the side after a belonging word owns the noun before it
     # (and "جبهة النصرة ذراع القاعدة": after a branch noun, with no ل)
     "belonging": obj({"words": PHRASES, "links": PHRASES, "bodies": PHRASES},
                      # "منفذيه ينتمون لـ X": who did the deed belongs to X, which acted
                      {"branches": PHRASES, "doers": PHRASES}),
     # "الحوثيين وحلفائهم من قوات صالح", "الحوثيين المدعومين بقوات صالح": the side after
     # these words shares the part of the side named before them
     "companions": PHRASES, "side_ends": PHRASES,
     # "مجموعات مرتبطة بالقاعدة أو بداعش": the side after these shares the part of the one before
     "alternatives": PHRASES,
     # "جيش الفتح المؤلف من جبهة النصرة", "النصرة جزء من جيش الفتح": the two stand together
     "members_named": obj({"words": PHRASES, "between": PHRASES}, {"openers": PHRASES}),
     # "مسلحون من أتباع الحوثي": the group after a follower word owns the gunmen before
     "followers": PHRASES,
     # "أعلنت البيشمركة صد هجوم شنه داعش": a speaker that repelled the blow fought it
     "repels": PHRASES,
     # "قالت الشرطة إن شخصا قتل": a speaker whose content opens with these reports, no author
     # — unless its own men (member/body words, or these, with a possessive) are named there
     "report_openers": PHRASES, "own_men": PHRASES,
     # "قال الجيش إن جنديين قتلا": soldiers killed in the words of such a speaker: it was hit
     "soldiers": PHRASES,
     # "أعلن الجيش عن مقتل جنديين": words that may stand between a speaker and the result
     # noun its words open with
     "report_links": PHRASES,
     # "قتلوا اثنين من جنوده": words of fighters whose possessive names the side hit
     "possessed_men": PHRASES, "one_of": PHRASES,
     # "two of its soldiers were killed": possessive pronouns written apart (English)
     "possessive_pronouns": PHRASES, "member_named_before": PHRASES,
     # "ولم تعلن طالبان مسؤوليتها عن الهجوم": a claim denied names no author
     "claim_negations": PHRASES,
     # "المكتب الإعلامي للمقاومة": the side after the ل of these words (an adjective between)
     # is the one that speaks, never a side hit
     # ("a media unit run by Hezbollah": in English an outlet, a word of ownership and its link
     # before the owner)
     "spoken_for": obj({"outlets": PHRASES}, {"words": PHRASES, "adjectives": PHRASES,
                                              "owned": PHRASES, "owned_links": PHRASES}),
     # "قصف مناطق يتمركز فيها الحوثيون": the side stationed where the blow fell was hit
     # ("held": past verbs of taking, a holding only in a relative clause)
     "stationed": obj({"verbs": PHRASES, "links": PHRASES, "held": PHRASES},
                      # "طرق الإمداد التي يستخدمها الحوثيون": verbs of using with the place's
                      # pronoun, one of `used_places` within `used_reach` words before them
                      {"used": PHRASES, "used_places": PHRASES,
                       "used_reach": {"type": "integer", "minimum": 1, "maximum": 6},
                       # a dual pronoun ending: the two places anywhere before in the sentence
                       "used_duals": PHRASES}),
     # "غارات لدفع الحوثيين إلى الداخل": the side right after a noun of compelling (with its
     # ل of purpose, or after a link word: "بهدف إجبار X") was hit
     # ("heavy shelling forced the rebels out of the town": in English the verb before its
     # object, an article between)
     "compelled": obj({}, {"words": PHRASES, "links": PHRASES, "verbs": PHRASES}),
     # "near the headquarters of the Syrian army": the side after a site's word and its link
     # owns the site hit (English)
     "facilities": obj({"words": PHRASES, "links": PHRASES}),
     # "destroyed a building used by IS": the side after the "by" of a word of use (after the
     # word, a link and a few words) used what was struck or taken (English)
     "used_by": obj({"words": PHRASES, "links": PHRASES, "between": PHRASES,
                     "reach": {"type": "integer", "minimum": 0, "maximum": 8}}),
     # "قوات الحوثي تكبدت خسائر": the subject of a verb of suffering losses was hit
     "suffering": obj({"verbs": PHRASES, "between": PHRASES}),
     # "الحادث الذي استهدف رجال الأمن": after these and a relative pronoun the verb's object
     # is the side hit
     "deeds": PHRASES,
     # "غارات استهدفت X": the deed before these verbs is their subject, X their object
     "deed_verbs": PHRASES,
     # "القوات الموالية للحوثيين أطلقت قذائف": a verb of firing between a side's owned men and
     # the weapon noun — the owner fired
     "fire_verbs": PHRASES,
     # "ضربات بحق قيادات التنظيم": target cues that count after the event word only
     "after_target_cues": PHRASES,
     # "شدد على أن القوات دمرت": a target cue before these reaches no side after them
     "target_breaks": PHRASES,
     # "كان لـ X دور في": a form of being before the ل of a side; X had, it owns nothing hit
     "having": PHRASES,
     # "داعش المتهم بالوقوف خلف العملية": the side accused of the event word after it did it
     "accused": {"type": "object", "additionalProperties": False, "required": ["words", "links"],
                 "properties": {"words": PHRASES, "links": PHRASES}},
     # "هجوم نسب لتنظيم داعش", "ألقيت مسؤولية الهجوم على X": the side a deed is attributed to
     # (after the link of an attribution word, or of responsibility laid) is its author
     "attributed": {"type": "object", "additionalProperties": False,
                    "required": ["words", "links", "laid", "laid_by", "laid_links", "reach"],
                    "properties": {"words": PHRASES, "links": PHRASES, "laid": PHRASES,
                                   "laid_by": PHRASES, "laid_links": PHRASES, "partial": PHRASES,
                                   "reach": {"type": "integer", "minimum": 1, "maximum": 4}}},
     # "ألقي باللوم فيه على داعش": the side blamed is the author, not the target of "على"
     "blame_words": PHRASES, "blame_links": PHRASES,
     # "تعز، ثالث أكبر مدينة في اليمن بعد صنعاء وعدن": places after a ranking's link word are
     # what the place is ranked against, no place of the event
     "ranking": obj({"words": PHRASES, "links": PHRASES}),
     # "الجندي الذي استشهد أمس": martyrdom is a side's own dead; the sides named were hit
     "martyrdom": PHRASES,
     # "جنود من حرس الحدود استشهدوا إثر قصف": the subject of these verbs died, whatever struck
     "martyrdom_verbs": PHRASES,
     # "قال الناطق باسم الحزب إن الطائرات قصفت مواقعنا": men or positions with "our" after an
     # event word name the speaker's side hit
     "ours": obj({"words": PHRASES, "suffixes": PHRASES}),
     # "rebels vowed revenge for Tuesday's strike": the side that avenges an event was hit
     "vengeance": PHRASES,
     # "حدث تفجير": a side named before a verb of happening did not do the event after it
     "happenings": PHRASES, "happening_nouns_after": PHRASES,
     # "… a hospital in Syria. The hospital in the town of X …": a next sentence that opens
     # with these and a word of the event's sentence tells where it happened (place_next)
     "back_reference": obj({"articles": PHRASES},
                           {"reach": {"type": "integer", "minimum": 1, "maximum": 4}}),
     # "Blast in Azaz kills 20 rebels": a place phrase (one of `links`, at most `reach` words,
     # no side, number or clause break) between an event noun and its result verb (English)
     "told_through": obj({"links": PHRASES, "reach": {"type": "integer", "minimum": 1, "maximum": 8}}),
     # "Tens of ISIS recruits killed": a side inside a toll's counted people was hit, unless
     # one of these words says they were the attackers ("two IS suicide bombers") (English)
     "toll_attackers": PHRASES},
)
