"""Places (issue 8): «المدينة» right after a governorate named for its seat is that seat.

"صدت المقاومة في محافظة تعز هجوما للحوثيين على المدينة" — the governorate is named in the
sentence and no town before "the city": the city is the governorate's seat, the town the
governorate is named after (تعز), not the last town of the sentences before
(`place_context._seat_named`). A governorate named after no town of its own (أبين: its seat
is زنجبار) leaves "the city" to the town named before, and so does a town named in the
sentence. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import places_on

places = places_on(date(2015, 8, 3), "ar")


def test_the_city_after_a_governorate_is_its_seat_not_the_town_before():
    assert places("وتواصل القوات تقدمها في مدينة عدن.\n"
                  "وصدت المقاومة في محافظة تعز هجوما واسعا للحوثيين على المدينة من عدة اتجاهات."
                  )[-1] == "Taiz"


def test_the_city_after_a_governorate_with_no_town_before_is_its_seat():
    assert places("أحبط الثوار في محافظة الضالع محاولة الميليشيات اقتحام المدينة أمس.") == ["Dhale"]


def test_a_town_named_in_the_sentence_stays_the_city():
    """guard: passes on the base"""
    assert places("سيطرت المقاومة على مدينة لودر في محافظة أبين بعد معارك عنيفة داخل المدينة."
                  ) == ["Lawdar"]


def test_a_governorate_named_for_another_town_leaves_the_city_before():
    """guard: passes on the base"""
    assert places("وتقدمت القوات نحو مدينة لودر.\n"
                  "وفي محافظة أبين، قصفت الميليشيات المدينة بالمدفعية الثقيلة أمس.")[-1] == "Lawdar"
