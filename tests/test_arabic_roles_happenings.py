"""Actor roles (issue 8) of an event told as happening: "أثناء قيام منسوبي X بأداء الصلاة، حدث
تفجير", "قال عنصر في الميليشيا التي تقاتل Y: وقع هجوم انتحاري" — the event noun is the subject
of the verb of happening, so a side named before the verb (in a clause of circumstance, or in
the speaker's own words) is no side of the event by its place, nor of the toll told after it;
"تحت وقع الضربات" (under the blows) is no verb. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_side_in_the_circumstance_before_a_blast_that_happened_did_not_set_it_off():
    events = ev("وذكر البيان أنه أثناء تناول عدد من أفراد قوات الطوارئ الخاصة طعام الإفطار في "
                "مدينة نجران، وقع انفجار عنيف نتج عنه مقتل ثلاثة أشخاص.")
    assert events
    assert "actor1" not in roles_of(events, "Gulf security services")


def test_the_speakers_own_side_before_an_attack_that_happened_took_no_part():
    events = ev("وقال أحد عناصر اللجان الشعبية التي تقاتل الحوثيين إلى جانب الجيش: «وقع هجوم "
                "انتحاري في سوق المدينة قتل فيه 9 أشخاص».")
    assert events
    assert not roles_of(events, "Houthis") and not roles_of(events, "Government forces")


def test_under_the_blows_is_no_happening():
    # (a guard: the forces before "تحت وقع" still advance)
    events = ev("وتقدمت القوات العراقية تحت وقع الضربات الجوية نحو مدينة الرمادي.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
