"""Roles: a word of cause that is itself the event word names after it what caused the harm —
"وأن المتمردين يتعرضون لعملية استنزاف جراء صمود المقاومة": the resistance dealt it.

"جراء" is a weak event word of its own (triggers.yaml); when nothing stronger stands in its
clause, the candidate was read as a result noun, and every side named after it as a victim:
the resistance was hit by the attrition it caused, the militias by the abuses they committed
(`role_agents.caused_by`, roles.yaml ``cause_words``). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 31)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_resistance_whose_steadfastness_wears_the_rebels_down_acts():
    events = ev("وأوضح أن المتمردين الحوثيين يتعرضون لعملية استنزاف مستمرة جراء صمود المقاومة "
                "الشعبية في جبهة كرش بمحافظة لحج.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
    assert roles_of(events, "Yemeni government forces") == {"actor1"}


def test_militias_whose_abuses_the_city_suffers_act_with_their_allies():
    events = ev("وتفاقمت معاناة السكان في مدينة تعز جراء الممارسات التي ترتكبها ميليشيات الحوثي "
                "وقوات المخلوع صالح بحق المدنيين.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert "actor2" not in roles_of(events, "Saleh loyalist forces")


def test_a_shelling_named_after_the_cause_word_keeps_its_author():
    """A guard (passes on 3dede7f too): a strong event word after "جراء" is read as before."""
    events = ev("قتل خمسة مدنيين جراء قصف شنته ميليشيات الحوثي على حي سكني في تعز.")
    assert roles_of(events, "Houthis") == {"actor1"}
