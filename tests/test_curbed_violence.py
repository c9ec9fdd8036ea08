"""Violence named as what a measure is meant to curb ("في محاولة لاحتواء الهجمات", "خطة للحد
من التفجيرات") is a kind, not an event told — nor one attempted. Every sentence is written
for these tests; the twin still tells an attempt."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


def test_a_curfew_extended_to_contain_attacks_tells_no_attack():
    assert not ev("ومددت السلطات حظر التجول في محافظة الأنبار شهرا آخر في محاولة لاحتواء "
                  "الهجمات الإرهابية.")


def test_a_plan_to_curb_bombings_tells_no_bombing():
    assert not ev("وأقرت الحكومة خطة أمنية جديدة في مدينة كركوك للحد من التفجيرات.")


def test_an_attempt_to_storm_a_town_is_still_an_attempt():
    [storm] = ev("وهاجم مسلحو تنظيم داعش مدينة الرمادي أمس في محاولة لاقتحامها.")
    assert (storm.event_type, storm.modality) == ("territory_change", "attempted")
