"""A front line is a place, not a fight: "نقل الجيش جنودا إلى خطوط المواجهة", "زار جبهات القتال",
"ساحة المعركة" name where fighting is, and tell no clash. A fight told on a front still is one
("معارك عنيفة على جبهة القتال"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 11, 20)


def events(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_soldiers_sent_to_the_front_lines_fight_no_clash():
    assert "clash" not in events("أرسل الجيش العراقي مئات الجنود إلى خطوط المواجهة مع داعش في "
                                 "محافظة نينوى أمس.")


def test_a_commander_touring_a_front_is_no_clash():
    assert events("تفقد قائد القوات اليمنية خط المواجهة مع الحوثيين في مأرب أمس.") == []


def test_hostages_put_on_the_front_lines_are_no_clash():
    assert "clash" not in events("وضع مسلحو التنظيم عشرات الأسرى على خطوط المواجهات مع البيشمركة "
                                 "قرب سنجار.")


def test_fighting_on_a_front_is_still_a_clash():
    # guard: a clash on the base as well
    assert events("اندلعت معارك عنيفة بين الجيش وداعش على جبهة القتال في الرمادي أمس.") == ["clash"]


def test_soldiers_killed_in_clashes_by_the_front_line_still_fought():
    # guard: the clash word stands before the front's noun
    assert events("قتل أربعة جنود في مواجهات مع الحوثيين على خطوط التماس في تعز أمس.") == ["clash"]
