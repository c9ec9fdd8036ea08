"""A minister, an envoy or a commander who arrives somewhere is on a visit: "وصل رئيس الأركان
إلى موسكو" moves a person, not a force, though the force he commands is named in his title.
The visitor stands right after the movement word, or before the relative pronoun that opens
it ("القائد الذي وصل بغداد"). Forces that arrive still move. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2017, 2, 14)


def events(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_a_chief_of_staff_arriving_in_a_capital_is_a_visit():
    assert events("وصل رئيس أركان الجيش التركي إلى طهران أمس.") == []


def test_a_commander_arriving_in_a_capital_is_a_visit():
    assert events("وصل قائد الحرس الثوري الإيراني إلى موسكو صباح أمس.") == []


def test_a_commander_named_before_who_arrived_is_a_visit():
    assert events("قائد الحرس الثوري الذي وصل دمشق أمس التقى قادة حزب الله.") == []


def test_a_minister_who_arrived_while_the_army_acts_is_a_visit():
    assert "movement" not in events(
        "فيما التقى الرئيس العراقي وزير الخارجية الفرنسي الذي وصل بغداد أمس، شن الجيش العراقي "
        "غارات على مواقع داعش في الأنبار.")


def test_a_vice_president_whose_office_is_told_in_the_relative_clause_is_on_a_visit():
    assert events("قال مصدر إن المحافظ الذي يتولى أيضا منصب نائب رئيس الوزراء وصل على متن طائرة "
                  "عسكرية سعودية قادما من جدة.") == []


def test_fighters_who_arrive_still_move():
    # guard: a movement on the base as well
    assert events("وصل مقاتلو الحشد الشعبي إلى أطراف مدينة بيجي أمس.") == ["movement"]


def test_troops_whose_commander_speaks_after_still_move():
    # guard: the commander is named after the force that moved, not right after the verb
    assert "movement" in events("وصلت قوات الجيش العراقي إلى أطراف مدينة الرمادي أمس، وقال قائد "
                                "عمليات الأنبار إن قواته ستقتحم المدينة قريبا.")
