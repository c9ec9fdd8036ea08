"""Processes that are no operations, advice that is no deed, an accident's toll told twice,
a year after a day, a side that is no region, a belonging that is no speaker. Every sentence
is written for these tests; each class has a twin that still tells an event."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 3)  # a Monday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


# --- a process of peace, politics or relief launched is no military operation
def test_a_peace_process_launched_is_no_operation():
    assert ev("ودعا البيان إلى إطلاق عملية سلام بين الحكومة التركية وحزب العمال الكردستاني.") == []
    assert ev("وأعلن المبعوث بدء عملية التسوية بين الحكومة والحوثيين في جنيف.") == []


def test_relief_operations_begun_are_no_operation():
    assert ev("وبدأت قوات التحالف عمليات إغاثة في عدن أمس.") == []


def test_a_military_operation_launched_is_still_one():
    [launch] = ev("وأطلق الجيش العراقي أمس عملية عسكرية واسعة لاستعادة الرمادي.")
    assert launch.event_type == "operation_launch" and launch.location.name == "Ramadi"


# --- what would serve a side is advice, nothing done
def test_a_withdrawal_said_to_serve_a_group_is_not_told_done():
    found = ev("ورأى المحلل أن من مصلحة جبهة النصرة الانسحاب من مدينة إدلب قبل وصول القوات.")
    assert all(e.modality != "actual" for e in found)


def test_a_group_that_withdrew_still_moved():
    [move] = ev("وانسحبت جبهة النصرة أمس من مدينة إدلب.")
    assert move.event_type == "movement" and move.modality == "actual"


# --- an accident's toll retold in a quote is still the accident
def test_a_boat_sinking_and_its_toll_retold_are_no_attack():
    assert ev("لقي 18 شخصا مصرعهم أمس في غرق مركب في النهر جنوب العاصمة. "
              "وقال مسؤول في الشرطة إن «18 شخصا قتلوا وما زال البحث جاريا عن مفقودين».") == []


def test_a_killing_after_an_accident_with_another_toll_is_still_told():
    found = ev("لقي 18 شخصا مصرعهم أمس في غرق مركب في النهر. "
               "وفي الموصل قتل 5 مدنيين في تفجير سيارة مفخخة.")
    assert [(e.event_type, [c.low for c in e.claims if c.category == "killed"])
            for e in found] == [("attack", [5])]


# --- a year written "سنة 2011" after a day and month
def test_a_day_month_and_year_with_sana_is_that_year():
    [attack] = ev("وقع تفجير في كنيسة بالإسكندرية في الأول من يناير سنة 2011 وأسفر عن مقتل 21 شخصا.")
    assert attack.date_start == "2011-01-01" and attack.background


# --- "من جهة الشرق": from the east side, not Morocco's Oriental region
def test_from_the_east_side_is_no_region():
    [taken] = ev("وسيطرت المقاومة الشعبية أمس على مدينة زنجبار من جهة الشرق.")
    assert taken.location.name == "Zinjibar"
    assert all(p.country == "YE" for p in taken.locations)


# --- "الطيران التابع للنظام": belonging to, nobody speaking
def test_aircraft_belonging_to_a_regime_are_no_speaker():
    [strike] = ev("قتل 19 مدنيا جراء غارات جوية نفذها الطيران التابع للنظام السوري على محافظة إدلب.")
    assert strike.location.name == "Idlib Governorate"
    assert [c.claimant for c in strike.claims] == [None]


# --- a killer said to be mentally ill, a case of the criminal police: crime, no conflict
def test_a_mentally_ill_man_killing_relatives_is_no_conflict_event():
    assert ev("أطلق شاب مصاب بحالة نفسية النار على أشقائه في منطقة جازان أمس فقتل اثنين منهم.") == []


def test_a_gunman_killing_villagers_is_still_an_attack():
    [attack] = ev("قتل مسلحون ثلاثة من أهالي قرية بمنطقة عسير بإطلاق النار عليهم أمس.")
    assert attack.event_type == "attack"


# --- "دير" is a monastery or the head of a longer name, never Iran's Bandar-e Deyr
def test_lower_dir_is_in_pakistan_and_a_monastery_is_no_town():
    [blast] = ev("قتل مسؤول قبلي في انفجار نفذه مسلحون مجهولون في منطقة دير السفلى شمال غرب باكستان.")
    assert blast.location.name == "Lower Dir" and blast.location.country == "PK"
    [kidnap] = ev("اختطف مسلحون من تنظيم داعش رئيس دير في مدينة القريتين أمس.")
    assert all(p.country == "SY" for p in [kidnap.location, *kidnap.locations] if p)


# --- a war, an alliance or a side joined is no ground entered
def test_joining_a_coalition_or_a_side_is_no_territory_taken():
    assert ev("وحول دخول تركيا في التحالف الدولي ضد التنظيم قال الوزير إن هناك تطورات.") == []
    assert ev("ودخلت تركيا إلى جانب أميركا في الحرب على داعش.") == []


def test_a_coalition_entering_a_country_still_entered_it():
    [entry] = ev("وفر المقاتلون إلى إيران مع دخول التحالف الدولي لأفغانستان في عام 2001.")
    assert entry.event_type == "territory_change" and entry.date_start == "2001-01-01"


def test_entering_into_street_fighting_is_still_a_fight():
    found = ev("اقتحمت المقاومة الشعبية أمس مدينة لودر ودخلت في حرب شوارع مع الحوثيين.")
    assert {e.event_type for e in found} >= {"territory_change"}
    assert all(e.location.name == "Lawdar" for e in found)


# --- what a state owns or wants names no place: "مصالح أميركا في المنطقة"
def test_a_states_interests_are_no_place_of_the_abduction():
    [abduction] = ev("وخطفت جبهة النصرة ثمانية مقاتلين قرب إعزاز أمس، متهمة إياهم بخدمة مصالح أميركا.")
    assert abduction.location.name == "Azaz"


# --- storming a building, or storming with a bomb, is violence against those inside
def test_gunmen_storming_a_police_station_is_an_attack_not_ground_taken():
    [attack] = ev("واقتحم مسلحون مركزا للشرطة في مدينة العريش أمس مما أدى إلى مقتل ستة أشخاص.")
    assert attack.event_type == "attack" and attack.location.name == "Arish"


def test_a_bomber_storming_a_post_with_a_truck_bomb_is_an_attack():
    found = ev("وأفادت الوكالة أن انتحاريا اقتحم بجرار مفخخ صباح الأحد مركزا للدرك في مدينة ماردين.")
    assert [e.event_type for e in found] == ["attack"]


def test_an_army_storming_a_town_still_takes_ground():
    [taken] = ev("واقتحم الجيش العراقي مدينة الرمادي أمس.")
    assert taken.event_type == "territory_change"


# --- a court case named after a deed tells no news of it
def test_a_trial_in_the_case_of_a_storming_is_no_event():
    assert ev("وقررت محكمة الجنايات تأجيل محاكمة 120 متهما في قضية اقتحام مركز شرطة الفيوم "
              "إلى جلسة 11 أكتوبر المقبل.") == []


# --- ills stamped out ("القضاء على الاتجار"): nobody is killed
def test_stamping_out_trafficking_kills_nobody():
    assert ev("ووافق مجلس الوزراء على بروتوكول القضاء على الاتجار غير المشروع بالأسلحة في الموصل.") == []


# --- the far end of a long distance is no place of the event
def test_a_town_six_hundred_kilometres_from_the_capital_is_not_the_capital():
    found = ev("وهاجم مسلحون أمس فندقا في بلدة تبعد 600 كيلومتر إلى الشرق من العاصمة باماكو وقتلوا خمسة جنود.")
    assert found and all(e.location is None or e.location.name != "Bamako" for e in found)


def test_a_checkpoint_ten_kilometres_from_a_town_is_placed_at_it():
    [attack] = ev("قتل 5 جنود في هجوم على حاجز على بعد 10 كيلومترات شرق الرمادي أمس.")
    assert attack.location.name == "Ramadi"


# --- a vest is no town: "سترة ناسفة"
def test_an_explosive_vest_is_not_sitrah():
    [attack] = ev("فجر انتحاري يرتدي سترة ناسفة نفسه في سوق بمدينة مايدوغوري أمس.")
    assert attack.location is None or attack.location.country != "BH"


# --- a capital named after a direction and its title is a reference point
def test_an_ambush_southwest_of_the_capital_is_placed_in_its_province():
    [ambush] = ev("قتل 14 جنديا في كمين نصبه مسلحون في ولاية عين الدفلى جنوب غرب العاصمة الجزائر أمس.")
    assert ambush.location.name == "Ain Defla Province"


# --- a day and month with "العام الماضي" are in the year before publication
def test_a_day_of_last_year_is_dated_last_year_and_kept_as_background():
    [attack] = ev("وقتل 30 جنديا في هجوم على قاعدة عسكرية في 17 تموز/يوليو العام الماضي في الأنبار.")
    assert attack.date_start == "2014-07-17" and attack.background


def test_a_month_of_this_year_named_so_is_this_year():
    [attack] = ev("وقتل 5 جنود في هجوم على حاجز في الرمادي في 3 مارس من العام الجاري.")
    assert attack.date_start == "2015-03-03"


# --- a capital named as the source of a figure is no place of the strikes
def test_strikes_counted_according_to_a_capital_are_not_placed_there():
    [strikes] = ev("وقتل ما لا يقل عن 260 مقاتلا كرديا في الغارات التركية بحسب أنقرة.")
    assert strikes.location is None or strikes.location.name != "Ankara"


# --- what plotters aim at is a plan, and so is the bomb of the aim
def test_a_bomb_plotters_aim_to_set_off_is_no_attack():
    assert ev("وأوضحت الشرطة أن المتطرفين يهدفون إلى تفجير قنبلة في وسط لندن خلال الاحتفالات.") == []


# --- a place something is compared with is where it happened before
def test_a_place_of_comparison_is_no_place_of_the_news():
    [taken] = ev("ووسع تنظيم داعش في ليبيا مواقع سيطرته أمس مثلما حدث في العراق وسوريا.")
    assert taken.location.name == "Libya"


# --- a month named twice with no mark between ("سبتمبر أيلول") is one month of its year
def test_a_month_named_twice_takes_the_year_after_it():
    [attack] = ev("وقتل نحو ثلاثة آلاف شخص في هجمات 11 سبتمبر أيلول 2001 على نيويورك.")
    assert attack.date_start == "2001-09-11" and attack.background


# --- what was said "this year" happened by the day of the report, not by December
def test_a_deed_told_in_a_statement_of_this_year_ends_by_publication():
    [strike] = ev("وقال الوزير هذا العام إن طائرات التحالف قصفت مواقع التنظيم في الرقة.")
    assert strike.date_end == "2015-08-03"


# --- a capital that describes or considers is a party, no place
def test_a_capital_describing_a_battle_is_no_place_of_it():
    found = ev("وقصفت طائرات أمريكية أمس مواقع للتنظيم في شمال سوريا قبل ما وصفته أنقرة بأنه معركة شاملة.")
    assert found and all(e.location is None or e.location.name != "Ankara" for e in found)


# --- a wish that a side stop striking tells no strike; bombing that did not stop goes on
def test_a_wish_that_a_state_stop_shelling_is_no_shelling():
    assert ev("وقال رجل أتى من أوسلو: «أريد أن تكف تركيا عن قصف الناس والقرى الكردية».") == []


def test_jets_that_did_not_stop_bombing_still_bombed():
    [strike] = ev("وأوضحت مصادر أن المقاتلات لم تتوقف منذ ساعات عن قصف مواقع الحوثيين في لحج.")
    assert strike.event_type == "airstrike" and strike.location.name.startswith("Lahij")


def test_a_month_named_twice_across_a_dash_takes_the_year_after_it():
    [battle] = ev("وأغرقت البحرية الأميركية زوارق الحرس الثوري الإيراني في معركة دامت يوما كاملا "
                  "(18 أبريل - نيسان 1988).")
    assert battle.date_start == "1988-04-18" and battle.background


# --- a month named with its year earlier in the sentence gives that year to its later days
def test_days_of_a_month_named_with_its_year_before_are_of_that_year():
    [battle] = ev("وفي حرب أكتوبر 1973 دارت معارك عنيفة في 24 أكتوبر بين الجيش المصري والجيش "
                  "الإسرائيلي في مدينة السويس.")
    assert battle.date_start == "1973-10-24" and battle.background


# --- an outbreak's dead are a disease's, and towers disinfected are no ground cleared
def test_an_outbreak_and_its_disinfection_are_no_conflict_event():
    assert ev("وأمر العمدة بتطهير أبراج تبريد المياه في المدينة بعد تفشي مرض تنفسي أودى بحياة "
              "10 أشخاص وأصاب 100 آخرين.") == []
    assert ev("وقتل 12 شخصا بعد تفشي الكوليرا في مخيم للنازحين قرب مدينة الموصل.") == []


# --- "المنطقة الجنوبية": a region of the speaker's country or an army's, not Israel's district
def test_the_southern_region_is_not_israels_southern_district():
    found = ev("وقال المتحدث إن الأجهزة الأمنية تلاحق من سهل نقل الانتحاري إلى المنطقة الجنوبية "
               "قبل تفجير المسجد أمس.")
    assert all(p.country != "IL" for e in found for p in [e.location, *e.locations] if p)
