"""The men counted before a result verb and its agent ("100 militants killed by the army", "50
IS terrorists killed in Syrian army operations") are the army's foes, not its soldiers: the
state word looked for right after the counted noun ("members of the security forces") is no
longer sought past a loss verb, nor past a stop ("… kill 35 militants. Syrian forces said …":
the next sentence's army), in English (quantities.yaml ``who_stops_at_actions``,
`quantities._who`). They were counted as soldiers killed."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 7, 19)


def _who(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.category, c.who, c.low) for e in extract(text, published=PUB, language="en")
            for c in e.claims]


def test_militants_killed_by_the_army_are_fighters():
    assert _who("100 militants killed by the army in Aleppo") == [("killed", "fighters", 100)]


def test_terrorists_killed_in_army_operations_are_fighters():
    assert _who("50 IS terrorists killed in Syrian army operations near Palmyra") == [
        ("killed", "fighters", 50)]


def test_army_opening_the_next_sentence_makes_no_soldiers():
    assert _who("Troops kill 35 militants. Syrian forces said the militants had tried to "
                "infiltrate Jobar in Eastern Ghouta.") == [("killed", "fighters", 35)]


def test_members_of_the_army_are_soldiers():
    """Guard: the state force named right after the counted noun (passes on the base)."""
    assert _who("More than 40 members of the pro-regime forces were killed in the attack.") == [
        ("killed", "soldiers", 40)]
