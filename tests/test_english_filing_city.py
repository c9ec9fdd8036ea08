"""The city right after an article's dateline date ("Last updated at Feb 022015 Beirut Syrian
government air strikes …", the day and year glued by the page) is where the report was filed,
not where the strikes hit (`place_uses._after_dateline`)."""
from __future__ import annotations

from events.extract.pipeline import extract


def places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=None, language="en")]


def test_the_city_after_a_glued_dateline_is_no_place():
    got = places("Jets pound rebel towns | Daily Wire\n\nLast updated at Mar 142016 Beirut "
                 "Government jets killed at least 21 people in rebel-held towns on Monday, a "
                 "monitor said.")
    assert "Beirut" not in got


def test_the_city_after_a_dateline_is_no_place():
    got = places("Jets pound rebel towns\n\nPublished March 14 2016 Amman Government jets "
                 "killed at least 21 people in rebel-held towns on Monday, a monitor said.")
    assert "Amman" not in got


def test_a_town_named_in_the_lead_is_still_the_place():  # twin: as before
    got = places("Jets pound Douma\n\nPublished March 14 2016 Government jets killed at least "
                 "21 people in Douma on Monday, a monitor said.")
    assert got == ["Douma"]
