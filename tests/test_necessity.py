"""What a speaker stresses must happen ("شدد على ضرورة انسحاب المسلحين", "أكد ضرورة مواجهة
الميليشيات") has not happened: no event. Every sentence is written for these tests; the twin
tells a fight that did."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_a_withdrawal_stressed_as_necessary_did_not_happen():
    assert not ev("وشدد المبعوث الدولي على ضرورة انسحاب الحوثيين من مدينة تعز ووقف القتال.")


def test_confronting_the_militias_called_a_necessity_is_no_clash():
    assert not ev("وأكد محافظ عدن في كلمته ضرورة مواجهة ميليشيات الحوثي في مدينة عدن بقوة.")


def test_a_fight_told_as_done_is_an_event():
    [fight] = ev("واشتبكت المقاومة مع ميليشيات الحوثي في مدينة عدن أمس.")
    assert (fight.event_type, fight.modality) == ("clash", "actual")
