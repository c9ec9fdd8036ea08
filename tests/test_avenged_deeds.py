"""A retaliation and the deed it answers ("ردا على", "انتقاما ل", "in retaliation for") are two
events: the deed happened before, at its own place, with its own dead; it takes a date told
after the cue, else it ended by the retaliation's day — never the retaliation's date, and the
retaliation never takes the deed's. Every sentence is written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 7, 27)  # a Monday


def ev(text: str, language: str = "ar") -> list[Event]:
    return extract(text, published=PUB, article_id="t", language=language)


def killed(e: Event) -> list[int | None]:
    return [c.low for c in e.claims if c.category == "killed"]


def test_the_deed_avenged_keeps_its_own_day_place_and_dead():
    strike, deed = ev("وقصفت الطائرات التركية أمس مواقع الحزب في شمال العراق ردا على هجوم "
                      "الجمعة الذي قتل فيه جنديان في ديار بكر.")
    assert strike.event_type == "airstrike" and strike.date_start == "2015-07-26"
    assert killed(strike) == []
    assert deed.date_start == "2015-07-24" and killed(deed) == [2]
    assert deed.location and deed.location.name == "Diyarbakır"


def test_a_deed_avenged_with_no_day_ended_by_the_retaliation():
    [deed] = [e for e in ev("وقال المتمردون إن العملية التي نفذوها الأربعاء جاءت ردا على "
                            "التفجير الانتحاري الذي استهدف تجمعا للناشطين في سوروتش وأسفر عن "
                            "سقوط 32 قتيلا.") if e.location and e.location.name == "Suruc"]
    assert deed.date_start is None and deed.date_end == "2015-07-22"
    assert killed(deed) == [32]


def test_revenge_for_a_killing_is_a_deed_of_its_own():
    strike, deed = ev("وقصفت الطائرات التركية أمس مواقع الحزب في شمال العراق انتقاما لمقتل "
                      "جنديين في هجوم للحزب.")
    assert strike.date_start == "2015-07-26" and killed(strike) == []
    assert deed.date_start is None and killed(deed) == [2]


def test_the_date_of_the_deed_avenged_is_not_the_retaliation_s():
    [killing] = [e for e in ev("وأعلن المتمردون مسؤوليتهم عن قتل شرطيين قرب الحدود ردا على "
                               "هجوم سوروتش الدامي الاثنين.") if killed(e) == [2]]
    assert killing.date_start != "2015-07-20"


def test_in_english_the_bombing_avenged_is_its_own_event():
    strike, deed = ev("Turkish jets struck PKK camps in northern Iraq on Saturday in retaliation "
                      "for a bombing that killed two soldiers in Diyarbakir.", "en")
    assert strike.date_start == "2015-07-25" and killed(strike) == []
    assert deed.date_start is None and deed.date_end == "2015-07-25" and killed(deed) == [2]


def test_a_month_after_and_in_dates_the_deed():
    [attack] = ev("وفي يونيو قتل 40 شخصا في هجوم انتحاري على سوق في البنجاب.")
    assert (attack.date_start, attack.date_end) == ("2015-06-01", "2015-06-30")


def test_a_month_of_a_past_deed_without_its_year_is_the_last_such_month():
    [attack] = ev("وفي نوفمبر، قتل 40 شخصا في هجوم انتحاري على سوق في البنجاب.")
    assert (attack.date_start, attack.date_end) == ("2014-11-01", "2014-11-30")
