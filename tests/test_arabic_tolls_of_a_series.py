"""A toll told of the series an event is the latest of counts the series, not the event:
"ويعد الانفجار الأحدث في موجة هجمات أدت إلى مقتل 130 شخصا هذا الشهر" — summed with the day's
attack, the 130 made one blast the deadliest of the month. A claim after a series noun
(quantities.yaml ``running_totals.series``) that "the latest" names, in its sentence, is no
claim on the event; a series of strikes told as the day's deed keeps its toll."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.low) for e in extract(text, published=DAY, language="ar")
            for c in e.claims]


def test_a_waves_dead_are_not_the_latest_blasts():
    assert _claims("قتل عشرة أشخاص في هجوم شنه مسلحو بوكو حرام على قرية في ولاية بورنو أمس. "
                   "ويعد هذا الهجوم الأحدث في موجة هجمات استهدفت أسواقا مزدحمة في نيجيريا "
                   "والنيجر، وأدت إلى مقتل 130 شخصا وإصابة العشرات هذا الشهر.") == [("killed", 10)]


def test_the_latest_link_of_a_chain_of_bombings_keeps_its_own_wounded_only():
    assert _claims("وأصيب 11 شخصا في الهجوم على السوق، وهو الأحدث في سلسلة من التفجيرات التي "
                   "قتل خلالها أكثر من 600 شخص في شمال البلاد.") == [("injured", 11)]


def test_a_series_named_a_few_words_after_the_latest_is_the_series():
    assert ("killed", 300) not in _claims(
        "انفجرت سيارتان مفخختان في سوق مدينة دامبوا أمس، ويعد التفجيران أحدث حلقة في سلسلة "
        "الهجمات التي أودت بحياة 300 شخص الشهر الحالي.")


def test_a_series_of_raids_told_as_the_days_deed_keeps_its_toll():
    """Guard: no "latest" — the strikes are the day's news."""
    assert _claims("وشن الطيران الحربي سلسلة غارات على مدينة دوما أسفرت عن مقتل 20 مدنيا.") == [
        ("killed", 20)]
