"""What an Arabic article mentions in passing is not today's news: an almanac's year-dash lines
are history of their year, an ongoing campaign named in a relative clause is no new strike, a
newspaper told something (لـ«الرياض») is no place, ... (sentences written for these tests)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2016, 3, 14)


def ev(text: str, published: date = PUB, language: str = "ar") -> list[Event]:
    return extract(text, published=published, language=language, article_id="t")


# --- an almanac ("هذا اليوم في التاريخ"): a line that opens with a year and a dash is that year
def test_an_almanac_line_is_history_of_its_year_not_an_undated_current_event():
    events = ev("حدث في مثل هذا اليوم\n"
                "1982 - طائرات حربية تقصف مدينة صيدا وتقتل خمسين مدنيا.\n"
                "1991- مسلحون يهاجمون مركزا للشرطة في مدينة الموصل.\n")
    assert len(events) == 2
    assert {(e.date_start, e.date_end) for e in events} == {("1982-01-01", "1982-12-31"),
                                                             ("1991-01-01", "1991-12-31")}
    assert all(e.background for e in events)


def test_an_almanac_entry_run_on_after_a_full_stop_is_history_of_its_year():
    events = ev("1975 - وفاة شاعر معروف في القاهرة. 1986- مسلحون يهاجمون مركزا للشرطة في "
                "مدينة الموصل ويقتلون ستة من عناصره.\n")
    assert [(e.date_start, e.background) for e in events] == [("1986-01-01", True)]


def test_a_day_told_without_a_year_in_an_almanac_entry_is_of_the_entry_year():
    events = ev("1979 - طائرات حربية تقصف مخيما للاجئين جنوب لبنان في 12 فبراير وتقتل 30 "
                "شخصا.\n")
    assert [(e.date_start, e.background) for e in events] == [("1979-02-12", True)]


def test_a_year_dash_inside_a_sentence_is_not_an_almanac_date():
    events = ev("قصفت طائرات حربية أمس قرية في ريف حلب، في حرب مستمرة منذ الفترة 2011 - 2016.")
    assert events and all(not e.background for e in events)
    assert any(e.date_start == "2016-03-13" for e in events)


# --- a newspaper a source spoke to (لـ«الرياض», صحيفة «عكاظ») is not the city it is named after
def test_a_source_speaking_to_a_newspaper_named_after_a_city_puts_nothing_in_that_city():
    for text in ("وقال مصدر محلي لـ«الرياض» إن غارتين استهدفتا أمس معسكرا للحوثيين.",
                 'وأكد قائد ميداني ل"الرياض" أن مسلحين هاجموا أمس نقطة تفتيش للجيش.',
                 "وذكرت صحيفة «المدينة» أن انفجارا وقع أمس قرب مبنى حكومي فقتل ثلاثة أشخاص."):
        assert all(e.location is None or e.location.name not in ("Riyadh", "Medina")
                   for e in ev(text)), text


def test_the_city_itself_is_still_a_place_when_it_is_not_a_quoted_newspaper():
    events = ev("وقتل ثلاثة جنود أمس في هجوم على نقطة تفتيش في الرياض.")
    assert events and events[0].location.name == "Riyadh"


# --- mines cleared and weapons seized are no ground taken (ACLED: disrupted weapons use)
def test_clearing_mines_from_districts_is_no_change_of_territory():
    events = ev("وبدأت القوات العراقية أمس تطهير أحياء مدينة الرمادي من الألغام التي زرعها تنظيم داعش.")
    assert not [e for e in events if e.event_type == "territory_change"]


def test_seizing_quantities_of_weapons_is_no_change_of_territory():
    for text in ("واستولى مسلحو تنظيم داعش أمس على كميات كبيرة من الأسلحة في مدينة الرمادي.",
                 "وتمكنت القوات العراقية أمس من الاستيلاء على الأسلحة والذخائر التي خلفها تنظيم "
                 "داعش في الرمادي."):
        assert not [e for e in ev(text) if e.event_type == "territory_change"], text


def test_seizing_a_town_and_driving_fighters_out_still_change_territory():
    for text in ("واستولى مسلحو تنظيم داعش أمس على مدينة الرمادي.",
                 "وطردت القوات العراقية أمس مسلحي داعش من الرمادي بعد معارك."):
        assert [e.location.name for e in ev(text) if e.event_type == "territory_change"] == ["Ramadi"]


# --- a victim named as "the one called" (المدعو) after a killing is one killed
def killed(events: list[Event]) -> list[int | None]:
    return [c.low for e in events for c in e.claims if c.category == "killed"]


def test_the_one_called_after_a_killing_is_one_victim_killed():
    for text in ("وأعلن الجيش مقتل المدعو أبو علي العراقي في غارة على الموصل أمس.",
                 "وأعلن الجيش أمس مقتل القيادي في التنظيم المدعو أبو علي العراقي قرب الموصل.",
                 "وأكدت المقاومة أمس مصرع قائد الحملة على مدينة تعز، المدعو صالح الأحمر."):
        assert killed(ev(text)) == [1], text


def test_the_one_called_among_counted_dead_adds_no_victim():
    assert killed(ev("وأعلن الجيش أمس مقتل 5 مسلحين بينهم المدعو أبو علي قرب الموصل.")) == [5]


# --- what an actor keeps doing, told in a relative clause to say who it is, is no new strike
def test_a_coalition_that_bombs_the_group_since_two_years_strikes_nothing_today():
    events = ev("وقال المتحدث إن التحالف الذي يقصف مواقع داعش في الرقة منذ عامين سيواصل دعمه "
                "للقوات الكردية.")
    assert not [e for e in events if e.event_type in ("airstrike", "shelling", "attack", "clash")]


def test_militias_that_shell_a_city_are_described_not_reported():
    events = ev("وأكد قائد المقاومة أن مقاتليه لن يتراجعوا عن تحرير المدينة من الميليشيات التي تقصف "
                "أحياء تعز بشكل عشوائي.")
    assert not [e for e in events if e.event_type in ("airstrike", "shelling", "attack", "clash")]


def test_a_relative_clause_with_its_own_date_still_reports_the_strike():
    events = ev("وقال الناشط إن الطائرات الروسية التي تقصف ريف إدلب يوميا قتلت أمس 12 مدنيا في سراقب.")
    strikes = [e for e in events if e.event_type == "airstrike"]
    assert strikes and strikes[0].date_start == "2016-03-13"


# --- events counted in the many over months or years are a tally, not an event of the news
def test_hundreds_of_plots_foiled_over_a_decade_and_a_half_are_no_event():
    events = ev("وفي عقد ونصف نجحت الأجهزة الأمنية في الكويت في إحباط أكثر من 300 عملية إرهابية.")
    assert not events


def test_thousands_of_strikes_documented_over_nine_months_are_no_strike():
    events = ev("ووثق المرصد 26350 غارة على الأقل على محافظة إدلب خلال الأشهر التسعة الماضية.")
    assert not [e for e in events if e.event_type == "airstrike"]


def test_strikes_counted_on_one_day_are_still_the_day_s_strike():
    events = ev("وشن طيران التحالف أمس 20 غارة على مواقع الحوثيين في صنعاء خلال ساعات.")
    assert [e.date_start for e in events if e.event_type == "airstrike"] == ["2016-03-13"]


def test_a_year_before_an_attack_is_no_count_of_attacks():
    events = ev("وتعرضت نيروبي في العام 1998 لهجوم دام لتنظيم القاعدة استهدف السفارة الأمريكية.")
    assert [e.event_type for e in events] == ["attack"]


def test_attacks_counted_on_a_day_of_a_named_month_are_no_tally():
    events = ev("وقتل ثلاثة أشخاص في 3 هجمات إرهابية على مساجد في الكويت في شهر رمضان.")
    assert [e.event_type for e in events] == ["attack"]
