"""Actor roles (issue 8) when a side is named as the owner of something: "مخازن تابعة
للتنظيم", "طائرات تابعة للجيش", "مجموعة مسلحة تنتمي للمقاومة". The side after a word of
belonging and its ل stands for the noun it owns: hit when that noun was hit, acting when that
noun acted — aircraft striking, a force in the subject slot. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


# --- what was hit belongs to the side: the side was hit, whatever the link word before it
def test_stores_of_the_group_hit_by_strikes_make_the_group_the_target_not_the_striker():
    events = ev("واصل التحالف الدولي ضرباته الجوية على تنظيم داعش في شمال العراق.\n"
                "وذكر بيان عسكري أمريكي أن ست غارات قرب بيجي أصابت عربات مدرعة ومخازن سلاح تابعة "
                "للتنظيم، إضافة إلى تدمير جسر، فضلا عن ثلاث غارات لمخابئ تابعة لتنظيم داعش "
                "قرب تلعفر.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_strikes_on_hideouts_belonging_to_the_group_do_not_make_the_group_their_author():
    events = ev("وذكر بيان عسكري أمريكي أن ثلاث غارات لمخابئ ومراكز تابعة لتنظيم داعش قرب تلعفر "
                "أسفرت عن تدمير جسر.")
    assert events
    assert "actor1" not in roles_of(events, "Islamic State")


def test_a_convoy_of_the_army_hit_by_roadside_bombs_is_the_army_hit():
    # (a guard, right on main too: a convoy right after the verb is no acting body)
    events = ev("وانفجرت أمس عبوتان ناسفتان استهدفتا رتلا تابعا للجيش العراقي قرب مدينة بيجي.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor2"}


# --- the owner of aircraft or of a force that acts is who acted
def test_aircraft_of_an_army_bombing_make_the_army_the_striker():
    events = ev("وقصفت طائرات حربية تابعة للجيش السوري بلدات في ريف إدلب الجنوبي أمس.")
    assert events
    assert "actor2" not in {a.role for e in events for a in e.actors}
    assert any(a.role == "actor1" and a.name in ("Syrian Arab Army", "Syrian Air Force")
               for e in events for a in e.actors)


def test_an_armed_group_belonging_to_a_side_that_killed_makes_the_side_the_killer():
    events = ev("وقالت مصادر محلية إن مجموعة مسلحة تنتمي للمقاومة الشعبية قتلت قياديا حوثيا "
                "في مدينة إب أمس.")
    assert events
    assert roles_of(events, "Yemeni government forces") == {"actor1"}


def test_a_force_of_a_side_attacking_right_after_the_verb_makes_the_side_the_attacker():
    events = ev("وهاجمت قوة تابعة للجيش العراقي أمس وكرا لتنظيم داعش في قضاء الحويجة.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_a_patrol_of_the_army_attacking_the_group_makes_the_army_the_attacker():
    events = ev("وهاجمت دورية تابعة للجيش العراقي أمس مسلحي داعش في قضاء الحويجة.")
    assert events
    assert roles_of(events, "Iraqi security forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


# --- the owner stands in for the armed men it owns; a branch keeps its own name
def test_gunmen_belonging_to_a_group_are_that_group_not_a_second_unnamed_side():
    events = ev("واختطف مسلحون تابعون لجماعة الحوثي أمس خمسة صحفيين في مدينة ذمار.")
    assert events
    assert {a.name: a.role for e in events for a in e.actors} == {"Houthis": "actor1"}


def test_a_branch_belonging_to_a_group_claims_its_attack_without_its_parent_being_hit():
    events = ev("وقتل أربعة جنود مصريين أمس في هجوم تبناه تنظيم ولاية سيناء التابع لتنظيم داعش "
                "في مدينة العريش.")
    assert events
    assert roles_of(events, "Islamic State Sinai Province") == {"actor1"}
    assert "actor2" not in roles_of(events, "Islamic State")


def test_a_group_with_a_name_of_its_own_keeps_it_under_its_parent():
    # (right on main too, which has no stand-in: only men named by a word of the article stand
    # for their owner)
    events = ev("وسيطرت قوات الاتحاد الإفريقي أمس على بلدة كيسمايو، أحد معاقل متمردي حركة الشباب "
                "التابعة لتنظيم القاعدة في الصومال.")
    assert events
    assert roles_of(events, "Al-Shabaab") == {"actor2"}


# --- loyal to ("الموالية لـ"): a word of belonging like تابعة
def test_gunmen_loyal_to_a_group_are_its_men():
    events = ev("وقتل أمس مسلحون موالون للحوثيين ثلاثة مدنيين في حي الجحملية بتعز.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert roles_of(events, "Unidentified armed group") == set()


def test_a_branch_loyal_to_a_parent_keeps_the_parent_out_of_its_fight():
    events = ev("وهاجمت جبهة النصرة الموالية لتنظيم القاعدة أمس مواقع للفرقة 30 في ريف حلب.")
    assert events
    assert roles_of(events, "Al-Qaeda") == set()


# --- what the owner owns is the word before the word of belonging, not another side's gear
def test_the_war_vehicles_of_another_side_named_before_are_not_the_owned_noun():
    events = ev("وشنت مقاتلات التحالف أمس غارات على تعزيزات حربية للحوثيين وقوات تابعة للمخلوع "
                "صالح قرب مدينة عدن.")
    strikes = [e for e in events if e.event_type == "airstrike"]
    assert strikes
    assert roles_of(strikes, "Saudi-led coalition") == {"actor1"}
    assert roles_of(strikes, "Saleh loyalist forces") == {"actor2"}


def test_men_read_as_the_first_side_still_bring_their_owner_in():
    events = ev("وسيطر أمس الحوثيون والمسلحون التابعون للرئيس المخلوع صالح على مدينة عدن.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert roles_of(events, "Saleh loyalist forces") == {"associated"}


# --- a branch named in construct with its parent ("X ذراع Y", "X فرع Y"): no ل, same reading
def test_the_parent_of_an_arm_named_in_apposition_takes_no_part():
    events = ev("وهاجمت جبهة النصرة ذراع تنظيم القاعدة في سوريا أمس مقرا لفصيل معارض قرب مدينة "
                "إعزاز.")
    assert events
    assert roles_of(events, "Hayat Tahrir al-Sham") == {"actor1"}
    assert roles_of(events, "Al-Qaeda") == set()
