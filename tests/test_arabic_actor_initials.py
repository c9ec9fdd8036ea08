"""Actor names (issue 8): the PKK by its Turkish initials as the Gulf press spells them out
("بي كا كا", "بي كيه كيه", "بي كي كي"), alone or after a head noun ("منظمة «بي كا كا»
الإرهابية"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)
PKK = "Kurdistan Workers' Party"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_initials_after_a_head_noun_name_the_pkk_hit_by_the_strikes():
    events = ev("وقصفت المقاتلات التركية فجر اليوم مواقع تابعة لمنظمة «بي كا كا» الإرهابية في "
                "جبال قنديل شمال العراق.")
    assert events
    assert roles_of(events, PKK) == {"actor2"}


def test_gunmen_of_the_initials_are_the_pkks_men():
    events = ev("وقال الجيش التركي إن مسلحين من «بي كيه كيه» هاجموا مركزا للشرطة في ولاية "
                "شرناق فقتلوا شرطيين.")
    assert events
    assert roles_of(events, PKK) == {"actor1"}
