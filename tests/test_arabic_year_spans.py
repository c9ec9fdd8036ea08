"""Two years told as the ends of a span — "بين عامي 1982 و1990", "ما بين 2004 و2014", "خلال
عامي 2013 و2014" — date what happened in them: the first year's January to the second's
December, history when it is long past, not an undated deed of the day."""
from datetime import date

from events.extract.pipeline import extract
from tests.extracting import mention_dates_on

DAY = date(2015, 8, 10)


_dates = mention_dates_on(DAY)


def test_between_the_two_years_is_one_span():
    assert _dates("وحكم البلاد بين عامي 1979 و1987 بقبضة من حديد.") == [
        (date(1979, 1, 1), date(1987, 12, 31))]


def test_between_two_bare_years_is_one_span():
    assert _dates("وقاتل في صفوف الجماعة ما بين 2006 و2009 قبل أن يعتقل.") == [
        (date(2006, 1, 1), date(2009, 12, 31))]


def test_the_dual_year_word_alone_opens_a_span():
    assert _dates("وخلال عامي 2012 و2013 تضاعفت الهجمات على الطرق.") == [
        (date(2012, 1, 1), date(2013, 12, 31))]


def test_a_deed_told_in_a_span_of_past_years_is_dated_by_it_and_is_history():
    text = "ونفذت الخلية بين عامي 1986 و1989 هجمات بعبوات ناسفة قتلت سبعة أشخاص في مدينة نابلس."
    events = extract(text, published=DAY)
    assert events and all(e.date_start == "1986-01-01" and e.date_end == "1989-12-31"
                          and e.background for e in events)


def test_a_count_range_is_no_span_of_years():
    """Guard: "من 2011 إلى 2015 شخصا" counts people; only بين and the dual words open a span."""
    assert _dates("وارتفع عدد النازحين من 2011 إلى 2015 شخصا في المخيم.") == []


def test_years_out_of_order_are_no_span():
    """Guard: a span runs forward."""
    assert _dates("ووقع بين عامي 2014 و2012 نحو ألف حادث.") == []
