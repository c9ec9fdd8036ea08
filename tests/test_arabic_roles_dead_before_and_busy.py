"""Actor roles (issue 8) of sides named before the verb that tells their fate.

* "قال القائد إن العشرات من عناصر داعش قتلوا في عمليات تطهير المدينة": a side counted before a
  result verb whose "في/خلال" leads to the event word died in that event — the side hit, even
  in a taking of ground, where a side named before the verb of expulsion would be its taker
  (`role_victims.died_before`).
* "وأثناء قيام رجال الجيش بتمشيط المنطقة انفجرت عبوة": a side busy with a deed (a circumstance
  word with its و, the deed told after ب) when the blast went off was hit; the verb after the
  deed is the blow, not the side's own deed (`role_struck.busy_when_hit`).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 24)
IS = "Islamic State"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_fighters_killed_in_clearing_a_city_lost_it():
    events = ev("وقال قائد عسكري إن العشرات من عناصر داعش قتلوا في عمليات تطهير مدينة الرمادي.")
    assert events
    assert roles_of(events, IS) == {"actor2"}


def test_fighters_killed_during_the_liberation_of_a_town_lost_it():
    events = ev("وذكر مصدر محلي أن عشرين من مسلحي الحوثيين لقوا مصرعهم في عملية تطهير مدينة زنجبار "
                "أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}


def test_forces_that_killed_in_an_operation_acted():
    """A guard (passes on main too): the dead counted after the event word — the forces before
    the verb killed them."""
    events = ev("وكانت قوات الأمن قتلت في عملية أمنية ثلاثة مسلحين في مدينة العريش أمس.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor1"}


def test_soldiers_combing_an_area_when_a_bomb_went_off_were_hit():
    events = ev("وأثناء قيام رجال القوات المسلحة بتمشيط المنطقة في رفح أمس انفجرت عبوة ناسفة في مركبة "
                "عسكرية، مما أسفر عن استشهاد ضابط.")
    assert events
    assert roles_of(events, "Government forces") == {"actor2"}


def test_soldiers_on_patrol_when_gunmen_set_off_a_bomb_were_hit():
    events = ev("وأثناء قيام جنود الجيش بدورية قرب العريش أمس انفجرت عبوة ناسفة زرعها مسلحون.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor2"}
