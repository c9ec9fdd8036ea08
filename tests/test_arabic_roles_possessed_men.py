"""Actor roles and claims (issue 8) of men named by a possessive pronoun: "قال الجيش إن مسلحين
قتلوا اثنين من جنوده" — men counted after a result word and named by a word of fighters with a
pronoun ("من جنوده", "أحد أفرادها") are the men of the side the pronoun points back at (the
nearest side before the result word that agrees with it): that side was hit, even when it is
the speaker, and the men are a count of its soldiers or fighters. "وأصابوا أربعة آخرين" counts
the hurt; Kurdish gunmen in the accusative ("مسلحين أكرادا") are the PKK in Turkey's news.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 27)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def claims(events: list[Event]) -> set[tuple[str, int | None]]:
    return {(c.category, c.low) for e in events for c in e.claims}


def test_an_army_whose_soldiers_gunmen_killed_was_hit():
    events = ev("قال الجيش التركي في بيان إن مسلحين أكرادا قتلوا ثلاثة من جنوده وأصابوا خمسة آخرين "
                "في تفجير عبوة ناسفة على طريق قرب مدينة ماردين.")
    assert len(events) == 1
    assert roles_of(events, "Turkish Armed Forces") == {"actor2"}
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}
    assert claims(events) == {("killed", 3), ("injured", 5)}


def test_a_party_that_admits_its_fighters_died_was_hit():
    events = ev("اعترف الحزب الديمقراطي الكردستاني بمقتل أربعة من عناصره في هجوم شنه تنظيم داعش "
                "على قرية قرب مدينة كركوك.")
    assert events
    assert claims(events) >= {("killed", 4)}


def test_the_nearest_side_that_agrees_owns_the_men():
    """"أفرادها" is feminine: the police, not the gunmen named after them."""
    events = ev("أعلنت الشرطة المصرية أن مسلحين هاجموا دورية في مدينة العريش وقتلوا أحد أفرادها.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}
    assert claims(events) == {("killed", 1)}


def test_a_group_whose_followers_died_before_the_verb_was_hit():
    events = ev("وأعلنت جماعة الحوثي أن خمسة من أنصارها قتلوا في تفجير استهدف مسجدا في حي الجراف "
                "بصنعاء.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
