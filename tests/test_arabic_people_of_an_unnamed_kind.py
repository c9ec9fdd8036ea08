"""Claims (issue 8): "مقتل 12 من أبناء القبيلة" counts twelve people of a kind the lexicon
does not name.

A casualty action right before a number, then من and people ("من سكان القرية", "من الموالين
للحكومة", "من طاقمها"), is a claim of people of unknown kind, as "مقتل 12 شخصا" is — before,
only the kinds quantities.yaml lists were counted after من, and the rest of such tolls was lost.
A share of a whole ("3 من أصل 20"), a cause ("من جراء"), a time, or a word pointing back at
people counted before ("من تلك العناصر", "من الذين") after من counts nobody of its own
(quantities.yaml ``unnamed_after_link_stops``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 8, 9)


def tolls(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.category, c.best, c.who) for e in extract(text, published=PUB, language="ar")
            for c in e.claims]


def test_sons_of_a_tribe_killed_are_counted():
    assert tolls("وقصفت طائرات التحالف مدينة صعدة أمس ما أسفر عن مقتل 12 من أبناء القبيلة.") == [
        ("killed", 12, "unknown")]


def test_residents_wounded_are_counted():
    assert tolls("وسقطت قذائف على مدينة تعز أمس أدت إلى إصابة 7 من سكان الحي الشرقي.") == [
        ("injured", 7, "unknown")]


def test_more_than_fifteen_loyalists_is_a_lower_bound():
    claims = [(c.category, c.qualifier, c.low) for e in extract(
        "وانفجر لغم في مدينة عدن أمس أسفر عن مقتل أكثر من 15 من الموالين للحكومة.",
        published=PUB, language="ar") for c in e.claims]
    assert claims == [("killed", "more_than", 15)]


def test_crew_of_a_ship_taken_are_counted():
    assert tolls("وهاجم مسلحون سفينة قبالة سواحل عدن أمس واختطاف 9 من طاقمها.") == [
        ("captured", 9, "unknown")]


def test_a_share_of_a_whole_is_no_count_of_its_own():
    """guard: passes on the base"""
    assert ("killed", 3, "unknown") not in tolls(
        "وقصفت طائرات التحالف مدينة صعدة أمس ما أسفر عن مقتل 3 من أصل 20 مسلحا.")


def test_people_pointed_back_at_are_not_counted_again():
    """guard: passes on the base"""
    assert tolls("وقصفت طائرات التحالف مدينة صعدة أمس ما أسفر عن مقتل 12 من أولئك.") == []


def test_known_kinds_keep_their_kind():
    """guard: passes on the base"""
    assert tolls("وقصفت طائرات التحالف مدينة صعدة أمس ما أسفر عن مقتل 12 من عناصر الميليشيات.") == [
        ("killed", 12, "fighters")]
