"""Not an event (issue 8): the hurt or the dead carried off, tended or received after a blow.

"نقل الجرحى إلى المستشفيات", "أقلت الطائرة أول دفعة من الجرحى", "تقوم بإسعاف الكثير من
الجرحى": a word of the blow's results (no verb) that is the object of a word of care — right
after it, or after "أول دفعة من", "الكثير من", "عشرات من" — names the care, no event of its
own, and an aircraft that carries the hurt strikes nothing (triggers.yaml ``tended``). The blow
told beside it stays, and so does a cause after the care ("علاجهم جراء القصف").
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import modalities_on

kinds = modalities_on(date(2015, 8, 9))


def test_an_aircraft_carrying_the_wounded_is_no_air_strike():
    assert kinds("وقال مسؤول طبي إن الطائرة اليمنية أقلت أول دفعة من الجرحى من مستشفيات عدن "
                 "إلى الرياض.") == []


def test_fighters_tending_the_enemy_wounded_is_no_clash():
    assert kinds("وأكد المجلس أن عناصر المقاومة تقوم بإسعاف الكثير من جرحى الحوثيين في مأرب.") == []


def test_the_dead_carried_to_hospital_is_no_event():
    """guard: passes on the base"""
    assert kinds("وقال شهود إن سيارات الإسعاف نقلت القتلى إلى مستشفى الجمهورية في تعز.") == []


def test_the_blow_named_as_the_cause_of_the_care_stays():
    """guard: passes on the base"""
    assert kinds("ووصل إلى عمان 80 جريحا لاستكمال علاجهم جراء القصف الذي شنته ميليشيات الحوثي "
                 "على أحياء عدن.") == [("shelling", "actual")]


def test_the_blow_told_beside_the_care_stays():
    """guard: passes on the base"""
    assert kinds("قصفت طائرات التحالف مواقع الحوثيين في صعدة أمس وقتل خمسة منهم، وتم نقل الجرحى "
                 "إلى المستشفى.") == [("airstrike", "actual")]
