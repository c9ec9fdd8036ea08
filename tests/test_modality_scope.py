"""How far a modality cue reaches: what it governs is its own event, not every event word after it.

A demand, a denial, a plan or a permission governs the first event word after it. When that word is an
investigation, a trial or compensation ("called for an investigation into the strike"), the cue
governs the investigation; the strike investigated happened and stays an actual event. And the
words of one event side by side ("بإرسال تعزيزات", sending reinforcements) take the cue together:
a demanded deployment is not half demanded, half told. Sentences written for these tests.
"""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2017, 6, 2)


def ev(text: str, language: str = "ar") -> list[Event]:
    return extract(text, published=PUB, article_id="t", language=language)


def kinds(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in events]


def test_a_strike_an_investigation_is_demanded_into_happened():
    events = ev("طالبت منظمات حقوقية أمس بالتحقيق في الغارة الجوية التي قتلت 14 مدنيا في "
                "سوق بلدة سراقب.")
    assert kinds(events) == [("airstrike", "actual")]
    assert [c.low for c in events[0].claims] == [14]


def test_an_attack_whose_perpetrators_are_to_be_punished_happened():
    events = ev("دعا الرئيس إلى محاسبة مرتكبي الهجوم الذي استهدف حافلة في مدينة العريش أمس وقتل "
                "فيه سبعة ركاب.")
    assert kinds(events) == [("attack", "actual")]


def test_a_demanded_event_is_still_no_event_when_nothing_stands_between():
    assert ev("دعت الحكومة الفصائل إلى الانسحاب من مدينة الزبداني.") == []


def test_the_words_of_one_demanded_deployment_are_demanded_together():
    assert ev("طالب قادة الفصيل بإرسال تعزيزات إلى مدينة الزبداني.") == []


def test_reinforcements_sent_are_a_deployment():
    events = ev("أرسل الجيش أمس تعزيزات عسكرية إلى مدينة الزبداني.")
    assert kinds(events) == [("deployment", "actual")]


def test_an_english_strike_under_investigation_happened():
    events = ev("The UN called for an investigation into the air strike that killed 20 civilians "
                "in Saraqib on Monday.", "en")
    assert kinds(events) == [("airstrike", "actual")]


def test_an_english_shelling_whose_inquiry_was_denied_happened():
    events = ev("The army denied that it had opened an inquiry into the shelling of Douma, which "
                "killed 12 people on Sunday.", "en")
    assert kinds(events) == [("shelling", "actual")]


def test_strikes_a_government_allows_from_its_bases_are_planned_not_told():
    events = ev("سمحت الحكومة الإيرانية للطائرات الروسية باستخدام قاعدة همدان الجوية لشن غارات "
                "على مواقع المعارضة في سوريا.")
    assert kinds(events) == [("airstrike", "planned")]


def test_ground_an_army_strives_to_take_is_an_attempt():
    events = ev("وتسعى قوات الجيش إلى السيطرة على مدينة الشيخ زويد بعد حصار دام أسبوعا.")
    assert ("territory_change", "attempted") in kinds(events)


def test_god_forbid_is_a_supposition_not_a_permission():
    assert ev("ولو لا سمح الله سقطت المدينة لانتقل القتال إلى الحدود.") == []


def test_a_negation_joined_to_and_still_negates():
    # "ولم تتقدم" is "لم تتقدم" after و: no advance happened
    assert ev("وقال القائد إن قواته لم تنسحب من المواقع، ولم تتقدم نحو المدينة.") == []
    assert ev("ولم تقع أي اشتباكات في البلدة أمس.") == []


def test_fear_of_more_killing_does_not_make_the_massacre_feared():
    # the cue governs "القتل" after it; the massacre it follows happened
    (e,) = ev("وأثارت المجزرة التي راح ضحيتها 20 قرويا في ريف إدلب أمس مخاوف من وقوع مزيد من "
              "أعمال القتل.")
    assert (e.event_type, e.modality, [c.low for c in e.claims]) == ("attack", "actual", [20])
