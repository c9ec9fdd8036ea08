"""What a seizure takes is read past a long subject: "استولت قوات الجيش المرابطة في محافظة
الجوف على شاحنة" took a truck, no ground, though the subject's place and its words put
"على" further than the verb's usual reach. The first link of the clause names what is taken;
a nearer link ("القادمون من ريف حلب") is the subject's own, and a town after the far link is
ground taken."""
from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 10), "ar")


def test_troops_stationed_in_a_province_seizing_a_truck_take_no_ground():
    assert "territory_change" not in types(
        "وفي سياق متصل استولت قوات الجيش الوطني المرابطة في محافظة الجوف شمال اليمن على شاحنة "
        "محملة بأجهزة اتصالات كانت في طريقها إلى المتمردين.")


def test_police_of_a_named_district_seizing_weapons_take_no_ground():
    assert "territory_change" not in types(
        "وسيطرت قوات الشرطة التابعة لمديرية الأمن في محافظة كركوك أمس على كميات من الأسلحة.")


def test_special_forces_of_a_province_taking_a_village_took_ground():
    """Guard: past the same long subject, a village is ground taken."""
    assert types("وسيطرت قوات الأمن الخاصة التابعة لوزارة الداخلية في محافظة صلاح الدين على "
                 "قرية البو عجيل.") == ["territory_change"]


def test_fighters_coming_from_a_countryside_took_a_town():
    """Guard: "من" inside the subject is the subject's own link."""
    assert types("واستولى مسلحو التنظيم القادمون من ريف حلب الشرقي على بلدة مارع.") == [
        "territory_change"]


def test_a_building_stormed_before_prisoners_were_freed_was_taken():
    """Guard: a storm takes its object bare; the later "من الأسرى" is the freeing verb's."""
    assert types("واقتحم مسلحو المقاومة الشعبية مبنى الأمن السياسي في مدينة تعز أمس وأفرجوا "
                 "عن عدد من الأسرى.") == ["territory_change"]


def test_a_battle_for_a_town_ends_its_clause_at_the_comma():
    """Guard: the dead after the comma are no object of the liberation."""
    assert types("وفي الضالع وخصوصا بعد معركة تحريرها من المتمردين، بدت شوارع المدينة ممتلئة "
                 "بجثث المئات من قتلى المسلحين.") == ["territory_change"]
