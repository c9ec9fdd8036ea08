"""Actors (issue 8): a people named as the subject of an event verb is its state's forces —
"استهدف الأميركيون قائد التنظيم", "شن الأتراك غارات" (actors.yaml ``demonyms``,
`actors_implied.demonyms_acting`): definite, in the nominative or a broken plural, right after a
verb that strikes or aims, or that carries out violence named next. After a verb of result the
people may be the dead ("قتل الأمريكيون الثلاثة": passive), and a campaign carried out is no
violence. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_americans_aiming_at_a_leader_are_us_forces():
    events = ev("واستهدف الأميركيون قائد التنظيم بغارة جوية في مدينة أجدابيا الشهر الماضي.")
    assert events
    assert roles_of(events, "US forces") == {"actor1"}


def test_the_turks_carrying_out_strikes_are_the_turkish_armed_forces():
    events = ev("وشن الأتراك غارات على مواقع الحزب في جبال قنديل أمس.")
    assert events
    assert roles_of(events, "Turkish Armed Forces") == {"actor1"}


def test_the_americans_after_a_verb_of_result_are_no_killers():
    """A guard (passes on main too): "قتل الأمريكيون الثلاثة" may be the passive."""
    events = ev("وقتل الأمريكيون الثلاثة في هجوم انتحاري على قاعدة باغرام أمس.")
    assert "actor1" not in roles_of(events, "US forces")
