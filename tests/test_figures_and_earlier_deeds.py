"""A figure that reaches or falls moves nobody: "وصل عدد القتلى إلى 30", "عدد الجرحى وصل إلى
200", "تراجعت أعداد القتلى" tell a count, not a force arriving or falling back — "a number of"
men arriving ("وصل عدد من المقاتلين") still came. A deed told as done before ("وسبق أن شنت
المقاتلات غارات", "المدينة التي سبق أن تعرضت لقصف") is another event than the news, history in
passing: it never joins the day's event; undated it stands only as an act told with its place,
marked background, holding the toll told after it.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def ev(text: str) -> list:
    return extract(text, published=PUB, article_id="t", language="ar")


def types(text: str) -> list[str]:
    return [e.event_type for e in ev(text)]


def test_a_toll_that_reached_a_figure_is_no_arrival():
    assert types("ووصل عدد قتلى الجيش العراقي في معارك الرمادي أمس إلى 25 جنديا.") == ["clash"]


def test_an_accidents_toll_retold_as_reaching_a_figure_stays_an_accident():
    assert types("قتل 14 شخصا أمس في حادث قطار في ولاية بيهار الهندية. وقال مسؤول في الشرطة "
                 "إن عدد القتلى وصل إلى 14 شخصا نتيجة الحادث.") == []


def test_the_count_told_before_its_verb_is_no_arrival_either():
    assert types("وقال المتحدث إن عدد قتلى مسلحي داعش وصل إلى 40 مسلحا في معارك بيجي "
                 "أمس.") == ["clash"]


def test_a_falling_count_is_no_retreat():
    assert types("وتراجعت أعداد قتلى الجيش العراقي في معارك الرمادي خلال الأسابيع "
                 "الأخيرة.") == ["clash"]


def test_a_number_of_fighters_arriving_still_came():
    [e] = ev("ووصل عدد من مقاتلي المقاومة الشعبية أمس إلى مدينة زنجبار.")
    assert e.event_type == "movement" and e.destination.name == "Zinjibar"


def test_strikes_told_as_done_before_do_not_join_the_days_strike():
    [e] = ev("قصفت طائرات التحالف أمس مواقع الحوثيين في مديرية حرض. وسبق أن شنت مقاتلات "
             "التحالف غارات على تلك المواقع أسفرت عن مقتل 20 مسلحا.")
    assert e.event_type == "airstrike" and e.date_start == "2016-03-13"
    assert not any(c.low == 20 for c in e.claims)


def test_a_town_once_shelled_is_no_shelling_of_the_day():
    assert types("وأعيد أمس افتتاح مستشفى مدينة دار سعد التي سبق أن تعرضت لقصف مدفعي من "
                 "الحوثيين.") == []


def test_ground_taken_before_keeps_the_month_it_names():
    # guard: the earlier deed with its own date stays, dated then
    es = ev("وقال القائد إن موقع العروس سبق أن سيطرت المقاومة الشعبية عليه في شهر أبريل "
            "الماضي.")
    assert [(e.event_type, e.date_start[:7]) for e in es] == [("territory_change", "2015-04")]


def test_an_act_done_before_with_its_place_stays_as_background_with_its_toll():
    es = ev("قصفت طائرات التحالف أمس مواقع الحوثيين في مديرية حرض. وسبق أن قتل الحوثيون خمسة "
            "مدنيين في مدينة حرض، بحسب مصادر محلية.")
    today = [e for e in es if not e.background]
    before = [e for e in es if e.background]
    assert [e.event_type for e in today] == ["airstrike"] and not today[0].claims
    assert [(e.date_start, [c.low for c in e.claims]) for e in before] == [(None, [5])]
