"""Groups named "the Army of ...": "the Army of Conquest shelled the village" made the Syrian army
the shelling side and "areas held by the Army of Islam" the army's: the war-dependent name "the
army" was matched first and its match took the group's own name's first word. A war-dependent
name opening with an article (en/actors.yaml ``name_articles``) gives way to a group's own name
starting right after the article and running past it (`actors._yields_to_name`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, group", [
    ("The Army of Conquest shelled the village of Fuaa on Monday, wounding three people.",
     "Jaysh al-Fateh"),
    ("On Monday the Army of Islam fired rockets at the Damascus district of Abbasiyin, killing "
     "two women.", "Jaysh al-Islam"),
])
def test_the_group_is_named_not_the_army(text, group):
    sides = _sides(text)
    assert any(s.get(group) == "actor1" for s in sides), sides
    assert all("Syrian Arab Army" not in s and "Government forces" not in s for s in sides), sides


def test_the_army_alone_is_still_the_army():
    """Guard: "the army" alone stays the state's army (passes on the base)."""
    sides = _sides("The Syrian army shelled the village of Kafr Nabl on Monday. The army said "
                   "it hit rebel positions.")
    assert any(s.get("Syrian Arab Army") == "actor1" for s in sides), sides
