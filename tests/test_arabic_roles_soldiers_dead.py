"""Actor roles (issue 8) of a soldier named right after a result verb: "قتل جندي تركي",
"أصيب شرطيان مصريان" — the press writes the verb passive, so the soldier word opening the name
is who died or was hurt, and his force the side hit, never the author; a soldier whose object
follows his name ("قتل شرطي شابا") killed. So is the force whose men a toll counts before its
"من" ("أصيب جندي من قوات X"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_soldier_killed_in_a_mine_blast_was_hit():
    events = ev("وقتل جندي تركي وأصيب اثنان آخران إثر انفجار لغم بعربة عسكرية في ولاية هكاري.")
    assert events
    assert roles_of(events, "Turkish Armed Forces") == {"actor2"}


def test_a_soldier_killed_by_mortar_fire_was_hit():
    events = ev("قتل جندي عراقي وأصيب ثلاثة آخرون بقصف بقذائف الهاون على ثكنة قرب الفلوجة.")
    assert events
    assert "actor1" not in roles_of(events, "Iraqi security forces")


def test_soldiers_killed_in_a_blast_were_hit():
    """A guard: a soldier right before "في" and the blow (passes on main too)."""
    events = ev("قتل جنديان تركيان في انفجار عبوة ناسفة على طريق في ولاية شرناق.")
    assert events
    assert roles_of(events, "Turkish Armed Forces") == {"actor2"}


def test_a_soldier_of_a_force_hurt_in_a_blast_names_the_force_hit():
    """"أصيب جندي من قوات X": the toll's men are X's, whatever word tells the toll."""
    events = ev("وأصيب جندي من قوات الطوارئ الخاصة بجروح طفيفة في انفجار عبوة ناسفة قرب مدينة "
                "نجران أمس.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}
