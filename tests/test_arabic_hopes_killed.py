"""Event words (issue 8): hopes killed are no killing.

"قضى على" (put an end to) is a word of killing ("قضت القوات على عشرات المسلحين"); with hopes
after it ("وقضى على الآمال في استئناف المحادثات", "قضت على آمالهم في البقاء") it is a figure of
speech — no second blow whose victim is the side named before it (triggers.yaml
``figurative_objects``). A Kabul bombing had the Taliban hit through "وتلت الهجمات تغييرا في قيادة
طالبان وقضت على الآمال". Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_group_whose_leadership_changed_before_hopes_were_killed_is_not_hit():
    events = ev("وقتل سبعة أشخاص في تفجير انتحاري هز مدينة مقديشو أمس، وجاء الهجوم بعد أيام من تغيير في "
                "قيادة حركة الشباب وقضى على الآمال في استئناف المحادثات.")
    assert events
    assert "actor2" not in roles_of(events, "Al-Shabaab")


def test_hopes_of_a_side_killed_by_a_blast_do_not_make_it_its_victim():
    events = ev("وقتل أربعة أشخاص في انفجار سيارة مفخخة في مدينة بيشاور أمس، وجاء الانفجار بعد انشقاق في "
                "حركة طالبان وقضى على آمال الحكومة في الحوار.")
    assert events
    assert "actor2" not in roles_of(events, "Taliban")
