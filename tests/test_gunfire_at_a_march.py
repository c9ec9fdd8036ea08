"""Gunfire at a march. Shooting told with ل or with bullets ("إطلاق للنار", "إطلاق رصاص") is
an event word, dated by its own clause even when an anniversary is named after it (the deed
remembered stands apart, a year old, and results pointing back to it, "وقتل فيها 52", are
its own); a bare "مسيرة" is a march, not a drone ("طائرة مسيرة"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def test_people_wounded_by_gunfire_at_a_march_yesterday_are_todays_news():
    events = extract("أصيب ثلاثة أشخاص في إطلاق للنار وقع خلال مسيرة في مدينة دمشق أمس الأحد في "
                     "الذكرى الأولى لمقتل ناشط برصاص الشرطة.", published=PUB, language="ar")
    shot = [e for e in events if any(c.category == "injured" for c in e.claims)]
    assert [e.date_start for e in shot] == ["2016-03-13"]
    assert shot[0].event_type != "airstrike"
    assert [c.category for c in shot[0].claims] == ["injured"]  # the killing is a year old


def test_a_drone_is_still_an_aircraft():
    # guard
    assert [e.event_type for e in extract(
        "وقتل خمسة مسلحين أمس في قصف لطائرة مسيرة على سيارتهم في محافظة مأرب.",
        published=PUB, language="ar")] == ["airstrike"]


def test_the_dead_of_an_attack_remembered_are_not_todays():
    # results pointing back to the deed remembered ("وقتل فيها") are its own, a decade old
    events = extract("وشارك رئيس الوزراء أمس في حفل لإحياء الذكرى العاشرة للهجمات التي وقعت في وسط "
                     "مدينة لندن وقتل فيها 52 شخصا.", published=PUB, language="ar")
    assert all(e.background for e in events if any(c.category == "killed" for c in e.claims))
