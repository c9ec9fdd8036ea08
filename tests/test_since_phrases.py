"""A date that closes a since-phrase naming an event ("منذ سقوط النظام قبل أربع سنوات", "منذ
تولي الرئيس السلطة في 29 مايو") dates that event, not the fighting or the toll told before
it, which has run on since. Time words alone between ("منذ الساعات الأولى من صباح الأحد") tell
when the fighting began, and an event word of the candidate inside the phrase is the event it
names. Every sentence is written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)  # a Wednesday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_battles_raging_since_a_fall_years_ago_are_not_dated_by_the_fall():
    [battles] = ev("والمعارك الدائرة في مدينة سرت تشبه الفوضى التي تجتاح البلاد منذ سقوط النظام "
                   "قبل أربع سنوات.")
    assert (battles.date_start, battles.date_end) == (None, "2015-08-05")
    assert not battles.background


def test_a_toll_since_a_president_took_office_is_not_dated_to_that_day():
    [attacks] = ev("وارتفع إلى 400 عدد قتلى هجمات جماعة بوكو حرام في نيجيريا منذ تولي الرئيس "
                   "السلطة في 29 مايو.")
    assert attacks.date_start is None


def test_shelling_since_the_early_hours_of_sunday_began_on_sunday():
    [shelling] = ev("وقصفت الميليشيات بالمدفعية قرية الشقب جنوب مدينة تعز منذ الساعات الأولى من "
                    "صباح الأحد.")
    assert shelling.date_start == "2015-08-02"


def test_an_attack_named_inside_the_phrase_keeps_its_day():
    events = ev("وتصاعدت الهجمات في جنوب تركيا منذ التفجير الانتحاري في 20 يوليو في بلدة "
                "سروج.")
    assert "2015-07-20" in {e.date_start for e in events}
