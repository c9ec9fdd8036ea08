"""A frame of saying told after what it reports ends with its own day — "…، حسبما ذكرت
السلطات المحلية أمس", "…، كما أعلنت الشرطة اليوم" —: the day of the report, which bounds the
deed (UCDP: date_start unknown, date_end that day), not the day of the deed."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _dates(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date_start, e.date_end) for e in extract(text, published=DAY)]


def test_a_day_closing_a_frame_after_the_deed_is_the_reports():
    assert _dates("قتل خمسة جنود في هجوم شنه مسلحو طالبان على حاجز في ولاية قندهار، حسبما "
                  "ذكرت السلطات المحلية أمس.") == [(None, "2015-08-09")]


def test_a_frame_opened_by_kama_closes_with_the_reports_day():
    assert _dates("أصيب ثلاثة مدنيين بقصف شنته الميليشيات على حي سكني في مدينة تعز، كما أعلنت "
                  "مصادر طبية اليوم.") == [(None, "2015-08-10")]


def test_a_day_after_that_opens_what_was_said_dates_the_deed():
    """Guard: "أعلنت الشرطة اليوم أن … قتلوا أمس": yesterday is the deed's own day."""
    assert _dates("أعلنت الشرطة اليوم أن خمسة جنود قتلوا في هجوم شنه مسلحو طالبان أمس على حاجز "
                  "في ولاية قندهار.") == [("2015-08-09", "2015-08-09")]


def test_a_day_told_with_the_deed_before_the_frame_is_its_own():
    """Guard: the deed's own day before the frame stays its date."""
    assert _dates("قتل خمسة جنود أمس في هجوم شنه مسلحو طالبان على حاجز في ولاية قندهار، حسبما "
                  "ذكرت السلطات المحلية.") == [("2015-08-09", "2015-08-09")]


def test_a_deed_announced_after_a_comma_keeps_its_year():
    """Guard: "، وأعلن تشكيل حكومة في العام الماضي" announces a deed of its own, in its year."""
    assert _dates("وسيطر تحالف مسلح على مدينة مصراتة، وأعلن تشكيل حكومة خاصة به في العام "
                  "الماضي.") == [("2014-01-01", "2014-12-31")]
