"""What is still to come is no deed done: an attack "a matter of time" or "imminent", a storming
"in the coming hours", fighters ready to repel an attack, threats uttered by many. And a cue in a
later sentence does not turn an event told earlier into a plan. Sentences written for these
tests; each has a twin that tells a deed done."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2017, 6, 2)  # a Friday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def modalities(text: str) -> list[str]:
    return [e.modality for e in ev(text)]


def test_an_attack_said_to_be_a_matter_of_time_or_imminent_has_not_happened():
    assert "actual" not in modalities("وقال ضابط كبير إن هجوم التنظيم على المدينة بات مسألة "
                                      "وقت.")
    assert "actual" not in modalities("وحذرت المصادر من اقتحام وشيك لمدينة تكريت.")


def test_an_attack_on_the_city_told_is_actual():
    assert modalities("شن مسلحو داعش هجوما على مدينة تكريت أمس.") == ["actual"]


def test_a_storming_in_the_coming_hours_is_planned_and_undated():
    [storm] = ev("وأعلن مصدر عسكري عن اقتحام قوات الجيش العراقي مدينة الفلوجة خلال الساعات "
                 "القليلة المقبلة.")
    assert storm.modality == "planned" and storm.date_start is None


def test_a_storming_in_the_past_hours_is_actual():
    [storm] = ev("وأعلن مصدر عسكري عن اقتحام قوات الجيش العراقي مدينة الفلوجة خلال الساعات "
                 "القليلة الماضية.")
    assert storm.modality == "actual"


def test_readiness_to_storm_is_a_plan():
    found = ev("وأكد قائد الشرطة استعدادهم لاقتحام مدينة الفلوجة بعد وصول التعزيزات.")
    storm = next(e for e in found if e.event_type == "territory_change")
    assert storm.modality == "planned"


def test_threats_uttered_by_many_are_threats():
    assert "actual" not in modalities("وأصدر المسلحون بيانا توعدوا فيه القوات الحكومية "
                                      "بالتدمير في مدينة الفلوجة.")


def test_a_plan_told_after_a_battle_leaves_the_battle_actual():
    found = ev("اندلعت اشتباكات عنيفة بين الجيش ومسلحي داعش في مدينة بيجي أمس أسفرت عن مقتل "
               "12 مسلحا. وأوقعت الاشتباكات خسائر كبيرة في صفوف المسلحين، وأكد الجيش استعداده "
               "التام لصد أي هجوم جديد على المدينة.")
    battle = next(e for e in found if any(c.category == "killed" for c in e.claims))
    assert battle.modality == "actual" and battle.date_start == "2017-06-01"


def test_a_fear_names_what_may_come_not_the_flight_it_caused():
    found = ev("وغادر مسلحو الحوثي مدينة إب أمس خوفا من وصول قوات الجيش إليها.")
    assert "actual" in {e.modality for e in found if e.event_type == "movement"}


def test_forced_to_withdraw_is_a_withdrawal_not_an_aim():
    [withdrawal] = ev("واضطر مسلحو داعش للانسحاب من مدينة بيجي أمس.")
    assert withdrawal.event_type == "movement" and withdrawal.modality == "actual"


def test_advancing_to_free_a_town_aims_at_it():
    assert not [e for e in ev("وتقدمت القوات العراقية لتحرير مدينة بيجي أمس.")
                if e.event_type == "territory_change" and e.modality == "actual"]


def test_what_a_leader_wants_done_is_not_done():
    events = ev("وقال رئيس الوزراء إن بلاده تريد المساعدة في تدمير تنظيم داعش في العراق.")
    assert all(e.modality != "actual" for e in events)


def test_what_forces_strive_for_does_not_undo_what_they_did():
    events = ev("وسيطرت قوات الجيش الوطني أمس على مديرية الوضيع وتسعى إلى استعادة السيطرة على مدينة "
                "زنجبار.")
    assert any(e.modality == "actual" and e.event_type == "territory_change" for e in events)


def test_a_toll_feared_to_rise_leaves_the_blast_told():
    [blast] = ev("وقالت وزارة الداخلية إن انفجارا في مدينة ماردين أسفر أمس عن مقتل 12 شخصا، وأضافت أن "
                 "هناك مخاوف من أن يرتفع عدد القتلى وقالت إن الانفجار عمل إرهابي.")
    assert blast.modality == "actual"


def test_a_day_to_come_in_one_sentence_does_not_date_the_deeds_told_after_it():
    events = ev("وقال الوزير إن الحكومة ستعيد فتح مطار عدن خلال الأسبوع القادم. وأشاد بمقاتلي "
                "المقاومة الذين تمكنوا من طرد مسلحي الحوثي من مدينة عدن.")
    [taken] = [e for e in events if e.event_type == "territory_change"]
    assert taken.modality == "actual"
    assert taken.date_start is None or taken.date_start <= PUB.isoformat()


def test_a_past_day_in_one_sentence_still_dates_the_next():
    events = ev("وقال الوزير إن المعارك توقفت أمس. وتمكن مقاتلو المقاومة من طرد مسلحي الحوثي "
                "من مدينة عدن.")
    [taken] = [e for e in events if e.event_type == "territory_change"]
    assert taken.date_start == "2017-06-01"
