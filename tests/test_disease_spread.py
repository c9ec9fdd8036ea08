"""A disease spreads, and doctors fight its spread: "مواجهة انتشار حمى الضنك", "انتشار مرض
الحصبة في المخيمات" deploy no fighters and fight no battle, though an armed group stands in the
sentence. A group "most widespread" in a country is a description, no deployment (but five
killed "at least", "على الأقل", were killed). Troops deployed and an armed clash stay events. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def events(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_fighting_the_spread_of_a_fever_is_no_clash_and_no_deployment():
    assert events("وتعاني مستشفيات تعز التي يحاصرها الحوثيون من مواجهة انتشار حمى الضنك "
                  "بين الأطفال.") == []


def test_a_disease_spreading_in_camps_is_no_deployment():
    assert events("وقالت المنظمة إن مخيمات النازحين الفارين من مسلحي داعش في الحسكة تشهد "
                  "انتشار مرض الحصبة.") == []


def test_fever_fought_after_a_city_was_taken_leaves_the_taking_alone():
    assert events("وتعمل الفرق الطبية في عدن بعد طرد الحوثيين على مواجهة انتشار الحمى في "
                  "الأحياء.") == ["territory_change"]


def test_a_group_most_widespread_in_a_country_is_not_deployed_there():
    assert events("وقال الباحث إن الجماعة الأوسع انتشارا في تشاد هي بوكو حرام.") == []


def test_at_least_five_killed_are_still_killed():
    # guard: "على الأقل" before the verb is "at least", no comparative
    assert events("وقالت مصادر إن خمسة مدنيين على الأقل قتلوا جراء غارة جوية على بلدة كفر "
                  "نبل.") == ["airstrike"]


def test_troops_deployed_in_a_city_are_still_deployed():
    # guard: the spread of troops, not of a disease
    assert events("وأعلن الجيش انتشار قواته في مدينة الحديدة.") == ["deployment"]


def test_an_armed_clash_is_still_a_clash():
    # guard: a fight between armed men
    assert events("واندلعت مواجهة مسلحة بين الجيش ومسلحي القاعدة في مدينة المكلا أمس.") == ["clash"]


def test_an_operation_deploying_guns_is_still_an_event():
    # guard: what spreads is artillery, not a disease
    assert events("وفي محافظة شبوة اضطر الحوثيون إلى إخراج قواتهم من مدينة عتق، ونفذت عملية "
                  "انتشار للمدفعية والقناصة في الجبال المحيطة بالمدينة.")
