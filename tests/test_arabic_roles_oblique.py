"""Actor roles (issue 8) read from the case of a plural: right after a word of driving out, a
plural in its oblique case ("الحوثيين", "مسلحي الحوثي") is the word's object — the side that
lost the ground — whether the word is read as a verb or as its noun; the subject would be
nominative ("الحوثيون"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_an_oblique_plural_after_the_noun_of_repelling_lost_the_ground():
    events = ev("وقال محلل يمني إن دحر الحوثيين من مدينة لودر أمس فتح الطريق أمام المقاومة.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_an_oblique_construct_after_the_noun_of_expelling_lost_the_ground():
    events = ev("وأكد مسؤول أمس أن المحافظة تحررت بعد سيطرة المقاومة عليها وطرد مسلحي الحوثي من "
                "قاعدة العند.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_a_nominative_plural_after_the_verb_is_its_subject():
    # (a guard, right on main too)
    events = ev("وطرد الحوثيون أمس مقاتلي المقاومة من بلدة قعطبة.")
    assert events
    assert "actor1" in roles_of(events, "Houthis")
