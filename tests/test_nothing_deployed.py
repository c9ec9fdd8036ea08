""""نشر" deploys troops and publishes footage: a clip or a rumour spread is no force deployed.
Every sentence is written for these tests; the twin deploys troops."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_a_group_posting_a_video_deploys_nothing():
    assert not ev("ونشرت جبهة النصرة تسجيلا مصورا لعناصرها في ريف إدلب.")


def test_militias_spreading_rumours_deploy_nothing():
    assert not ev("ونشرت ميليشيات الحوثي شائعات عن انسحاب المقاومة من مدينة تعز.")


def test_an_army_deploying_troops_is_a_deployment():
    [deployed] = ev("ونشر الجيش اليمني قوات إضافية في مدينة عدن أمس.")
    assert deployed.event_type == "deployment"
