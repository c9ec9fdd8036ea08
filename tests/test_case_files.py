"""A deed named as a case's file is what is investigated, not news of it: "أعادت النيابة فتح
ملف تفجير الكنيسة", "التحقيق في ملف اغتيال الزعيم" tell no bombing and no assassination of the
day. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2017, 3, 14)


def events(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_a_reopened_file_of_a_bombing_is_no_bombing():
    assert events("أعادت النيابة العامة فتح ملف تفجير الكنيسة في مدينة طنطا.") == []


def test_an_inquiry_closed_in_an_assassinations_file_is_no_assassination():
    assert events("لماذا أغلقت بلجيكا التحقيق فجأة في ملف اغتيال الزعيم الكونغولي؟") == []


def test_a_bombing_told_as_news_stays():
    # guard: no file named
    assert events("انفجرت عبوة ناسفة قرب كنيسة في مدينة طنطا صباح أمس.") == ["attack"]
