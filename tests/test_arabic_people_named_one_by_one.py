"""Claims (issue 8): people named one by one after an action are counted one by one.

"إصابة فتاة وطفلين" is three injured, "مقتل طفل وامرأة" two killed: a singular right after an
action counts one, a dual two ("قتل مدنيان": the nominative duals of -ي civilians, whose
-ين form is as often the plural; not "مسلحان", as often the two who fired), and a singular joined to them by و counts one more
(`quantities_nouns._joined_singulars`); joined figures of one kind make one claim of their
sum (`quantities_sums`). People of another kind keep a claim of their own ("إصابة جندي
ومدني": a soldier and a civilian), as the annotation guide keeps soldiers and civilians
apart. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 8, 1)


def tolls(text: str) -> list[tuple[str, str, int | None]]:
    return sorted((c.category, c.who, c.low) for e in extract(text, published=PUB, language="ar")
                  for c in e.claims)


def test_a_girl_and_two_children_are_three_injured():
    assert tolls("أسفر سقوط قذيفة على منزل في مدينة جازان عن إصابة فتاة وطفلين.") == [
        ("injured", "civilians", 3)]


def test_a_child_and_a_woman_are_two_killed():
    assert tolls("قتل طفل وامرأة بقصف مدفعي على حي سكني في مدينة تعز.") == [
        ("killed", "civilians", 2)]


def test_three_named_one_by_one_are_three():
    assert tolls("أدى القصف المدفعي على سوق مدينة حلب إلى مقتل امرأة وصبي ومسن.") == [
        ("killed", "civilians", 3)]


def test_a_soldier_and_a_civilian_keep_a_claim_each():
    assert tolls("أصيب جندي ومدني في انفجار عبوة ناسفة في بنغازي أمس.") == [
        ("injured", "civilians", 1), ("injured", "soldiers", 1)]


def test_an_officer_and_two_soldiers_are_three():
    """guard: passes on the base"""
    assert tolls("أسفر القصف عن مقتل ضابط وجنديين في مدينة الحسكة.") == [("killed", "soldiers", 3)]


def test_a_soldier_killed_and_another_wounded_stay_apart():
    """guard: passes on the base"""
    assert tolls("قتل جندي وأصيب آخر بجروح في هجوم مسلح على حاجز أمني في العريش أمس.") == [
        ("injured", "soldiers", 1), ("killed", "soldiers", 1)]


def test_two_civilians_named_by_their_dual_are_two():
    assert tolls("قتل مدنيان وأصيب 5 آخرون في قصف على حي سكني في مدينة تعز.") == [
        ("injured", "civilians", 5), ("killed", "civilians", 2)]


def test_two_gunmen_who_shot_are_no_toll():
    """guard: passes on the base"""
    assert ("injured", "fighters", 2) not in tolls(
        "قتل شرطي وأصيب ثلاثة آخرون عندما أطلق مسلحان مجهولان النار على سيارة للشرطة في القاهرة.")


def test_civilians_in_the_plural_are_no_count():
    """guard: passes on the base"""
    assert tolls("قتل مدنيين في قصف على حي سكني في مدينة تعز.") == []
