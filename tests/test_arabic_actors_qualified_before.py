"""Actors (issue 8): a bare force named after the same words with a nationality.

"الجيش", "الشرطة", "قوات الأمن" depend on the war: bare, they are the army or police of the
article's country. But once the article has named them with a nationality ("الشرطة
الإسرائيلية", "الجيش التركي"), the bare words that follow are that force — "وقالت الشرطة"
goes on speaking of the police just named, not of the Palestinian or Iraqi forces of the
places (actors.yaml ``same_head``, `actor_context._qualified_before`). Unless the war's own
force was named since: the article went back to it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 30)
TURKS, IRAQ, IDF = "Turkish Armed Forces", "Iraqi security forces", "Israeli Defence Forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.actors} | {e.claimant for e in events if e.claimant}


def test_the_police_named_israeli_go_on_speaking_as_israels():
    events = ev("أطلقت الشرطة الإسرائيلية النار على شاب فلسطيني قرب حاجز زعترة جنوب مدينة نابلس أمس. "
                "وقالت الشرطة إن عناصرها أطلقوا النار على الشاب بعد أن حاول طعن جندي عند الحاجز.")
    assert events
    assert {e.claimant for e in events} == {IDF}
    assert "Government forces" not in names(events)


def test_the_turkish_army_striking_in_iraq_is_not_iraqs_army_when_named_bare():
    events = ev("شنت المقاتلات التركية غارات على مواقع لحزب العمال الكردستاني في شمال العراق. وقال "
                "الجيش التركي إن الغارات دمرت مخازن أسلحة في جبال قنديل. وأضاف الجيش أن مدفعيته قصفت "
                "أمس مواقع للمتمردين في منطقة الزاب بمحافظة دهوك العراقية.")
    assert len(events) >= 2
    assert IRAQ not in names(events)
    assert {e.claimant for e in events} == {TURKS}


def test_the_security_forces_named_turkish_go_on_as_turkeys_in_a_syrian_border_story():
    events = ev("قتل جنديان من قوات الأمن التركية في هجوم شنه مسلحون على مخفر حدودي قرب بلدة أعزاز "
                "السورية. وقالت قوات الأمن إن المسلحين فتحوا النار من داخل الأراضي السورية على المخفر "
                "في ريف حلب.")
    assert events
    assert "Syrian Arab Army" not in names(events)


def test_the_wars_own_army_named_since_takes_the_bare_name_back():
    """A guard (passes on main too): the Iraqi army named after the American one — the bare
    "الجيش" that follows is Iraq's again."""
    events = ev("قصفت طائرات الجيش الأمريكي مواقع لداعش قرب الموصل. وقال الجيش العراقي إن قواته "
                "تقدمت في محافظة الأنبار. وأعلن الجيش أمس مقتل 30 من عناصر داعش في مدينة الرمادي.")
    assert roles_of(events, IRAQ) == {"actor1"}
    assert roles_of(events, "US forces") == {"actor1"}
    ramadi = [e for e in events if e.location and e.location.name == "Ramadi"]
    assert ramadi and {a.name for a in ramadi[0].actors} == {IRAQ, "Islamic State"}


def test_a_force_of_another_kind_named_before_leaves_the_bare_army_to_the_war():
    """A guard (passes on main too): "الجيش السوري الحر" is no state force — the bare
    "الجيش" after it is still Syria's."""
    events = ev("سيطر الجيش السوري الحر على حاجز قرب مدينة درعا. وقال ناشطون إن الجيش قصف أمس بلدة "
                "بصرى الشام بالمدفعية.")
    assert "actor1" in roles_of(events, "Syrian Arab Army")
