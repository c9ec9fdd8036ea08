"""Roles: after a word of cause ("نتيجة", "بسبب"), an event noun and its adjective, the side
carrying ل did the deed — "قتل طفلان نتيجة القصف العشوائي لداعش" is the State's shelling, not
a shelling of the State.

"في قصف عشوائي للحوثيين" and "جراء" were read so already (roles.yaml ``circumstance_links``):
the noun stands in the circumstance of the toll's verb, and its ل names its agent; the words
of cause were missing, so the verb of the toll before the noun made the ل-side its object.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

PUB = date(2015, 8, 6)


def ev(text: str):
    return extract(text, published=PUB, language="ar", article_id="t")


def test_as_a_result_of_a_groups_random_shelling():
    events = ev("وقتل طفلان نتيجة القصف العشوائي لداعش على أحياء مدينة الحسكة.")
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_because_of_the_rebels_heavy_shelling():
    events = ev("قتل مدني بسبب القصف الكثيف للانقلابيين على قرى مديرية دمت.")
    assert roles_of(events, "Houthis") == {"actor1"}


def test_the_houthis_glued_to_their_link():
    events = ev("وقتل ثلاثة من سكان الحي نتيجة القصف المكثف للحوثيين على منازلهم في مدينة الضالع.")
    assert roles_of(events, "Houthis") == {"actor1"}


def test_the_object_of_a_named_strikers_bombing_stays_hit():
    """A guard (passes on 299dc04 too): after the striker's own genitive the ل marks what was
    hit."""
    events = ev("وقتل خمسة مسلحين نتيجة قصف طيران التحالف لمواقع الحوثيين في صعدة.")
    assert roles_of(events, "Houthis") == {"actor2"}
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
