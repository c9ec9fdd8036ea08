"""Roles: the side named with ل after a verb of laying a trap is whom the ambush awaited —
"نصبت وحدات الحرس كمينا لمجموعة إرهابية" — not who laid it.

After an event noun the ل names who carried it out ("هجمات لجماعة X"), and "نصبته" is a cue
of the relative clause that names the ambush's author ("كمين نصبته المقاومة"); with ل on the
side after it, the trap was laid for that side (roles.yaml ``laid_for``,
`role_cues.laid_for`). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 10)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_guard_laid_an_ambush_for_a_group():
    events = ev("وقالت الوزارة إن وحدات الحرس الوطني نصبت كمينا لمجموعة إرهابية بجبل "
                "الشعانبي بمحافظة القصرين.")
    assert events
    assert roles_of(events, "Unidentified armed group") == {"actor2"}


def test_an_ambush_that_the_forces_laid_for_a_group():
    events = ev("وقالت الوزارة إن قوات الأمن قتلت مسلحين اثنين في كمين نصبته لمجموعة إرهابية بجبل سمامة.")
    assert events
    assert "actor1" not in roles_of(events, "Unidentified armed group")


def test_an_ambush_the_group_laid_for_an_army_patrol():
    """A guard (passes on 2ccd318 too): the side after "نصبته" with no ل laid it."""
    events = ev("وقتل جنديان في كمين نصبته حركة الشباب لدورية للجيش قرب مقديشو.")
    assert roles_of(events, "Al-Shabaab") == {"actor1"}


def test_an_ambush_laid_by_gunmen_of_a_movement():
    """A guard (passes on 2ccd318 too): with no ل the side after "نصبه" laid the trap."""
    events = ev("وقتل جنديان في كمين نصبه مسلحون من حركة الشباب قرب مقديشو.")
    assert roles_of(events, "Al-Shabaab") == {"actor1"}
