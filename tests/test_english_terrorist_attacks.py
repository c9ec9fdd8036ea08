""""Terrorist attack" is the Syrian state press's word for any rebel fire, so it is generic
violence typed by its clause (en/triggers.yaml), not a bombing of its own: "terrorist attacks
with rocket shells on residential neighbourhoods" is one shelling that carries its dead, and a
headline's "terrorist attacks on Aleppo" is the same shelling the report then tells. What
such an attack "hit" is what it did, no strike of its own (``hitting_nouns``)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 8)  # a Tuesday


def _events(text: str) -> list[tuple[str, int | None]]:
    """Each event's type and the dead it counts."""
    return [(e.event_type, max((c.low or 0 for c in e.claims if c.category == "killed"),
                               default=None))
            for e in extract(text, published=DAY, language="en")]


def test_terrorist_attacks_with_shells_are_one_shelling():
    assert _events("Two civilians were killed and nine others were wounded on Tuesday in terrorist "
                   "attacks with mortar shells on residential quarters of Homs city.") == [
        ("shelling", 2)]


def test_a_terrorist_attack_with_rockets_is_one_shelling():
    assert _events("A woman was killed on Tuesday in a terrorist attack with a rocket shell that "
                   "hit the al-Midan neighbourhood of Damascus.") == [("shelling", 1)]


def test_a_headline_and_its_report_are_one_shelling():
    events = _events("Three civilians killed in terrorist attacks on Hama\n\nThree civilians were "
                     "killed and five were wounded on Tuesday in terrorist attacks with rocket "
                     "shells on residential neighbourhoods in Hama city, a police source said.")
    assert events == [("shelling", 3)]


def test_what_a_terrorist_attack_hit_is_no_strike():  # guard: as when it was a bombing
    assert [t for t, _ in _events("A terrorist attack hit near a bakery in the Zahra district of "
                                  "Homs on Tuesday, wounding four people.")] == ["attack"]


def test_a_bombing_stays_a_bombing():  # guard: a car bomb is its own attack
    assert [t for t, _ in _events("A terrorist car bombing killed six people near a market in "
                                  "Jableh on Tuesday.")] == ["attack"]
