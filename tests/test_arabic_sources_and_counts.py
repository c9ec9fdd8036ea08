"""Who speaks and who is counted in Arabic news prose, each construction with sentences
written for it: a group named after a count, a spokesman set off by his title, a monitor named
again bare, a title that repeats the lead's toll, news that arrives, what "قد" may bring, and a
headline's speaker before its colon, a force named after a place of its that was hit, a
singular subject before two verbs, and trains that derail."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2016, 3, 10)  # a Thursday


def ev(text: str, published: date | None = PUB) -> list[Event]:
    return extract(text, published=published, article_id="t")


def claims(events: list[Event]) -> list[tuple[str, int | None, str, str | None]]:
    return [(c.category, c.low, c.who, c.claimant) for e in events for c in e.claims]


# --- a count followed by "من" and a named armed group counts that group's members
def test_a_count_of_a_named_group_is_a_toll_of_its_fighters():
    events = ev("وأفاد مصدر طبي بمقتل 23 من داعش في قصف مدفعي على قرية الحمدانية أمس.")
    assert [(c, n, w) for c, n, w, _ in claims(events)] == [("killed", 23, "fighters")]


def test_a_count_of_a_named_army_is_a_toll_of_its_soldiers():
    events = ev("وجرح 6 من الجيش العراقي في هجوم بسيارة مفخخة على حاجز قرب بيجي أمس.")
    assert [(c, n, w) for c, n, w, _ in claims(events)] == [("injured", 6, "soldiers")]


def test_a_count_of_a_monitor_counts_nobody():
    events = ev("وقتل 40 شخصا في غارات على بلدة سلقين أمس، وفق ما أحصى 3 من المرصد.")
    assert [(c, n) for c, n, _, _ in claims(events)] == [("killed", 40)]


def test_members_of_a_state_force_named_by_the_actor_lexicon_are_soldiers():
    events = ev("وقتل خمسة من عناصر القوات المسلحة الأردنية في هجوم على مركز حدودي أمس.")
    assert [(c, n, w) for c, n, w, _ in claims(events)] == [("killed", 5, "soldiers")]


# --- a spokesman's title names whom he speaks for, however long his name and rank
def test_a_spokesman_set_off_by_commas_speaks_for_the_body_his_title_names():
    events = ev("وقال العقيد سعد معن إبراهيم، المتحدث باسم قيادة عمليات بغداد، إن 9 أشخاص قتلوا "
                "في انفجار عبوة ناسفة في سوق شعبي في الدورة أمس.")
    assert claims(events) == [("killed", 9, "unknown", "Iraqi security forces")]


def test_a_title_naming_an_unnamed_kind_of_body_makes_that_kind_the_claimant():
    events = ev("وقال اللواء ماجد الحربي، المتحدث الرسمي لوزارة الداخلية، إن 3 رجال أمن قتلوا في "
                "هجوم مسلح على دورية في القطيف أمس.")
    assert [n for _, n, _, who in claims(events) if who == "interior ministry"] == [3]


def test_the_military_spokesman_speaks_for_the_army_of_the_article():
    events = ev("وأوضح المتحدث العسكري في بيان أن عبوة ناسفة انفجرت في مدرعة للجيش جنوب العريش "
                "بمحافظة شمال سيناء، ما أسفر عن مقتل ثلاثة جنود.")
    assert claims(events) == [("killed", 3, "soldiers", "Egyptian armed forces")]


def test_a_name_without_a_title_gives_no_claimant():
    events = ev("وقال أحمد، وهو من سكان الحي، إن 12 شخصا قتلوا في قصف على حي الشعار في حلب أمس.")
    assert [who for _, _, _, who in claims(events)] == [None]


# --- the Observatory named again bare
def test_the_observatory_named_again_bare_is_the_one_named_before():
    events = ev("وقال المرصد السوري لحقوق الإنسان إن الطيران قصف مدينة دوما أمس.\n"
                "وقال مصدر طبي إن المستشفى استقبل عشرات الجرحى.\n"
                "وأشار المرصد إلى مقتل 14 مدنيا في غارة على بلدة حمورية أمس.")
    assert [who for _, n, _, who in claims(events) if n == 14] == [
        "Syrian Observatory for Human Rights"]


def test_an_observatory_named_with_none_before_claims_nothing():
    events = ev("وأشار المرصد إلى مقتل 14 مدنيا في غارة على بلدة حمورية أمس.")
    assert [(n, who) for _, n, _, who in claims(events)] == [(14, None)]


# --- a title that gives the lead's toll is the lead's event, however it words kind and place
def test_a_title_with_the_leads_toll_is_one_event_with_the_lead():
    events = ev("مقتل خمسة جنود بانفجار لغم في محافظة الأنبار\n"
                "قتل خمسة جنود من الجيش العراقي وأصيب اثنان آخران اليوم إثر هجوم بعبوة ناسفة "
                "استهدف دوريتهم في قضاء الرطبة غرب الأنبار.")
    assert len(events) == 1
    assert sorted((c.category, c.low) for c in events[0].claims) == [("injured", 2), ("killed", 5)]


def test_two_others_wounded_are_two():
    events = ev("وقتل جندي وأصيب اثنان آخران في هجوم على حاجز في الرمادي أمس.")
    assert sorted((c.category, c.low) for e in events for c in e.claims) == [
        ("injured", 2), ("killed", 1)]


def test_a_title_with_another_toll_stays_apart_from_the_lead():
    events = ev("مقتل سبعة مدنيين بغارة على سوق في ريف إدلب\n"
                "قتل خمسة جنود من الجيش العراقي اليوم إثر هجوم بعبوة ناسفة استهدف دوريتهم في "
                "قضاء الرطبة غرب الأنبار.")
    assert sorted(c.low for e in events for c in e.claims) == [5, 7]
    assert len(events) == 2


# --- news that arrives is no movement
def test_information_that_reached_the_police_is_no_movement():
    events = ev("وداهمت الشرطة منزلا في حي الفيصلية في الدمام أمس بعدما وصلت إليها معلومات عن "
                "وجود مطلوبين فيه.")
    assert [e for e in events if e.event_type == "movement"] == []


def test_information_that_arrived_is_no_movement_with_the_word_before_the_verb_either():
    events = ev("وقال مسؤول إن معلومات وصلت إلى قوات الأمن في مدينة الدمام أمس عن خلية إرهابية.")
    assert [e for e in events if e.event_type == "movement"] == []


def test_a_column_of_troops_that_arrives_is_still_a_movement():
    events = ev("ووصل رتل من قوات الجيش العراقي إلى مدينة الرمادي أمس قادما من الحبانية.")
    assert [e.event_type for e in events] == ["movement"]
    assert events[0].destination is not None and events[0].destination.name == "Ramadi"


# --- "قد" before a present verb tells what may come; before a past verb, what has happened
def test_what_a_strike_may_spark_is_no_event():
    events = ev("وقال الوزير إن الإضراب ما زال مستمرا في سجن النقب، ما قد يؤدي إلى موت المضربين "
                "ويفجر مواجهات في مدينة الخليل.")
    assert events == []


def test_an_attack_a_group_may_launch_is_no_actual_attack():
    events = ev("وقال قائد الشرطة في كركوك إن التنظيم قد يهاجم المدينة بسيارات مفخخة.")
    assert [e for e in events if e.modality == "actual"] == []


def test_a_seizure_that_has_happened_after_qad_is_actual():
    events = ev("وأكد مصدر عسكري أن القوات العراقية قد حررت مدينة الرمادي أمس.")
    assert [(e.event_type, e.modality) for e in events] == [("territory_change", "actual")]


# --- "أحد" right after an action is one of the people named next
def test_one_of_the_police_killed_is_one_killed():
    events = ev("وقتل أحد عناصر الشرطة في هجوم على حاجز أمني في مدينة العريش أمس.")
    assert [(c, n) for c, n, _, _ in claims(events)] == [("killed", 1)]


def test_one_of_its_officers_with_a_possessive_ending_is_one_killed():
    events = ev("وأعلنت القوات المسلحة الأردنية مقتل أحد ضباطها في هجوم على مركز حدودي أمس.")
    assert [(c, n) for c, n, _, _ in claims(events)] == [("killed", 1)]


def test_one_of_the_officials_who_spoke_is_no_victim():
    events = ev("وقال أحد المسؤولين إن 4 جنود قتلوا في هجوم شنه مسلحون على حاجز في مدينة العريش أمس.")
    assert [(c, n) for c, n, _, _ in claims(events)] == [("killed", 4)]


# --- deaths of a whole war or a whole month are a tally, no event of the news
def test_a_monthly_toll_of_a_country_is_no_event():
    assert ev("وقالت بعثة الأمم المتحدة إن 1215 عراقيا قتلوا في أعمال عنف خلال شهر مايو الماضي.",
              published=date(2016, 6, 2)) == []


def test_a_war_toll_whose_figure_is_a_running_total_leaves_no_event():
    assert ev("وذكرت الشبكة أن حصيلة القتلى في صفوف المدنيين في سورية منذ بدء النزاع بلغت "
              "نحو 110 آلاف شخص.") == []


def test_a_bombing_in_a_city_last_month_is_still_an_event():
    events = ev("وقتل 14 شخصا في انفجار سيارة مفخخة في سوق في مدينة الحلة في فبراير الماضي.")
    assert [(c, n) for c, n, _, _ in claims(events)] == [("killed", 14)]


def test_a_war_named_with_its_place_before_its_toll_is_a_record_not_a_claim():
    events = ev("وقصفت طائرات التحالف مواقع الحوثيين في مدينة صعدة أمس، في النزاع في اليمن الذي "
                "أسفر عن مقتل أربعة آلاف شخص.")
    assert [e.event_type for e in events] == ["airstrike"] and events[0].claims == []


# --- the outlet's link line repeats the title: no event of its own
def test_the_link_line_after_the_body_adds_no_event():
    events = ev("مقتل ثلاثة جنود في هجوم على حاجز في العريش\n"
                "قتل ثلاثة جنود اليوم في هجوم شنه مسلحون على حاجز أمني في مدينة العريش. وكان "
                "مسلحون قد قتلوا 40 جنديا منذ مطلع الشهر. رابط الخبر بصحيفة الوئام: مقتل ثلاثة "
                "جنود في هجوم على حاجز في العريش")
    assert sorted(c.low for e in events for c in e.claims) == [3]


# --- "then" dates a clause by the time named last; "the day on which" is no today
def test_a_toll_told_then_is_of_the_attack_named_before_not_of_today():
    events = ev("وقالت الشرطة إنها قتلت اليوم مسلحين اثنين في اشتباك قرب مدينة داغستان. وكان أحدهما "
                "قد قاد هجوما على مدينة جروزني في ديسمبر 2014.\nوقتل حينها 14 شرطيا حين اقتحم "
                "مسلحون مباني في المدينة في اليوم الذي ألقى فيه الرئيس خطابه.")
    fourteen = [e for e in events if any(c.low == 14 for c in e.claims)]
    assert [(e.date_start, e.date_end) for e in fourteen] == [("2014-12-01", "2014-12-31")]


def test_last_weeks_attacks_keep_last_week_before_a_relative_pronoun():
    events = ev("وأعلنت السلطات حالة التأهب في كابل إثر هجمات الأسبوع الماضي التي أسفرت عن مقتل "
                "50 شخصا على الأقل في المدينة.")
    assert [(e.date_start, e.date_end) for e in events] == [("2016-02-27", "2016-03-04")]  # Sat–Fri


# --- what someone is charged with is no toll of the news
def test_the_deaths_a_suspect_is_charged_with_are_no_claim():
    events = ev("وقتل 3 جنود في هجوم على حاجز في العريش أمس، واعتقلت القوات المتهم بقتل 5 جنود "
                "في رفح.")
    assert sorted(c.low for e in events for c in e.claims) == [3]


def test_militants_involved_in_killing_policemen_add_no_claim_to_their_own_death():
    events = ev("وقالت اللجنة إن القوات قتلت ثمانية مسلحين في اشتباك قرب مدينة نالتشيك أمس، "
                "وكانوا متورطين في قتل شرطيين.")
    assert sorted(c.low for e in events for c in e.claims) == [8]


# --- ACLED's sub-event: ground taken by a state's forces is regained by the government
def test_ground_taken_by_a_states_forces_is_government_regains_territory():
    (e,) = ev("وسيطرت القوات العراقية على مدينة الرمادي أمس بعد معارك مع تنظيم داعش.")
    assert (e.acled_event_type, e.acled_sub_event_type) == ("Battles", "Government regains territory")


def test_ground_taken_by_an_armed_group_is_overtaken_by_a_non_state_actor():
    (e,) = [e for e in ev("وسيطر تنظيم داعش على مدينة الرمادي أمس بعد انسحاب القوات العراقية "
                          "منها.") if e.event_type == "territory_change"]
    assert e.acled_sub_event_type == "Non-state actor overtakes territory"


# --- "عناصر من X": right after an event verb X acted; after a result verb (passive) X suffered
def test_members_of_a_group_right_after_an_abduction_verb_are_who_abducted():
    (e,) = ev("اختطف عناصر من جبهة النصرة قائد لواء معارض في ريف حلب الشمالي أمس.")
    assert [(a.name, a.role) for a in e.actors] == [("Hayat Tahrir al-Sham", "actor1")]


def test_members_of_a_group_right_after_a_result_verb_are_who_died():
    (e,) = ev("وقتل عناصر من تنظيم داعش في غارة على مدينة الحسكة أمس.")
    assert [(a.name, a.role) for a in e.actors] == [("Islamic State", "actor2")]


# --- what happened ended by the day it was reported
def test_an_attack_earlier_this_month_ends_no_later_than_publication():
    (e,) = ev("وقتل 30 شخصا في هجوم انتحاري على سوق في مدينة بعقوبة في وقت سابق من الشهر الحالي.")
    assert (e.date_start, e.date_end) == ("2016-03-01", "2016-03-10")


def test_a_plan_for_this_month_keeps_its_days_to_come():
    events = ev("وقال الجيش إنه سيشن هجوما على مدينة الفلوجة خلال الشهر الحالي.")
    assert [(e.modality, e.date_end) for e in events] == [("planned", "2016-03-31")]


def test_an_attack_carried_out_during_the_night_is_of_last_night():
    (e,) = ev("وقال الجيش إن جنديين قتلا في هجوم نفذه مسلحون خلال الليل على موقع عسكري في مدينة "
              "العريش.")
    assert (e.date_start, e.date_end) == ("2016-03-09", "2016-03-10")


# --- the next step is still to come; reinforcements "coming from" a city arrive now
def test_the_next_step_of_a_campaign_is_planned():
    events = ev("وقال قائد في المقاومة لرويترز إن الخطوة المقبلة بعد تحرير عدن هي تطهير محافظة أبين "
                "من المسلحين.")
    assert ("territory_change", "planned") in [(e.event_type, e.modality) for e in events]


def test_reinforcements_coming_from_a_city_are_an_actual_movement():
    events = ev("ووصلت أمس تعزيزات عسكرية للحوثيين إلى مدينة تعز قادمة من العاصمة صنعاء.")
    assert [e.modality for e in events] and all(e.modality == "actual" for e in events)


# --- an aim governs the event word joined to it
def test_a_council_formed_to_free_and_clear_a_region_tells_no_seizure():
    assert [e for e in ev("وقال البيان إنه تم تشكيل مجلس مقاومة لتحرير وتطهير المناطق الوسطى من "
                          "الميليشيات في محافظة إب.") if e.event_type == "territory_change"] == []


def test_forces_that_freed_and_cleared_a_town_took_it():
    events = ev("وتمكنت القوات من تحرير وتطهير مدينة زنجبار من الحوثيين أمس.")
    assert [e.event_type for e in events] == ["territory_change"]


# --- a headline's speaker before a colon claims what follows and is no party to it
def test_a_headline_speaker_before_a_colon_claims_the_toll():
    events = ev("المرصد السوري: مقتل ستة مسلحين في غارة قرب مدينة الحسكة")
    assert [(n, who) for _, n, _, who in claims(events)] == [(6, "Syrian Observatory for Human Rights")]


def test_an_army_speaking_before_a_colon_is_not_the_target():
    events = ev("الجيش اليمني: الحوثيون قصفوا أحياء مدينة تعز بالهاون أمس")
    assert [(a.name, a.role) for e in events for a in e.actors] == [("Houthis", "actor1")]


def test_an_unnamed_source_before_a_colon_is_a_claimant_of_its_kind():
    events = ev("مصادر أمنية: مقتل 5 جنود في هجوم على حاجز بمدينة العريش")
    assert [(n, who) for _, n, _, who in claims(events)] == [(5, "security sources")]


def test_an_english_headline_speaker_before_a_colon_claims_the_toll():
    events = ev("Syrian Observatory: six militants killed in air strike near Hasakah")
    assert [(n, who) for _, n, _, who in claims(events)] == [(6, "Syrian Observatory for Human Rights")]


# --- a force named after a place of its that was hit owns the target; it did not strike
def test_the_forces_whose_mosque_was_bombed_are_its_target():
    events = ev("وتبرع الأهالي بالدم لمصابي تفجير مسجد قوات الطوارئ الخاصة بمنطقة عسير.")
    assert [(a.name, a.role) for e in events for a in e.actors] == [
        ("Gulf security services", "actor2")]


def test_the_army_whose_camp_a_bomber_struck_is_the_target():
    events = ev("وفجر انتحاري نفسه في معسكر للجيش اليمني في مدينة عدن أمس.")
    assert [(a.name, a.role) for e in events for a in e.actors] == [
        ("Yemeni government forces", "actor2")]


# --- "أن متطرفا قتل واعتقل 16": one extremist killed, sixteen arrested
def test_a_singular_before_the_first_of_two_verbs_is_its_own_count():
    events = ev("وأعلنت وزارة الداخلية أمس أن متطرفا قتل واعتقل 16 شخصا بشبهة الإرهاب في مدينة بنزرت.")
    assert sorted((c, n) for c, n, _, _ in claims(events)) == [("captured", 16), ("killed", 1)]


def test_a_derailed_train_is_no_attack():
    assert ev("مقتل وإصابة 120 شخصا بعد خروج قطارين عن القضبان في ولاية ماديا براديش أمس.") == []


def test_a_singular_before_a_verb_with_its_own_victims_is_the_killer():
    events = ev("وكان مسلح قتل 38 سائحا في هجوم على فندق في مدينة سوسة أمس.")
    assert [(c, n) for c, n, _, _ in claims(events)] == [("killed", 38)]
