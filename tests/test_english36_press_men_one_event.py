"""The press's word for armed men of no side named ("terrorists", "jihadists": the generic
"Militants (unspecified)") in one mention and a named group in the same role in another are no
contradiction: "terrorists fired mortar shells at Bab Touma" and, later, "Jaish al-Islam
shelled Bab Touma" were two shellings of one day and place, because identity read the generic
side and the group as two sides. `mentions_agree.actors_agree` leaves the generic out where the
other mention names an armed group of a known side in its role (`actor_registry.press_men`:
en/actors.yaml ``group_men``, none in Arabic) — not for ground moved or taken."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday
GENERIC = "Militants (unspecified)"


def _events(text: str):
    return extract(text, published=DAY, language="en")


def test_generic_shelling_and_the_named_group_are_one():
    events = _events(
        "Two civilians killed in mortar attack on Damascus\n\n"
        "Two civilians were killed on Monday when terrorists fired mortar shells at the Bab Touma "
        "district of Damascus, a police source said.\n\n"
        "In Aleppo, army units repelled an attack by rebels on the Ramouseh area on Monday.\n\n"
        "Jaish al-Islam militants shelled Bab Touma from their positions in the eastern suburbs on "
        "Monday, state media said.")
    shellings = [e for e in events if e.event_type == "shelling"]
    assert len(shellings) == 1, [roles(e) for e in shellings]
    assert roles(shellings[0]) == {"Jaysh al-Islam": "actor1"}


def test_ground_entered_by_the_generic_men_stays_apart():
    """Guard: in ground moved or taken the mover tells one move from another — "IS fighters
    seized the silos" and "the terrorists entered the eastern districts on Monday" stay two
    events (passes on the base)."""
    events = _events(
        "IS fighters seized the grain silos in the south of the town of Tabqa, a monitor said.\n\n"
        "In Hama, the army shelled rebel positions on Monday.\n\n"
        "The terrorists entered the eastern districts of Tabqa on Monday, state media said.")
    moves = [e for e in events if e.event_type in ("movement", "territory_change")]
    assert len(moves) == 2, [(e.event_type, roles(e)) for e in moves]
    assert any(roles(e) == {GENERIC: "actor1"} for e in moves)
