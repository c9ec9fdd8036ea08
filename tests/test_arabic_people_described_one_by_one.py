"""Claims (issue 8): "مقتل ضابط شرطة مصري ومجند" is two dead, the officer described.

People named one by one are counted one each and summed when of one kind ("مقتل طفل وامرأة" is
two civilians). Words that only describe the first — a nationality or kind (nisba: مصري، تركي،
حكومي) or a complement (شرطة، أمن) — stood between them and hid the second: now up to two of
them are passed over (quantities.yaml ``describer_endings``, ``describer_words``), and the sum
of one kind reads across them. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 8, 10)


def tolls(text: str) -> list[tuple[str, int | None, str]]:
    return sorted((c.category, c.best, c.who) for e in extract(text, published=PUB, language="ar")
                  for c in e.claims)


def test_a_police_officer_described_and_a_conscript_are_two_soldiers():
    assert tolls("وقتل ضابط شرطة يمني ومجند في هجوم على نقطة تفتيش في مدينة عدن أمس.") == [
        ("killed", 2, "soldiers")]


def test_a_policeman_of_a_nation_and_a_civilian_are_one_each():
    assert tolls("وقتل شرطي تركي ومدني في هجوم بمدينة ديار بكر أمس.") == [
        ("killed", 1, "civilians"), ("killed", 1, "soldiers")]


def test_two_soldiers_of_two_nations_are_summed():
    assert tolls("واستشهد جندي سعودي وجندي إماراتي في قصف على مدينة مأرب أمس.") == [
        ("killed", 2, "soldiers")]


def test_a_place_between_ends_the_list():
    """guard: passes on the base"""
    assert tolls("وقتل جندي في مدينة عدن ومدني في لحج أمس بقصف الميليشيات.") == [
        ("killed", 1, "soldiers")]


def test_a_child_and_a_woman_stay_two():
    """guard: passes on the base"""
    assert tolls("وأسفر القصف على مدينة تعز أمس عن مقتل طفل وامرأة.") == [("killed", 2, "civilians")]
