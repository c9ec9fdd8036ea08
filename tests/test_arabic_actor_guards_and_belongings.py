"""Named actors and owners (issue 8). "الحرس الجمهوري" is Saleh's in Yemen's news and the army's
elsewhere — a nationality right after it names that country's ("الحرس الجمهوري العراقي");
"قوات الجيش الحر" are the Free Syrian Army's, not the article's army. "تعود ل" (belongs to)
is a word of belonging, and a weapon owned and destroyed ("تدمير سيارات مفخخة تعود لتنظيم
داعش") was its owner's loss, not its blow; a definite subject before an indefinite object is
no part of the noun owned ("قصفت الطائرات مخازن أسلحة تابعة للحوثيين": the stores, not the
aircraft, were theirs). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.actors}


def test_the_iraqi_republican_guard_is_iraqs_army():
    events = ev("وفي عام 1991 قصفت وحدات الحرس الجمهوري العراقي بلدات الأكراد في شمال العراق "
                "بالمدفعية.")
    assert events
    assert "Saleh loyalist forces" not in names(events)
    assert "Iraqi security forces" in names(events)


def test_the_bare_republican_guard_in_yemen_is_salehs():
    """A guard (passes on main too): Yemen's Republican Guard."""
    events = ev("وقصفت قوات الحرس الجمهوري أحياء مدينة تعز بالمدفعية أمس.")
    assert events
    assert roles_of(events, "Saleh loyalist forces") == {"actor1"}


def test_the_forces_of_the_free_syrian_army_are_the_fsa():
    events = ev("وهاجمت قوات الجيش السوري الحر مواقع لتنظيم داعش في ريف حلب الشمالي أمس.")
    assert events
    assert roles_of(events, "Free Syrian Army") == {"actor1"}
    assert "Syrian Arab Army" not in names(events)


def test_car_bombs_that_belong_to_the_group_were_destroyed_with_it_hit():
    events = ev("وتمكنت قوات البيشمركة أمس من تدمير ثلاث سيارات مفخخة تعود لتنظيم داعش قرب "
                "بلدة سنجار.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}
    assert roles_of(events, "Peshmerga") == {"actor1"}


def test_car_bombs_owned_by_the_group_destroyed_by_a_force_before_them():
    events = ev("وتمكنت قوات البيشمركة أمس من تدمير سيارات مفخخة تابعة لتنظيم داعش قرب بلدة "
                "سنجار.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}
    assert roles_of(events, "Peshmerga") == {"actor1"}


def test_the_owner_of_stores_struck_by_aircraft_named_first_is_hit():
    events = ev("وقصفت الطائرات مخازن أسلحة تابعة للحوثيين في محافظة صعدة أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_aircraft_owned_by_the_coalition_still_strike():
    """A guard (passes on main too): the definite aircraft and their adjective are owned."""
    events = ev("وقصفت الطائرات الحربية التابعة للتحالف مواقع في محافظة صعدة أمس.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
