"""Roles (session 37): who acts when the order or a link says so —

* a side right before an event verb (after إن/أن, or before "في" and a place) is its subject,
  the side right after it its object ("وقال مسؤول إن الجيش قصف ميليشيات الحوثي": the army
  shelled; `role_fronted`, roles.yaml ``fronted_subject``);
* an event word spelt as a verb ("فجرت") is no noun whose ل names its author: "فجرت المقاومة
  مدرعة لميليشيات الحوثي" blew up the Houthis' vehicle (roles.yaml ``noun_agent_verbs``);
* the body after a host link (لدى) in a frame is where the speaker sits — no speaker, no party
  (attribution.yaml ``host_links``);
* a state after a verb of leading that follows an event noun is the coalition it leads ("الضربات
  الجوية التي تقودها السعودية", actors.yaml ``state_allies.lead_verbs``);
* a subject carried into a verb with none of its own is never the side an earlier event of the
  sentence hit (`role_subjects.previous_subject`).

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import roles_of

PUB = date(2015, 8, 6)
YEMEN = "Yemeni government forces"
HOUTHIS = "Houthis"
SALEH = "Saleh loyalist forces"
SAUDI_LED = "Saudi-led coalition"
US_LED = "US-led coalition"
NATO = "NATO"


def ev(text: str):
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_army_before_its_verb_shelled_the_houthis():
    events = ev("وقال قائد ميداني إن الجيش قصف ميليشيات الحوثي في مأرب مساء أمس.")
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_the_resistance_tanks_in_a_town_before_their_verb():
    events = ev("وذكر شهود أن دبابات المقاومة في الضالع قصفت ميليشيات الحوثي طوال الليل.")
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_the_resistance_attacked_salehs_forces():
    events = ev("وقال مسؤول محلي إن المقاومة هاجمت قوات صالح قرب الحوطة.")
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, SALEH) == {"actor2"}


def test_a_verb_first_clause_keeps_its_subject_after_the_verb():
    """A guard (passes on d6b7e5f too): VSO — the side right after the verb acts."""
    events = ev("قصف الحوثيون المقاومة الشعبية في تعز صباح اليوم.")
    assert roles_of(events, HOUTHIS) == {"actor1"}
    assert roles_of(events, YEMEN) == {"actor2"}


def test_a_topic_before_a_verb_with_its_object_pronoun_was_hit():
    """A guard (passes on d6b7e5f too): "الحوثيون قصفتهم الطائرات" — the side before is the
    topic the pronoun points to; the aircraft after the verb struck."""
    events = ev("الحوثيون في صعدة قصفتهم طائرات التحالف العربي مرارا.")
    assert roles_of(events, SAUDI_LED) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_aircraft_after_the_verb_strike_whatever_stands_before():
    """A guard (passes on d6b7e5f too): "… أهداف X قصفت طائرات Y" — aircraft lead the side after
    the verb: they are its subject, not its object."""
    events = ev("وإلى جانب مواقع حزب العمال الكردستاني قصفت طائرات تركية مخازن لداعش في سوريا.")
    assert roles_of(events, "Turkish Armed Forces") == {"actor1"}


def test_the_vehicle_blown_up_was_the_houthis():
    events = ev("وذكر مصدر أن المقاومة الشعبية فجرت مدرعة لميليشيات الحوثي في تعز.")
    assert roles_of(events, YEMEN) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_a_blast_of_a_group_still_names_its_author():
    """A guard (passes on d6b7e5f too): the noun "تفجير" carries its author's ل."""
    events = ev("قتل أربعة جنود في تفجير لتنظيم داعش قرب العريش.")
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_host_of_a_mission_neither_speaks_nor_acts():
    events = ev("أرسلت الولايات المتحدة ست طائرات مقاتلة إلى قاعدة إنجرليك للمشاركة في الحرب على داعش، "
                "وفق ما أعلنت البعثة الأمريكية لدى الحلف الأطلسي يوم الأحد.")
    assert events
    assert roles_of(events, NATO) == set()
    assert all(e.claimant != NATO for e in events)


def test_the_saudi_led_strikes_are_the_coalitions():
    events = ev("وقال سكان إن الضربات الجوية التي تقودها السعودية دمرت جسرا رئيسيا في صعدة.")
    assert roles_of(events, SAUDI_LED) == {"actor1"}


def test_the_us_led_strikes_are_the_coalitions():
    events = ev("وقتل عشرة مسلحين من داعش في غارات جوية تقودها الولايات المتحدة قرب الموصل.")
    assert roles_of(events, US_LED) == {"actor1"}


def test_states_led_in_no_deed_are_no_coalition():
    """A guard (passes on d6b7e5f too): no event word before the verb of leading."""
    events = ev("وقال إن دول الخليج التي تقودها السعودية ستدعم جهود إعادة الإعمار بعد تحرير عدن من "
                "الحوثيين.")
    assert roles_of(events, SAUDI_LED) == set()


def test_the_side_driven_out_does_not_go_on():
    events = ev("وتمكن المقاتلون من طرد الحوثيين من مدينة الحوطة واتجهوا جنوبا نحو قاعدة العند.")
    assert roles_of(events, HOUTHIS) == {"actor2"}
