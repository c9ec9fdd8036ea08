"""A strike on a convoy en route is dated by the convoy's move too: two datings, one interval."""
from datetime import date

from events.extract.pipeline import extract

PUBLISHED = date(2019, 3, 15)


def strikes_and_moves(text: str):
    found = extract(text, published=PUBLISHED)
    return ([e for e in found if e.event_type == "airstrike"],
            [e for e in found if e.event_type == "movement"])


def test_a_strike_told_on_two_dates_covers_both_and_keeps_both_phrases():
    text = ("دمر الطيران الروسي قافلة لتنظيم داعش أثناء تنقلها من دير الزور إلى الميادين أمس. "
            "وقالت وزارة الدفاع الروسية إن عناصر داعش غادروا دير الزور باتجاه الميادين "
            "ليلة 12 – 13 مارس الجاري.")
    [strike], moves = strikes_and_moves(text)
    assert moves, "the move itself is an event"
    assert (strike.date_start, strike.date_end) == ("2019-03-12", "2019-03-14")
    assert strike.date_prec == 2 and strike.time_precision == 2
    assert len(strike.date_text) == 2


def test_a_move_weeks_apart_does_not_redate_the_strike():
    text = ("دمر الطيران الروسي قافلة لتنظيم داعش أثناء تنقلها من دير الزور إلى الميادين أمس. "
            "وكان عناصر داعش قد غادروا دير الزور باتجاه الميادين يوم 20 فبراير الماضي.")
    [strike], _ = strikes_and_moves(text)
    assert (strike.date_start, strike.date_end) == ("2019-03-14", "2019-03-14")
