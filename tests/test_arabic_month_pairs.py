"""Two months told as a pair with one year after the second — "في مارس (آذار) وأبريل (نيسان)
2012" — both take that year: the first is no month of this year."""
from datetime import date

from tests.extracting import mention_dates_on

DAY = date(2015, 8, 10)


_dates = mention_dates_on(DAY)


def test_the_first_month_of_a_pair_takes_the_year_told_after_the_second():
    text = "وسقطت المنطقة في يونيو (حزيران) ويوليو (تموز) 2013 في أيدي الجماعات المسلحة."
    assert _dates(text)[0] == (date(2013, 6, 1), date(2013, 6, 30))


def test_a_pair_without_aliases_shares_its_year_too():
    assert _dates("وفي فبراير ومارس 2014 شن التنظيم هجمات على القرى.")[0] == (
        date(2014, 2, 1), date(2014, 2, 28))


def test_a_month_with_its_own_cue_keeps_it():
    """Guard: "مارس الماضي وأبريل 2012" — the cue names the first month's year."""
    assert _dates("وقع الهجوم الأول في مارس الماضي والثاني في أبريل 2012.")[0] == (
        date(2015, 3, 1), date(2015, 3, 31))
