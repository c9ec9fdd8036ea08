"""Two small lexicon classes of a deployment that is none.

Printed matter spread is no force deployed: "نشرت الجماعة مجلة جديدة", "نشر التنظيم دليلا
سياحيا لمقاتليه" put magazines and booklets, not troops, on the map (triggers.yaml
``figurative_objects.teachings``). And information that "speaks of" a build-up ("وتحدثت
معلومات عن وصول تعزيزات") is hedged news, alleged as the guide codes "information about"
(``modality.cues.alleging``)."""
from datetime import date

from tests.extracting import modalities_on

modalities = modalities_on(date(2015, 8, 10))


def test_a_magazine_published_by_a_group_deploys_nothing():
    assert modalities("ونشرت جبهة النصرة مجلة جديدة في ريف إدلب.") == []


def test_a_tourist_guide_published_for_fighters_deploys_nothing():
    assert modalities("ونشر تنظيم داعش دليلا سياحيا لمقاتليه في مدينة الموصل.") == []


def test_information_speaking_of_reinforcements_is_alleged():
    assert modalities("وتحدثت معلومات عن وصول تعزيزات للجيش إلى مدينة الحسكة.") == [
        ("deployment", "alleged")]


def test_reinforcements_spread_on_a_front_were_deployed():
    """Guard: troops spread are a deployment told."""
    assert modalities("ونشر الجيش تعزيزات كبيرة على أطراف مدينة تعز.") == [("deployment", "actual")]
