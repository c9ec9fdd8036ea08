"""Who acted: the side blamed for a bombing is its author; a police officer or an army that
reports a bombing is its claimant, not its bomber; a side that mourns its martyred soldier was
hit. Sentences written for these tests; each has a twin."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2017, 6, 2)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def roles(e: Event) -> dict[str, str]:
    return {a.name: a.role for a in e.actors}


def test_the_side_a_bombing_is_blamed_on_is_its_author():
    [attack] = ev("واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم داعش سوقا شعبيا في مدينة كركوك "
                  "أمس وأسفر عن مقتل 12 شخصا.")
    assert roles(attack).get("Islamic State") == "actor1"


def test_the_side_a_bombing_targets_is_still_its_target():
    [attack] = ev("واستهدف تفجير انتحاري مقرا لتنظيم داعش في مدينة كركوك أمس وأسفر عن مقتل 12 "
                  "عنصرا.")
    assert roles(attack).get("Islamic State") == "actor2"


def test_a_police_officer_reporting_a_car_bomb_is_not_its_bomber():
    [attack] = ev("وقال ضابط في الشرطة العراقية: قتل 16 شخصا وجرح 30 في تفجير سيارة مفخخة في "
                  "سوق ببغداد أمس.")
    assert "actor1" not in roles(attack).values()
    assert {c.category for c in attack.claims} >= {"killed", "injured"}


def test_an_army_reporting_its_own_capture_of_a_town_is_its_author():
    [taken] = ev("وأعلن الجيش العراقي أمس أن قواته سيطرت على بلدة بيجي بعد معارك مع داعش.")
    assert roles(taken).get("Iraqi security forces") == "actor1"


def test_a_side_that_mourns_its_martyred_soldier_was_hit_not_the_attacker():
    [death] = ev("ونعت القوات المسلحة السعودية الجندي أول سالم الذي استشهد أمس في جازان.")
    assert roles(death) == {"Saudi armed forces": "actor2"}


def test_the_side_that_shelled_is_still_the_author_of_the_martyrdom_it_caused():
    [shelling] = ev("قصفت ميليشيات الحوثي مدينة جازان أمس ما أدى إلى استشهاد جنديين سعوديين.")
    assert roles(shelling).get("Houthis") == "actor1"
