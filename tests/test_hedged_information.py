"""Hedged information makes what it tells alleged, as the annotation guide codes "information
about": "وتشير المعلومات إلى مقتل …", "تفيد الأنباء أن المقاومة سيطرت …". The first findings on
a deed the text tells ("تشير المعلومات الأولية إلى أن التفجير تم بحزام ناسف") hedge only how it
was done: the bombing happened. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def modalities(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality)
            for e in extract(text, published=PUB, article_id="t", language="ar")]


def test_information_pointing_to_deaths_is_alleged():
    assert modalities("وتشير المعلومات إلى مقتل أكثر من عشرة من عناصر الحرس الثوري في كمين قرب "
                      "حلب أمس.") == [("clash", "alleged")]


def test_news_that_ground_was_taken_is_alleged():
    assert modalities("وفي جبهة لحج تفيد الأنباء أن المقاومة الشعبية سيطرت أمس على بلدة كرش.") == [
        ("territory_change", "alleged")]


def test_the_first_findings_on_a_bombing_leave_it_actual():
    # guard: "المعلومات الأولية" hedge how it was done, not whether
    assert modalities("وانفجرت سيارة مفخخة في سوق مدينة بعقوبة أمس. وتشير المعلومات الأولية إلى "
                      "أن التفجير تم بواسطة انتحاري.") == [("attack", "actual")]
