"""What was published is no deployment, a capital named by its country's adjective is that
capital. Every sentence is written for these tests; each class has a twin that still tells an
event or a place."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 3)  # a Monday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


# --- a group that published a video deployed nobody, even with its name between
def test_a_video_published_by_a_named_group_is_no_deployment():
    assert [e.event_type for e in ev("ونشر تنظيم جبهة النصرة أمس مقطع فيديو لمقاتليه في ريف إدلب.")
            ] == []


def test_a_group_that_deployed_fighters_still_deployed():
    [deploy] = ev("ونشرت جبهة النصرة أمس مئات المقاتلين في ريف إدلب.")
    assert deploy.event_type == "deployment"


# --- "the Chadian capital" with no name after it is N'Djamena
def test_a_capital_named_by_its_country_adjective_is_that_capital():
    [attack] = ev("وفجر انتحاري نفسه أمس في سوق وسط العاصمة التشادية ما أسفر عن مقتل 9 أشخاص.")
    assert attack.location.name == "N'Djamena" and attack.location.geo_precision == 1


def test_a_capital_whose_name_follows_is_the_name():
    [attack] = ev("وانفجرت سيارة مفخخة أمس في العاصمة الأفغانية كابل ما أدى إلى مقتل 4 أشخاص.")
    assert attack.location.name == "Kabul"


def test_the_capital_a_named_place_lies_in_is_no_second_place():
    [attack] = ev("وقتل 3 جنود أمس في هجوم مسلح على ثكنة بمدينة باردو في العاصمة التونسية.")
    assert attack.location.name == "Le Bardo"


def test_the_adjective_alone_still_names_no_place():
    [attack] = ev("وقصف الجيش التشادي أمس مواقع لبوكو حرام ما أدى إلى مقتل 12 مسلحا.")
    assert attack.location is None


# --- Kabul as the press writes it is Afghanistan's capital, not a village in Galilee
def test_kabul_spelt_kabul_is_afghanistans_capital():
    [attack] = ev("وقتل 5 أشخاص أمس في تفجير انتحاري استهدف قافلة عسكرية في كابول.")
    assert (attack.location.name, attack.location.country) == ("Kabul", "AF")
