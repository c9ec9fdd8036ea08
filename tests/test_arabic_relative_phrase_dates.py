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


def test_a_date_said_of_an_event_still_times_what_happened_during_it():
    """Guard: "خلال الهجوم على مدينة كوباني الذي وقع في فبراير الماضي" — the pronoun is said
    of an event (and of a town), whose month times the strikes told with it."""
    text = ("وخلال الهجوم على مدينة كوباني الذي وقع في فبراير الماضي، قصفت طائرات التحالف مواقع "
            "التنظيم في الحي الشرقي.")
    events = extract(text, published=DAY)
    assert events and all(e.date_start == "2015-02-01" for e in events)


def test_the_statements_own_day_still_bounds_what_it_reports():
    """Guard: "البيان الذي صدر اليوم" — a recent date in the speaker's phrase is the report's."""
    text = ("وقال البيان الذي صدر أمس إن طائرات التحالف نفذت ست غارات قرب الحسكة ودمرت مواقع "
            "للتنظيم.")
    events = extract(text, published=DAY)
    assert events and all(e.date_end == "2015-08-09" for e in events)


def test_a_relative_phrase_telling_the_event_still_dates_it():
    """Guard: "أسماء الجنود الذين قتلوا في التفجير ظهر أول أمس" — the phrase tells the bombing
    itself; its day dates the bombing named before it in the sentence."""
    text = ("أسماء ضحايا التفجير في مقر الشرطة: أعلنت الوزارة أسماء الجنود الذين قتلوا في "
            "التفجير الانتحاري بمقر الشرطة في أبها ظهر أول أمس.")
    events = extract(text, published=DAY)
    assert events and all(e.date_start == "2015-08-08" for e in events)
