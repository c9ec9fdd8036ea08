"""A war aim is no blow of a day; the day of a story told is not today. Every sentence is
written for these tests; each class has a twin that still tells an event or dates it."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 3)  # a Monday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


# --- destroying a whole group is what a war aims at, not a strike of a day
def test_helping_to_destroy_a_group_is_a_war_aim():
    assert ev("وقال الوزير أمس إن طائرات بلاده ستساعد الجيش في حماية الحدود وتدمير تنظيم "
              "داعش في الأنبار.") == []


def test_wiping_out_a_group_as_a_task_is_no_event():
    assert ev("وأكد المتحدث أن القضاء على جماعة بوكو حرام في مايدوغوري يحتاج إلى سنوات.") == []


def test_an_aim_joined_to_the_war_aim_is_an_aim_too():
    assert ev("وأكد القائد في تعز أن الهدف هو القضاء على الحوثيين وتحرير المدينة.") == []


def test_members_of_a_group_wiped_out_are_still_a_blow():
    [clash] = ev("وأعلن الجيش أمس القضاء على 20 من عناصر تنظيم داعش في الرمادي.")
    assert clash.location.name == "Ramadi"


def test_a_groups_positions_destroyed_are_still_a_blow():
    [strike] = ev("ودمرت طائرات التحالف أمس مواقع تنظيم داعش في الرمادي.")
    assert strike.event_type == "airstrike"


# --- "that day" is the day of the story told, never the day of publication
def test_that_day_is_not_today():
    events = ev("وفي أحد أيام الحرب خرجت إلى السوق، وقتل ثلاثة أشخاص بقذيفة في ذلك اليوم "
                "في حي الشعار بحلب.")
    assert [e.date_start for e in events] == [None]


def test_today_still_dates_the_shell():
    [shell] = ev("وقتل ثلاثة أشخاص بقذيفة اليوم في حي الشعار بحلب.")
    assert shell.date_start == PUB.isoformat()


# --- money seized, or "any" vessel threatened, is no ground changing hands
def test_money_seized_is_no_ground_taken():
    assert ev("واستولى مسلحو التنظيم أمس على أموال البنك المركزي في المكلا.") == []


def test_any_vehicle_threatened_is_no_ground_taken():
    assert ev("وأعلن المسلحون أمس الاستيلاء على أي مركبة تدخل ميناء الحديدة.") == []


def test_a_port_seized_is_still_ground_taken():
    events = ev("وسيطر المسلحون أمس على ميناء الحديدة بعد اشتباكات مع الجيش.")
    assert "territory_change" in {e.event_type for e in events}


# --- a quarter named before its town is a part of that town, not a village elsewhere
def test_a_quarter_read_far_from_its_town_gives_way_to_the_town():
    [seized] = ev("وسيطر المسلحون أمس على حي الروضة في مدينة الحديدة.")
    assert seized.location.name == "Hodeidah"


# --- "soon" and promises tell what is still to come
def modalities(text: str) -> dict[str, str]:
    return {e.event_type: e.modality for e in ev(text)}


def test_ground_to_be_taken_soon_is_planned():
    assert modalities("وقال القائد إن سيطرة المقاومة الشعبية على مدينة زنجبار ستحسم قريبا.") == {
        "territory_change": "planned"}


def test_soon_looks_back_not_at_the_advance_that_brought_it_near():
    assert modalities("وقال مصدر إن تحرير المقاومة الشعبية لمدينة زنجبار بات قريبا بعد تقدم "
                      "قواتها نحو أحيائها الشرقية.") == {"territory_change": "planned",
                                                       "movement": "actual"}


def test_near_a_place_is_no_soon():
    [blast] = ev("وانفجرت سيارة مفخخة أمس قريبا من مقر الشرطة في عدن.")
    assert blast.modality == "actual"


def test_attacks_pledged_are_planned():
    assert modalities("وتعهدت حركة طالبان بشن هجمات في ولاية قندوز خلال الصيف.") == {
        "attack": "planned"}


def test_a_promise_leaves_the_attack_it_answers_told():
    [attack] = ev("ووعدت الحكومة بتعزيز الإجراءات الأمنية غداة تفجير انتحاري في سوروتش.")
    assert attack.modality == "actual"


def test_a_camp_named_inside_a_town_is_in_that_town():
    [seized] = ev("وتمكنت المقاومة أمس من السيطرة على معسكر النصر وسط مدينة البيضاء.")
    assert seized.location.name == "Al Bayḑā’"


def test_a_camp_north_of_a_town_keeps_its_own_place():
    [strike] = ev("ودمرت طائرات التحالف أمس مواقع للحوثيين في معسكر الصليف شمال مدينة الحديدة.")
    assert strike.location.name == "Aş Şalīf"


# --- the accused are named by their charge: the trial is the news, not the blast
def test_a_trial_of_those_accused_of_a_bombing_tells_no_bombing():
    assert ev("وبدأت محكمة الجنايات أمس محاكمة المتهمين بتفجير مسجد في مدينة الكويت.") == []


def test_a_bombing_whose_suspects_were_held_is_still_told():
    [blast] = ev("وقتل خمسة أشخاص أمس في تفجير مسجد في مدينة الكويت، واعتقلت الشرطة المتهمين.")
    assert blast.date_start == "2015-08-02"


# --- a state right after a relative clause's verb is who does it, no location
def test_a_state_after_a_relative_verb_is_its_subject_not_a_place():
    [attack] = ev("وهاجمت جبهة النصرة أمس مقاتلين من المعارضة الذين دربتهم واشنطن قرب أعزاز.")
    assert attack.location.name == "Azaz"


# --- what many plot is planned, whatever the verb's person
def test_bombings_several_men_were_plotting_are_planned():
    events = ev("وأعلنت السلطات أمس اعتقال 8 أشخاص كانوا يخططون لارتكاب اعتداءات في طنجة باسم "
                "تنظيم داعش.")
    assert {e.modality for e in events} == {"planned"}


# --- «لـ اليوم» is a newspaper told, not today
def test_told_to_the_newspaper_al_yaum_is_no_today():
    [blast] = ev("وقال مصدر أمني لـ«اليوم» إن خمسة أشخاص قتلوا في انفجار عبوة ناسفة في الدمام.")
    assert blast.date_start is None


def test_then_to_come_carries_no_date_from_before():
    events = ev("وشاركت القوات في حرب عام 1991 ضد العراق. وقال الخبير إن وصول القوات السعودية "
                "إلى عدن بداية الغيث، وحينها يكون اليمن في بداية العافية.")
    assert [e.date_start for e in events if e.event_type == "movement"] == [None]


# --- a town "under threat" of an attack has not been attacked
def test_a_town_threatened_with_an_assault_is_not_yet_assaulted():
    [attack] = ev("وقال المسؤول إن مدينة حديثة مهددة بهجوم واسع لتنظيم داعش.")
    assert attack.modality == "planned"


# --- what will go on is to come; what it goes on from was done
def test_fighting_that_will_go_on_is_planned():
    assert modalities("وقالت الوزارة إن قوات الجيش ستواصل القتال ضد الميليشيات الحوثية في "
                      "محافظة لحج.") == {"clash": "planned"}


def test_the_capture_a_statement_celebrates_stays_done():
    assert modalities("وأكدت الوزارة في بيان بمناسبة سيطرة المقاومة الشعبية على قاعدة العند أمس "
                      "أنها ستستمر في دعم المقاومة.") == {"territory_change": "actual"}


# --- a truce's terms name the strikes that stop, no strike
def test_strikes_a_truce_stops_are_no_strike():
    assert ev("وأعلن التحالف السبت هدنة لمدة خمسة أيام تتوقف خلالها الغارات الجوية على "
              "مواقع المتمردين في صنعاء.") == []
