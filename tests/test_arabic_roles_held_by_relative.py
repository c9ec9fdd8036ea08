"""Actor roles (issue 8) of the side that holds a place told in a relative clause with a past
verb of taking: "قصفت الطائرات مواقع في البلدة التي سيطر عليها المسلحون" — the gunmen held the
town that was struck (hit), they did not strike it. The verb tells the taking itself when it is
the event word ("وسيطر مسلحو داعش على البلدة"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_gunmen_holding_the_town_struck_from_the_air_are_hit():
    events = ev("وقصفت الطائرات الحربية أمس مواقع في بلدة الشيخ مسكين التي سيطر عليها المسلحون "
                "الشهر الماضي.")
    assert events
    assert roles_of(events, "Unidentified armed group") == {"actor2"}


def test_a_militia_holding_the_city_shelled_did_not_shell_it():
    events = ev("وقتل 7 مدنيين أمس في قصف مدفعي على أحياء مدينة تعز التي استولت عليها ميليشيات "
                "الحوثي.")
    assert events
    assert "actor1" not in roles_of(events, "Houthis")


def test_the_side_that_seized_a_town_in_its_own_clause_takes_it():
    """A guard (passes on main too): the verb of taking as the event word."""
    events = ev("وسيطر مسلحو داعش أمس على بلدة القريتين بعد معارك مع قوات النظام.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_holder_of_a_camp_raided_by_the_coalition_is_hit():
    """A guard (passes on main too): the side named after the relative verb is its target."""
    events = ev("وأغارت مقاتلات التحالف أمس على معسكر في صرواح الذي استولى عليه الحوثيون في "
                "مارس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
