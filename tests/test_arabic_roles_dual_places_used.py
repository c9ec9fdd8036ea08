"""Roles: a dual pronoun on a verb of using points back to the two places hit, however far
before it in the sentence — "جسرين … جراء استهدافهما بغارات، مشيرا إلى أن تنظيم داعش
يستخدمهما" — and the side that used them was where the blow fell.

The rule of places used (roles.yaml ``stationed.used``: "جسرين يستخدمهما التنظيم") read a place
only a few words before the verb; told after "مشيرا إلى أن أهميتهما تكمن في أن", the group
that used the bridges became the author of the raids on them. A dual pronoun ("هما",
``used_duals``) names the two places of ``used_places`` told before it in its sentence.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_two_bridges_the_group_uses_for_its_moves():
    events = ev("وقال المرصد إن جزءا كبيرا من جسرين في ريف دير الزور تهدم جراء استهدافهما بغارات جوية "
                "بعد منتصف الليل، مشيرا إلى أن أهميتهما تكمن في أن تنظيم داعش يستخدمهما في تحركاته "
                "بين سوريا والعراق.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_two_roads_the_gunmen_use_to_move_arms():
    events = ev("ودمرت الطائرات الحربية طريقين رئيسيين قرب الموصل أمس، مؤكدة أن مسلحي داعش "
                "يستخدمونهما لنقل الأسلحة.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_dual_pronoun_with_no_two_places_before_reads_nothing_new():
    """A guard (passes on b6a8ae5 too): positions are no two places; the Houthis were hit as the
    owners of the positions."""
    events = ev("وقصفت الطائرات الحربية مواقع للحوثيين في صعدة، مشيرة إلى أن الحوثيين يستخدمونهما "
                "في إطلاق الصواريخ.")
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
