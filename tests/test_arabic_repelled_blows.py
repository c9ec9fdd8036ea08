"""A blow told after a word of repelling (issue 8): "أعلن الجيش التصدي لهجوم شنه مسلحون", "تصدت
قوات الأمن لهجوم" — the ل right after the repelling (or after the side that repelled) brings the
blow that was repelled, which happened: no aim. The side that repelled it met it — the side
hit, never its author ("السعودية تتصدى لقذائف الحوثيين"). Repelling that is itself an aim
("للتصدي لأي هجوم") tells nothing yet. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 2)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_an_attack_the_army_announced_it_repelled_happened():
    events = ev("أعلن الجيش المصري أمس التصدي لهجوم شنه مسلحون على كمين أمني جنوب مدينة رفح.")
    assert [e.modality for e in events] == ["actual"]
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}


def test_forces_that_repelled_an_attack_were_attacked():
    events = ev("وتصدت قوات الأمن العراقية لهجوم شنه مسلحو داعش على حي في مدينة الرمادي أمس.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor2"}
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_a_country_that_repels_shells_did_not_fire_them():
    events = ev("السعودية تتصدى لقذائف الحوثيين على قرى حدودية في منطقة جازان.")
    assert events
    assert "actor1" not in roles_of(events, "Saudi armed forces")


def test_repelling_as_an_aim_tells_no_blow():
    """Guard: to be ready to repel any attack is no attack."""
    events = ev("ودعا المحافظ القوات إلى الاستعداد للتصدي لأي هجوم على مدينة عدن.")
    assert not events
