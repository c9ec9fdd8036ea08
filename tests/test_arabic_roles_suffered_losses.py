"""Roles: the side that suffered losses was hit — "أكد أن قوات الحوثي والمخلوع صالح تكبدت خسائر
كبيرة جراء العملية".

A verb of suffering ("تكبدت", "يتكبد", "تكبدوا": roles.yaml ``suffering``) is no event word;
its subject stood as the clause's only side, in the slot of who acts: the Houthis led an
attack in which they lost, the three sides that all lost men at a base one of them "acting".
Its subject — right before it or right after it, and the sides joined to it by و — is hit
(`role_struck.suffered`). The bare "تكبد" is left: also the present causative, "المقاومة تكبد
الميليشيات خسائر" (the resistance inflicts them).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_houthis_and_saleh_suffered_losses_in_the_operation():
    events = ev("مؤكدا أن قوات الحوثي والمخلوع صالح تكبدت خسائر كبيرة جدا جراء العملية في لحج.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
    assert roles_of(events, "Saleh loyalist forces") == {"actor2"}


def test_three_sides_all_suffered_at_a_base():
    events = ev("تكبدت قوات الجيش العراقي ومليشيا الحشد الشعبي وتنظيم داعش خسائر كبيرة في معارك قاعدة التقدم.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}
    assert roles_of(events, "Iraqi security forces") == {"actor2"}


def test_the_army_attacked_where_the_group_suffered():
    """A guard (passes on 236971f too): the attackers named before stay the actor."""
    events = ev("وقال القائد إن قوات الجيش هاجمت مواقع في مدينة الرمادي تكبدت فيها عناصر داعش خسائر فادحة.")
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_raids_after_which_the_rebels_suffered():
    """A guard (passes on 236971f too): the air force that struck is never the side hit."""
    events = ev("وشنت طائرات التحالف غارات على مواقع الحوثيين في صعدة تكبد خلالها المتمردون خسائر فادحة.")
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}
