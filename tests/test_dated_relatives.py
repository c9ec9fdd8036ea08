"""Ground taken, told in a relative clause after the side that took it with a date of its own
("الحوثيين الذين سيطروا على صنعاء في سبتمبر"), is a dated fact of the past: an event of its
own, with that side as the one acting, which neither dates nor absorbs the sentence's news.
Undated, or with a since-date, it only says who holds what. Every sentence is written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def _actors(e: Event) -> set[tuple[str, str]]:
    return {(a.name, a.role) for a in e.actors}


def test_ground_a_side_took_in_a_named_month_is_a_background_event_of_that_month():
    [taken] = ev("ودعا الوزير إلى مواجهة الحوثيين الذين استولوا على مدينة عمران في يوليو من "
                 "العام الماضي.")
    assert taken.event_type == "territory_change"
    assert (taken.date_start, taken.date_end) == ("2014-07-01", "2014-07-31")
    assert ("Houthis", "actor1") in _actors(taken)
    assert taken.background


def test_the_relative_clause_date_does_not_date_the_strike_told_before_it():
    events = ev("وقصفت الطائرات أمس مواقع الحوثيين الذين سيطروا على مدينة حرض في أكتوبر.")
    by_type = {e.event_type: e for e in events}
    assert by_type["airstrike"].date_start == "2015-08-04"
    assert by_type["territory_change"].date_start == "2014-10-01"


def test_the_side_before_the_pronoun_acts_and_the_side_after_the_verb_is_driven_out():
    [taken] = ev("وأشاد البيان بالمقاتلين الأكراد الذين طردوا تنظيم داعش من مدينة تل أبيض في "
                 "يونيو.")
    assert taken.event_type == "territory_change"
    assert {("Kurdish forces", "actor1"), ("Islamic State", "actor2")} <= _actors(taken)
    assert taken.date_start == "2015-06-01"


def test_a_since_date_tells_who_holds_the_town_not_when_it_was_taken():
    assert not ev("وطالب الوزير الحوثيين الذين سيطروا على مدينة عمران منذ يوليو بالانسحاب منها.")


def test_undated_it_only_says_who_holds_the_town():
    assert not ev("وقاتل الجيش الحوثيين الذين سيطروا على مدينة حرض.")


def test_the_day_a_town_fell_does_not_date_the_crash_told_before_it():
    [crash] = ev("وقتل 20 شخصا حين سقطت طائرة حربية على سوق في بلدة سراقب التي سقطت في يد "
                 "فصائل المعارضة في مايو.")
    assert crash.date_start != "2015-05-01"


def test_a_town_the_rebels_hold_is_no_date_either_way():
    [crash] = ev("وقتل 20 شخصا حين سقطت طائرة حربية على سوق في بلدة سراقب التي تسيطر عليها "
                 "المعارضة اليوم.")
    assert crash.date_start == "2015-08-05"
