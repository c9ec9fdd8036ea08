"""A decade of the last century after a word of time ("في التسعينات", "منذ عقد الثمانينيات",
"نهاية تسعينيات القرن الماضي") dates what its own clause tells: history, out of current totals.
It dates nothing across a clause or a relative pronoun, and "مصر الستينات" names a country as
it was. Every sentence is written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_an_attack_in_the_nineties_is_history():
    [attack] = ev("وقتلت الجماعة المسلحة عشرات السياح في هجوم على مدينة الأقصر في التسعينات.")
    assert (attack.date_start, attack.date_end) == ("1990-01-01", "1999-12-31")
    assert attack.background


def test_the_late_nineties_of_the_last_century_are_history_too():
    [war] = ev("وقتل آلاف المدنيين في معارك عنيفة في إقليم كوسوفو نهاية تسعينيات القرن الماضي.")
    assert war.background


def test_allies_of_the_nineties_fighting_today_fight_today():
    events = ev("وبعدما كان الرجلان حليفين في التسعينات، اندلعت أمس اشتباكات عنيفة بين قواتهما "
                "في مدينة مزار شريف.")
    assert [e.date_start for e in events if e.event_type == "clash"] == ["2015-08-04"]


def test_a_city_famous_in_the_fifties_was_destroyed_now():
    [ruin] = ev("ودمرت ميليشيا الحوثي مدينة عدن التي كانت حاضرة المدن العربية في الخمسينات.")
    assert not ruin.background
