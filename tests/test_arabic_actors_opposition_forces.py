"""Actors (issue 8): "قوات المعارضة" in Syria's news are the armed opposition.

"استهدفت قوات المعارضة بالمدفعية مواقع النظام في ريف حماة": "مقاتلو المعارضة" and "فصائل
المعارضة" were names of the Free Syrian Army, "قوات المعارضة" none — the shelling had no
actor, or a side named later in the clause took the blow's part. In Syria's news "قوات
المعارضة", "القوات المعارضة", "عناصر المعارضة" and "مسلحو المعارضة" are now the armed
opposition (actors.yaml contextual); elsewhere an opposition may be a party, or a wire's word
for the Houthis, and names no force.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
FSA = "Free Syrian Army"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_opposition_forces_shell_a_village_in_hama():
    events = ev("واستهدفت قوات المعارضة بالمدفعية الثقيلة مواقع قوات النظام في بلدة مورك بريف حماة.")
    assert events
    assert roles_of(events, FSA) == {"actor1"}
    assert roles_of(events, "Syrian Arab Army") == {"actor2"}


def test_clashes_between_the_regime_and_the_opposition_forces():
    events = ev("ودارت اشتباكات عنيفة بين قوات النظام والقوات المعارضة في حي جوبر بدمشق أمس.")
    assert events
    assert roles_of(events, FSA)


def test_opposition_gunmen_killed_in_daraa():
    events = ev("وقتل خمسة من عناصر المعارضة في قصف لقوات النظام على بلدة بصر الحرير بريف درعا.")
    assert events
    assert roles_of(events, FSA) == {"actor2"}


def test_an_opposition_elsewhere_is_no_syrian_force():
    """A guard (passes on a6c6de3 too): in Yemen's news the words name no Syrian rebels."""
    events = ev("وقصفت قوات المعارضة مواقع في مدينة تعز اليمنية أمس.")
    assert not roles_of(events, FSA)
