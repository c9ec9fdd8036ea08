"""Actor roles (issue 8) of an owner tied by a ل written apart: the press draws the ل out before
a quoted name ("مسجد تابع لـ«قوات الطوارئ»", "مقر تابع لـ «الشرطة»"); the owner of the place hit
was hit, as with "مسجد تابع لقوات الطوارئ". Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 7)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_owner_of_a_mosque_after_a_drawn_out_lam_was_hit():
    events = ev("وضرب الإرهاب أمس المصلين في مسجد تابع لـ«قوات الطوارئ» الخاصة في مدينة أبها، "
                "وفجر انتحاري نفسه بحزام ناسف مما أسفر عن مقتل 9 أشخاص.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}


def test_a_bombers_group_after_a_link_word_still_acted():
    # (a guard: "ينتمي إلى" names the bomber's side, never the side hit)
    events = ev("وفجر انتحاري ينتمي إلى تنظيم داعش نفسه في سوق شعبي بمدينة سوروج فقتل 30 شخصا.")
    assert events
    assert "actor2" not in roles_of(events, "Islamic State")
