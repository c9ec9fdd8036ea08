"""Actor roles (issue 8) of a side named by a count of its men: "مقتل 40 حوثيا", "قتل 13 مسلحا
حوثيا" name the Houthis without ال (actors.yaml) — the side whose men died; and a side counted
right before a result word ("أكثر من 200 حوثيا لقوا مصرعهم", "إن 14 جنديا أفغانيا قتلوا") is
who died, never the author of the blow. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_houthis_counted_after_a_result_noun_were_hit():
    events = ev("وأسفرت المواجهات في جبهة صبر عن مقتل 40 مسلحا حوثيا وإصابة آخرين في محافظة تعز.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_houthis_counted_before_a_result_verb_died():
    events = ev("وقالت مصادر في المقاومة الشعبية إن أكثر من 150 حوثيا لقوا مصرعهم أمس في جبهة "
                "العلم شرق مدينة عدن.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
    assert roles_of(events, "Yemeni government forces") == {"actor1"}


def test_soldiers_counted_before_their_verb_died_under_a_named_striker():
    """Guard: the striker named by its relative clause keeps its part."""
    events = ev("قال مسؤولون أفغان إن 9 جنود أفغان قتلوا في غارة نفذتها مروحيات أمريكية على "
                "نقطة تفتيش في ولاية لوغار أمس.")
    assert events
    assert roles_of(events, "Afghan security forces") == {"actor2"}
