"""A car bomb set off is the weapon of an attack, not a vehicle lost ("تفجير سيارة مفخخة قرب
الحاجز"); destroyed before it went off ("دمرت الطائرات خمس سيارات مفخخة") it is a loss of
who sent it, as is one of a side blown up by its enemy ("تفجير عربات مفخخة لتنظيم داعش"),
and another car blown up ("تفجير سيارتين للشرطة") is one too. A deed that "reaps
the lives" of people kills them, however long the deed named between ("حصد تفجير … أرواح 5
أشخاص"); a party reaping seats kills nobody. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 2, 22)


def claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.best) for e in extract(text, published=PUB, language="ar")
            for c in e.claims]


def test_a_car_bomb_set_off_is_no_vehicle_destroyed():
    assert ("vehicles_destroyed", 1) not in claims(
        "وأسفر تفجير سيارة مفخخة قرب حاجز للشرطة في مدينة كركوك عن أضرار مادية.")


def test_two_car_bombs_set_off_are_no_vehicles_destroyed():
    assert not any(c == "vehicles_destroyed" for c, _ in claims(
        "وقتل ثلاثة جنود أمس في تفجير سيارتين مفخختين استهدف رتلا للجيش في مدينة العريش."))


def test_car_bombs_destroyed_before_they_went_off_are_vehicles_destroyed():
    # guard: destroyed, not set off
    assert ("vehicles_destroyed", 5) in claims(
        "ودمرت طائرات التحالف خمس سيارات مفخخة قبل وصولها إلى مواقع البيشمركة قرب مدينة سنجار.")


def test_car_bombs_of_a_side_blown_up_by_its_enemy_are_its_loss():
    # guard: whose they were is told right after them
    assert ("vehicles_destroyed", 6) in claims(
        "وأعلن قائد العمليات عن تفجير ست عربات مفخخة لتنظيم داعش غرب مدينة الفلوجة.")


def test_police_cars_blown_up_are_vehicles_destroyed():
    # guard: no bomb word after the vehicle
    assert ("vehicles_destroyed", 2) in claims(
        "وأقدم مسلحون أمس على تفجير سيارتين للشرطة في مدينة العريش.")


def test_a_blast_that_reaped_lives_killed_them():
    assert ("killed", 5) in claims(
        "وحصد انفجار عبوة ناسفة على جانب طريق في مدينة بعقوبة أرواح خمسة أشخاص.")


def test_strikes_that_reaped_lives_killed_them():
    assert ("killed", 12) in claims(
        "وحصدت الغارات التي شنتها الطائرات الحربية على حي الشعار في حلب أرواح 12 مدنيا.")


def test_a_party_reaping_seats_kills_nobody():
    # guard
    assert claims("وحصد الحزب 40 مقعدا في الانتخابات التي جرت في مدينة أربيل.") == []
