"""A killing within a family is a crime, no act of armed conflict (ACLED and UCDP leave domestic
violence out). A local news item, "مواطن يقتل ابنه ويصيب زوجته", became an attack with a dead
civilian on the conflict map. A word of killing right before the killer's own kin ("ابنه",
"زوجها", "على زوجته"; the killer may be told between: "قتل مواطن في الأربعين من عمره ابنه";
triggers.yaml ``domestic_victims``) marks the sentence as an accident, its toll and retellings
with it (`events.extract.domestic`) — not when a side is its subject or an armed group is
named, nor when a raid or a battle killed them, nor in a toll ("بينهم امرأة وأطفالها")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


def _events(text: str) -> list[tuple[str, list[int | None]]]:
    return [(e.event_type, [c.low for c in e.claims if c.category == "killed"])
            for e in extract(text, published=DAY, language="ar")]


@pytest.mark.parametrize("text", [
    "مواطن يقتل ابنه ويصيب زوجته في تبوك\n"
    "قتل مواطن في العقد الخامس من عمره ابنه البالغ من العمر 14 عاما بعد أن أطلق النار عليه، "
    "وأصاب زوجته بطلقة نقلت على إثرها إلى مستشفى الملك فهد. وأوضح الناطق باسم شرطة المنطقة "
    "أنه ورد بلاغ عن قيام مواطن بإطلاق النار على زوجته وابنه داخل منزلهم في أحد أحياء "
    "المدينة، مما أسفر عن وفاة الابن وإصابة الأم.",
    "شاب يقتل والده وشقيقته في القصيم\n"
    "أطلق شاب في العشرين من عمره النار على والده وشقيقته داخل منزلهم في مدينة بريدة مساء "
    "أمس، فقتلهما على الفور، وقبضت الشرطة عليه.",
])
def test_a_killing_in_the_family_is_no_conflict_event(text):
    assert _events(text) == []


def test_a_group_member_who_kills_his_kin_is_the_groups_deed():
    """Guard: an armed group named in the story."""
    got = _events("داعشي يقتل والدته في الرياض\n"
                  "قتل عنصر من تنظيم داعش والدته بطعنات أمس في حي الروضة بالرياض.")
    assert got != []


@pytest.mark.parametrize("text, kind", [
    # guard: the raid killed his family
    ("قصفت طائرات النظام منزل المواطن في بلدة سراقب أمس فقتلت زوجته وأطفاله.", "airstrike"),
    # guard: a toll with a mother and her children among the dead
    ("قتل ثلاثة أشخاص بينهم امرأة وأطفالها في حي الشيخ مقصود بحلب أمس.", "attack"),
])
def test_kin_killed_in_the_war_are_the_wars_dead(text, kind):
    """Guard: a family killed by a raid or counted in a toll is the war's dead."""
    assert [k for k, _ in _events(text)] == [kind]
