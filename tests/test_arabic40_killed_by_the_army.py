"""Claims (issue 8, item 5): who the dead were — fighters killed by the army are no soldiers.

"أربعة من المسلحين قتلوا باشتباكات مع قوات الأمن", "قتل 9 مسلحين حوثيين، وتصدت قوات الجيش": a
state force named after the loss verb, or past a comma, killed the men counted or is the next
clause's — it does not make them soldiers (quantities.yaml ``who_stops_at_actions``, as English
has it since this session). A state force right after the noun still does ("4 من عناصر القوات
المسلحة"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 1)


def victims(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.category, c.low, c.who) for e in extract(text, published=DAY, language="ar")
            for c in e.claims]


def test_gunmen_killed_in_clashes_with_the_security_forces_are_fighters():
    assert victims("وقال مسؤول في الشرطة إن أربعة من المسلحين قتلوا باشتباكات مع قوات الأمن في "
                   "مدينة كراتشي أمس.") == [("killed", 4, "fighters")]


def test_the_army_of_the_next_clause_makes_no_soldiers_of_the_dead():
    assert victims("وفي مدينة مأرب قتل 9 مسلحين حوثيين، وتصدت قوات الجيش أمس لهجمات شنها "
                   "المسلحون على مواقعها.") == [("killed", 9, "fighters")]


def test_members_of_the_armed_forces_are_soldiers():
    """guard: passes on the base"""
    assert victims("وقتل 4 من عناصر القوات المسلحة في هجوم على حاجز في مدينة العريش أمس.") == [
        ("killed", 4, "soldiers")]
