"""Actor roles (issue 8): two sides named as alternatives ("X أو Y").

When the writer cannot tell which of two groups struck ("هجوم لم يعرف إن كان مسلحو حركة الشباب
أو عناصر داعش وراءه", "من تنفيذ عناصر حزب العمال أو داعش"), the second is no target of the
first: it takes the first one's part — standing with the author (associated) when the first
acted, hit with it when the first was hit (roles.yaml ``alternatives``,
`role_sides._alternative`, read with the companions). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 28)
IS, SHABAAB, PKK = "Islamic State", "Al-Shabaab", "Kurdistan Workers' Party"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_an_attack_of_one_group_or_another_hits_neither():
    events = ev("وقتل خمسة جنود في هجوم لم يعرف إن كان مسلحو حركة الشباب أو عناصر داعش وراءه قرب "
                "مقديشو.")
    assert events
    assert roles_of(events, SHABAAB) == {"actor1"}
    assert "actor2" not in roles_of(events, IS)


def test_a_blast_carried_out_by_one_group_or_another_hits_neither():
    events = ev("وقالت الشرطة إن الانفجار الذي هز بلدة سروج أمس من تنفيذ عناصر حزب العمال الكردستاني "
                "أو داعش.")
    assert events
    assert roles_of(events, PKK) == {"actor1"}
    assert "actor2" not in roles_of(events, IS)


def test_positions_of_one_group_or_another_struck_are_both_hit():
    """A guard (passes on main too): the alternatives of a target are hit with it."""
    events = ev("وشنت طائرات التحالف غارات على مواقع يعتقد أنها لتنظيم داعش أو جبهة النصرة قرب مدينة "
                "إدلب أمس.")
    assert roles_of(events, IS) == {"actor2"}
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor2"}
