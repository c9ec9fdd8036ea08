"""Roles: ل written apart before a quoted name marks what the side owns as hit, as the ل glued
to a name does — "الغارات … على القادة المحليين لـ«داعش»", "تدمير مخازن أسلحة لـ «حزب العمال»".

"دمرت 3 آليات لإرهابيي داعش": after a noun that is not the event word, the side after ل owns
what was hit. Drawn out with a tatweel before a quotation mark («), the ل stands as a word of
its own and was not read: the group became the only side, in the slot of who acts — the
leaders' raids, the stores' shelling were its own (`roles`, the targets: either ل, not right
after the event word, where it names who struck: "غارات لـ«التحالف»").
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 31)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_drone_raids_on_the_local_leaders_of_the_islamic_state():
    events = ev("وزادت واشنطن الغارات التي تشنها الطائرات بلا طيار على القادة المحليين لـ«داعش» في ولاية ننغرهار.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_shelling_destroyed_the_partys_arms_stores():
    events = ev("وأسفر القصف عن تدمير مخازن أسلحة لـ «حزب العمال الكردستاني» في جبال قنديل.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor2"}


def test_a_suicide_bombing_of_the_islamic_state():
    """A guard (passes on 236971f too): ل right after the event's noun names its author."""
    events = ev("وقتل 30 شخصا في تفجير انتحاري لـ«داعش» في بلدة سروج.")
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_raids_of_the_coalition():
    """A guard (passes on 236971f too): ل right after the event word names who struck."""
    events = ev("ونفذت غارات لـ«التحالف» على مواقع في مدينة الرقة.")
    assert roles_of(events, "US-led coalition") == {"actor1"}
