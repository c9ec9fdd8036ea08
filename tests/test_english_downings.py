"""An aircraft shot down is a battle between who fired and whose aircraft it was: "rebels shot
down a regime helicopter near Hama", "a Turkish drone was brought down over Afrin". The
downing word tells an event only with an aircraft near it (en/triggers.yaml ``downings``), not
"a downed pilot" or "bringing down rubble", and not when the downing is in doubt ("unclear
whether the jet was shot down"); the side named with the aircraft owned it and was hit
(`role_owners.downed_owner`); rockets shot down stay an attack prevented."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def events(text: str) -> list[tuple[str, str, dict[str, str]]]:
    return [(e.event_type, e.modality, {a.name: a.role for a in e.actors})
            for e in extract(text, published=DAY, language="en")]


def test_rebels_shooting_down_a_regime_helicopter_fight_the_air_force():
    got = events("Islamist rebels shot down a Syrian army helicopter near Morek on Monday.")
    assert [(k, m) for k, m, _ in got] == [("clash", "actual")]
    assert got[0][2].get("Rebels (unspecified)", got[0][2].get("Militants (unspecified)")) == "actor1"


def test_the_owner_of_a_helicopter_shot_down_in_the_passive_was_hit():
    got = events("A Russian helicopter was brought down over Tall Rifaat on Sunday, killing its "
                 "two crew.")
    assert [k for k, _, _ in got] == ["clash"]
    assert "actor1" not in got[0][2].values()
    assert set(got[0][2].values()) == {"actor2"}


def test_a_drone_downed_by_the_army_is_a_battle_with_its_owner():
    got = events("The army downed an Islamic State drone east of Palmyra on Monday.")
    assert [k for k, _, _ in got] == ["clash"]
    assert got[0][2].get("Islamic State") == "actor2"


def test_a_downing_with_an_attack_before_it_leaves_the_attack_actual():
    got = events("Militants attacked the airbase at Kuweires and shot down a warplane on Monday.")
    assert {m for _, m, _ in got} == {"actual"}


def test_a_downed_pilot_is_no_downing():  # twin: as before
    assert events("A downed pilot was handed to the Red Crescent in Latakia on Monday.") == []


def test_rubble_brought_down_is_no_downing():  # twin: as before
    assert events("The quake brought down rubble on two houses in Latakia on Monday.") == []


def test_a_downing_in_doubt_is_no_battle():  # twin: as before
    got = events("A warplane crashed near Ariha on Monday and it was not clear whether the jet "
                 "was shot down.")
    assert "clash" not in [k for k, _, _ in got]


def test_rockets_shot_down_stay_prevented():  # twin: as before
    got = events("Air defences shot down two rockets fired at the Hmeimim base on Monday.")
    assert all(m == "prevented" for _, m, _ in got)
