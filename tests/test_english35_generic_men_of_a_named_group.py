"""The press's word for armed men of no known side ("terrorists", "militants", "jihadists": the
generic "Militants (unspecified)") in the role where an armed group of a known side stands
names that group's men. "Turkish jets hit 30 Daesh targets …, killing 20 militants" had IS and
the generic militants both hit, "Syrian army kills 40 terrorists" over a lead naming ISIL the
same; and a generic actor1 pushed the named group it stood for to actor2. An event drops a
generic of en/actors.yaml ``group_men`` from every role when it shares one with such a group
(`build._set_actors`; ``group_men`` is empty in Arabic)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday
GENERIC = "Militants (unspecified)"


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, group", [
    ("Russian jets struck 25 Daesh targets near the town of Uqayribat on Monday, killing 30 "
     "militants.", "Islamic State"),
    ("Syrian army kills 60 terrorists in Hama\n\nArmy units killed 60 Nusra Front terrorists near "
     "the town of Kafr Nabouda on Monday, a military source said.", "Hayat Tahrir al-Sham"),
])
def test_the_generic_men_are_the_named_group(text, group):
    sides = _sides(text)
    assert any(s.get(group) == "actor2" for s in sides), sides
    assert not any(GENERIC in s for s in sides if group in s), sides


def test_a_generic_side_fought_stays():
    """Guard: "clashes between IS and militants" — the militants are IS's foe, in the other
    role: they stay (passes on the base)."""
    sides = _sides("Clashes between IS and militants killed 12 in the town of Mayadin on Monday.")
    assert any(s.get("Islamic State") and s.get(GENERIC) and s["Islamic State"] != s[GENERIC]
               for s in sides), sides
