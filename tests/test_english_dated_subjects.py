"""A subject right after its day ("Early on Friday rebels stormed…", "On Sunday IS fighters
seized…", copy that lost its commas): the "on" of the date is no target cue ("strikes on
rebels"), so the side named after it acts (`role_cues._dated`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def roles(text: str) -> list[dict[str, str]]:
    return [{a.name: a.role for a in e.actors} for e in extract(text, published=DAY, language="en")]


def test_a_side_right_after_its_weekday_acts():
    got = roles("Early on Friday rebels stormed an army checkpoint outside Morek.")
    assert got and got[0].get("Rebels (unspecified)") == "actor1"


def test_a_group_right_after_on_sunday_seized_the_villages():
    got = roles("On Sunday Islamic State fighters seized three villages near Deir Hafer from the "
                "Kurdish YPG.")
    assert got and got[0].get("Islamic State") == "actor1"


def test_regime_shelling_right_after_its_day_is_the_regimes():
    got = roles("On Monday regime shelling on the town of Kafr Batna killed two women.")
    assert got and "actor1" in {r for n, r in got[0].items() if n == "Syrian Arab Army"}


def test_strikes_on_rebels_after_the_day_still_hit_them():  # twin: as before
    got = roles("Government jets carried out raids on Friday on rebels in Kafr Batna.")
    assert got and got[0].get("Rebels (unspecified)") == "actor2"
