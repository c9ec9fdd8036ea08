"""Claimants (session 40): more sources the article does not name, each a claimant of its own
kind (attribution.yaml ``unnamed_sources``), never the side named in what they say —

* residents and townspeople ("سكان محليون", "الأهالي", "مواطنون"): local sources;
* a security official ("مسؤول أمني", "مسؤولون أمنيون", "مسؤول في الشرطة"): security sources;
* a local official ("مسؤول محلي", "مسؤولون محليون"): official sources;
* press sources ("مصادر صحفية", "مصدر صحافي"): media reports.

An official named with whom he serves ("مسؤول بوزارة الداخلية الأفغانية") is still read by
the frame's window (a bare "مسؤول" is no kind), and so is "a responsible source" in a side ("مصدر
مسؤول بالمقاومة"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import claimants_of as claimants

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_local_residents_are_local_sources():
    events = ev("وقال سكان محليون إن ميليشيا الحوثي قصفت حي الروضة بمدينة تعز ما أدى إلى مقتل 4 "
                "مدنيين.")
    assert claimants(events, "killed") == {"local sources"}


def test_the_townspeople_are_local_sources():
    events = ev("وأكد الأهالي أن طائرات النظام ألقت براميل متفجرة على بلدة داريا وقتلت 6 أطفال.")
    assert claimants(events, "killed") == {"local sources"}


def test_a_security_official_is_a_security_source():
    events = ev("وقال مسؤول أمني إن 7 جنود قتلوا في هجوم لمسلحين على حاجز للجيش في مدينة العريش.")
    assert claimants(events, "killed") == {"security sources"}


def test_a_local_official_is_an_official_source():
    events = ev("وأفاد مسؤول محلي بأن 3 من رجال الأمن أصيبوا في انفجار عبوة ناسفة استهدفت دوريتهم "
                "في محافظة القطيف.")
    assert claimants(events, "injured") == {"official sources"}


def test_a_responsible_source_in_a_side_speaks_for_the_side():
    """guard: passes on the base — "مصدر مسؤول" is no kind that would pre-empt the side after
    it ("مصدر مسؤول بالمقاومة": the resistance, as "مصدر في المقاومة" is)."""
    events = ev("وقال مصدر مسؤول في المقاومة الشعبية إن 9 من الحوثيين قتلوا في مواجهات بمدينة تعز.")
    assert claimants(events, "killed") == {"Yemeni government forces"}


def test_press_sources_are_media_reports():
    events = ev("وذكرت مصادر صحفية أن 12 مسلحا من تنظيم داعش قتلوا في غارات للتحالف على مدينة "
                "الرمادي.")
    assert claimants(events, "killed") == {"media reports"}


def test_an_official_of_a_named_ministry_is_read_by_the_window():
    """guard: passes on the base — no bare "مسؤول" kind pre-empts the ministry after it."""
    events = ev("وقال مسؤول بوزارة الداخلية الأفغانية إن 20 شرطيا قتلوا في تفجير انتحاري في كابل.")
    assert claimants(events, "killed") != {"official sources"}
