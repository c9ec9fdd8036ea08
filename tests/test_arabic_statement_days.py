"""The day a statement was issued, or a wire story written, is not always the deed's; a day
hoped for and a fist fight are no events. Every sentence is written for these tests; each
class has a twin that still tells an event or dates it."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 6)  # a Thursday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


# --- "في بيان أصدرته أمس": the statement's day, not the capture's
def test_a_statement_issued_yesterday_does_not_date_the_capture_it_celebrates():
    [capture] = ev("وهنأت الوزارة في بيان أصدرته أمس بمناسبة تحرير مدينة زنجبار قوات الجيش "
                   "والمقاومة.")
    assert capture.event_type == "territory_change"
    assert (capture.date_start, capture.date_end) == (None, "2015-08-05")


def test_a_capture_with_a_day_of_its_own_after_the_statement_keeps_it():
    [capture] = ev("وهنأت الوزارة في بيان صدر أمس المقاومة بمناسبة تحرير مدينة زنجبار من "
                   "الميليشيات يوم الاثنين.")
    assert capture.date_start == "2015-08-03"


def test_pictures_broadcast_on_a_day_are_still_dated_by_it():
    [shelling] = ev("وأظهرت مشاهد بثتها القنوات أمس قصفا مدفعيا عنيفا على مدينة زنجبار.")
    assert shelling.date_start == "2015-08-05"


# --- "أمس الاثنين" in Thursday's paper: a wire story written on Tuesday
def test_the_weekday_of_yesterday_names_the_day_in_a_story_printed_later():
    [strike] = ev("وقصفت طائرات التحالف أمس الاثنين مواقع الحوثيين في مدينة صعدة.")
    assert (strike.date_start, strike.date_end) == ("2015-08-03", "2015-08-03")


def test_yesterday_and_its_weekday_agreeing_is_one_day():
    [strike] = ev("وقصفت طائرات التحالف أمس الأربعاء مواقع الحوثيين في مدينة صعدة.")
    assert strike.date_start == "2015-08-05"


def test_today_with_the_weekday_of_two_days_ago_is_that_day():  # a guard: so already
    [strike] = ev("وقصفت طائرات التحالف اليوم الثلاثاء مواقع الحوثيين في مدينة صعدة.")
    assert strike.date_start == "2015-08-04"


# --- "سيأتي اليوم الذي": a day hoped for
def test_the_day_that_will_come_is_hoped_for():
    events = ev("وقال القائد إن الميليشيات تتراجع، وسيأتي اليوم الذي يتم فيه طرد الحوثيين من "
                "صنعاء.")
    assert [e for e in events if e.event_type == "territory_change"
            and e.modality == "actual"] == []


def test_the_driving_out_told_as_done_is_actual():
    [capture] = ev("وقال القائد إن المقاومة تمكنت أمس من طرد الحوثيين من مدينة زنجبار.")
    assert capture.modality == "actual"


# --- a fight of fists is no armed clash
def test_a_fist_fight_is_no_clash():
    assert ev("ووقعت أمس اشتباكات بالأيدي بين عناصر الشرطة وأنصار الحزب في مدينة عدن.") == []


def test_a_clash_with_rifles_is_a_clash():
    [clash] = ev("ودارت أمس اشتباكات بالأسلحة الرشاشة بين الحراس ومسلحين في مدينة زنجبار.")
    assert clash.event_type == "clash"


# --- the Anadolu agency is a source, not the region
def test_the_anadolu_agency_as_a_source_is_no_place():
    [attack] = ev("وأفاد مراسل «الأناضول» بأن دورية للشرطة تعرضت أمس لهجوم بقنابل يدوية، مما أسفر "
                  "عن إصابة شرطيين.")
    assert attack.location is None or attack.location.name != "Anatolia"


def test_the_region_of_anatolia_is_still_a_place():
    [attack] = ev("وقتل جنديان أمس في هجوم بعبوة ناسفة في منطقة جنوب شرق الأناضول.")
    assert attack.location.name == "Anatolia"


# --- "no report of clashes" tells none; "no news of casualties" leaves the shelling told
def test_no_report_of_clashes_is_no_clash():
    assert ev("ولم ترد أي تقارير عن وقوع اشتباكات بين المحتجين ورجال الشرطة في مدينة حمص أمس.") == []


def test_no_news_of_casualties_leaves_the_shelling_and_the_clash_after_it():
    events = ev("وقصفت قوات النظام أمس مناطق في مدينة دوما ولم ترد أنباء عن إصابات كما دارت "
                "اشتباكات بين الفصائل وقوات النظام في حي جوبر.")
    assert sorted((e.event_type, e.modality) for e in events) == [
        ("clash", "actual"), ("shelling", "actual")]


# --- bombs taken apart were prevented; a blast before the defusing happened
def test_bombs_taken_apart_are_prevented():
    [defused] = ev("وتمكنت القوات الأمنية أمس من تفكيك 35 عبوة ناسفة في مدينة الرمادي.")
    assert defused.modality == "prevented"


def test_a_blast_while_another_bomb_is_taken_apart_happened():
    [blast] = ev("وانفجرت عبوة ناسفة أمس في مدينة الرمادي أثناء محاولة تفكيك عبوة أخرى.")
    assert blast.modality == "actual"


def test_cells_dismantled_leave_the_arrests_told():
    events = ev("وأعلنت الوزارة أمس تفكيك خلايا إرهابية واعتقال 40 شخصا في مدينة الرياض.")
    assert {e.modality for e in events} <= {"actual"}


# --- control over a group, and ground out of a side's control, change no hands
def test_control_over_a_group_is_no_ground_taken():
    assert ev("ويتهم التنظيم باكستان اليوم بالسيطرة على حركة طالبان الأفغانية.") == []


def test_control_over_a_groups_positions_is_ground_taken():
    [capture] = ev("وأعلن الجيش أمس السيطرة على مواقع حركة طالبان في ولاية قندوز.")
    assert capture.event_type == "territory_change"


def test_the_entry_of_a_group_into_a_town_is_ground_taken():
    [entry] = ev("ودخل الحوثيون مدينة عدن في مارس الماضي.")
    assert entry.event_type == "territory_change"


def test_areas_out_of_the_regimes_control_are_no_capture():
    events = ev("وقتل خمسة مدنيين أمس في المناطق الخارجة عن سيطرة النظام في حلب.")
    assert [e.event_type for e in events] == ["attack"]


# --- "وصولا إلى" is "up to", and a service "presented" is no advance
def test_up_to_is_no_arrival():
    assert ev("واتسعت حرب الميليشيات في بقية المحافظات وصولا إلى محافظة عدن.") == []


def test_an_advance_up_to_a_town_is_still_an_advance():
    [advance] = ev("وتقدمت قوات الجيش أمس من منطقة العلم وصولا إلى مشارف مدينة زنجبار.")
    assert (advance.event_type, advance.location.name) == ("movement", "Zinjibar")


def test_a_service_presented_is_no_advance():
    assert ev("ويرى الكاتب أن أنقرة تقدم خدمة لتنظيم داعش في سوريا.") == []


# --- a side before a verb with its object acts; a name before a comma speaks for no one
def test_forces_named_before_their_verb_and_its_object_acted():
    [killing] = ev("وقالت مصادر محلية إن القوات الإسرائيلية قتلت شابا بالرصاص أمس في بلدة "
                   "برقين.")
    assert [(a.name, a.role) for a in killing.actors] == [("Israeli Defence Forces", "actor1")]


def test_a_party_named_before_a_comma_is_not_the_source_after_it():
    [attack] = ev("وقتل 11 شخصا على أيدي مسلحين من جماعة بوكو حرام في قرية بولاية بورنو، حسبما قال "
                  "السكان.")
    # (the residents are local sources since session 40 — never Boko Haram)
    assert [c.claimant for c in attack.claims] == ["local sources"]


def test_a_party_struck_named_before_a_comma_stays_the_side_hit():
    [strike] = ev("وشنت المقاتلات التركية أمس غارات على مواقع لمقاتلي حزب العمال الكردستاني في "
                  "شمال العراق، وفق ما ذكرت وسائل الإعلام التركية.")
    assert ("Kurdistan Workers' Party", "actor2") in [(a.name, a.role) for a in strike.actors]


# --- envoys and delegations move no force
def test_a_delegation_leaving_for_talks_is_no_movement():
    assert ev("وغادر وفد من الحوثيين العاصمة صنعاء أمس متوجها إلى مسقط للقاء المبعوث الأممي.") == []


def test_troops_sent_are_still_deployed():
    [sent] = ev("وأرسل الجيش أمس تعزيزات عسكرية إلى مدينة عدن.")
    assert sent.event_type == "deployment"



# --- a day known by its year
def test_the_september_11_attacks_are_of_2001():
    [attack] = ev("وشن تنظيم القاعدة هجمات 11 سبتمبر على مدينة نيويورك وقتل فيها آلاف المدنيين.")
    assert (attack.date_start, attack.background) == ("2001-09-11", True)


def test_last_september_11_is_last_years():
    [attack] = ev("وقتل خمسة جنود في هجوم 11 سبتمبر الماضي في مدينة العريش.")
    assert attack.date_start == "2014-09-11"
