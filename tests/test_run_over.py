"""Someone killed under a vehicle's wheels ("لقي مصرعه تحت عجلات شاحنة") was run over: a road's
death, no conflict event — and its toll must not join the strike told before it. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2018, 5, 3)


def tolls(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.event_type, c.category, c.best)
            for e in extract(text, published=PUB, language="ar") for c in e.claims]


def test_a_child_run_over_is_no_toll_of_the_strike_before():
    assert tolls("قصفت طائرات التحالف مواقع داعش في الرقة أمس. وفي حلب لقي طفل مصرعه تحت عجلات "
                 "شاحنة أمس.") == []


def test_a_migrant_under_a_lorrys_wheels_is_no_event():
    # guard: nothing on the base either (no event word)
    assert tolls("لقي مهاجر أفغاني مصرعه تحت عجلات شاحنة متجهة إلى النمسا.") == []


def test_a_strikes_own_toll_stays():
    # guard: the strike's toll on the base as well
    assert tolls("قصفت طائرات التحالف مواقع داعش في الرقة أمس ما أدى إلى مقتل خمسة مسلحين.") == [
        ("airstrike", "killed", 5)]
