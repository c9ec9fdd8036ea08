"""More constructions of Arabic news prose, each with sentences written for it: how a word
that also serves politics or sport is read as war, and which mentions stand as events."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2017, 6, 2)  # a Friday


def ev(text: str, published: date | None = PUB) -> list[Event]:
    return extract(text, published=published, article_id="t")


# --- an ambiguous fight word qualified as raging is war, not an election or a court case
def test_raging_battles_in_two_governorates_are_two_clashes_of_the_forces_told_before():
    events = ev("وواصلت قوات الجيش المدعومة بالمقاومة تقدمها في المعارك المحتدمة في أبين وتعز.")
    clashes = [e for e in events if e.event_type == "clash"]
    assert sorted(e.location.name for e in clashes) == ["Abyan Governorate", "Taiz"]


def test_a_battle_of_words_stays_no_event():
    assert ev("وتتواصل المعركة الانتخابية في المدينة بين المرشحين.") == []


# --- a directed advance: the destination says it is no progress of talks or prices
def test_an_advance_towards_a_city_planned_by_forces_named_before_it_is_a_planned_movement():
    events = ev("وكثفت قوات الجيش عملياتها في محافظة أبين، تمهيدا للتقدم نحو العاصمة صنعاء.")
    moves = [e for e in events if e.event_type == "movement"]
    assert len(moves) == 1 and moves[0].modality == "planned"


def test_progress_towards_an_agreement_is_no_movement():
    events = ev("وقال الوزير إن المفاوضات تشهد تقدما نحو اتفاق في جنيف.")
    assert [e for e in events if e.event_type == "movement"] == []


# --- deaths an action is meant to avoid have not happened
def test_deaths_a_strike_is_meant_to_avoid_are_no_claim():
    events = ev("وشنت الطائرات غارات على مواقع المسلحين في بلدة سرمدا لتجنب سقوط قتلى بين المدنيين.")
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].claims == []


# --- suppositions reach the verb of their consequent; a wounded man's condition is none
def test_a_war_that_might_have_spread_under_a_supposition_did_not_move():
    events = ev("عام 1980 نشبت الحرب بين البلدين، فلو انكسر الجيش في تلك المعارك قد تنتقل الحرب "
                "إلى حدودنا الشمالية.")
    assert [e.event_type for e in events] == ["clash"]
    assert events[0].date_start == "1980-01-01" and events[0].background


def test_soldiers_wounded_in_a_serious_condition_were_wounded_in_an_actual_attack():
    events = ev("وقال الجيش إن أربعة جنود أصيبوا في الهجوم على موقع عسكري في بلدة جيلان بينار وهم "
                "في حالة خطيرة.")
    assert len(events) == 1 and events[0].modality == "actual"
    assert [c.category for c in events[0].claims] == ["injured"]


# --- roles: a member's side is the side hit
def test_a_leader_killed_in_a_militia_makes_the_militia_the_side_hit_not_the_actor():
    events = ev("وسيطرت القوات الحكومية على معسكر في بلدة كرش بعد مواجهات عنيفة، قتل خلالها قيادي "
                "بارز في ميليشيات الحوثيين.")
    assert len(events) == 1
    assert {a.name: a.role for a in events[0].actors}.get("Houthis") == "actor2"


# --- reinforcements arriving are the deployment, not a movement of their own
def test_reinforcements_that_arrived_in_a_city_are_one_deployment_with_its_destination():
    events = ev("ووصلت قوات الجيش وتعزيزات عسكرية ضخمة إلى مدينة عدن أمس.")
    assert [e.event_type for e in events] == ["deployment"]
    assert events[0].location.name == "Aden"


# --- an abduction is typed by who was taken
def test_fighters_seized_by_a_rival_group_are_a_clash_and_civilians_taken_an_attack():
    fighters = ev("وخطفت جبهة النصرة أمس خمسة مقاتلين من فصيل معارض في بلدة سرمدا.")
    civilians = ev("وخطف مسلحون من تنظيم داعش أمس عشرة مدنيين في بلدة سرمدا.")
    assert [e.event_type for e in fighters] == ["clash"]
    assert [e.event_type for e in civilians] == ["attack"]
    assert [c.category for c in civilians[0].claims] == ["captured"]


# --- after منذ, a form that is noun and verb is the noun: history named, not told
def test_fighting_since_the_militias_advance_tells_no_advance_of_its_own():
    events = ev("وتشهد مدينة تعز اشتباكات عنيفة منذ زحف المسلحين الحوثيين إليها قبل أربعة أشهر.")
    assert "movement" not in {e.event_type for e in events}


def test_since_a_group_took_the_capital_with_its_verb_is_still_a_background_event():
    events = ev("ويعاني البلد من الفوضى منذ سيطرت جماعة مسلحة على العاصمة طرابلس.")
    assert [e.event_type for e in events] == ["territory_change"]


# --- a list of places hit runs on to the end of its clause
def test_strikes_on_a_long_list_of_places_reach_the_governorate_named_last():
    events = ev("وقالت مصادر محلية إن طيران التحالف استهدف أمس تجمعا للمسلحين الحوثيين في سواحل مديرية "
                "شقرة بمحافظة أبين ومنطقة على الحدود مع المملكة، وموقعا آخر في مثلث صغير بمحافظة حجة.")
    assert sorted(e.location.name for e in events if e.event_type == "airstrike") == [
        "Hajjah Governorate", "Shuqrah"]


# --- an operation launched told in a relative clause after its noun
def test_an_offensive_that_began_in_april_is_its_launch_not_an_attack():
    events = ev("وتكثف حركة طالبان هجومها في مختلف أنحاء البلاد والذي بدأ أواخر أبريل الماضي.")
    assert [(e.event_type, e.date_start[:7]) for e in events] == [("operation_launch", "2017-04")]


# --- an operation named a storm, a stadium fought over: war, not weather or sport
def test_a_sentence_naming_decisive_storm_still_tells_its_events():
    events = ev("ومنذ انطلاق عاصفة الحزم، شنت طائرات التحالف غارات على مواقع الحوثيين في مدينة صعدة أمس.")
    assert [e.event_type for e in events] == ["airstrike"]


def test_forces_taking_a_stadium_is_a_takeover_not_a_football_match():
    events = ev("وسيطرت قوات الجيش أمس على الملعب الرياضي في مدينة زنجبار بعد طرد المسلحين الحوثيين منه.")
    assert [e.event_type for e in events] == ["territory_change"]


# --- ground named taken in one action is one event with several places
def test_the_liberation_of_three_cities_named_by_its_noun_is_one_event():
    events = ev("وقال إن قوات الجيش شاركت في تحرير مدن عدن وأبين ولحج من الميليشيات الحوثية.")
    taken = [e for e in events if e.event_type == "territory_change"]
    assert len(taken) == 1


def test_takeovers_told_with_their_day_in_two_governorates_are_two_events():
    events = ev("وأكدت مصادر محلية سيطرة المقاومة يوم الأربعاء على مدينة لودر في أبين ومدينة كرش في لحج.")
    assert len([e for e in events if e.event_type == "territory_change"]) == 2


# --- web copy written a line per sentence: a result line describes the strike above it
LINES = ("واشنطن - وكالات\n"
         "أعلن الجيش الأمريكي مقتل قيادي بارز في تنظيم القاعدة في غارة جوية أمريكية في سوريا.\n"
         "وقالت وزارة الدفاع في بيان إن القيادي قتل هذا الشهر قرب بلدة سرمدا.\n"
         "وقال المتحدث إن الغارة استهدفت القيادي في الثامن من الشهر الجاري.\n"
         "ووصف المتحدث القيادي بأنه أحد أخطر قادة التنظيم.\n")


def test_a_death_told_on_the_next_line_of_line_by_line_copy_is_the_strikes_toll():
    events = ev(LINES, published=date(2017, 6, 20))
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].location.name == "Sarmada"


def test_this_month_and_the_eighth_of_it_date_one_day():
    events = ev(LINES, published=date(2017, 6, 20))
    assert events[0].date_start == events[0].date_end == "2017-06-08"


# --- arrests: of fighters and militants only; an armed group's arrest is an abduction
def test_security_forces_arresting_a_militant_cell_is_an_arrest_event():
    events = ev("وألقت قوات الأمن أمس القبض على خلية إرهابية من خمسة عناصر في مدينة الدمام.")
    assert [e.event_type for e in events] == ["other"]
    assert [(c.category, c.low) for c in events[0].claims] == [("captured", 5)]


def test_an_armed_group_arresting_party_leaders_is_an_abduction():
    events = ev("وقام مسلحون تابعون لجماعة الحوثي أمس بالقبض على عشرة من قياديي حزب الإصلاح في صنعاء.")
    assert [e.event_type for e in events] == ["attack"]
    assert {a.name: a.role for a in events[0].actors}["Houthis"] == "actor1"


def test_police_arresting_a_thief_is_no_conflict_event():
    assert ev("وألقت الشرطة أمس القبض على لص سرق محلا تجاريا في مدينة جدة.") == []


def test_people_arrested_as_suspected_members_of_a_group_are_an_arrest_event():
    events = ev("واعتقلت الشرطة التركية أمس 12 شخصا يشتبه في انتمائهم لحزب العمال الكردستاني في "
                "مدينة أضنة.")
    assert [e.event_type for e in events] == ["other"]
    assert [(c.category, c.low) for c in events[0].claims] == [("captured", 12)]


def test_english_arrests_of_suspected_militants_are_arrest_events_and_of_a_thief_none():
    events = extract("Police in Adana detained 12 people suspected of links to the PKK on Monday.",
                     published=PUB, article_id="t", language="en")
    assert [e.event_type for e in events] == ["other"]
    assert extract("Police arrested a thief in Jeddah on Monday.", published=PUB, article_id="t",
                   language="en") == []


# --- "تابع ل": belonging to, no speaker verb cutting the sentence
def test_a_convoy_belonging_to_an_army_that_arrived_from_one_city_in_another_is_a_movement():
    (event,) = ev("ووصل رتل عسكري تابع للجيش العراقي أمس إلى مدينة بيجي قادما من تكريت.")
    assert event.event_type == "movement"
    assert (event.origin.name, event.destination.name) == ("Tikrīt", "Baiji")


# --- mines planted by an armed group are an event; the mines it planted, a state told in passing
def test_a_militia_planting_mines_on_roads_is_an_event_of_its_own():
    events = ev("وزرعت الميليشيات أمس ألغاما على الطرق المؤدية إلى مدينة عدن.")
    assert [(e.event_type, e.location.name) for e in events] == [("other", "Aden")]


def test_mines_a_militia_planted_and_towns_it_besieges_are_told_in_passing():
    assert ev("وقال القائد إن قواته لا تواجه سوى الألغام التي زرعها المسلحون في الأحياء.") == []
    assert ev("وتحاصر قوات النظام بلدة مضايا في ريف دمشق.") == []


# --- words that name war without telling an event of the day
def test_besieged_towns_shelled_are_shelling_not_a_siege_told():
    events = ev("وأمطرت الفصائل المعارضة أمس أربع بلدات محاصرة في ريف إدلب بالقذائف الصاروخية.")
    assert [e.event_type for e in events] == ["shelling"]


def test_the_pace_of_a_groups_attacks_is_no_attack():
    assert ev("وزادت وتيرة هجمات مقاتلي حزب العمال الكردستاني في جنوب شرق تركيا منذ منتصف الشهر.") == []


def test_a_truce_threatened_with_breaking_is_no_agreement():
    events = ev("وهدد حزب العمال الكردستاني أمس بقطع الهدنة مع أنقرة بعد الغارات التركية على معسكراته.")
    assert "agreement" not in {e.event_type for e in events}


def test_militants_killed_in_a_raid_campaign_are_the_event_not_a_launch():
    events = ev("وقتل 12 مسلحا أمس في حملة مداهمات شنتها القوات المسلحة في مدينة الشيخ زويد.")
    assert [e.event_type for e in events] == ["clash"]


# --- a war to be started, troops by the hundred, the north of a country
def test_a_country_that_will_soon_start_fighting_a_group_in_its_north_plans_an_operation():
    # (the minister's state named, as the wires name it: a plan is told by who makes it, and
    # the group fought is no longer read as its actor — `role_fought`, `actors_own_country`)
    events = ev("وأعلن وزير الخارجية التركي خلال زيارته إلى ماليزيا أن بلاده ستبدأ قريبا بمحاربة تنظيم "
                "داعش في شمال سوريا.")
    assert [(e.event_type, e.modality, e.location.name) for e in events] == [
        ("operation_launch", "planned", "Syria")]


def test_hundreds_of_soldiers_deployed_around_a_city_are_a_deployment():
    events = ev("وفي الثالث من الشهر الجاري، نشر مئات الجنود حول مدينة عدن لدعم قوات التحالف العربي.",
                published=date(2017, 6, 20))
    assert [(e.event_type, e.location.name, e.date_start) for e in events] == [
        ("deployment", "Aden", "2017-06-03")]


# --- "الأكراد": a force in Syria's war, a people in Turkey's news
def test_kurds_marching_in_turkey_are_a_people_not_a_force_on_the_move():
    assert ev("وخرج أكراد أمس في مسيرة في مدينة ديار بكر التركية رافعين لافتات ضد الحكومة.") == []


def test_kurds_taking_a_syrian_town_are_the_kurdish_forces():
    events = ev("وسيطر الأكراد أمس على بلدة عين عيسى في ريف الرقة بعد معارك مع تنظيم داعش.")
    assert {a.name: a.role for a in events[0].actors}.get("Kurdish forces") == "actor1"


# --- a task given is an aim, not an event
def test_a_force_tasked_with_confronting_a_group_is_no_clash():
    assert ev("وأعلن الجيش أمس تعيين قائد جديد للقوة الإقليمية المكلفة التصدي لمتمردي بوكو حرام.") == []


# --- "of them" after a flight word: the armed side named before fled
def test_hundreds_of_them_fleeing_are_the_militia_named_before():
    events = ev("وقتل نحو 40 مسلحا من ميليشيات الحوثيين أمس في بلدة كرش، في حين فر المئات منهم نحو "
                "محافظة تعز.")
    moves = [e for e in events if e.event_type == "movement"]
    assert [(m.destination.name, {a.name: a.role for a in m.actors}.get("Houthis")) for m in moves] == [
        ("Taiz Governorate", "actor1")]


# --- "strikes" are air strikes only when no ground force deals them
def test_blows_dealt_by_fighters_are_no_air_strike():
    events = ev("وتراجع المسلحون الحوثيون في محافظة ذمار أمس بعد الضربات المتتالية التي وجهها لهم "
                "مقاتلو المقاومة الشعبية.")
    assert "airstrike" not in {e.event_type for e in events}


# --- adverbs of habit follow their verb; ground held is not ground taken
def test_a_regime_that_bombs_regularly_tells_no_strike_of_a_day():
    assert ev("ويقصف النظام بانتظام مناطق واقعة تحت سيطرة المعارضة في مدينة حلب بالبراميل المتفجرة.") == []


def test_areas_under_the_oppositions_control_are_no_takeover():
    events = ev("وقتل خمسة مدنيين أمس بقذيفة سقطت على حي واقع تحت سيطرة المعارضة في مدينة حلب.")
    assert [e.event_type for e in events] == ["shelling"]


def test_a_province_that_came_under_the_armys_control_changed_hands():
    events = ev("وقال القائد إن محافظة أبين أصبحت محررة بالكامل وباتت تحت سيطرة الجيش أمس.")
    assert [e.event_type for e in events] == ["territory_change"]


# --- gunfire: who was hit decides
def test_gunmen_who_opened_fire_on_worshippers_made_an_attack():
    events = ev("وقال شهود إن مسلحين من تنظيم داعش فتحوا النار أمس على مصلين في مسجد بمدينة الرمادي، "
                "ما أسفر عن مقتل خمسة منهم.")
    assert [e.event_type for e in events] == ["attack"]


# --- reinforcements in a convoy struck en route were moving, not deployed
def test_reinforcements_in_a_convoy_attacked_on_its_way_are_a_movement_stopped():
    events = ev("وهاجم مقاتلو المقاومة الشعبية أمس في مدينة تعز رتلا عسكريا يضم تعزيزات عسكرية للحوثيين "
                "كانت في طريقها إلى محافظة لحج، ودمروا عددا من الآليات.")
    moves = [e for e in events if e.event_type == "movement"]
    assert "deployment" not in {e.event_type for e in events}
    assert [(m.modality, m.destination.name) for m in moves] == [("attempted", "Lahij Governorate")]


# --- coordinated figures of one kind are one claim of their sum
def test_an_officer_and_three_soldiers_killed_are_four_soldiers_killed():
    events = ev("وأعلن الجيش أمس استشهاد ضابط و3 جنود في هجوم على كمين في مدينة العريش.")
    assert [(c.category, c.low) for e in events for c in e.claims] == [("killed", 4)]


def test_two_killed_and_three_wounded_stay_two_claims():
    events = ev("وقتل جنديان وأصيب 3 آخرون أمس في هجوم على كمين في مدينة العريش.")
    assert sorted((c.category, c.low) for e in events for c in e.claims) == [
        ("injured", 3), ("killed", 2)]


def test_two_officers_and_three_soldiers_in_english_are_five_too():
    events = extract("Two officers and three soldiers were killed on Thursday when militants attacked "
                     "a checkpoint in the town of Arish.", published=PUB, article_id="t",
                     language="en")
    assert [(c.category, c.low) for e in events for c in e.claims] == [("killed", 5)]


def test_a_toll_that_exceeded_thirty_is_a_lower_bound():
    events = ev("وقال مصدر طبي إن عدد القتلى تجاوز 30 شخصا في الغارات الجوية على مدينة إدلب أمس.")
    assert [(c.category, c.qualifier, c.low) for e in events for c in e.claims] == [
        ("killed", "more_than", 30)]


# --- history recalled names its own place; the sentence's other places are today's
def test_a_takeover_recalled_a_year_on_is_not_split_to_where_people_marched():
    events = ev("وتزامنا مع مرور عام على احتلال داعش قضاء سنجار، تظاهر أمس مئات الإيزيديين في محافظة أربيل.")
    taken = [e for e in events if e.event_type == "territory_change"]
    assert [e.location.name for e in taken] == ["Sinjār"]


# --- where a move heads is its aim; regaining is of ground only with a place after it
def test_a_force_that_will_head_to_clear_villages_plans_a_move_not_a_takeover():
    events = ev("وقال القائد إن المقاومة الشعبية ستتجه إلى تطهير القرى المحاذية لمدينة زنجبار.")
    assert [(e.event_type, e.modality) for e in events] == [("movement", "planned")]


def test_an_airport_regaining_its_flights_is_no_takeover():
    events = ev("ويأمل السكان في عدن عودة تشغيل المطار واستعادة نشاطه الملاحي بعد أسابيع.")
    assert [e for e in events if e.event_type == "territory_change"] == []


def test_forces_regaining_a_town_took_it():
    events = ev("واستعادت قوات الجيش أمس مدينة زنجبار بعد معارك مع مسلحي القاعدة.")
    assert "territory_change" in [e.event_type for e in events]


# --- violence to be stopped, and the war at large, are no events
def test_killing_the_coalition_is_asked_to_stop_is_no_strike():
    events = ev("وقال النائب إن التحالف الدولي أمام امتحان حقيقي في وقف القتل في مدينة الموصل.")
    assert events == []


def test_fighting_to_be_ended_or_kept_away_from_a_region_is_no_clash():
    assert ev("وقال إن المبعوث يعمل على إنهاء القصف على مدينة تعز.") == []
    assert ev("ونقلت قوات الحزب مواقعها لإبعاد الاشتباكات عن قرى إقليم كردستان.") == []


def test_battles_a_country_lives_through_with_no_date_or_toll_are_the_war_at_large():
    events = ev("وقال الوزير إن الظروف الصعبة التي تمر بها سوريا نتيجة المعارك ضد تنظيم داعش تتطلب "
                "حكومة جديدة.")
    assert events == []


def test_battles_in_a_town_yesterday_are_news():
    events = ev("واندلعت المعارك أمس ضد تنظيم داعش في مدينة الرمادي.")
    assert [e.event_type for e in events] == ["clash"]


def test_an_ancient_city_is_no_village_of_that_name():
    events = ev("وقصفت طائرات التحالف أمس مواقع داعش في الموصل، وهي مدينة عريقة بتاريخها.")
    assert [e.location.name for e in events] == ["Mosul"]


# --- a fight of courts or ballots is no fighting; an event dated after publication is to come
def test_a_court_battle_moved_abroad_is_no_clash():
    assert ev("ونقلت المنظمات المعركة القضائية مع قادة داعش إلى محكمة في باريس.") == []


def test_fighting_dated_next_week_or_month_is_planned():
    (e,) = ev("معارك بين الجيش وداعش في الرمادي الأسبوع المقبل.")
    assert (e.modality, e.date_start, e.date_end) == ("planned", "2017-06-03", "2017-06-09")
    (e,) = ev("Iraqi troops clash with Islamic State fighters in Mosul next month.")
    assert (e.modality, e.date_start) == ("planned", "2017-07-01")


def test_an_army_reporting_a_leaders_death_is_not_its_victim():
    (e,) = ev("أعلن الجيش الأمريكي مقتل القيادي أبو سعد في غارة جوية قرب مدينة الرقة أمس.")
    assert "US forces" not in {a.name for a in e.actors if a.role == "actor2"}


def test_fighters_counted_between_a_move_and_their_side_are_its_subject():
    events = ev("وصل أكثر من 300 مقاتل من حزب الله أمس إلى بلدة مضايا.")
    assert [(e.event_type, {a.name: a.role for a in e.actors}) for e in events] == [
        ("movement", {"Hezbollah": "actor1"})]


def test_kurdish_rebels_in_turkeys_news_are_the_pkk():
    events = ev("قتل جنديان تركيان أمس في هجوم بعبوة ناسفة شنه متمردون أكراد على دورية في ولاية "
                "شرناق جنوب شرق تركيا.")
    assert [{a.name: a.role for a in e.actors}.get("Kurdistan Workers' Party") for e in events] \
        == ["actor1"]


def test_kurdish_fighters_defending_a_syrian_town_stay_the_kurdish_forces():
    events = ev("وصد المقاتلون الأكراد أمس هجوما لتنظيم داعش على مدينة عين العرب شمال سوريا.")
    assert "Kurdistan Workers' Party" not in {a.name for e in events for a in e.actors}
