"""After a territory change, the side named right after "from" lost the ground ("seized the
town from rebels", "was recaptured from the jihadists"), even when no taker is named; then a
verb opening its own clause ("Turkish troops then seized X from IS") keeps the subject told
before it (en/roles.yaml ``taken_from``). "Seized by fighters from IS" names the taker's side, and
"with support from Russian air strikes" the taker's ally (a cue of support, triggers.yaml
``support_cues``, ends at the "from"): no side that lost, and no strike of its own."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def parties(text: str) -> list[dict[str, str]]:
    out = []
    for e in extract(text, published=DAY, language="en"):
        roles: dict[str, str] = {}
        for a in e.actors:
            roles.setdefault(a.role, a.name)
        out.append(roles)
    return out


def test_the_side_ground_was_taken_from_lost_it():
    assert parties("The town of Morek was recaptured from rebels on Monday.") == [
        {"actor2": "Rebels (unspecified)"}]


def test_a_subject_before_then_keeps_the_ground_it_took():
    got = parties("Turkish troops then seized the town of Jarablus from Islamic State militants "
                  "on Monday.")
    assert got == [{"actor1": "Turkish Armed Forces", "actor2": "Islamic State"}]


def test_fighters_from_a_group_are_that_group_taking_ground():  # twin
    got = parties("The air base was seized by fighters from the Islamic State on Sunday.")
    assert got[0].get("actor1") == "Islamic State"


def test_a_named_taker_still_takes():  # twin
    got = parties("Kurdish fighters recaptured the village of Tell Tamer from IS on Monday.")
    assert got == [{"actor1": "Kurdish forces", "actor2": "Islamic State"}]


def test_support_from_a_side_names_the_takers_ally_not_the_loser():
    got = extract("Loyalist troops retook the village of Khanasser on Monday with support from "
                  "Russian air strikes.", published=DAY, language="en")
    assert [e.event_type for e in got] == ["territory_change"]
    assert "actor2" not in {a.role for a in got[0].actors}


def test_ground_taken_from_one_side_with_air_support_from_another():  # twin
    got = parties("Kurdish fighters recaptured the village of Tal Abyad from Islamic State on "
                  "Monday with air support from US jets.")
    assert got[0].get("actor2") == "Islamic State"
