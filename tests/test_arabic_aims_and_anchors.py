"""What Arabic news prose aims at, and what it only mentions, each construction with sentences
written for it: an aim whose object stands before a second aim joined by و."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2016, 3, 10)  # a Thursday


def ev(text: str, published: date | None = PUB) -> list[Event]:
    return extract(text, published=published, article_id="t")


def actual(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in events if e.modality == "actual"]


# --- a second aim joined by و to an aim that has its object is aimed too
def test_a_clearing_after_a_pursuit_and_its_object_is_an_aim():
    events = ev("وتتجه وحدات من المقاومة إلى محافظة أبين لمطاردة المتمردين وتطهيرها منهم.")
    assert ("territory_change", "Abyan Governorate") not in actual(events)


def test_a_quote_mark_between_the_و_and_the_aim_changes_nothing():
    events = ev('وتتقدم القوات نحو محافظة أبين لملاحقة الحوثيين و"تطهيرها" بالكامل.')
    assert ("territory_change", "Abyan Governorate") not in actual(events)


def test_a_liberation_joined_to_a_storming_aim_is_an_aim():
    events = ev("وتحتشد قوات المقاومة قرب مدينة زنجبار لاقتحام المدينة و«تطهيرها» من الحوثيين.")
    assert ("territory_change", "Zinjibar") not in actual(events)


def test_a_deed_joined_by_و_to_a_deed_told_stays_told():
    events = ev("وسيطرت القوات الحكومية على مدينة زنجبار و«طهرتها» من المسلحين أمس.")
    assert ("territory_change", "Zinjibar") in actual(events)
