"""Places (issue 8, item 1): "in the same area" («في المنطقة نفسها», «في المكان ذاته») is the
place named last, as «المدينة» is the last town (gazetteer cues.yaml ``anaphora``, kind
``area``: any place short of a country). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

places = places_on(date(2015, 8, 4), "ar")


def test_an_attack_in_the_same_area_is_where_the_last_one_was():
    assert places("وخطف المسلحون خمسة مقاتلين قرب مدينة اعزاز يوم الاثنين. وكان المسلحون قد "
                  "هاجموا الجمعة مقرا للفرقة في المنطقة نفسها.") == ["Azaz", "Azaz"]


def test_the_same_place_is_the_last_place_too():
    assert places("اندلعت اشتباكات بين الجيش والمسلحين قرب مدينة بعقوبة صباح اليوم. وبعد ساعة "
                  "قصفت الطائرات مواقع المسلحين في المكان ذاته.") == ["Baqubah", "Baqubah"]
