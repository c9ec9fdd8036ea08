"""A rank held is no ground taken: "احتل العراق المرتبة الرابعة في مؤشر الإرهاب", "احتلت
روسيا المرتبة الثانية بين الموردين" place a country in a list, they tell no occupation."""
from datetime import date

from events.extract.pipeline import annotate

DAY = date(2015, 8, 10)


def _takings(text: str) -> list[str]:
    doc = annotate(text, published=DAY)
    return [doc.text[t.start:t.end] for t in doc.triggers if t.event_type == "territory_change"]


def test_a_rank_in_an_index_is_no_ground():
    assert _takings("واحتل العراق في العام الماضي المرتبة الرابعة في مؤشر الإرهاب الدولي.") == []


def test_a_rank_among_suppliers_is_no_ground():
    assert _takings("إذ احتلت روسيا المرتبة الثانية بين موردي النفط إلى الصين.") == []


def test_the_last_ranks_are_no_ground_either():
    assert _takings("واحتلت الصومال والعراق آخر المراتب بين 176 دولة في مؤشر الفساد.") == []


def test_a_town_occupied_is_ground():
    """Guard: "احتل التنظيم مدينة الرمادي" takes a town."""
    assert _takings("واحتل تنظيم داعش مدينة الرمادي في مايو الماضي.") == ["احتل"]


def test_a_post_occupied_is_ground():
    """Guard: "المركز" is also a post: "احتل المسلحون المركز الحدودي" takes it."""
    assert _takings("واحتل المسلحون المركز الحدودي بعد اشتباكات مع حرس الحدود.") == ["احتل"]
