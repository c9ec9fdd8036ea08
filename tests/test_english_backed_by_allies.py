"""A force "backed by" another is who acts; the backer is its ally, not the agent of the
verb. "By X" names who acted after a passive ("killed by Russian warplanes"), but after a word
of support ("backed by", "supported by", "aided by") it names who helped: "regime forces backed
by Hezbollah fighters captured the town" — the regime's forces captured it, Hezbollah with
them (en/roles.yaml ``support_words``). A compound before a name ("Turkish-backed rebels",
"Coalition-backed Kurdish fighters") names the fighters themselves."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 1)  # a Tuesday


def _roles(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


def test_forces_backed_by_a_militia_act():
    assert _roles("Syrian forces backed by Hezbollah fighters captured the town of Madaya on "
                  "Monday.") == [{"Syrian Arab Army": "actor1", "Hezbollah": "associated"}]


def test_forces_backed_by_air_strikes_act():
    assert _roles("Kurdish fighters backed by US-led coalition air strikes captured the village "
                  "of Tal Samin on Monday.") == [
        {"Kurdish forces": "actor1", "US-led coalition": "associated"}]


def test_forces_supported_by_warplanes_act():
    assert _roles("Government forces supported by Russian warplanes repelled a rebel attack on "
                  "the town of Morek on Monday, killing 12 rebels.") == [
        {"Syrian Arab Army": "actor1", "Rebels (unspecified)": "actor2",
         "Russian Aerospace Forces": "associated"}]


def test_the_agent_of_a_passive_still_acts():  # guard
    assert _roles("Eight civilians were killed by Russian warplanes in the town of Douma on "
                  "Monday.") == [{"Russian Aerospace Forces": "actor1"}]


def test_a_backed_compound_names_the_fighters():  # guard
    assert _roles("Coalition-backed Kurdish fighters ousted Islamic State from the town of "
                  "Tal Samin on Monday.") == [
        {"Kurdish forces": "actor1", "Islamic State": "actor2", "US-led coalition": "associated"}]
