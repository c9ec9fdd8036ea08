"""Actor roles (issue 8) of a side that speaks through its office or spokesman: "قال المكتب
الإعلامي للمقاومة إن …", "قال المتحدث الرسمي للجيش إن …", "وجاء في بيان للتنظيم" — the ل after
a word of a spokesman or of a side's media names whose voice it is, not the owner of something
hit, so the side that speaks is not the side hit of its own report. A centre (مركز) of a side is
a place of it ("تفجير مركز للشرطة"): the side hit. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 23)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_media_office_of_the_resistance_is_not_hit():
    events = ev("وقال المكتب الإعلامي للمقاومة الشعبية إن الكمين نصب عند جسر في مديرية خولان "
                "بمحافظة صنعاء، وأسفر عن مقتل ستة من عناصر الميليشيات الحوثية.")
    assert events
    assert "actor2" not in roles_of(events, "Yemeni government forces")
    assert roles_of(events, "Houthis") == {"actor2"}


def test_the_media_centre_of_the_resistance_is_not_hit():
    events = ev("وأضاف المركز الإعلامي للمقاومة أن طائرات التحالف شنت غارات على مواقع للحوثيين في "
                "مديرية حرض أمس.")
    events += ev("وقال المركز الإعلامي للمقاومة إن مواجهات عنيفة دارت في حي الجحملية بتعز أسفرت عن "
                 "مصرع 12 متمردا.")
    assert len(events) == 2
    assert "actor2" not in roles_of(events, "Yemeni government forces")


def test_the_spokesman_of_the_army_speaks_for_its_side():
    events = ev("قال المتحدث الرسمي للقوات المسلحة المصرية إن 40 إرهابيا قتلوا في مداهمات "
                "بمدينة رفح خلال الأسبوع الماضي.")
    assert events
    assert "actor2" not in roles_of(events, "Egyptian armed forces")


def test_a_police_centre_bombed_is_the_police_hit():
    events = ev("قتل ثلاثة أشخاص في تفجير انتحاري استهدف مركزا للشرطة في مدينة الرمادي أمس.")
    events += ev("وأصيب خمسة أشخاص في انفجار وقع عند مركز للشرطة في ضاحية بإسطنبول أمس.")
    assert len(events) == 2
    assert all(e.actors for e in events)
    assert all({a.role for a in e.actors if a.name != "Unidentified armed group"} == {"actor2"}
               for e in events)
