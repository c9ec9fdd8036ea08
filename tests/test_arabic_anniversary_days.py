"""A day told without its year right after an anniversary and the deed it remembers — "الذكرى
الخامسة لمجزرة الثالث من أغسطس" — is that day as many years back as the anniversary counts:
the massacre remembered is history, not a deed of this summer."""
from datetime import date

from events.extract.pipeline import extract
from tests.extracting import mention_dates_on

DAY = date(2015, 8, 10)


_dates = mention_dates_on(DAY)


def test_the_day_after_an_anniversary_is_counted_back():
    text = "وأحيا السكان أمس الذكرى الخامسة لمجزرة الثالث من أغسطس في القرية."
    assert (date(2010, 8, 3), date(2010, 8, 3)) in _dates(text)


def test_the_deed_remembered_and_its_dead_are_history():
    text = ("وحلت قبل أيام الذكرى العاشرة لتفجيرات الخامس من يوليو في المدينة، حيث قتل 40 شخصا "
            "عندما فجر انتحاريون عبوات ناسفة في حافلات النقل.")
    events = extract(text, published=DAY)
    assert events and all(e.date_start == "2005-07-05" and e.background for e in events)


def test_a_day_with_its_year_keeps_it():
    """Guard: "الذكرى العاشرة لهجمات 7 يوليو 2005" names its year."""
    text = "وأحيت المدينة الذكرى العاشرة لهجمات 7 يوليو 2005 في محطات القطارات."
    assert (date(2005, 7, 7), date(2005, 7, 7)) in _dates(text)


def test_a_day_far_from_the_anniversary_is_this_years():
    """Guard: a day told further on dates the news of the remembering itself."""
    text = ("وأحيا السكان الذكرى الخامسة للمجزرة في القرية، وقالت الشرطة إن مسلحين هاجموا "
            "الحفل في الثالث من أغسطس.")
    assert (date(2015, 8, 3), date(2015, 8, 3)) in _dates(text)
