"""Actor roles (issue 8) of a force that tells what others did: "قالت الشرطة إن شخصا قتل في إطلاق
نار" — what a state force says after a bare "إن/أن" has subjects of its own, so the police or
the army that speaks is the claimant of the violence told there, not its author. Its own men,
deeds or aircraft named there ("إن جنوده قتلوا", "إن طائرة عمودية دمرت") still make it the
author; its soldiers killed there ("أن جنديين قتلا") make it the side hit; an armed group that
tells of a blow claims it. A police academy is a place of the police (the side hit). Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_police_that_reports_a_shooting_did_not_shoot():
    events = ev("قالت الشرطة في سريلانكا أمس إن رجلا قتل وأصيب ثمانية آخرون في إطلاق نار على "
                "تجمع انتخابي في مدينة كاندي.")
    assert events
    assert all(e.event_type == "attack" for e in events)
    assert not roles_of(events, "Government forces") & {"actor1"}
    assert events[0].claims and events[0].claims[0].claimant == "Government forces"


def test_police_that_reports_a_bomb_is_its_claimant():
    events = ev("قالت الشرطة اليمنية إن عبوة ناسفة انفجرت أمس قرب سوق شعبي في مدينة إب ما أسفر "
                "عن مقتل شخصين.")
    assert events
    assert not roles_of(events, "Yemeni government forces") & {"actor1"}


def test_an_army_that_reports_its_soldiers_killed_was_hit():
    events = ev("قال الجيش الفلبيني أمس إن جنديين قتلا في هجوم شنه مجهولون على دورية في جزيرة "
                "باسيلان.")
    assert events
    assert roles_of(events, "Government forces") == {"actor2"}


def test_an_army_that_names_its_own_men_is_the_author():
    """Guard (passes before the rule too): its own men act."""
    events = ev("قال الجيش المصري إن جنوده قتلوا خمسة مسلحين في هجوم على مخبأ لهم جنوب مدينة "
                "العريش.")
    assert events
    assert "actor1" in roles_of(events, "Egyptian armed forces")


def test_an_air_force_that_names_a_helicopter_is_the_author():
    """Guard: its own aircraft struck."""
    events = ev("أعلن سلاح الجو الليبي أن مروحية عسكرية قصفت قاربا يحمل أسلحة قرب ميناء "
                "بنغازي أمس.")
    assert events
    assert "actor1" in roles_of(events, "Libyan National Army")


def test_a_group_that_tells_of_its_blow_claims_it():
    """Guard: only a state force merely reports."""
    events = ev("وقال تنظيم داعش في بيان إن انتحاريا استهدف نقطة تفتيش للجيش العراقي في مدينة "
                "سامراء أمس.")
    assert events
    assert "actor1" in roles_of(events, "Islamic State")


def test_a_police_academy_is_the_police_s():
    events = ev("ووقع تفجير انتحاري مساء أمس أمام مدخل أكاديمية الشرطة الأفغانية في مدينة قندهار "
                "ما أسفر عن مقتل عشرة طلاب.")
    assert events
    assert roles_of(events, "Afghan security forces") == {"actor2"}
