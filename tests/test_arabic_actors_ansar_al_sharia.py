"""Actors: "أنصار الشريعة" is the article's country's group — al-Qaeda in the Arabian Peninsula
only in Yemen's news; Libya's and Tunisia's Ansar al-Sharia are groups of their own.

The bare name was an alias of AQAP everywhere: Benghazi's fighting and Tunisia's cells were
AQAP's, and so was an operations room of Aleppo's factions. It is now a contextual name
(actors.yaml ``contextual``): AQAP in Yemen's news, Ansar al-Sharia (Libya) or (Tunisia) in
theirs, no force elsewhere.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)
AQAP = "Al-Qaeda in the Arabian Peninsula"


def names(text: str) -> set[str]:
    events: list[Event] = extract(text, published=PUB, language="ar", article_id="t")
    assert events
    return {a.name for e in events for a in e.actors}


def test_benghazis_ansar_al_sharia_is_libyan():
    found = names("وقتل خمسة جنود من القوات الخاصة في اشتباكات مع أنصار الشريعة في حي الليثي ببنغازي.")
    assert "Ansar al-Sharia (Libya)" in found
    assert AQAP not in found


def test_tunisias_ansar_al_sharia_cell():
    found = names("واعتقلت قوات الأمن التونسية خمسة من عناصر أنصار الشريعة في مدينة سوسة.")
    assert "Ansar al-Sharia (Tunisia)" in found
    assert AQAP not in found


def test_an_operations_room_in_aleppo_is_no_aqap():
    found = names("ودارت اشتباكات بين غرفة عمليات أنصار الشريعة وقوات النظام في حي جمعية الزهراء بحلب.")
    assert AQAP not in found


def test_ansar_al_sharia_in_abyan_is_aqap():
    """A guard (passes on b6a8ae5 too): in Yemen's news it is al-Qaeda's name."""
    assert AQAP in names("وسيطر مسلحو أنصار الشريعة على مدينة زنجبار في محافظة أبين.")


def test_the_tunisian_group_named_in_full_near_libya():
    """Its full name is its own, whatever country the article names most."""
    found = names("وهاجم مسلحون من تنظيم أنصار الشريعة في تونس مقرا للجيش الليبي في مدينة بنغازي، وقصفوا "
                  "حاجزا في مدينة درنة الليبية.")
    assert "Ansar al-Sharia (Tunisia)" in found
    assert AQAP not in found
