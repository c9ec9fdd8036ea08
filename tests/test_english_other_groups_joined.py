""""X and other armed groups" is one subject of two sides: "Al-Nusra and other armed groups
shelled the town of Nubl" made the groups the shelling's actor1 and al-Nusra the side hit, since
only "and" could join two sides. A word such as "other" may stand after the join
(en/roles.yaml ``join_fillers``), and a phrase of affiliation between the subject and its verb
("… affiliated to it shelled", ``subject_asides``): the first side named acts, the others
with it (`role_sides.joined`, `role_sides.joint_subject`)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 5, 10)


def _roles(text: str) -> list[tuple[str, str]]:
    ev = extract(text, published=DAY, language="en")[0]
    return [(a.name, a.role) for a in ev.actors]


@pytest.mark.parametrize("text, first, other", [
    ("Al-Nusra and other armed groups shelled the town of Nubl on Monday.",
     "Hayat Tahrir al-Sham", "Militants (unspecified)"),
    ("The Nusra Front and other armed groups affiliated to it shelled the town of Zahraa on "
     "Sunday.", "Hayat Tahrir al-Sham", "Militants (unspecified)"),
    ("IS and various armed groups allied to it shelled the village of Tal Tamr on Friday.",
     "Islamic State", "Militants (unspecified)"),
])
def test_the_joined_sides_act_together(text, first, other):
    roles = _roles(text)
    assert roles[0] == (first, "actor1") and (other, "actor2") not in roles, roles


def test_a_fight_between_them_keeps_two_sides():
    """Guard: "between the army and other armed groups": they fought each other."""
    roles = _roles("Clashes broke out between the army and other armed groups in Daraa on Monday.")
    assert ("Syrian Arab Army", "actor1") in roles and ("Militants (unspecified)", "actor2") in roles
