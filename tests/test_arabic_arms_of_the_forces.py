"""A weapon word that names an arm of the forces fires nothing: "مدرسة المدفعية" is a school,
"قيادة الصواريخ" a command, "وحدات للدبابات والمدفعية" what a base holds. Right after a school,
command or rank of the forces (triggers.yaml ``arm_units``), a corps word ("سلاح") between, or
with ل after a formation (another weapon joined by و between), the weapon gives no shelling and
types no event. A formation's own name is the unit firing ("نفذته كتيبة المدفعية"), and a weapon
taken with the instrument's ب ("قصفوا مدرسة بالصواريخ") still tells how a target was hit."""
from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 10), "ar")


def test_a_base_holding_tank_and_artillery_units_tells_no_shelling():
    assert types("وتضم القاعدة الجوية وحدات للدبابات والمدفعية ومستشفى ومدرسة في محافظة لحج.") == []


def test_a_camp_housing_artillery_and_tank_battalions_tells_no_shelling():
    assert types("ويضم المعسكر كتائب للدبابات والمدفعية قرب مدينة حماة.") == []


def test_the_artillery_command_hit_from_the_air_tells_an_air_strike():
    """Guard: the command's name types nothing against the aircraft that struck it."""
    assert types("واستهدف طيران التحالف مقر قيادة الصواريخ في جبل فج عطان بصنعاء.") == ["airstrike"]


def test_a_shelling_carried_out_by_an_artillery_battalion_is_shelling():
    """Guard: a formation's own name is the unit firing."""
    assert types("وقتل عشرة من المتمردين في قصف نفذته كتيبة المدفعية التابعة للواء الأول على "
                 "مواقعهم في مديرية لودر.") == ["shelling"]


def test_enrolment_at_an_artillery_corps_institute_tells_no_shelling():
    assert types("وأعلنت القيادة فتح باب القبول في معهد سلاح المدفعية بمدينة الطائف.") == []


def test_gunmen_storming_the_artillery_school_attacked_it():
    """The school is what they stormed: an attack, not shelling."""
    assert types("واقتحم المسلحون مدرسة المدفعية في مدينة حلب فجر اليوم.") == ["attack"]


def test_a_school_hit_with_mortar_shells_was_shelled():
    """Guard: the instrument's ب — the shells hit the school."""
    assert types("وقصفت الميليشيات مدرسة بقذائف الهاون في مدينة تعز.") == ["shelling"]


def test_an_artillery_corps_shelling_positions_shelled_them():
    """Guard: a corps alone is the side firing."""
    assert types("وقصف سلاح المدفعية السعودي مواقع الحوثيين في محافظة صعدة.") == ["shelling"]


def test_shells_fired_at_a_brigade_headquarters_were_shelling():
    """Guard: the brigade's name does not hide the shells fired at it."""
    assert types("واستهدف مسلحون مقر لواء المدفعية في ريف درعا بقذائف الهاون.") == ["shelling"]


def test_a_killing_announced_by_the_command_is_told():
    """Guard: only a weapon word names an arm — "القيادة مقتل 40" is a command telling a toll."""
    assert types("وأعلنت القيادة مقتل 40 من عناصر داعش في غارات جوية على مدينة الرمادي أمس.") == [
        "airstrike"]
