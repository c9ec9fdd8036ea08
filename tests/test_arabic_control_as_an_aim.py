"""Control to impose or tighten — "لفرض سيطرته على المدينة", "لإحكام سيطرتها على المحافظة" —
is what a move is for, no ground taken: the reinforcements are sent, the town not yet held."""
from datetime import date

from tests.extracting import types_on

DAY = date(2015, 8, 10)


_types = types_on(DAY, "ar")


def test_reinforcements_sent_to_impose_control_take_no_ground():
    assert _types("ودفع الجيش بتعزيزات كبيرة إلى مدينة بيجي لفرض سيطرته على المصفاة.") == [
        "deployment"]


def test_reinforcements_come_to_tighten_control_take_no_ground():
    assert _types("ووصلت تعزيزات للمقاومة إلى مدينة لودر لإحكام سيطرتها على المحافظة.") == [
        "deployment"]


def test_control_imposed_is_still_ground_taken():
    """Guard: "فرضت سيطرتها على" told as done is a territory change."""
    assert _types("وفرضت المقاومة سيطرتها على بلدة مكيراس أمس بعد معارك.") == [
        "territory_change"]
