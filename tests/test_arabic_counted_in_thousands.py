"""Events counted in the thousands are a tally, even when the period they were counted over
was named a sentence before: no day of a war has so many strikes or barrels — unless they are
the weapons of a deed told by its verb, or the clause dates them to a month (a month's toll)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 10)


def test_thousands_of_strikes_are_a_tally():
    events = extract("وقال المرصد في حصيلته إن مقاتلات النظام نفذت 10450 غارة استهدفت مناطق "
                     "في محافظة إدلب.", published=PUB, article_id="t")
    assert not [e for e in events if e.event_type == "airstrike"]


def test_a_days_strikes_counted_in_tens_stay_an_event():
    events = extract("ونفذت مقاتلات النظام أمس 35 غارة استهدفت مناطق في محافظة إدلب.",
                     published=PUB, article_id="t")
    assert [e.location.name for e in events if e.event_type == "airstrike"] == [
        "Idlib Governorate"]


def test_thousands_of_shells_a_deed_was_done_with_stay_that_deed():
    events = extract("واستهدفت قوات النظام أمس بلدة تفتناز بأكثر من 1200 قذيفة.",
                     published=PUB, article_id="t")
    assert [e.event_type for e in events] == ["shelling"]


def test_a_months_toll_in_thousands_is_kept_as_the_items_claim():
    events = extract("وثقت الشبكة إلقاء مروحيات النظام 1500 برميل متفجر على محافظة درعا خلال "
                     "يونيو الماضي.", published=PUB, article_id="t")
    assert [e.event_type for e in events] == ["airstrike"]
