"""Actor roles (issue 8) of the side expelled: the verb of expulsion (طرد، دحر، تطهير) read as
its noun takes its object right after it — after a word of circumstance with its proclitic
("وبعد طرد X"), or joined by و to the noun of another taking ("عقب تحرير المدينة وطرد X") —
so X lost the ground, never took it; and a side named in a later clause of the sentence is no
second side of a verb-first expulsion. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_after_expelling_with_its_proclitic_the_side_lost():
    events = ev("وبعد طرد الميليشيات الحوثية من مدينة الضالع بدأت الأسواق تفتح أبوابها.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_an_expulsion_joined_to_a_liberation_names_who_lost():
    events = ev("وعقب تحرير مدينة الضالع وطرد ميليشيات الحوثي تم افتتاح المستشفى من قبل قوات "
                "الجيش الوطني.")
    assert events
    assert "actor1" not in roles_of(events, "Houthis")


def test_the_side_after_a_verb_first_expulsion_still_lost():
    """A guard: "طردت X Y": the second side lost (passes on main too)."""
    events = ev("وطردت قوات المقاومة الشعبية مسلحي الحوثي من بلدة الوهط أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_expelling_after_a_preposition_names_who_lost():
    events = ev("وتمكنت الكتيبة من طرد الميليشيات الحوثية من معسكر لبوزة أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
