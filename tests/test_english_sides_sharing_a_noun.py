"""Two sides' words joined before one force noun name both sides. "Clashes between regime and
Kurdish forces" named the Kurds alone, "government and rebel forces" the rebels alone: the
matcher reads "Kurdish forces" and "rebel forces", and "regime" or "government" with no noun of
its own was nobody. A word before a joiner that names a side with the rest of the name after
the joiner ("regime forces", "government forces") is that side too (`actors._shared_head`);
coordinated nationalities ("Russian and Syrian forces") stay one joint force."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 3, 22)  # a Tuesday


def _sides(text: str) -> list[dict[str, str]]:
    return [roles(e) for e in extract(text, published=DAY, language="en")]


@pytest.mark.parametrize("text, first, second", [
    ("Fierce clashes broke out between regime and Kurdish forces in Qamishli on Sunday.",
     "Syrian Arab Army", "Kurdish forces"),
    ("Clashes between government and rebel forces went on in the town of Sheikh Miskeen in Syria "
     "on Monday.", "Syrian Arab Army", "Rebels (unspecified)"),
    ("IS fighters attacked regime and opposition forces near Busra al-Harir on Sunday.",
     "Syrian Arab Army", "Rebels (unspecified)"),
])
def test_both_sides_of_one_noun_are_named(text, first, second):
    sides = _sides(text)
    assert any(first in s and second in s for s in sides), sides


def test_coordinated_nationalities_stay_one_force():
    """Guard: "Russian and Syrian forces" is one joint force, as before (passes on the base)."""
    sides = _sides("Russian and Syrian forces attacked IS positions near Tadmur on Sunday.")
    assert any(s.get("Russian/Syrian forces") == "actor1" for s in sides), sides
