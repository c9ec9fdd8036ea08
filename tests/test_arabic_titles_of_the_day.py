"""An undated title tells the day's news: it does not re-tell an event the body dates only to
months before the report ("… للمرة الأولى منذ سيطرة الحوثيين عليها في يناير" under a title
of the town's loss today) — the old seizure keeps its month, the title is not its headline."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _titled(text: str) -> list[str]:
    """The dates of the events whose evidence holds the title (it starts at offset 0)."""
    return [e.date_start or "" for e in extract(text, published=DAY)
            if any(x.start == 0 for x in e.evidence)]


def test_a_title_of_the_day_is_no_headline_of_a_seizure_months_ago():
    text = ("المقاومة تتعقب المسلحين بعد طردهم من مدينة الضالع\n"
            "أعلنت مصادر في المقاومة الشعبية اليوم أن مقاتليها يلاحقون عناصر الحوثي الفارين من "
            "المدينة.\nوقال مصدر عسكري إن المحافظ سيصل إلى مدينة الضالع للمرة الأولى منذ سيطرة "
            "الحوثيين عليها في يناير.")
    assert "2015-01-01" not in _titled(text)


def test_a_title_still_heads_the_body_event_of_the_day():
    """Guard: the body's strike of yesterday is the title's."""
    text = ("غارات جوية على مواقع المسلحين في مدينة الضالع\n"
            "شنت طائرات التحالف أمس غارات جوية على مواقع المسلحين الحوثيين في مدينة الضالع.")
    assert _titled(text) == ["2015-08-09"]
