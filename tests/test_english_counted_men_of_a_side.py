"""A side named after its counted men is who died: "an air strike killed at least 15 members
of Ahrar al-Sham" tells that Ahrar al-Sham was hit, as "killed 15 Ahrar al-Sham fighters"
does (the count, a member word, "of" or "from" and perhaps "the" before the name:
en/roles.yaml ``member_links`` with ``passive_members``). Men who act before their verb still
act ("Fighters from Jaish al-Islam attacked …")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2017, 10, 2)


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_counted_members_of_a_group_died():
    assert _roles("An air strike killed at least 15 members of Ahrar al-Sham in the town of "
                  "Binnish on Monday.") == [{"Ahrar al-Sham": "actor2"}]


def test_counted_members_of_the_named_militia_died():
    assert _roles("A drone strike on Monday killed at least eight members of the Hezbollah "
                  "militia near Palmyra.") == [{"Hezbollah": "actor2"}]


def test_fighters_from_a_group_who_attack_act():  # guard
    assert _roles("Fighters from Jaish al-Islam attacked army positions in Douma on Monday, "
                  "killing 12 soldiers.") == [
        {"Jaysh al-Islam": "actor1", "Syrian Arab Army": "actor2"}]
