"""JSON Schemas of the lexicon files in ``data/lexicon/`` (checked by `events.lexicon`).

Every language's file of a lexicon has the same schema (`SCHEMAS`), except where the
language's grammar differs (`LANGUAGE_SCHEMAS`): English dates, number words and inflection
have their own shape, and the English actor file gives English names to the actors of the
registry (``actors.yaml``) by id rather than repeating them.

Four marks tell the loader how to normalise what it validated:
* ``x-phrases`` on a list of strings: phrases matched word by word (`PhraseMatcher`, token
  keys) — each becomes its matching key; an empty or repeated key is an error;
* ``x-text`` on a list of strings: text matched by regular expressions (dates, numbers) —
  each is normalised character by character (one alef, ة→ه…), spacing kept;
* ``x-keys`` (``phrases``/``text``) on an object: its keys are normalised the same way;
* ``x-written`` on a list of strings: spellings compared with the article as written, kept
  as written but for spacing (normalising would merge يدعى "is called" with يدعي "claims").

The building blocks (`PHRASES`, `TEXTS`, `obj`…) are in `events.lexicon_schema_parts`, the
trigger lexicon's schema in `events.lexicon_schemas_triggers`, the roles lexicon's in
`events.lexicon_schemas_roles`; the others are here.
"""
from __future__ import annotations

from typing import Any

from events.lexicon_schema_parts import BOOL, INT, PHRASES, STR, TEXTS, dict_of, obj
# MODALITY_KINDS and TRIGGER_TYPES are imported from here too (tests)
from events.lexicon_schemas_roles import ROLES
from events.lexicon_schemas_triggers import MODALITY_KINDS, TRIGGER_TYPES, TRIGGERS  # noqa: F401 (re-exported)
from events.model import CLAIM_CATEGORIES, CLAIM_WHO

ACTOR_TYPES = ["state_force", "non_state_armed_group", "government_body", "person", "media",
               "monitor", "unnamed_source"]

ATTRIBUTION = obj(
    {"verbs": PHRASES, "prepositions": PHRASES, "statement_nouns": PHRASES,
     "continuation": PHRASES, "content_openers": PHRASES, "unnamed_sources": {
         # (``apart``: the side named after such a source is whom it is near, no party to
         # what it tells: "مصدر مقرب من الحوثيين")
         "type": "array", "items": obj({"name": STR, "phrases": PHRASES}, {"apart": BOOL})},
     "window_after": INT, "window_before": INT},
    # verbs that are adjectives when the next word begins with one of `then` ("رتل تابع
    # للجيش": belonging to the army)
    {"belonging": obj({"verbs": PHRASES, "then": PHRASES}),
     # SVO languages: the speaker right before the verb wins over a name after it
     "subject_first": BOOL,
     # verbs whose next name is who was told ("told Reuters"), never the speaker
     "addressee_verbs": PHRASES,
     # SVO: a pronoun right before the verb ("It said", "He added") is the speaker named
     # before, going on — never the party named after the verb
     "pronouns": PHRASES,
     # what a verb announced when it is no report ("أعلن التنظيم مسؤوليته عنه")
     "responsibility": PHRASES,
     # "قال اللواء منصور التركي، المتحدث باسم وزارة الداخلية": a title naming whom the person
     # speaks for, further from the verb than the window; the body named after it speaks
     "spokesman_titles": PHRASES, "title_reach": INT,
     # "an attack claimed by IS", "IS claims the twin bombing": a verb of claiming with one of
     # `then` right after, or an event word within `reach`, claims the deed: no report
     "deed_claims": obj({"verbs": PHRASES, "then": PHRASES, "reach": INT}),
     # "في بيان أصدرته أمس": the statement's issuing, whose date is the statement's
     "issued": obj({"statements": PHRASES, "verbs": PHRASES}),
     # "a source in the Syrian militia said": an unnamed source inside an armed side speaks,
     # a claimant of `kind`, not the side it sits in
     "sources_inside": obj({"heads": PHRASES, "links": PHRASES, "kind": STR}),
     # "Mogherini said on Tuesday the Syrian regime bears responsibility for …": an armed side
     # right after the verb with more than `tail` words after it is what was said of, not
     # the speaker — unless one of `agents` marks it ("announced by the Kurdish militia and")
     "subjects_after": obj({"agents": PHRASES, "tail": INT}),
     # "killed 48 alleged rebels", "the reported strike": a frame verb of `verbs` right after
     # one of `after` (an article, a possessive) or a count is an adjective — no one speaks
     "adjectives": obj({"verbs": PHRASES, "after": PHRASES}),
     # "according to the Syrian Observatory": an article after a preposition of attribution;
     # the speaker may then stand `window_after` words on, not only right after it
     "preposition_articles": PHRASES,
     # "وعن خسائر الحوثي قال المسؤول": a topic opening the clause before the verb, no speaker
     "topic_openers": PHRASES,
     # "أعلنت البعثة الأميركية لدى الحلف الأطلسي": the body named after one of these is where
     # the speaker sits (its host), not the speaker: the speaker's window stops there
     "host_links": PHRASES,
     # "أفادت مصادر طبية … وقالت المصادر إن": one of `anaphors` speaks for the source last
     # introduced before it by one of `heads` (its frame's claimant, else its kind); not
     # one with a side named after one of `links` ("المصدر القيادي في المقاومة")
     "sources_again": obj({"heads": PHRASES, "anaphors": PHRASES, "links": PHRASES})},
)

_ACTOR = obj(
    {"id": STR, "name": STR, "type": {"enum": ACTOR_TYPES}},
    {"name_ar": STR, "side": {"type": ["string", "null"]}, "mode": {"enum": ["air"]},
     "aliases": PHRASES, "context": obj({"countries": {"type": "array", "items": STR}}),
     "note": STR})
_NATIONALITIES = dict_of(obj({"code": STR, "side": STR}, {"actor": STR, "air": STR}), keys="phrases")
_FORCE_HEADS = obj({"ground": PHRASES, "air": PHRASES, "middle": PHRASES, "special": PHRASES},
                   # pronoun suffixes that make a head someone's own ("طائراتها": its aircraft)
                   {"possessive": PHRASES, "airborne": PHRASES,
                    # war-dependent names a nationality right after names anew ("قوات الجيش
                    # الإسرائيلي", "سلاح الجو التركي")
                    "renamed": PHRASES,
                    # heads that count only after an airborne word ("air force")
                    "lifted": PHRASES})
_CONTEXTUAL = {"type": "array", "items": obj(
    {"aliases": PHRASES},
    {"by_country": {"type": "object", "additionalProperties": STR},
     "default": STR, "refers_back": {"enum": ACTOR_TYPES},
     # actors the name never refers back to ("التنظيم" is never the Houthis: "الجماعة")
     "not_back": {"type": "array", "items": STR},
     # other kinds it refers back to when one of them was named after the last of
     # `refers_back`'s ("the group said" after the Observatory or the White Helmets: that group)
     "or_back": {"type": "array", "items": {"enum": ACTOR_TYPES}},
     # actors it refers back to by id, the one named last winning, before `by_country` ("the
     # Coalition" after "the Syrian Coalition" was named is that coalition)
     "back_to": {"type": "array", "items": STR},
     # true: after the same words qualified by a nationality ("الشرطة الإسرائيلية", "الجيش
     # التركي") the bare name is that force, not the war's country's
     "same_head": BOOL,
     # bare words of the kind that are event words too ("الطيران"): no alias, since a name hides
     # an event word from the trigger step; as the subject of an event verb they are read after
     # the triggers as the rule's actor (`events.extract.actors_implied.air_words_acting`)
     "event_words": PHRASES,
     # an unnamed group ("مسلحون"): counted ("40 مسلحا") it is a toll's victims, tied by one
     # of `of` to a group named right after ("مسلحون من داعش") it is that group, and right
     # after one of `carried_by` ("قوافل تنقل مسلحين") a convoy's cargo: no party
     # ... and before `named_by` words and a group's name ("تحالف مسلح يعرف باسم فجر ليبيا")
     # it is that group
     "unnamed": obj({"of": PHRASES}, {"carried_by": PHRASES, "named_by": PHRASES,
                                      # "الهجوم المسلح": a singular after these describes the noun
                                      "describes": PHRASES,
                                      # "الطائرات بدون طيار": right before these, no party
                                      "described_by": PHRASES,
                                      # false: counted ("killed 14 militants") it stays the
                                      # side that was hit (English)
                                      "counted": BOOL,
                                      # "مسلحون حوثيون": a group right after, its word ending
                                      # as this one does (one of these endings), is its adjective
                                      "agrees": PHRASES,
                                      # true: right after a group's name ("IS group
                                      # militants") they are its men (English)
                                      "after_name": BOOL,
                                      # "Militants of the Nusra Front": an article between
                                      # `of` and the group's name (English)
                                      "articles": PHRASES})})}

ACTORS = obj(
    {"allies": {"type": "array", "items": {"type": "array", "items": STR, "minItems": 2}},
     "nationalities": _NATIONALITIES, "force_heads": _FORCE_HEADS,
     "anaphora": dict_of({"enum": ACTOR_TYPES + ["claimant"]}, keys="phrases"),
     "actors": {"type": "array", "minItems": 1, "items": _ACTOR},
     "states": {"type": "object", "additionalProperties": STR},
     "contextual": _CONTEXTUAL, "definite_only": PHRASES,
     # "الجناح العسكري لحزب العمال": a group's armed wing named with its ل is the group itself
     "wings": PHRASES,
     # "استهدف الأميركيون": a people (a key of `nationalities`) as an event verb's subject
     "demonyms": PHRASES,
     # "قوات الدفاع الشعبي الجناح العسكري لحزب X": the head of a unit's own name before its wing
     "wing_heads": PHRASES,
     # "المتحدث العسكري باسم الجيش المصري": a spokesman's title, and the word before the force
     "spokesmen": obj({"titles": PHRASES, "links": PHRASES}),
     # "هذا الجيش" after "جيش الفتح": demonstratives before a war-dependent name point back
     "demonstratives": PHRASES,
     # "الولايات المتحدة وحلفاءها شنوا": a state with its allies acting; `led`: ISO country ->
     # the id of the coalition it leads
     # (``lead_verbs``: "الضربات التي تقودها السعودية" — the coalition the state leads)
     "state_allies": obj({"words": PHRASES}, {"led": {"type": "object", "additionalProperties": STR},
                                              "lead_verbs": PHRASES})},
)

_QUAL = ["more_than", "about", "at_least", "up_to"]
QUANTITIES = obj(
    {"qualifiers": obj({"before": obj({}, {k: PHRASES for k in _QUAL}),
                        "after": obj({}, {k: PHRASES for k in _QUAL})}),
     "ranges": obj({"openers": PHRASES, "joiners": PHRASES, "joiners_with_opener": PHRASES}),
     "actions": obj({k: PHRASES for k in ("killed", "injured", "captured", "destroyed")}),
     "verdict_words": PHRASES, "relatives": PHRASES,
     "nouns": {"type": "array", "items": obj(
         {"words": PHRASES},
         {"duals": PHRASES, "singulars": PHRASES, "category": {"enum": list(CLAIM_CATEGORIES)},
          "object": {"enum": list(CLAIM_CATEGORIES)}, "person": BOOL,
          "who": {"enum": list(CLAIM_WHO)}, "after_link_only": BOOL})},
     "bare_number_followers": PHRASES, "technical_cues": PHRASES, "state_force_words": PHRASES,
     "inherit_markers": PHRASES, "subset_openers": PHRASES,
     # "و9 آخرين", "and 9 others": a count before these is a group of its own, never a subset
     "others": PHRASES, "not_counts_after": PHRASES, "noun_links": PHRASES},
    {# Arabic: people the lexicon does not name counted after a link, but not after these
     "unnamed_after_link_stops": PHRASES,
     # Arabic: words describing one of people named one by one ("ضابط شرطة مصري ومجند")
     "describer_endings": PHRASES, "describer_words": PHRASES,
     # Arabic: the armed or the dead named one by one, a figure to the first gate
     "gate_singulars": PHRASES,
     "vague_tolls": {"type": "array", "items": obj({"phrases": PHRASES,
                                                   "categories": {"type": "array", "items": {
                                                       "enum": list(CLAIM_CATEGORIES)}}})},
     "vague_amounts": PHRASES, "toll_negations": PHRASES, "sum_joiners": PHRASES,
     # English: "the death toll from the strikes has risen to 61" (`quantities._toll_risen`)
     "toll_rises": obj({"killed": PHRASES, "injured": PHRASES, "verbs": PHRASES, "reach": INT}),
     # "رفضوا تسلم تسع جثث": bodies handed over count earlier dead, no toll
     "handovers": obj({"words": PHRASES, "bodies": PHRASES}),
     # "قابلت 174 ضحية وشاهدا": people met or interviewed are alive
     "meetings": obj({"words": PHRASES, "kin": PHRASES}),
     "suspects": obj({"cues": PHRASES, "reach": INT}),
     # "لو نجح الهجوم لراح ضحيته 100 شخص": a toll after a condition is imagined
     "conditionals": obj({"words": PHRASES, "not_before": PHRASES}),
     # "مقتل أحد عناصر الشرطة": "one of" the people named next, right after an action
     "one_of": PHRASES, "possessive_endings": PHRASES,
     # "تفجير سيارة مفخخة": a car bomb set off is the weapon, no vehicle lost
     "car_bombs": obj({"cues": PHRASES, "detonations": PHRASES}, {"owned": PHRASES}),
     "running_totals": obj({"since": PHRASES, "spans": PHRASES, "units": PHRASES,
                            "recent": PHRASES, "totals": PHRASES, "reach": INT,
                            "span_reach": INT, "record_relatives": PHRASES,
                            "record_wars": PHRASES, "starts": PHRASES},
                           # "متورطين في قتل شرطيين": a deed charged, not a toll told;
                           # a toll this big with a war word in its sentence is the war's
                           {"accused": PHRASES, "war_floor": INT,
                            # "خلال الفترة نفسها": a period named back (`_span_before`)
                            "periods": PHRASES,
                            # "الأحدث في سلسلة هجمات أودت بحياة 300": the series' toll
                            "series": obj({"latest": PHRASES, "nouns": PHRASES})}),
     "split_actions": {"type": "array", "items": obj(
         {"heads": PHRASES, "particle": STR, "max_gap": INT,
          "category": {"enum": list(CLAIM_CATEGORIES)}})},
     "near_only_actions": PHRASES, "ahead_only_actions": PHRASES, "clause_openers": PHRASES,
     "spent_times": PHRASES,
     # no current event's dead or wounded number this many: a war's or a period's toll
     "event_ceiling": INT,
     # words between a counted noun and its verb ("12 civilians were killed")
     "auxiliaries": PHRASES,
     # how many other words may stand between a number and its noun ("30 regime soldiers")
     "noun_gap": INT,
     # "100 militants killed by the army": the state word that makes counted men soldiers is
     # not sought past a loss verb (quantities_who.who_of)
     "who_stops_at_actions": BOOL,
     # "dozens of Syrian regime strikes": a figure whose "of" leads to an event word counts
     # events, and a side's name right before an event word is an adjective — no men counted
     # (English; quantities._events_counted, quantities_nouns._armed_group_at)
     "counted_events": BOOL,
     # "a civilian was killed", "killing another child": an article counts one
     "singular_articles": PHRASES, "singular_auxiliaries": PHRASES,
     # "قتل خلالها قيادي": a pronoun adverb between an action and the singular it counts
     "action_adverbs": PHRASES,
     # "بمقتل محسن الفضلي، القيادي في…": a name then a title in apposition is one victim
     "named_victim_titles": PHRASES,
     # "مقتل القيادي المدعو فلان": "the one called" after a killing names one victim
     "named_victim_markers": obj({"words": PHRASES}, {"name_ends": PHRASES})},
)

_NUMBER_CLASS = dict_of(TEXTS)
NUMBERS = obj(
    {"units": _NUMBER_CLASS, "teen_units": _NUMBER_CLASS, "teen_tens": TEXTS, "tens": _NUMBER_CLASS,
     "hundreds": _NUMBER_CLASS, "scales": _NUMBER_CLASS, "vague": _NUMBER_CLASS},
    {"ceiling": INT,
     # "نصف مليون", "مليون ونصف": a fraction of the scale beside it, never a figure alone
     "fractions": _NUMBER_CLASS},
)

DATES = {"type": "object", "required": [
    "gregorian_months", "ambiguous_months", "hijri_months", "hijri_markers", "hijri_year_max",
    "ordinal_days", "cues", "relative", "weekdays"],
    "properties": {
        "gregorian_months": dict_of(TEXTS), "hijri_months": dict_of(TEXTS),
        "ambiguous_months": TEXTS, "ambiguous_hijri_months": TEXTS,
        # "في مارس": ambiguous names that a word of time before them makes months
        "led_months": obj({"names": TEXTS, "leads": TEXTS}), "hijri_month_leads": TEXTS,
        "hijri_names": obj({"months": TEXTS, "leads": TEXTS}),
        "hijri_markers": TEXTS, "hijri_year_max": INT, "ordinal_month_joiners": TEXTS,
        "year_joiners": TEXTS, "day_month_joiners": TEXTS, "month_leads": TEXTS,
        # "17 يوليو من العام الماضي": a year named by a word and a cue after a day and month
        "relative_years": obj({"words": TEXTS, "joiners": TEXTS}),
        "cues": dict_of(TEXTS), "range_openers": TEXTS, "range_joiners": TEXTS,
        "year_leads": TEXTS, "weekday_joiners": TEXTS, "weekday_today": TEXTS,
        # "الجمعة الموافق 26 يونيو", "صلاة الجمعة يوم 26 يونيو": a weekday and its full date
        "weekday_date_links": TEXTS,
        # "بين عامي 1982 و1990", "خلال عامي 2013 و2014": two years as the ends of a span
        "year_pairs": obj({"openers": TEXTS, "duals": TEXTS}),
        "relative": {"type": "array", "items": {
            "type": "object", "required": ["phrases", "prec"],
            "properties": {"phrases": TEXTS, "prec": INT, "start": INT, "end": INT,
                           "unit": {"enum": ["week", "month", "year"]}, "offset": INT,
                           "day": BOOL}}},
        "week_starts": {"type": "integer", "minimum": 0, "maximum": 6},
        "weekdays": dict_of(obj({"names": TEXTS}, {"not_after": TEXTS})),
        "days_ago": obj({"leads": TEXTS, "units": TEXTS}, {"about": TEXTS}),
        "years_ago": obj({"units": TEXTS}),
        # "…، حسبما ذكرت السلطات أمس": a frame told after its content closes with its day
        "frames_told_after": obj({"openers": PHRASES, "not_source": TEXTS}),
        # "خلال الأشهر الثلاثة الماضية": a span counted back from the report
        "past_spans": obj({"leads": TEXTS, "units": dict_of({"enum": ["hour", "day", "week", "month"]}),
                           "ends": TEXTS},
                          {"duals": dict_of({"enum": ["hour", "day", "week", "month"]}),
                           "few": dict_of(INT), "fews": TEXTS, "not_before": TEXTS,
                           "longest_months": INT}),
        "previous_time": PHRASES,
        # "من مواليد العام 1995": a date after a word of birth dates no deed
        "births": TEXTS,
        # "بمناسبة العشر الأواخر من رمضان": a date after an occasion's word dates no deed
        "occasions": TEXTS,
        # "شارع 26 سبتمبر", "جامعة 6 أكتوبر": a date right after one of these names a place
        # or a movement, no deed's day
        "name_heads": TEXTS,
        # words that may stand between a since-cue and the time it names ("منذ الساعات الأولى
        # من صباح الأحد"); any other word makes the date close a phrase naming an event
        "since_time_words": TEXTS,
        # "أعنف هجوم منذ عامين": a superlative before a since-cue compares; no event's time
        "since_compared": TEXTS,
        # "أسوأ هجوم منذ أن وقع الحزب الاتفاق عام 2013": a since-cue opening a clause ends with its time
        "since_clauses": TEXTS,
        # "بعد أحداث 11 سبتمبر": days known by their year (ISO date → phrases), after `leads`
        "named_days": obj({"leads": TEXTS, "days": dict_of(TEXTS)}),
        # "التسعينات من القرن الماضي": decades of the twentieth century (digit → words)
        "decades": obj({"words": dict_of(TEXTS)}, {"tails": TEXTS, "nouns": TEXTS}),
        # "مطلع 2015": the months of a year a part of it covers
        "year_parts": dict_of(obj({"leads": TEXTS, "first": {"type": "integer", "minimum": 1,
                                                               "maximum": 12},
                                   "last": {"type": "integer", "minimum": 1, "maximum": 12}})),
        # "في نفس اليوم", "اليوم التالي", "اليوم الذي": words around a relative phrase that make
        # it no date of publication
        "relative_blockers": obj({"before": TEXTS, "after": TEXTS},
                                 {"after_word": TEXTS, "anchor_leads": TEXTS, "anchor_links": TEXTS}),
        # "وقتل حينها 14 شرطيا": at the time last named, however long ago
        "then_cues": PHRASES,
        # "ردا على الهجوم": the deed a retaliation answers happened before it
        "avenged": PHRASES,
        # "في أعقاب الهجمات التي وقعت في 2001": the deed after such a word is timed by the one
        # it names, whose date still bounds it (`clauses.relative_antecedent`)
        "timed_by": TEXTS,
        "anniversaries": dict_of({"type": "integer", "minimum": 1}, keys="phrases"),
        # "بعد 25 عاما على سقوط النظام": an anniversary told by its length (`dates_years_on`)
        "years_on": obj({"units": dict_of({"type": "integer", "minimum": 1}, keys="phrases"),
                         "links": PHRASES},
                        {"duals": PHRASES, "singles": PHRASES, "leads": PHRASES,
                         "not_after": PHRASES, "gap_words": PHRASES}),
        # "أواخر حزيران": the days of the month a part of it covers
        "month_parts": dict_of(obj({"leads": TEXTS, "first": {"type": "integer", "minimum": -31,
                                                              "maximum": 31},
                                    "last": {"type": "integer", "minimum": 1, "maximum": 31}})),
    }}

PLACE_HOMOGRAPHS = obj({"homographs": dict_of(STR, keys="phrases")}, {"capitalised": BOOL})

# verb_prefixes: proclitics that make a trigger verb open a clause (Arabic و/ف);
# conjunctions: words that do so from before the verb ("and seized the town")
# abbreviations: words whose full stop does not end a sentence ("Gen.", "Mr.")
CLAUSES = obj({"openers": PHRASES}, {"verb_prefixes": PHRASES, "conjunctions": PHRASES,
                                     # open a clause only right after a comma ("، أيضا دارت")
                                     "comma_openers": PHRASES,
                                     # an opener that closes a pair opened before ("بين X من جهة،
                                     # وY من جهة أخرى"): no new clause
                                     "correlatives": dict_of(PHRASES, keys="phrases"),
                                     "abbreviations": PHRASES, "noun_prefixes": PHRASES,
                                     # capitalised in an outlet's tag line: its body begins
                                     "body_openers": PHRASES,
                                     # capitalised inside a sentence: an outlet's list of
                                     # other stories begins (`sentences._headline_list`)
                                     "headline_lists": PHRASES,
                                     # capitalised after a word in lower case: a sentence
                                     # begins, its stop lost (`sentences._lost_stop`)
                                     "lost_stops": obj({}, {"articles": PHRASES, "openers": PHRASES,
                                                            "not_after": PHRASES}),
                                     # a photo's credit ends its caption, which tells no
                                     # event (`sentences._caption_credit`)
                                     "photo_credits": obj({}, {"enclosed": PHRASES,
                                                               "slashed": PHRASES}),
                                     # a page's sharing widget and its counters: no prose
                                     # (`sentences._furniture`)
                                     "page_furniture": obj({"openers": PHRASES},
                                                           {"topics": PHRASES}),
                                     # relative pronouns said only of people ("الذين"): a
                                     # dated relative clause after one speaks of a side
                                     "person_relatives": PHRASES,
                                     # "العملية التي نفذوها الأربعاء": an object relative
                                     "object_endings": PHRASES,
                                     # "وفي محافظة إب، قالت مصادر": a place news is from
                                     "place_openers": PHRASES,
                                     # the same, only before a place named with its kind
                                     # ("In central Homs city state media said")
                                     "kind_place_openers": obj({"openers": PHRASES,
                                                                "kinds": PHRASES})})

AFFIXES: dict[str, Any] = {"type": "array", "items": {"type": "string"}, "minItems": 1}
MORPHOLOGY = obj(
    {"verbs": obj({"past_endings": AFFIXES, "present_prefixes": AFFIXES,
                   "present_endings": AFFIXES, "object_suffixes": AFFIXES,
                   "weak_final": obj({"letters": AFFIXES, "past_endings": AFFIXES,
                                      "present_endings": AFFIXES})}),
     "nouns": obj({"suffixes": AFFIXES}, {"after_t": AFFIXES}), "not_forms": PHRASES},
)

# ---- English: the shapes that differ from Arabic -------------------------------------------

_WORD_VALUES = dict_of(INT, keys="phrases")
NUMBERS_EN = obj(
    {"units": _WORD_VALUES, "tens": _WORD_VALUES, "scales": _WORD_VALUES,
     "vague": dict_of({"type": ["integer", "null"]}, keys="phrases")},
    {"joiners": PHRASES, "ceiling": INT},
)

_RELATIVE = {"type": "array", "items": obj(
    {"phrases": TEXTS, "prec": INT},
    {"start": INT, "end": INT, "unit": {"enum": ["month", "year"]}, "offset": INT,
     "day": BOOL, "part": {"enum": ["early", "mid", "late"]}})}
DATES_EN = obj(
    {"months": dict_of(TEXTS), "weekdays": dict_of(TEXTS), "weekday_leads": TEXTS,
     "cues": dict_of(TEXTS), "relative": _RELATIVE,
     "days_ago": obj({"units": TEXTS, "tail": TEXTS, "counts": dict_of(INT)})},
    {"weekday_abbreviations": dict_of(TEXTS), "month_leads": TEXTS, "year_leads": TEXTS,
     "year_nouns": obj({"determiners": TEXTS, "nouns": TEXTS}), "span_end_links": TEXTS,
     "weekday_possessive": obj({"suffixes": TEXTS, "not_after": TEXTS}),
     "night_words": TEXTS, "range_joiners": TEXTS, "span_openers": TEXTS,
     "span_joiners": TEXTS, "publication_day_counts": BOOL,
     "dateline_cues": TEXTS, "previous_time": PHRASES, "births": TEXTS, "avenged": PHRASES,
     # "April 7th Street", "the 8 March Square": a day right before one of these (capitalised)
     # names a place or a movement, no deed's day (Arabic's `name_heads` the other way round)
     "name_tails": TEXTS,
     "since_compared": TEXTS,
     # "despite a ceasefire that Turkey and Russia brokered in December": the date after an
     # agreement's noun and a verb of making it dates the agreement (`dating._agreed_then`)
     "agreed": obj({"nouns": PHRASES, "verbs": PHRASES}, {"since_then": PHRASES}),
     "anniversaries": dict_of({"type": "integer", "minimum": 1}, keys="phrases"),
     "month_parts": dict_of({"type": "array", "items": INT, "minItems": 2, "maxItems": 2})},
)

MORPHOLOGY_EN = obj(
    {"verbs": obj({"doubled": PHRASES, "irregular": dict_of(PHRASES, keys="phrases")}),
     "nouns": obj({}, {"irregular": dict_of(PHRASES, keys="phrases")}), "not_forms": PHRASES},
)

# English names of the registry's actors, by id (an id unknown to actors.yaml is an error),
# and actors only the English press names, in full.
ACTORS_EN = obj(
    {"nationalities": _NATIONALITIES, "force_heads": _FORCE_HEADS,
     "anaphora": dict_of({"enum": ACTOR_TYPES + ["claimant"]}, keys="phrases"),
     "aliases": dict_of(PHRASES)},
    {"actors": {"type": "array", "items": _ACTOR}, "contextual": _CONTEXTUAL,
     "nationality_first": BOOL, "joiners": PHRASES,
     # a country's name before a force noun ("Syria army"): the nationality it stands for
     "country_nouns": dict_of(STR, keys="phrases"),
     # an owner before a force noun ("Russia's warplanes", "Assads troops"): its nationality
     "possessors": dict_of(STR, keys="phrases"),
     # a state's own name before a force noun ("Assad regime warplanes", "Syrian government
     # air strikes"): by actor id, the nationality whose forces it names; heads that are verbs
     # too ("Syrian Army Strikes Scores of Terrorists") count only before an event word or one
     # of `nouns_before` ("regime strikes on Douma")
     "state_names": obj({"ids": dict_of(STR)}, {"verbal": PHRASES, "nouns_before": PHRASES}),
     # matched only when written in capitals in the text (IS, US): kept as written
     "case_sensitive": {"type": "array", "items": STR},
     # "in Hamas countryside": a name that is also a place's possessive with its apostrophe
     # lost (Hama's), before one of the `after` words, names the place, no actor
     "place_possessives": obj({"names": PHRASES, "after": PHRASES}),
     # "the Army of Conquest": a war-dependent name opening with one of these articles yields
     # to a group's own name starting right after it
     "name_articles": PHRASES,
     # "soldiers loyal to President Bashar al-Assad": a force noun or one of `bodies`, one of
     # `words` and a `links` word before an owner — the owner's forces
     "loyal": obj({"words": PHRASES, "links": PHRASES, "bodies": PHRASES}),
     # "Jaysh al-Fateh terrorists": a generic actor's name (by id) right after an armed
     # group's own name — that group's men
     "group_men": {"type": "array", "items": STR},
     # "the terrorists of the so-called Jaish al-Islam": such a generic name, a link and fillers
     # before an armed group's own name — that group's men
     "men_of": obj({"links": PHRASES}, {"fillers": PHRASES}),
     # a state in capital letters that is no place ("US"): surface as written -> ISO
     # country, read only as the subject of an event verb
     "state_letters": dict_of(STR)},
)

LANGUAGE_SCHEMAS: dict[str, dict[str, dict[str, Any]]] = {
    "en": {"numbers": NUMBERS_EN, "dates": DATES_EN, "morphology": MORPHOLOGY_EN,
           "actors": ACTORS_EN},
}


def schema_of(name: str, language: str) -> dict[str, Any]:
    """The schema of lexicon ``name`` in ``language`` (the shared one unless it differs)."""
    return LANGUAGE_SCHEMAS.get(language, {}).get(name) or SCHEMAS[name]


SCHEMAS: dict[str, dict[str, Any]] = {
    "triggers": TRIGGERS, "attribution": ATTRIBUTION, "actors": ACTORS,
    "quantities": QUANTITIES, "numbers": NUMBERS, "dates": DATES,
    "place_homographs": PLACE_HOMOGRAPHS, "clauses": CLAUSES, "roles": ROLES,
    "morphology": MORPHOLOGY,
}
