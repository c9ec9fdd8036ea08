"""Actor roles (issue 8) of sides that are named near an event but took no part in it: a side
named in the words that introduce a quotation, before its colon ("وقال أردوغان خلال زيارة إلى
قبرص التي تحتلها تركيا: نحن في حداد بسبب عمل إرهابي"); sides that look into an event, the
event word told as what they look for ("تعرفت الشرطة على هوية مشتبه به مرتبط بالهجوم",
"مشطت قوات الأمن المنطقة بحثا عن عبوات ناسفة", "وصلت الأجهزة الأمنية لكشف ملابسات الحادث")
— but "المسؤولين عن" names the authors. Military men named by "عسكريين" with a nationality
are that country's forces. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_state_named_before_the_quotation_did_not_strike():
    events = ev("وقال الوزير خلال زيارته إلى الجزء الذي تحتله تركيا من الجزيرة: إن تفجيرا "
                "انتحاريا قتل 12 شخصا في مدينة ماردين أمس.")
    assert events
    assert "actor1" not in roles_of(events, "Turkish Armed Forces")


def test_a_force_that_speaks_before_its_colon_still_claims_its_deed():
    """A guard (passes on main too): the speaker of the quotation is kept."""
    events = ev("وقال الجيش اليمني في بيان: إن قواته قتلت 20 من مسلحي الحوثي في مدينة تعز أمس.")
    assert events
    assert roles_of(events, "Yemeni government forces") == {"actor1"}


def test_the_subject_of_quoted_words_after_the_speakers_that_still_acts():
    """A guard (passes on main too): "ذكر أن X: «قصفت…»" — X is the quoted verb's subject."""
    events = ev("وذكر الناشط أن قوات النظام: «قصفت من الحواجز المحيطة على المدينة» أمس.")
    assert events
    assert roles_of(events, "Syrian Arab Army") == {"actor1"}


def test_the_force_whose_sources_speak_before_the_colon_keeps_its_part():
    """A guard (passes on main too): "قالت مصادر في الشرطة: إن…" — the police's own sources."""
    events = ev("وقالت مصادر في الشرطة العراقية: إن عناصرها هاجموا مواقع لتنظيم داعش غربي "
                "مدينة الرمادي أمس.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor1"}


def test_police_that_identified_a_suspect_of_the_attack_did_not_attack():
    events = ev("وأعلن الوزير أن الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم الانتحاري "
                "في ماردين.")
    assert events
    assert "actor1" not in roles_of(events, "Turkish security forces")


def test_forces_searching_for_bombs_did_not_plant_them():
    events = ev("وأوضح مصدر أمني أن قوات الأمن مشطت المنطقة بحثا عن عبوات ناسفة أخرى قرب مدينة "
                "العريش.")
    assert events
    assert "actor1" not in roles_of(events, "Egyptian armed forces")


def test_security_services_that_look_into_a_bombing_did_not_bomb():
    """A guard (passes on main too): the verb of arrival opens a clause of its own."""
    events = ev("وأكد المتحدث أن الأجهزة الأمنية العراقية وصلت إلى المكان لكشف ملابسات التفجير "
                "الذي استهدف سوقا في مدينة بعقوبة أمس.")
    bombing = [e for e in events if e.event_type == "attack"]
    assert bombing
    assert "actor1" not in roles_of(bombing, "Iraqi security forces")


def test_the_leaders_responsible_for_a_mobilisation_mobilised():
    """A guard (passes on main too): "المسؤولين عن" names the authors, not investigators."""
    events = ev("وقال إن قيادات الحوثيين المسؤولين عن الحشد دفعت بتعزيزات كبيرة إلى مدينة "
                "تعز أمس.")
    assert events
    assert "actor2" not in roles_of(events, "Houthis")


def test_military_men_with_their_nationality_killed_after_a_result_noun_were_hit():
    events = ev("مقتل ثلاثة عسكريين أتراك في انفجار لغم في ولاية هكاري")
    assert events
    assert roles_of(events, "Turkish Armed Forces") == {"actor2"}
