"""Roles (issue 8): a count right after the verb, "من" and a side — that side's men acted.

"اقتحم العشرات من أفراد الشرطة ساحات المسجد", "هاجم المئات من مسلحي داعش مواقع الجيش": the
count is the verb's subject and the side after its "من" is theirs. "من X" after a violent
verb otherwise marks X's men as the ones hit ("قتل 80 إرهابيا من داعش"), and so the police
storming a mosque were its victims and the attackers the side attacked. Right after a strong
verb, a count (roles.yaml ``agent_counts`` or a number) and "من" name who acted; a result
verb ("قتل العشرات من مسلحي داعش") still counts the dead of X.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 28)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_dozens_of_policemen_storm_a_courtyard():
    events = ev("واقتحم العشرات من أفراد الشرطة الإسرائيلية ساحات المسجد الأقصى صباح أمس.")
    assert events
    assert roles_of(events, "Israeli Defence Forces") == {"actor1"}


def test_hundreds_of_militants_attack_army_positions():
    events = ev("وهاجم المئات من مسلحي داعش مواقع للجيش العراقي في قضاء بيجي أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, "Iraqi security forces") == {"actor2"}


def test_about_a_hundred_fighters_storm_a_party_office():
    events = ev("واقتحم نحو مئة من عناصر الحوثي مقر حزب الإصلاح في صنعاء أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_a_number_of_men_of_a_side_shell_a_village():
    events = ev("وقصف 20 من مقاتلي حزب العمال الكردستاني مخفرا للدرك في ولاية شرناق التركية أمس.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}


def test_dozens_of_a_side_killed_are_still_its_dead():
    """A guard (passes on main too): after a result verb the count is of the dead."""
    events = ev("وقتل العشرات من مسلحي داعش في غارات للتحالف على الرقة أمس.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_force_that_shells_dozens_of_fighters():
    """A guard (passes on main too): the count after the verb's own subject is its object."""
    events = ev("وقصفت قوات النظام العشرات من مقاتلي المعارضة في ريف درعا أمس.")
    assert events
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}
    assert roles_of(events, "Free Syrian Army") == {"actor2"}
