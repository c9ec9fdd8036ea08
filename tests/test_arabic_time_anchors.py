"""What dates a clause by another event, and what tells no event of a day, each construction
with sentences written for it: "بعد يوم من السيطرة على زنجبار" names a capture of its own, not
the clause's deed; clashes fought "من حين لآخر" are a habit; "انطلاقا من" is "from"; a truce to
be respected is no new agreement; "في الميادين" is "in the squares" unless the context says the
town."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract

PUB = date(2016, 3, 10)


def told(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(text, published=PUB, article_id="t")]


def test_a_capture_that_dates_another_is_an_event_of_its_own():
    events = told("وسيطرت القوات الحكومية أمس على مدينة لودر بعد يومين من السيطرة على مدينة "
                  "زنجبار.")
    assert ("territory_change", "Lawdar") in events
    assert ("territory_change", "Zinjibar") in events


def test_clashes_fought_now_and_then_are_no_event():
    assert told("وقالت الحركة إنها تخوض اشتباكات مع مسلحين في مدينة رفح من حين لآخر.") == []


def test_from_a_place_is_no_operation_launched():
    assert not [t for t, _ in told("وقال الجيش الإسرائيلي إنه يحمل الحركة مسؤولية أي هجوم "
                                   "انطلاقا من القطاع.") if t == "operation_launch"]


def test_a_truce_to_be_respected_is_no_agreement_made():
    doc = annotate("وشدد الرئيس أمس على ضرورة احترام الهدنة من قبل الحوثيين.", published=PUB,
                   language="ar")
    assert not [t for t in doc.triggers if t.event_type == "agreement"]


def test_the_squares_of_a_town_are_no_town():
    events = extract("ويقتل الإرهابيون الأبرياء في المساجد وفي الميادين، وقتل 5 منهم أمس في "
                     "مدينة الرقة.", published=PUB, article_id="t")
    assert "Al-Mayadin" not in {e.location.name for e in events if e.location}
