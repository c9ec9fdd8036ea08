"""A state's "move" is its policy: "تحركت أنقرة ضد داعش بعد إعلان واشنطن", "رأت تحركا تركيا
أكثر حسما", "جاء تحرك تركيا بعد التفجير" tell a government acting, not a force on the move.
An army that moves ("تحرك الجيش التركي") still moves. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 26)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_a_capital_that_moved_against_a_group_moved_no_troops():
    assert types("وتحركت أنقرة ضد مسلحي داعش بعد ساعات من إعلان واشنطن.") == []


def test_a_states_more_decisive_move_is_no_movement():
    assert types("وقال المسؤول إن واشنطن رأت تحركا تركيا أكثر حسما ضد مسلحي داعش في "
                 "سوريا.") == []


def test_a_states_move_after_a_bombing_leaves_the_bombing_alone():
    assert types("وجاء تحرك تركيا ضد مسلحي داعش في سوريا بعد تفجير سروج.") == ["attack"]


def test_an_army_that_moved_moved():
    # guard: a force, not a state, is named
    assert "movement" in types("وتحرك الجيش التركي ضد مسلحي داعش في سوريا بعد تفجير سروج.")
