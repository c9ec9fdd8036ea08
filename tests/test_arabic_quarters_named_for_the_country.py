"""Cairo's quarters named after the country — "مصر الجديدة" (Heliopolis), "مصر القديمة" (Old
Cairo) — are places in Cairo: a bomb "بمصر الجديدة" went off in Heliopolis, not somewhere in
Egypt at the country's centre point."""
from datetime import date

from tests.extracting import places_on

DAY = date(2015, 8, 10)


_places = places_on(DAY, "ar")


def test_a_bomb_in_heliopolis_is_placed_in_heliopolis():
    assert _places("وأصيب شرطيان جراء انفجار عبوة ناسفة أمام محطة المترو بمصر الجديدة.") == [
        "Heliopolis (Cairo)"]


def test_a_bomb_in_old_cairo_is_placed_in_old_cairo():
    assert _places("وانفجرت قنبلة أمام قسم شرطة في حي مصر القديمة صباح اليوم.") == ["Old Cairo"]


def test_egypt_alone_is_still_the_country():
    """Guard: "في مصر" without the quarter's word stays Egypt."""
    assert _places("وانفجرت عبوة ناسفة أمام مركز للشرطة في مصر اليوم دون إصابات.") == ["Egypt"]
