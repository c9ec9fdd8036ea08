"""How extraction reads real news prose, construction by construction: clauses, inflected
trigger words, what is not an event, event identity, roles, actors that depend on the war,
claimants, dates. Every sentence is written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract
from events.model import Event
from tests.extracting import roles

PUB = date(2017, 6, 2)  # a Friday


def ev(text: str, published: date | None = PUB) -> list[Event]:
    return extract(text, published=published, article_id="t")


def types(text: str, published: date | None = PUB) -> list[str]:
    return sorted(e.event_type for e in ev(text, published))


# --- clauses: one event per kind of event in each clause, each with its own place
def test_fima_splits_two_events_with_their_own_places_and_actors():
    events = ev("قصفت قوات النظام مدينة دوما أمس، فيما شن الطيران الروسي غارات على بلدة حرستا.")
    by_type = {e.event_type: e for e in events}
    assert set(by_type) == {"shelling", "airstrike"}
    assert by_type["shelling"].location.name == "Douma"
    assert by_type["airstrike"].location.name.startswith("Harasta")
    assert roles(by_type["airstrike"])["Russian Aerospace Forces"] == "actor1"


def test_a_verb_after_wa_opens_a_clause_of_its_own():
    events = ev("شنت طائرات التحالف الدولي غارات على مدينة الرقة وسيطرت قوات سوريا الديمقراطية على "
                "بلدة عين عيسى.")
    assert {e.event_type: e.location.name_ar for e in events} == {
        "airstrike": "الرقة", "territory_change": "عين عيسى"}


def test_a_strike_told_by_its_own_verb_is_not_folded_into_fighting_nearby():
    events = ev("قصفت قوات النظام أمس مناطق في مدينة داريا، أيضا دارت اشتباكات عنيفة في مدينة دوما.")
    assert {e.event_type: e.location.name for e in events} == {
        "shelling": "Darayya", "clash": "Douma"}


def test_strikes_on_towns_of_two_governorates_are_two_events():
    events = ev("شن الطيران الروسي غارات على مدينة سراقب بريف إدلب ومدينة تدمر بريف حمص.")
    assert sorted(e.location.name for e in events if e.event_type == "airstrike") == [
        "Saraqib", "Tadmur"]


# --- trigger words in every inflected form, names untouched
def test_inflected_trigger_words_are_found():
    assert types("هاجموا مواقع داعش في ريف حلب أمس بعد أن أعلنت الفصائل المعارضة بدء الهجوم.")
    assert "airstrike" in types("وقالت وزارة الدفاع الروسية إن مقاتلاتها نفذت غاراتها على مواقع "
                                "داعش في دير الزور أمس.")
    assert types("أحكمت هيئة تحرير الشام سيطرتها على بلدة خان شيخون أمس.") == ["territory_change"]


def test_verbs_ending_in_a_weak_letter_are_found_in_every_form():
    assert types("واستولت قوات النظام أمس على بلدة مورك.") == ["territory_change"]
    assert "territory_change" in types("ودخل مقاتلو داعش بلدة مورك واستولوا عليها أمس.")


def test_a_future_verb_is_a_planned_event():
    e = ev("ستقتحم القوات العراقية مدينة تلعفر خلال الأيام المقبلة لطرد تنظيم داعش منها.")[0]
    assert (e.event_type, e.modality) == ("territory_change", "planned")


def test_a_town_named_like_a_verb_stays_a_town():
    e = ev("قصف الطيران الروسي مواقع داعش قرب مدينة تدمر أمس.")[0]
    assert e.location.name == "Tadmur"


# --- what is not an event
def test_negated_fighting_is_no_event():
    assert ev("لم تقع اشتباكات في مدينة درعا أمس بحسب مصادر محلية.") == []


def test_habits_and_states_of_control_are_no_events():
    assert ev("ويقصف النظام بانتظام أحياء مدينة دوما.") == []
    assert ev("وتعرض السكان للاعتقال في المناطق التي يسيطر عليها التنظيم في الرقة.") == []


def test_history_recalled_with_since_and_no_date_is_no_event():
    assert ev("وتعيش المدينة أزمة إنسانية منذ سيطرة تنظيم داعش على مدينة الموصل.") == []


def test_an_act_recalled_with_since_and_its_place_is_kept_as_background():
    e = ev("وتعيش البلاد في فوضى منذ أن استولت جماعة مسلحة على مدينة الموصل.")[0]
    assert (e.event_type, e.background, e.date_start) == ("territory_change", True, None)


def test_a_running_toll_is_no_event():
    assert ev("وقتل أكثر من 900 شخص منذ تولي الرئيس الجديد الحكم في مارس الماضي.") == []
    assert ev("وبذلك يرتفع إجمالي عدد القتلى في صفوف الشرطة إلى 45 على الأقل.") == []


def test_a_groups_record_told_in_a_relative_clause_is_no_event_and_no_claim():
    # who the killers are, not what happened: a header would read "1000+" for no event
    assert ev("وتوعد الرئيس بملاحقة المسلحين الذين قتلوا آلاف المدنيين في الشمال.") == []
    e = ev("Boko Haram, which has killed thousands of people, raided a village in Borno on "
           "Monday.", published=PUB)[0]
    assert (e.event_type, e.claims) == ("attack", [])


def test_a_relative_clause_with_its_date_or_about_the_attack_tells_the_news():
    e = ev("وتوعد الرئيس بملاحقة المسلحين الذين قتلوا عشرات الجنود أمس في هجوم على ثكنة.")[0]
    assert [c.low for c in e.claims] == [10]
    e = ev("The bombing, which also wounded dozens of people, hit a market in Mosul on Monday.")[0]
    assert [(c.category, c.low) for c in e.claims] == [("injured", 12)]


def test_a_wars_toll_in_a_relative_clause_counts_the_war_not_an_event():
    assert ev("وتعثرت الهدنة بسبب استمرار النزاع الذي أودى، بحسب منظمة الصحة، بحياة 2800 شخص.") == []
    assert ev("The truce collapsed in a conflict which has killed 4,000 people.") == []


def test_part_of_a_toll_told_before_is_no_claim_of_its_own():
    # "of these dead, 900 civilians" summed with the 2500 would read 3400
    e = ev("قتل 2500 شخص في المعارك في المدينة أمس. ومن هؤلاء القتلى 900 مدني.")[0]
    assert [c.low for c in e.claims] == [2500]
    e = ev("At least 60 people were killed in the fighting in the town on Monday. Of those "
           "killed, 25 were civilians.")[0]
    assert [c.low for c in e.claims] == [60]


def test_an_aim_is_no_event():
    # the forces moved; the town is not taken
    assert types("وتحركت القوات الحكومية أمس بهدف تحرير مدينة سرت من داعش.") == ["movement"]
    assert ev("ويواجه الرئيس ضغوطا لتنفيذ المزيد من الضربات على داعش في مدينة سرت.") == []
    # a permission still governs it: a planned event
    (e,) = ev("وسمحت أنقرة للطائرات الأمريكية باستخدام قاعدة إنجرليك لشن غارات على داعش.")
    assert (e.event_type, e.modality) == ("airstrike", "planned")


def test_what_an_actor_does_told_to_say_who_it_is_is_no_event():
    assert ev("ونفى التحالف الذي تقوده الولايات المتحدة والذي يشن حملة جوية ضد داعش في سوريا "
              "مسؤوليته عن الغارة.") == []
    # its own campaign, dated, is news
    assert types("وشن التحالف حملة جوية جديدة ضد داعش في سوريا أمس.") == ["operation_launch"]


def test_the_topic_of_talks_is_no_event():
    assert ev("ووصل الوزير إلى بغداد حيث يلتقي مسؤولين عراقيين لبحث مواجهة تنظيم داعش.") == []
    assert ev("The ministers met in Baghdad on Monday to discuss fighting IS.") == []


def test_a_toll_since_the_fighting_began_is_a_running_toll():
    assert ev("وأوضح مسؤول أن حصيلة القتلى منذ بدء المواجهات بين الحوثيين والمقاومة في المدينة "
              "بلغت ألفا.") == []


def test_what_happens_every_year_is_no_event():
    assert ev("وفي كل عيد نسمع عن فاجعة تسببت في مقتل طفل بالمفرقعات.") == []


def test_a_place_name_that_looks_like_a_verb_is_the_place():
    # "دكا" (Dhaka) is also a form of دك (to pound): the place step read it as a place
    assert ev("وبدأت مكاتب الإرسال في دكا تغيير آليات عملها بعد القرار.") == []


def test_a_road_collision_is_no_attack():
    assert ev("لقي أربعة أشخاص مصرعهم صباح اليوم بعد اصطدام مركبتهم بشاحنة قرب المدينة.") == []


def test_fireworks_are_no_shelling():
    assert ev("وأضاءت 15 ألف قذيفة من الألعاب النارية سماء المدينة ليلة العيد.") == []
    assert ev("Thousands of fireworks shells lit up the sky over Baghdad on Sunday.") == []


def test_a_toll_counted_over_years_is_no_claim_on_the_event_beside_it():
    e = ev("قتل 5 جنود في هجوم على حاجز قرب مدينة ديار بكر أمس، في نزاع أوقع أكثر من 40 ألف قتيل "
           "خلال 30 عاما.")[0]
    assert [c.low for c in e.claims] == [5]


def test_an_anniversary_dates_the_remembrance_not_the_event():
    e = ev("أحيت المدينة أمس ذكرى الهجوم الذي أودى بحياة 500 شخص قبل 20 عاما.")[0]
    assert (e.date_start, e.background) == ("1997-01-01", True)


def test_an_anniversary_counted_in_decades_is_history_not_this_weeks_toll():
    [massacre] = ev("وتصادف نهاية الأسبوع الذكرى العشرين للمذبحة التي قتل فيها ثمانية آلاف رجل "
                    "في بلدة سربرنيتشا.")
    assert massacre.background and massacre.date_start.startswith("1997")


def test_a_bomb_defused_by_experts_named_between_is_a_foiled_attack():
    [foiled] = ev("وأبطل خبراء متفجرات أتراك مفعول عبوة ناسفة قرب مبنى الحزب في أنقرة أمس.")
    assert foiled.modality == "prevented"
    [blast] = ev("وانفجرت عبوة ناسفة قرب مبنى الحزب في أنقرة أمس.")
    assert blast.modality == "actual"


def test_a_year_passed_since_the_fall_of_a_town_is_history_not_yesterdays_news():
    events = ev("ومع مرور عام كامل على سيطرة تنظيم داعش على بلدة تل أبيض تظاهر أمس مئات السكان.")
    a_year_back = PUB.replace(year=PUB.year - 1)  # (tests/test_anniversaries.py: how many months)
    assert [(e.event_type, e.date_end, e.background) for e in events] == [
        ("territory_change", a_year_back.isoformat(), True)]


def test_a_sentence_opening_with_before_that_is_dated_by_the_one_before():
    events = ev("قصفت الطائرات بلدة سراقب يوم الثلاثاء.\nوقبل ذلك قصفت الطائرات بلدة بنش.")
    assert {e.location.name: e.date_end for e in events}["Binnish"] == "2017-05-30"


def test_a_state_since_a_year_is_no_event_of_that_year():
    assert ev("وقد أسفر تمرد الجماعة عن سقوط أكثر من 15 ألف قتيل منذ 2009 في شمال البلاد.") == []


def test_the_days_toll_since_dawn_is_an_event():
    e = ev("قتل 12 مدنيا منذ فجر اليوم في مدينة دوما.")[0]
    assert e.claims[0].best == 12


def test_a_man_called_by_a_name_is_no_claim_of_anything():
    e = ev("وقتل في الاشتباكات قيادي في التنظيم يدعى أبو خالد قرب بلدة مورك أمس.")[0]
    assert e.modality == "actual"
    events = ev("سيطرت فصائل المعارضة على بلدة مورك أمس وقتل قيادي يدعى أبو خالد، في حين فر العشرات من "
                "عناصر تنظيم داعش نحو مدينة اللطامنة.")
    assert {e.event_type: e.modality for e in events}.get("movement") == "actual"


def test_the_toll_in_the_sentence_of_ground_taken_is_that_battles_toll():
    events = ev("سيطرت قوات النظام أمس على بلدة مورك بعد معارك عنيفة، قتل خلالها 30 مسلحا.")
    assert [e.event_type for e in events] == ["territory_change"]
    assert events[0].claims[0].best == 30


def test_a_threat_is_a_planned_event_not_an_actual_one():
    e = ev("هدد تنظيم داعش بشن هجمات على مدينة كركوك.")[0]
    assert e.modality == "planned"


def test_a_film_about_a_battle_is_no_event():
    assert ev("تدور أحداث الفيلم حول معركة دامية بين الجيش ومسلحين في مدينة حلب.") == []


def test_a_tag_line_is_no_event():
    assert ev("سمات تفجير داعش الموصل العراق") == []


def test_history_dated_by_the_text_is_kept_as_background():
    events = ev("ويذكر أن مقاتلي داعش قتلوا 500 مدني في مدينة الموصل عام 2014.")
    assert events and all(e.background for e in events)
    assert events[0].date_start == "2014-01-01"


def test_an_undated_event_ends_by_the_day_it_was_reported():
    e = ev("قالت وزارة الداخلية في بيان أمس الخميس إن انفجارا استهدف حاجزا للشرطة في مدينة "
           "العريش.")[0]
    assert (e.date_start, e.date_end) == (None, "2017-06-01")


# --- event identity
def test_a_result_sentence_joins_the_strike_it_describes():
    events = ev("شنت طائرات حربية روسية غارات على بلدة كفرنبل أمس. وأسفرت الغارات عن مقتل 9 "
                "مدنيين.")
    assert len(events) == 1 and [c.low for c in events[0].claims] == [9]


def test_a_condemned_strike_with_no_place_or_day_does_not_keep_the_mentions_that_follow():
    # the condemnation names the strike but says neither where nor when: it is no news of its
    # own, so "this bombardment" after it is the strike told with its place and day
    text = ("هدد حزب العمال الكردستاني بإنهاء الهدنة بعد الغارات الجوية التي شنها الجيش التركي "
            "يوم الجمعة على معسكرات للمتمردين في شمال العراق.\n\n"
            "وقتل جنديان تركيان في انفجار سيارة مفخخة استهدف قافلة عسكرية في مدينة ليجه مساء "
            "السبت.\n\n"
            "وكانت قيادة الحزب دانت في بيان القصف التركي، معتبرة أنه عدوان. وقال متحدث باسم "
            "الحزب إن الهدنة انتهت وسط هذا القصف الجوي الكثيف.")
    [strike] = [e for e in extract(text, published=PUB, article_id="t", language="ar")
                if e.event_type == "airstrike"]
    told = [text[x.start:x.end] for x in strike.evidence]
    assert any("وسط هذا القصف" in s for s in told)


def test_the_side_that_carried_out_an_attack_holds_it_whatever_is_told_between():
    [attack] = ev("ونفذ تنظيم داعش في الأسبوع الأخير من أيار هجوما جديدا على مدينة الرمادي.")
    assert roles(attack).get("Islamic State") == "actor1"
    assert (attack.date_start, attack.date_end) == ("2017-05-25", "2017-05-31")


def test_an_attack_word_far_from_any_armed_side_is_still_no_event():
    assert ev("وناقش المجلس في الأسبوع الأخير من أيار هجوما إعلاميا على الوزارة.") == []


def test_another_attack_told_in_the_same_sentence_is_another_event():
    events = ev("قتل 15 شخصا في تفجير انتحاري في سوق بلدة الباب أمس، وقتل جندي تركي واحد في هجوم "
                "آخر.")
    assert len(events) == 2
    assert sorted(c.low for e in events for c in e.claims) == [1, 15]


def test_the_same_attack_told_in_the_same_sentence_is_that_event():
    [attack] = ev("قتل 15 شخصا في تفجير انتحاري في سوق بلدة الباب أمس، وقتل جنديان تركيان في "
                  "الهجوم نفسه.")
    assert roles(attack).get("Turkish Armed Forces") == "actor2"  # hit, not the bomber


def test_fears_for_what_may_follow_leave_the_event_as_told():
    events = ev("قالت الشرطة إن انفجارا في بلدة الباب أسفر عن مقتل 12 شخصا أمس. وأضافت أن هناك "
                "مخاوف من أن يرتفع عدد القتلى.")
    assert [(e.event_type, e.modality) for e in events] == [("attack", "actual")]
    assert [c.low for c in events[0].claims] == [12]


def test_another_village_of_the_same_governorate_is_another_event():
    events = ev("قصفت قوات النظام بلدة كفرنبل بريف إدلب أمس.\nوقصفت قوات النظام بلدة معرة مصرين "
                "بريف إدلب أمس.")
    assert len([e for e in events if e.event_type == "shelling"]) == 2


def test_another_claimants_toll_elsewhere_is_another_event():
    text = ("قال المرصد السوري إن غارات روسية قتلت 12 مدنيا في بلدة كفرنبل أمس.\n"
            "وقالت وزارة الدفاع الروسية إن غاراتها قتلت 40 مسلحا في مدينة دير الزور.")
    assert len([e for e in ev(text) if e.event_type == "airstrike"]) == 2


def test_a_pluperfect_flashback_is_an_earlier_event():
    text = ("قتل 5 أشخاص في تفجير سيارة مفخخة في مدينة القامشلي أمس.\n"
            "وكانت سيارة مفخخة قد انفجرت في المدينة الشهر الماضي وقتلت 3 أشخاص.")
    assert len([e for e in ev(text) if e.event_type == "attack"]) == 2


def test_a_demonstrative_points_at_the_event_just_told():
    text = ("قتل 5 أشخاص في تفجير سيارة مفخخة في مدينة القامشلي أمس.\n"
            "وتبنى تنظيم داعش هذا التفجير في بيان.")
    assert len([e for e in ev(text) if e.event_type == "attack"]) == 1


def test_fighting_that_won_a_town_is_part_of_the_capture():
    events = ev("سيطرت فصائل المعارضة على بلدة مورك بريف حماة بعد معارك عنيفة مع قوات النظام.")
    assert types("سيطرت فصائل المعارضة على بلدة مورك بريف حماة بعد معارك عنيفة مع قوات "
                 "النظام.") == ["territory_change"]
    assert events[0].location.name_ar == "مورك"


# --- roles
def test_the_agent_of_a_passive_acts():
    e = ev("تعرضت بلدة داريا لقصف مدفعي من قبل قوات النظام أمس.")[0]
    assert roles(e)["Syrian Arab Army"] == "actor1"


def test_an_air_force_is_never_the_target_of_its_own_strike():
    e = ev("استهدفت غارات للطيران السوري مواقع للمعارضة في بلدة اللطامنة.")[0]
    assert roles(e).get("Syrian Air Force") == "actor1"


def test_the_agent_of_a_relative_clause_acts():
    e = ev("قتل 7 مدنيين في غارات شنتها مقاتلات روسية على بلدة سرمين.")[0]
    assert roles(e)["Russian Aerospace Forces"] == "actor1"


def test_a_verb_without_its_own_subject_acts_for_the_actor_named_before_it():
    events = ev("وكان مقاتلو تنظيم داعش قد انسحبوا من ريف حلب أمس وسيطروا على بلدة مارع.")
    taken = next(e for e in events if e.event_type == "territory_change")
    assert roles(taken)["Islamic State"] == "actor1"


def test_the_pronoun_subject_carries_over_to_the_next_sentence_of_the_paragraph():
    events = ev("سيطرت قوات النظام على بلدة مورك أمس. وتقدموا بعد ذلك نحو مدينة خان شيخون.")
    moved = next(e for e in events if e.event_type == "movement")
    assert roles(moved)["Syrian Arab Army"] == "actor1"


def test_the_area_of_a_town_is_where_it_happened_not_a_reference_point():
    e = ev("قتل ثلاثة جنود في انفجار عبوة وضعت بجانب طريق في منطقة سراقب في محافظة إدلب أمس.")[0]
    assert e.location.name == "Saraqib"


def test_ground_taken_from_a_group_is_lost_by_that_group():
    e = ev("وأعلن الجيش أمس تحرير بلدة مورك من تنظيم داعش.")[0]
    assert roles(e).get("Islamic State") == "actor2"


def test_a_verb_after_the_opening_conjunction_acts_for_the_subject_before_it():
    events = ev("اقتحم مسلحو تنظيم داعش بلدة مورك أمس، حيث اختطفوا عشرة مدنيين.")
    assert all(roles(e).get("Islamic State") == "actor1" for e in events)


def test_a_plan_to_take_ground_is_a_planned_event():
    e = ev("وتشمل خطة الجيش تحرير مدينة إدلب من هيئة تحرير الشام.")[0]
    assert (e.event_type, e.modality) == ("territory_change", "planned")


# --- actors that depend on the war the article is about
def test_the_coalition_is_the_saudi_led_one_in_a_yemen_article():
    e = ev("شن طيران التحالف غارات على مواقع الحوثيين في محافظة صعدة أمس.")[0]
    assert "Saudi-led coalition" in roles(e)


def test_the_coalition_is_the_us_led_one_in_a_syria_article():
    e = ev("شن طيران التحالف غارات على مواقع داعش في مدينة الرقة أمس.")[0]
    assert "US-led coalition" in roles(e)


def test_the_organisation_refers_back_to_the_group_named_before():
    events = ev("هاجم مسلحو داعش حاجزا للجيش في ريف الحسكة. وقتل التنظيم 5 جنود.")
    assert all("Kurdish forces" not in roles(e) for e in events)
    assert any(roles(e).get("Islamic State") == "actor1" for e in events)


def test_a_state_that_acts_is_an_actor_not_the_place():
    e = ev("بدأت أنقرة حملة ضربات جوية على معسكرات حزب العمال الكردستاني في شمال العراق.")[0]
    assert e.event_type == "operation_launch"
    assert roles(e).get("Turkish Armed Forces") == "actor1"
    assert e.location is None or e.location.name != "Ankara"


# --- claimants
def test_an_unnamed_source_is_a_claimant_of_its_own_kind():
    e = ev("قالت مصادر أمنية عراقية إن تنظيم داعش قتل 7 مدنيين في قضاء الحويجة أمس.")[0]
    assert [c.claimant for c in e.claims] == ["security sources"]


# --- dates
def test_the_publication_days_weekday_is_that_day():
    e = ev("قصفت قوات النظام مدينة دوما يوم الجمعة.")[0]
    assert e.date_start == "2017-06-02"


def test_last_week_is_the_previous_calendar_week():
    e = ev("قصفت قوات النظام مدينة دوما الأسبوع الماضي.")[0]
    assert (e.date_start, e.date_end) == ("2017-05-20", "2017-05-26")


def test_a_headline_joins_the_event_its_body_tells():
    text = ("غارات روسية على ريف إدلب\n"
            "شنت طائرات حربية روسية أمس غارات على بلدة سراقب بريف إدلب أسفرت عن مقتل 6 مدنيين.")
    events = ev(text)
    assert len(events) == 1 and events[0].location.name == "Saraqib"
    assert len(events[0].evidence) == 2


def test_border_guards_are_the_guards_of_the_articles_country():
    events = ev("اشتبكت قوات حرس الحدود مع مهربين مسلحين قرب مدينة العريش في شمال سيناء أمس وقتلت 3 منهم.")
    assert [a.name for e in events for a in e.actors if a.role == "actor1"] == ["Egyptian armed forces"]


def test_a_group_named_after_a_city_is_no_place():
    events = ev("اندلعت اشتباكات بين قوات الأمن وعناصر تنظيم بيت المقدس قرب مدينة العريش أمس.")
    assert [e.location.name for e in events] == ["Arish"]


def test_a_verbal_noun_after_a_comma_belongs_to_the_clause_before():
    events = ev("قصفت قوات النظام مدينة حماة أمس. وتعرضت مناطق في حي جوبر، لقصف من قبل قوات النظام.")
    assert sorted(e.location.name_ar for e in events if e.event_type == "shelling") == ["جوبر", "حماة"]


def test_a_toll_since_a_presidents_inauguration_is_no_event_even_after_wa():
    assert ev("ومنذ تولي الرئيس الجديد الحكم في 12 مارس الماضي، قتل أكثر من 300 شخص في البلاد.") == []


def test_attacks_named_only_to_sum_their_toll_are_no_new_event():
    doc = annotate("قتل جنديان في هجوم على دورية في ولاية ماردين يوم الاثنين.\n"
                   "وبهجمات أمس يرتفع إجمالي عدد القتلى في صفوف قوات الأمن إلى 60 على الأقل.",
                   published=PUB)
    assert [c.sentence for c in doc.candidates] == [0]


def test_the_revolutionaries_are_the_side_the_war_calls_so():
    events = ev("تقدمت قوات الثوار من مدينة لودر نحو مدينة زنجبار في محافظة أبين.")
    assert [(e.event_type, [a.name for a in e.actors]) for e in events] == [
        ("movement", ["Yemeni government forces"])]


def test_ground_taken_named_as_what_came_before_is_no_news():
    assert ev("هبطت أمس أول طائرة مدنية في مطار المدينة بعد تحرير المدينة من مسلحي التنظيم.") == []
    assert ev("وأعلنت فصائل المقاومة أمس إعادة فتح الميناء بعد تحرير مدينة عدن من المتمردين.") == []
    assert types("سيطرت القوات الحكومية أمس على مدينة الرمادي بعد معارك مع مسلحي التنظيم.") == [
        "territory_change"]


def test_a_wars_dead_counted_since_years_before_is_no_claim_even_beside_another_event():
    events = ev("ستنتشر قوة إقليمية في المنطقة لقتال الجماعة، وأدى تمردها المستمر منذ ثماني سنوات "
                "إلى مقتل 20 ألف شخص على الأقل.")
    assert [c for e in events for c in e.claims] == []


def test_the_boko_haram_wars_towns_as_the_arabic_press_spells_them():
    events = ev("قتل 12 شخصا في تفجير انتحاري استهدف سوقا في مدينة مايدوغوري بولاية بورنو أمس.")
    assert [e.location.name for e in events] == ["Maiduguri"]
    events = ev("قتل 9 أشخاص في هجوم شنته جماعة بوكو حرام على بلدة بوسو في النيجر أمس.")
    assert [e.location.name for e in events] == ["Bosso"]


def test_a_town_named_to_say_where_another_lies_is_no_second_event():
    events = ev("سيطر مسلحو التنظيم أمس على مدينة سرت الواقعة إلى الغرب من أجدابيا.")
    assert [e.location.name for e in events] == ["Sirte"]
    events = ev("وأفادت مصادر في محافظة أبين المتاخمة لعدن بسيطرة المقاومة أمس على مواقع للمتمردين.")
    assert [e.location.name for e in events] == ["Abyan Governorate"]


def test_attacks_suffered_for_months_are_a_state_not_an_event():
    assert ev("ويتعرض حي جوبر منذ عدة أشهر لهجمات من قبل قوات النظام.") == []
    events = ev("قصفت قوات النظام حي جوبر أمس، حيث يتعرض الحي منذ عدة أشهر لهجمات متكررة.")
    assert [(e.event_type, e.date_start) for e in events] == [("shelling", "2017-06-01")]


def test_a_supposition_is_no_event_but_a_conditional_threat_is_a_plan():
    assert ev("وإذا هاجم مسلحو التنظيم مدينة الرمادي فإن الجيش سيرد بقوة.") == []
    events = ev("وتوعد تنظيم داعش بقتل جنود الجيش في مدينة الرمادي إذا بقوا فيها.")
    assert [e.modality for e in events] == ["planned"]


def test_repeated_attacks_and_a_first_of_its_kind_are_patterns_not_events():
    assert ev("وواصلت الميليشيات اعتداءاتها المتكررة على المدارس في مدينة تعز.") == []
    assert ev("وهذه هي المرة الأولى التي ينفذ فيها التنظيم عملية تفجير في الكويت.") == []


def test_a_campaign_is_told_by_who_wages_it_even_with_no_place():
    events = ev("وشنت قوات الأمن العراقية حملة أمنية موسعة لملاحقة المسلحين.")
    assert [(e.event_type, [a.name for a in e.actors if a.role == "actor1"]) for e in events] == [
        ("operation_launch", ["Iraqi security forces"])]


def test_a_governorate_named_alone_in_a_list_of_places_struck_is_an_event_of_its_own():
    events = ev("شنت طائرات التحالف غارات على مدينة صعدة وفي محافظة حجة أسفرت عن مقتل 10 أشخاص.")
    assert sorted((e.location.name, [c.low for c in e.claims]) for e in events) == [
        ("Hajjah Governorate", []), ("Sa'dah", [10])]  # the one toll is told once


def test_a_similar_incident_is_another_event():
    text = ("قتلى وجرحى في تفجيرات في العراق\n"
            "قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار عبوة ناسفة في سوق ببغداد أمس. وفي حادث "
            "مماثل قتل شخص وأصيب ثمانية قرب سوق شعبية جنوب العاصمة.")
    tolls = sorted(sorted(c.low for c in e.claims if c.low) for e in ev(text))
    assert tolls == [[1, 8], [3, 5]]


def test_strikes_a_protest_is_against_are_named_not_told():
    assert ev("وتظاهر مئات الأكراد أمس في مدينة السليمانية احتجاجا على الغارات الجوية التركية "
              "على قرى المنطقة.") == []


def test_a_bomb_made_held_or_smuggled_is_no_blast():
    pub = date(2016, 3, 1)
    assert extract("وأدين الشاب بحيازة قنبلة يدوية وتهريب أحزمة ناسفة إلى مدينة الموصل.",
                   published=pub) == []
    assert extract("Police said the men were accused of smuggling explosives into Aleppo.",
                   published=pub, language="en") == []
    (e,) = extract("انفجرت قنبلة قرب مبنى البلدية في مدينة الرمادي صباح أمس.", published=pub)
    assert e.event_type == "attack"


def test_a_states_pursuit_of_the_nuclear_bomb_is_no_blast():
    assert extract("ويرى الكاتب أن طهران ما زالت تسعى سرا للحصول على القنبلة النووية رغم الاتفاق.",
                   published=date(2016, 3, 1)) == []


def test_the_toll_since_the_fighting_began_is_no_fight_of_the_day():
    assert extract("وقال مسؤول محلي إن حصيلة القتلى منذ بدء المواجهات بين الجيش والمسلحين في مدينة "
                   "درنة بلغت 400 قتيل.", published=date(2016, 3, 1)) == []
