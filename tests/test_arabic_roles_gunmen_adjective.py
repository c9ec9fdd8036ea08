"""Actor roles (issue 8) of gunmen named by their group's adjective and of a speaker that
repelled a blow: "مسلحون حوثيون", "المسلحين الحوثيين" are the Houthis' men — no phantom
unidentified group beside them (an object after the gunmen, "هاجم مسلحون الحوثيين", ends
otherwise and stays a side of its own); "أعلنت قوات البيشمركة صد هجوم شنه داعش": the speaker
fought the attack it repelled — the side hit, not a bystander who only speaks. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_gunmen_named_by_their_group_s_adjective_are_its_men():
    events = ev("وأصيب ثلاثة جنود أمس في كمين نصبه مسلحون حوثيون قرب مدينة لودر بمحافظة أبين.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert roles_of(events, "Unidentified armed group") == set()


def test_an_attack_by_such_gunmen_is_theirs_in_the_oblique_too():
    events = ev("وصدت المقاومة الشعبية أمس هجوما للمسلحين الحوثيين على مواقعها في جبهة الوازعية.")
    assert events
    assert roles_of(events, "Unidentified armed group") == set()
    assert "Houthis" in {a.name for e in events for a in e.actors}


def test_gunmen_before_their_object_stay_a_side_of_their_own():
    # (a guard, right on main too: "الحوثيين" is what the gunmen attacked)
    events = ev("وهاجم مسلحون مجهولون أمس نقطة للحوثيين في مديرية الرضمة بمحافظة إب.")
    assert events
    assert roles_of(events, "Unidentified armed group") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}


def test_the_speaker_that_repelled_an_attack_fought_it():
    events = ev("وأعلنت قوات البيشمركة صد هجوم شنه تنظيم داعش فجر أمس على مواقعها في قرية قرب سنجار.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}
    assert roles_of(events, "Peshmerga") == {"actor2"}
