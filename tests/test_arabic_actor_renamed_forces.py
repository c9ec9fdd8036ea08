"""Named actors (issue 8): a name that depends on the war ("قوات الجيش", "سلاح الجو") followed at
once by a nationality adjective names that country's forces — "قوات الجيش الإسرائيلي" is the
Israeli army, not the article's own "Government forces"; "سلاح الجو التركي" is Turkey's air
force, which had named no actor at all. Not the police, rebels or Kurds (no entry of
actors.yaml ``renamed``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_army_forces_named_by_a_nationality_are_that_country_s():
    events = ev("وأصيب ثلاثة شبان بالرصاص خلال مواجهات مع قوات الجيش الإسرائيلي قرب حاجز "
                "قلنديا شمال القدس أمس.")
    assert events
    assert roles_of(events, "Israeli Defence Forces")
    assert not roles_of(events, "Government forces")


def test_the_turkish_air_force_struck():
    events = ev("وقصفت مقاتلات من سلاح الجو التركي فجر أمس مواقع لتنظيم داعش قرب مدينة "
                "كيليس الحدودية.")
    assert events
    assert roles_of(events, "Turkish Armed Forces") == {"actor1"}


def test_the_iraqi_air_force_struck():
    events = ev("وشن سلاح الجو العراقي غارات على مواقع التنظيم داخل مدينة بيجي أمس.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor1"}


def test_the_police_named_by_a_nationality_is_no_army():
    """Guard: the police is not renamed."""
    events = ev("وقالت الشرطة الأمريكية إن مسلحا فتح النار داخل قاعة سينما في ولاية "
                "لويزيانا فقتل شخصين.")
    assert not roles_of(events, "US forces")
