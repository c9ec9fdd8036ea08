"""Actor roles (issue 8) of a side's own dead told by martyrdom: "جنود من حرس الحدود … استشهدوا
بعد تعرض مركزهم لقذائف", "استشهد جنديان من قوات التحالف إثر انفجار" — a martyrdom verb has no
object, so the side named as its subject (before it, or a few words after it) lost its men and
was hit, even when the clause also names the blow; a verb with its own conjunction ("واستشهد
آخر") opens a clause of its own. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 4)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_side_before_a_martyrdom_verb_was_hit_by_the_shells():
    events = ev("وكان جنديان من منسوبي حرس الحدود في مركز الخوبة بمنطقة جازان قد استشهدا مساء "
                "الأحد بعد تعرض المركز لقذائف هاون من داخل الأراضي اليمنية.")
    assert events
    assert roles_of(events, "Saudi armed forces") == {"actor2"}


def test_the_side_before_a_relative_martyrdom_verb_was_hit_in_the_attack():
    events = ev("وعبر الأمير عن تعازيه في وفاة عدد من منسوبي قوات الطوارئ الخاصة وعدد من العمال "
                "في الموقع الذين استشهدوا أمس في عملية إرهابية جبانة بمدينة الدمام.")
    assert events
    assert roles_of(events, "Gulf security services") == {"actor2"}


def test_the_side_after_a_martyrdom_verb_was_hit_even_an_air_force():
    events = ev("واستشهد أربعة جنود من قوات التحالف العربي، إثر انفجار عبوة ناسفة في مديرية "
                "البريقة بعدن أمس.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"actor2"}


def test_a_martyrdom_verb_with_its_conjunction_leaves_the_subject_before_it():
    # (a guard: the Houthis killed, right on main too)
    events = ev("وقصف الحوثيون موقعا عسكريا في حرض فاستشهد جندي وأصيب آخرون بجروح.")
    assert events
    assert "actor2" not in roles_of(events, "Houthis")


def test_the_side_fought_in_a_phrase_after_the_martyrs_is_not_hit_by_their_death():
    # "أثناء المواجهات مع X": X is whom the martyrs fought, named by that event word
    events = ev("وشيعت محافظة صبيا جثامين ثلاثة جنود الذين استشهدوا أثناء المواجهات مع "
                "الميليشيات الحوثية على الحدود في منطقة جازان.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
