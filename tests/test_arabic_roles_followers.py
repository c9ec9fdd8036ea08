"""Actor roles (issue 8) of followers and of sides the registry lacked: "مسلحون من أتباع
الحوثي" are the Houthis' gunmen, "الانقلابيين أتباع الحوثيين" the Houthis themselves (a branch
in apposition), "قوات موالية للحوثيين" before the shells they fired act; "الحوثين" (one ي) is
the Houthis; "الفرقة 30" is a rebel division, no unit of the Syrian army. Sentences written
for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_gunmen_from_the_followers_of_a_group_are_that_group():
    events = ev("هاجم مسلحون من أتباع الحوثي نقطة للجيش في مأرب أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert not roles_of(events, "Unidentified armed group")


def test_a_group_named_as_followers_of_the_houthis_is_not_the_taker():
    events = ev("وتم أمس تطهير مديرية لودر في أبين من الانقلابيين أتباع الحوثيين.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_forces_loyal_to_a_group_fire_the_shells_named_after_it():
    events = ev("أطلقت قوات موالية للحوثيين قذائف الهاون على أحياء سكنية في عدن أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_the_houthis_misspelt_with_one_ya_are_the_houthis():
    events = ev("قتل خمسة من الحوثين في اشتباكات مع المقاومة الشعبية في تعز أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_division_30_is_a_rebel_division_hit_by_nusra():
    events = ev("اختطفت جبهة النصرة أمس عددا من مقاتلي الفرقة 30 في ريف حلب الشمالي.")
    assert events
    assert roles_of(events, "Division 30") == {"actor2"}
    assert not roles_of(events, "Syrian Arab Army")


def test_the_followers_of_another_leader_joined_by_and_are_a_second_side():
    # (a guard, right on main too: "وأتباع المخلوع" is no branch of the Houthis)
    events = ev("قصفت الميليشيات الحوثية وأتباع المخلوع صالح مطار عدن أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert roles_of(events, "Saleh loyalist forces") == {"associated"}


def test_the_from_of_a_cue_of_support_names_no_side_that_lost_ground():
    events = ev("وتمكنت المقاومة الشعبية أمس من تحرير مدينة الضالع من الحوثيين، بدعم من غارات "
                "التحالف العربي.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"associated"}
    assert roles_of(events, "Houthis") == {"actor2"}
