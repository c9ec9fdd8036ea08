"""An anniversary recalls an event: it is dated as many months before the remembering as the
text says, and it is background, never today's news (sentences written for these tests)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles


def ev(text: str, published: date, language: str = "ar") -> list[Event]:
    return extract(text, published=published, language=language, article_id="t")


# --- an anniversary dates what it recalls: as many months before the remembering
def test_a_year_passed_since_a_takeover_dates_the_takeover_a_year_before_publication():
    events = ev("وبمناسبة مرور عام كامل على سيطرة تنظيم داعش على مدينة تدمر نظم ناشطون أمس وقفة في إدلب.",
                date(2016, 5, 21))
    takeover = [e for e in events if e.event_type == "territory_change"]
    assert len(takeover) == 1 and takeover[0].location.name == "Tadmur"
    assert (takeover[0].date_start, takeover[0].date_end) == ("2015-05-20", "2015-05-21")
    assert takeover[0].background
    assert roles(takeover[0])["Islamic State"] == "actor1"  # the "على" before the noun is not its


def test_a_second_anniversary_recalls_an_event_two_years_old():
    events = ev("وصادف أمس الذكرى الثانية لسيطرة قوات النظام على بلدة القصير.",
                date(2015, 6, 6))
    old = [e for e in events if e.date_end == "2013-06-06"]
    assert old and all(e.background for e in old)


def test_an_english_first_anniversary_dates_the_capture_a_year_back():
    events = ev("Hundreds of Yazidis marched in Erbil on Sunday to mark the first anniversary of "
                "the capture of Sinjar by Islamic State fighters.", date(2015, 8, 3), "en")
    old = [e for e in events if e.event_type == "territory_change"]
    assert old and old[0].date_end == "2014-08-03" and old[0].background
