"""Month names that are also ordinary words (مارس "he practised", آب "father", ماي, أوت) are
months after a word of time that no verb follows — "في مارس", "منذ مارس", "أواخر آب" — and
stay words elsewhere."""
from datetime import date

from events.extract.pipeline import annotate

DAY = date(2015, 8, 10)


def _months(text: str) -> list[tuple[date | None, date | None]]:
    return [(d.date_start, d.date_end) for d in annotate(text, published=DAY).dates]


def test_in_march_is_a_month():
    assert _months("وسقطت القذائف على المدينة في مارس وقتلت عشرة أشخاص.") == [
        (date(2015, 3, 1), date(2015, 3, 31))]


def test_since_march_is_a_month():
    assert _months("ونزح آلاف السكان منذ مارس بسبب المعارك.") == [
        (date(2015, 3, 1), date(2015, 3, 31))]


def test_late_may_in_the_maghreb_spelling_is_part_of_a_month():
    assert _months("وتعرضت الدورية لكمين أواخر ماي في ولاية القصرين.") == [
        (date(2015, 5, 21), date(2015, 5, 31))]


def test_the_verb_that_spells_march_is_no_month():
    """Guard: "مارس التنظيم ضغوطا" — he practised."""
    assert _months("مارس التنظيم ضغوطا كبيرة على السكان.") == []


def test_father_after_with_is_no_month():
    """Guard: "مع آب" is no word of time; the ambiguous name stays a word."""
    assert _months("وتحدث المراسل مع آب الضحية في المستشفى.") == []


def test_in_ibb_is_the_yemeni_city_not_august():
    """Guard: normalised, "إب" is spelled as "آب"; "في إب" names the city."""
    assert _months("وتدور اشتباكات عنيفة في إب بين الطرفين.") == []
