"""Roles (session 38): sides that only back a deed, or only name what others oppose —

* the author of a strike named after a word of support ("وبدعم من الغارات الجوية التي تقودها
  السعودية", "بمساندة ضربات جوية يشنها التحالف", "بدعم من غارات مكثفة من طيران التحالف") backs
  the deed the sentence tells: associated, neither its actor nor its target
  (`role_backers`, roles.yaml ``strike_authors``); it still leads its own strike;
* a subject carried into a verb with none of its own is not a side that only backed an earlier
  deed of the sentence, nor the previous sentence's subject when the sentence told whom an
  earlier event hit and no one acting (`role_subjects.previous_subject`);
* a led state's mention ends with its name ("التي تقودها السعودية تمكن": not the verb after);
* a side after a word of opposition and its ل ("القوات المناهضة للحوثيين") never acts: it is
  the target of the blow or the taking the forces opposing it carried out, no party when they
  are told dead, and no speaker of a frame (`role_opposed`, roles.yaml ``opposed_words``).

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

PUB = date(2015, 8, 6)
HOUTHIS = "Houthis"
YEMEN = "Yemeni government forces"
SAUDI_LED = "Saudi-led coalition"
US_LED = "US-led coalition"
IS = "Islamic State"


def ev(text: str):
    return extract(text, published=PUB, language="ar", article_id="t")


def of_type(events, kind: str):
    return [e for e in events if e.event_type == kind]


def test_the_led_strikes_back_the_expulsion():
    events = ev("وبدعم من الضربات الجوية التي تقودها السعودية تمكن المسلحون من طرد الحوثيين من "
                "مدينة زنجبار الأسبوع الماضي.")
    taken = of_type(events, "territory_change")
    assert taken and roles_of(taken, SAUDI_LED) == {"associated"}
    assert roles_of(taken, HOUTHIS) == {"actor2"}


def test_the_led_strikes_keep_their_author():
    """A guard (passes on 81a022b too): the strike's own author leads it."""
    events = ev("وبدعم من الضربات الجوية التي تقودها السعودية تمكن المسلحون من طرد الحوثيين من "
                "مدينة زنجبار الأسبوع الماضي.")
    assert roles_of(of_type(events, "airstrike"), SAUDI_LED) == {"actor1"}


def test_the_strikes_the_coalition_carries_out_back_the_fighters():
    events = ev("وقال مسؤولون محليون إن مسلحين انتزعوا السيطرة على مديرية الحوطة من الحوثيين "
                "بمساندة ضربات جوية يشنها التحالف العربي.")
    taken = of_type(events, "territory_change")
    assert taken and roles_of(taken, SAUDI_LED) == {"associated"}
    assert roles_of(taken, HOUTHIS) == {"actor2"}


def test_heavy_raids_of_the_coalition_aircraft_back_the_retaking():
    events = ev("وقال نائب المحافظ إن استعادة مصفاة بيجي تمت بدعم من غارات مكثفة من طيران "
                "التحالف الدولي.")
    taken = of_type(events, "territory_change")
    assert taken and roles_of(taken, US_LED) == {"associated"}


def test_the_fighters_move_on_not_the_backer():
    events = ev("وبدعم من الغارات الجوية التي تقودها السعودية تمكن المقاتلون من طرد الحوثيين من "
                "لحج واتجهوا شرقا نحو مدينة زنجبار.")
    assert "actor1" not in roles_of(of_type(events, "movement"), SAUDI_LED)


def test_a_backer_named_right_after_the_support_word_stays_an_ally():
    """A guard (passes on 81a022b too): "بدعم من غارات التحالف" — the ally cue reaches it."""
    events = ev("وتقدمت المقاومة الشعبية نحو مدينة زنجبار بدعم من غارات التحالف العربي.")
    moved = of_type(events, "movement")
    assert moved and roles_of(moved, YEMEN) == {"actor1"}
    assert roles_of(moved, SAUDI_LED) == {"associated"}


def test_the_led_state_mention_ends_with_its_name():
    events = ev("وقال سكان إن الغارات الجوية التي تقودها السعودية دمرت مخازن أسلحة للحوثيين "
                "في صعدة.")
    texts = {a.text for e in events for a in e.actors if a.name == SAUDI_LED}
    assert texts == {"السعودية"}


def test_the_dead_of_a_sentence_with_no_one_acting_keep_no_earlier_subject():
    events = ev("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة. وأفادت مصادر "
                "محلية بأن 12 من مسلحي الحوثي قتلوا في مواجهات في تعز، بينما قتل اثنان من "
                "أفراد المقاومة الشعبية.")
    dead = [e for e in events if any(a.name == YEMEN and a.role == "actor2" for a in e.actors)]
    assert dead and "actor1" not in roles_of(dead, SAUDI_LED)


def test_the_forces_opposing_the_houthis_took_the_town_from_them():
    events = ev("وسيطرت القوات المناهضة للحوثيين على مدينة الحوطة أمس الأربعاء.")
    taken = of_type(events, "territory_change")
    assert taken and roles_of(taken, HOUTHIS) == {"actor2"}


def test_fighters_opposed_to_the_houthis_seized_districts():
    events = ev("وقال سكان إن مقاتلين معارضين لجماعة الحوثي سيطروا على ثلاث مديريات في محافظة "
                "إب اليوم.")
    assert roles_of(of_type(events, "territory_change"), HOUTHIS) == {"actor2"}


def test_fighters_opposed_to_is_told_dead_leave_is_out():
    events = ev("وقتل أربعة من المقاتلين المناهضين لتنظيم داعش في هجوم انتحاري في الحسكة.")
    assert roles_of(events, IS) == set()


def test_a_commander_of_the_forces_opposing_the_houthis_is_no_houthi_claimant():
    events = ev("وقال قائد للقوات المناهضة للحوثيين لرويترز إن المقاومة الشعبية سيطرت على مدينة "
                "زنجبار.")
    assert events and all(e.claimant != HOUTHIS for e in events)
    assert roles_of(events, HOUTHIS) == {"actor2"}
