"""Bodies handed over count men killed in an earlier fight: "رفضوا تسلم تسع جثث من قتلاهم",
"تسليم 25 جثة من قتلى الجيش مقابل تسليم جثث 18 مقاتلا" give no toll to the day's news nor to
the strike told before them. Bodies recovered after a strike are still its dead. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 4, 21)


def tolls(text: str) -> list[int | None]:
    return [c.best for e in extract(text, published=PUB, language="ar") for c in e.claims]


def test_bodies_refused_are_no_toll_of_the_strike_before():
    assert tolls("قصفت طائرات النظام بلدة كفرنبل أمس. ورفض المسلحون تسلم تسع جثث من قتلاهم.") == []


def test_bodies_exchanged_are_no_toll():
    assert tolls("جرت في حمص أمس عملية تبادل جرى بموجبها تسليم 25 جثة من قتلى الجيش مقابل تسليم "
                 "جثث 18 مقاتلا من المعارضة.") == []


def test_bodies_recovered_after_a_strike_are_its_dead():
    # guard: no word of handing over
    assert tolls("انتشلت فرق الإنقاذ 20 جثة من تحت الأنقاض بعد الغارة على مدينة حلب أمس.") == [20]
