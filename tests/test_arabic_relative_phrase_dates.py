"""A date closing a relative pronoun's phrase — "قالت الحكومة التي غادرت العاصمة في مارس إن
قواتها استعادت المدينة" — dates what that phrase tells of the speaker, not the news reported
in the sentence's next clause."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def test_the_speakers_past_does_not_date_the_news_it_reports():
    text = ("وقالت الحكومة التي غادرت العاصمة في فبراير الماضي وانتقلت إلى الخارج إن المقاومة الشعبية "
            "استعادت السيطرة على مدينة زنجبار.")
    events = extract(text, published=DAY)
    assert events and all(e.date_start != "2015-02-01" and e.date_end != "2015-02-28"
                          for e in events)


def test_a_date_in_the_clause_of_the_news_still_dates_it():
    """Guard: "استعادت في فبراير الماضي" — the date of the deed itself."""
    text = "وقالت الحكومة إن المقاومة الشعبية استعادت في فبراير الماضي السيطرة على مدينة زنجبار."
    events = extract(text, published=DAY)
    assert events and all(e.date_start == "2015-02-01" for e in events)
