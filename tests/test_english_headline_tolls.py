"""A headline re-tells one body event: the first it fits by kind, day and place — unless that
one counts other dead than the title's counted figure while another body event is told with
that figure ("Car bomb kills 14 in Azaz" over a lead recalling a March bombing that killed
nine, then Monday's that killed 14): the toll names the event. A vague title figure
("dozens") names none (`identity._headline_event`, `headlines.other_toll`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 11, 15)  # a Tuesday


def told_with_title(text: str) -> list[tuple[str | None, list[int | None]]]:
    """(start day, killed figures) of each event whose evidence holds the title line."""
    title = text.split("\n", 1)[0]
    out = []
    for e in extract(text, published=DAY, language="en"):
        if any(title in (x.sentence or "") for x in e.evidence):
            out.append((e.date_start, [c.low for c in e.claims if c.category == "killed"]))
    return out


def test_the_title_toll_names_the_later_event():
    got = told_with_title(
        "Car bomb kills 14 in Azaz\n\nA car bomb that went off outside a bakery in Azaz in "
        "March killed nine people. On Monday another car bomb exploded near the main mosque of "
        "Azaz, killing 14 people, activists said.")
    assert got == [("2016-11-14", [14])]


def test_the_title_toll_names_the_later_strike():
    got = told_with_title(
        "Air strikes kill 23 in Douma\n\nWarplanes struck a school in Douma last month, "
        "killing six children. On Monday jets bombed the market of Douma, killing 23 people, "
        "the civil defence said.")
    assert got == [("2016-11-14", [23])]


def test_a_vague_title_joins_the_first_it_fits():  # twin: as before
    got = told_with_title(
        "Car bombs kill dozens in Azaz\n\nA car bomb that went off outside a bakery in Azaz on "
        "Monday killed nine people. Later another car bomb exploded near the main mosque of "
        "Azaz, killing 14 people, activists said.")
    assert len(got) == 1 and 9 in got[0][1]
