"""Who acted: the side blamed for a bombing is its author; a police officer or an army that
reports a bombing is its claimant, not its bomber; a side that mourns its martyred soldier was
hit. Sentences written for these tests; each has a twin."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles

PUB = date(2017, 6, 2)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_the_side_a_bombing_is_blamed_on_is_its_author():
    [attack] = ev("واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم داعش سوقا شعبيا في مدينة كركوك "
                  "أمس وأسفر عن مقتل 12 شخصا.")
    assert roles(attack).get("Islamic State") == "actor1"


def test_the_side_a_bombing_targets_is_still_its_target():
    [attack] = ev("واستهدف تفجير انتحاري مقرا لتنظيم داعش في مدينة كركوك أمس وأسفر عن مقتل 12 "
                  "عنصرا.")
    assert roles(attack).get("Islamic State") == "actor2"


def test_a_police_officer_reporting_a_car_bomb_is_not_its_bomber():
    [attack] = ev("وقال ضابط في الشرطة العراقية: قتل 16 شخصا وجرح 30 في تفجير سيارة مفخخة في "
                  "سوق ببغداد أمس.")
    assert "actor1" not in roles(attack).values()
    assert {c.category for c in attack.claims} >= {"killed", "injured"}


def test_an_army_reporting_its_own_capture_of_a_town_is_its_author():
    [taken] = ev("وأعلن الجيش العراقي أمس أن قواته سيطرت على بلدة بيجي بعد معارك مع داعش.")
    assert roles(taken).get("Iraqi security forces") == "actor1"


def test_a_side_that_mourns_its_martyred_soldier_was_hit_not_the_attacker():
    [death] = ev("ونعت القوات المسلحة السعودية الجندي أول سالم الذي استشهد أمس في جازان.")
    assert roles(death) == {"Saudi armed forces": "actor2"}


def test_the_side_that_shelled_is_still_the_author_of_the_martyrdom_it_caused():
    [shelling] = ev("قصفت ميليشيات الحوثي مدينة جازان أمس ما أدى إلى استشهاد جنديين سعوديين.")
    assert roles(shelling).get("Houthis") == "actor1"


def test_a_coalition_member_mourning_its_soldier_was_hit():
    [death] = ev("وأعلنت القيادة العامة للقوات المسلحة الإماراتية اليوم استشهاد أحد جنودها أثناء "
                 "أداء واجبه ضمن قوات التحالف في مأرب.")
    assert roles(death).get("UAE armed forces") == "actor2"
    assert "actor1" not in roles(death).values()


def test_a_soldier_named_by_nationality_is_his_country_s_forces():
    [death] = ev("واستشهد جندي سعودي برصاص قناصة من الحوثيين على الحدود في نجران أمس.")
    assert roles(death) == {"Houthis": "actor1", "Saudi armed forces": "actor2"}


def test_whose_bullets_killed_is_the_actor_not_the_victim():
    [death] = ev("مقتل شاب برصاص الجيش الإسرائيلي قرب مدينة نابلس أمس")
    assert roles(death) == {"Israeli Defence Forces": "actor1"}


def test_a_dual_of_soldiers_killed_in_a_group_s_attack_were_hit_by_it():
    [attack] = ev("قتل جنديان تركيان في هجوم لحزب العمال الكردستاني على مخفر في ولاية هكاري أمس.")
    assert roles(attack) == {"Kurdistan Workers' Party": "actor1", "Turkish Armed Forces": "actor2"}


def test_a_launcher_belonging_to_a_side_is_still_that_side_s_loss():
    [strike] = ev("دمرت مقاتلات التحالف منصة لإطلاق الصواريخ تابعة للحوثيين في صعدة أمس.")
    assert roles(strike).get("Houthis") == "actor2"


def test_a_relative_clause_between_subject_and_deed_takes_no_part_in_it():
    events = ev("وقام الحوثيون الذين يتصدون لهجوم القوات الحكومية المدعومة بطيران التحالف العربي، "
                "بقصف حي سكني في مدينة تعز أمس ما أدى إلى مقتل 12 مدنيا.")
    [shelling] = [e for e in events if any(c.low == 12 or c.best == 12 for c in e.claims)]
    assert roles(shelling) == {"Houthis": "actor1"}
    assert shelling.event_type == "shelling"  # the coalition's aircraft are the aside's


def test_without_the_comma_the_event_may_lie_inside_the_relative_clause():
    events = ev("وقال المتحدث إن الحوثيين الذين قصفوا حيا سكنيا في تعز أمس فروا من المدينة.")
    assert any(e.event_type in ("shelling", "bombardment", "attack")
               and roles(e).get("Houthis") == "actor1" for e in events)


def test_the_sides_expelled_after_the_noun_lost_the_ground():
    [taken] = ev("وعاد المحافظ إلى مدينة عدن بعد طرد ميليشيات الحوثي وقوات المخلوع صالح منها أمس.")
    assert roles(taken) == {"Houthis": "actor2", "Saleh loyalist forces": "actor2"}


def test_the_side_after_la_is_the_one_expelled_by_the_noun_s_agent():
    [taken] = ev("وعاد المحافظ إلى مدينة عدن بعد طرد المقاومة الشعبية للحوثيين منها أمس.")
    assert roles(taken) == {"Yemeni government forces": "actor1", "Houthis": "actor2"}


def test_whose_fire_killed_is_named_however_far_after_the_result_noun():
    [death] = ev("مقتل جندي تركي وإصابة آخر برصاص من جانب داعش قرب الحدود في ولاية كلس أمس")
    assert roles(death) == {"Islamic State": "actor1", "Turkish Armed Forces": "actor2"}


def test_the_side_right_after_a_result_noun_died():
    [strike] = ev("مقتل عناصر من داعش في غارة جوية قرب مدينة الرقة أمس")
    assert roles(strike).get("Islamic State") == "actor2"


def test_a_side_before_the_la_object_of_an_event_noun_is_its_agent():
    [attempt] = ev("وأكد الوزير أن محاولات استهداف الميليشيات الحوثية لمطار عدن أمس لم تسفر عن "
                   "أضرار.")
    assert roles(attempt).get("Houthis") == "actor1"


def test_a_side_right_after_a_targeting_noun_was_targeted():
    [strike] = ev("وقال إن استهداف الميليشيات الحوثية في عدن أمس أسفر عن مقتل عشرة منهم.")
    assert roles(strike).get("Houthis") == "actor2"


def test_a_soldier_among_the_dead_listed_after_an_attack_was_hit():
    [attack] = ev("وقال المسؤول إن 15 شخصا على الأقل قتلوا في الهجوم على السوق بينهم نساء وأطفال وجندي "
                  "أفغاني واحد في ولاية لوغر أمس.")
    assert roles(attack) == {"Afghan security forces": "actor2"}


def test_helicopters_named_by_a_feminine_dual_are_their_country_s():
    [strike] = ev("وقال حاكم المنطقة إن مروحيتين أمريكيتين هاجمتا حاجزا للجيش الأفغاني أمس في ولاية لوغر "
                  "ما أدى إلى مقتل عشرة جنود.")
    assert roles(strike).get("Afghan security forces") == "actor2"
    assert strike.event_type == "airstrike" and "actor1" in roles(strike).values()


def test_soldiers_named_in_the_accusative_are_their_country_s_forces():
    [ambush] = ev("وتبنى تنظيم القاعدة في بلاد المغرب الإسلامي قتل 14 جنديا جزائريا في كمين بولاية عين "
                  "الدفلى أمس.")
    assert roles(ambush).get("Algerian People's National Army") == "actor2"


# --- the strike named with its nationality: "قصف روسي", "ضربة جوية أمريكية" ---

def test_a_shelling_named_with_a_nationality_is_that_states_forces():
    [shelling] = ev("قتل خمسة مدنيين في قصف تركي على قرية في ريف حلب الشمالي أمس.")
    assert roles(shelling).get("Turkish Armed Forces") == "actor1"


def test_an_air_shelling_named_with_a_nationality_is_its_air_force():
    [strike] = ev("قتل خمسة مدنيين في قصف جوي روسي على بلدة سرمدا في ريف إدلب أمس.")
    assert roles(strike).get("Russian Aerospace Forces") == "actor1"


def test_an_air_strike_named_with_a_nationality_hits_the_member_killed_in_it():
    [strike] = ev("قتل القيادي في تنظيم القاعدة أبو خالد في ضربة جوية أمريكية قرب بلدة سرمدا "
                  "أمس.")
    assert roles(strike).get("Al-Qaeda") == "actor2"
    assert "actor1" in roles(strike).values() and roles(strike)["Al-Qaeda"] != "actor1"


def test_the_dead_counted_before_a_strike_word_do_not_make_its_author_a_victim():
    [shelling] = ev("قتل 3 جنود روس في قصف لداعش على بلدة سرمدا أمس.")
    assert roles(shelling).get("Islamic State") == "actor1"


def test_a_side_counted_right_after_the_result_word_is_still_who_died():
    [clash] = ev("قتل الجيش 12 مسلحا من داعش في اشتباكات قرب بلدة بيجي أمس.")
    assert roles(clash).get("Islamic State") == "actor2"


def test_a_man_named_before_his_group_in_a_toll_was_the_groups():
    [strike] = ev("أعلن مسؤولون مقتل أبو عمر القيادي البارز في تنظيم داعش بغارة على مدينة "
                  "الموصل أمس.")
    assert roles(strike).get("Islamic State") == "actor2"


# --- who carried it out, named after a count of them ---

def test_the_group_whose_fighters_carried_out_the_attack_is_its_author_however_many():
    [attack] = ev("وتعرضت البلدة للهجوم الذي نفذه نحو 200 من مسلحي داعش على حواجز الجيش في "
                  "مدينة الرمادي أمس.")
    assert roles(attack).get("Islamic State") == "actor1"


def test_an_armed_attack_is_no_unnamed_gunman():
    [attack] = ev("قتل شرطيان في هجوم مسلح على حاجز أمني في مدينة العريش أمس.")
    assert "Unidentified armed group" not in roles(attack)


def test_a_gunman_who_attacks_is_still_an_unnamed_armed_group():
    [attack] = ev("هاجم مسلح حاجزا أمنيا في مدينة العريش أمس وقتل شرطيين.")
    assert roles(attack).get("Unidentified armed group") == "actor1"


def test_soldiers_killed_in_a_blast_named_right_after_the_verb_died_in_it():
    [attack] = ev("وقتل جنديان تركيان في انفجار سيارة مفخخة استهدف قافلة عسكرية قرب مدينة "
                  "ماردين أمس.")
    assert roles(attack).get("Turkish Armed Forces") == "actor2"


def test_forces_that_killed_gunmen_in_a_clash_are_still_its_authors():
    [clash] = ev("وقتلت القوات التركية ثلاثة مسلحين في اشتباك قرب مدينة ماردين أمس.")
    assert roles(clash).get("Turkish Armed Forces") == "actor1"


def test_an_army_condemning_an_attack_took_no_part_in_it():
    [attack] = ev("ودان الجيش التركي التفجير الانتحاري الذي استهدف مركزا ثقافيا في بلدة سروج "
                  "وأسفر عن مقتل 30 شخصا.")
    assert "Turkish Armed Forces" not in roles(attack)


def test_a_state_force_attacking_is_still_its_author():
    [attack] = ev("وهاجم الجيش التركي مواقع لحزب العمال الكردستاني قرب بلدة سروج أمس.")
    assert roles(attack).get("Turkish Armed Forces") == "actor1"
