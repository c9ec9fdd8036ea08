"""Explosions told with the strike that set them off are that strike: "تواصلت الانفجارات في
صعدة حيث استهدف طيران التحالف مخازن للحوثيين" is an air strike, not a bombing by nobody
knows whom. A bare blast word (strength below 1: "انفجار", "انفجارات", which may be gas or an
accident) takes the type of an air strike or shelling told in its sentence in a clause opened
as its cause (triggers.yaml ``blast_causes``: حيث، بعدما، إثر); a car bomb, a blast named as an
attack at full strength, keeps its own type, and a strike added with "كما" is another one."""
from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 10), "ar")


def test_explosions_where_coalition_jets_hit_depots_are_an_air_strike():
    assert types("وتواصلت الانفجارات في مدينة صعدة حيث استهدف طيران التحالف مخازن للحوثيين في "
                 "جبل مران.") == ["airstrike"]


def test_blasts_shaking_a_city_after_russian_jets_hit_it_are_an_air_strike():
    assert types("وهزت انفجارات قوية مدينة الرقة بعدما استهدفت المقاتلات الروسية مقرات "
                 "التنظيم.") == ["airstrike"]


def test_a_car_bomb_keeps_its_type_beside_a_strike():
    """Guard: a blast named at full strength is its own attack."""
    assert types("وانفجرت سيارة مفخخة في سوق مدينة الرمادي بينما استهدفت المقاتلات الأمريكية "
                 "مواقع التنظيم شمال المدينة.")[0] == "attack"


def test_a_blast_and_a_strike_in_two_sentences_stay_apart():
    """Guard: only a strike told in the blast's own sentence says how it came."""
    assert "airstrike" in types("ودوى انفجار في مدينة عدن أمس. واستهدف طيران التحالف مواقع "
                                "الحوثيين في مدينة تعز.")


def test_a_strike_told_as_another_after_also_does_not_type_the_blasts():
    """Guard: "كما" adds another strike; the blasts are not said to come from it."""
    assert types("وسمعت انفجارات هائلة داخل معسكر الحرس في مدينة ذمار، كما استهدف طيران التحالف "
                 "مناطق على الحدود الشمالية.")[0] == "attack"
