"""Actor roles (issue 8): a side's men named before the verb that fired the weapon.

"أطلقت قوات موالية للحوثيين قذائف الهاون" already made the Houthis the side that fired (the
body of fighters right before the weapon noun). Told subject first — "إن القوات الموالية
للحوثيين أطلقت قذائف هاون", "القوات الموالية للنظام في سوريا تطلق صواريخ" — the verb of
firing stands between the owner and the weapon, and the owner was read as the owner of
something hit. The body's owner fired (roles.yaml ``fire_verbs``, `role_owners._wields`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 30)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_forces_loyal_to_the_houthis_that_fired_mortars_make_the_houthis_fire():
    events = ev("وقال سكان إن القوات الموالية للحوثيين أطلقت أمس قذائف هاون على أحياء سكنية في مدينة تعز.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_forces_loyal_to_the_houthis_named_with_their_country_fired_too():
    events = ev("وذكرت منظمة حقوقية أن القوات الموالية للحوثيين في اليمن أطلقت صواريخ كاتيوشا على حي "
                "المنصورة بمدينة عدن أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}


def test_stores_of_a_side_from_which_rockets_were_fired_are_still_hit():
    """A guard (passes on main too): stores are no body of fighters — their owner was hit."""
    events = ev("ودمرت غارات التحالف أمس مخازن تابعة للحوثيين أطلقت منها صواريخ على مدينة جازان.")
    assert "actor1" not in roles_of(events, "Houthis")
