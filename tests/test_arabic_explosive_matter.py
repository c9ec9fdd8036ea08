"""Events (issue 8): matter that can explode is no explosion.

"مادة شديدة الانفجار" (highly explosive matter), "عبوات قابلة للانفجار" (charges liable to go
off) name what explosives are, not a blast: the blast noun right after a quality of matter
(triggers.yaml ``figurative_before``) is no event word. A blast told as heavy ("انفجار شديد")
still is. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract

PUB = date(2015, 7, 31)


def event_words(text: str) -> list[str]:
    doc = annotate(text, published=PUB, language="ar")
    return [doc.norm[t.start:t.end] for t in doc.triggers]


def test_highly_explosive_matter_is_no_blast():
    assert event_words("ضبطت الشرطة 50 كيلوجراما من مادة شديدة الانفجار في مخزن بجدة أمس") == []


def test_charges_liable_to_go_off_are_no_blast():
    assert event_words("وعثرت القوات على عبوات قابلة للانفجار في منزل بالعوامية أمس") == []


def test_an_aim_to_kill_with_seized_explosives_dates_no_attack():
    """guard: passes on the base (the killing was no blast's either)"""
    found = extract("جرائم إرهابية\n- عام 1986 ضبط 51 كيلوجراما من مادة شديدة الانفجار بمطار جدة "
                    "كان الهدف منها استخدامها لتفجير المسجد الحرام وقتل مئات الآلاف من الحجاج.",
                    published=date(2015, 7, 22), language="ar", article_id="t")
    assert [(e.event_type, e.modality) for e in found if e.modality == "actual"] == []


def test_a_heavy_blast_that_killed_is_an_attack():
    """guard: passes on the base"""
    found = extract("وأسفر انفجار شديد عن مقتل ثلاثة أشخاص في سوق بالرمادي أمس", published=PUB,
                    language="ar", article_id="t")
    assert [e.event_type for e in found] == ["attack"]
