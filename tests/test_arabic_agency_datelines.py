"""A dateline says where a report was filed, not where its news happened, whichever way round
it names the agency and the city. "عدن - رويترز:" at the head of a line was read as a dateline,
but "رويترز - عدن:" (and the Saudi agency's "واس- الرياض:") put the article's news in that
city: a line's head before a place that names only news agencies, a dash after them
(`dateline.agencies_only`), still leaves the place a dateline (`place_uses._dateline`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)
HEAD = "تكريم جندي\n"


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=DAY, language="ar")]


@pytest.mark.parametrize("dateline", ["رويترز - الرياض:", "واس- الرياض:", " واس-الرياض:",
                                      "(رويترز) - الرياض:"])
def test_a_city_after_its_agency_is_where_the_report_was_filed(dateline):
    text = HEAD + dateline + (" أمر وزير الدفاع بتكريم الجندي من القوة البحرينية المشاركة في"
                              " عمليات التحالف، الذي استشهد اليوم، بوسام الشجاعة.")
    assert "Riyadh" not in _places(text)


def test_a_city_before_its_agency_is_where_the_report_was_filed():
    """Guard: the order that was read before."""
    text = HEAD + ("الرياض - رويترز: أمر وزير الدفاع بتكريم الجندي من القوة البحرينية المشاركة"
                   " في عمليات التحالف، الذي استشهد اليوم، بوسام الشجاعة.")
    assert "Riyadh" not in _places(text)


def test_a_city_after_other_words_is_told_in_the_news():
    """Guard: a word that is no agency before the city makes it the news's place."""
    text = HEAD + "هاجم مسلحون حوثيون الرياض- بالصواريخ أمس وقتلوا جنديين."
    assert "Riyadh" in _places(text)
