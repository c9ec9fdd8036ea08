"""A device the security forces found and set off is no attack: "فجرت قوات الأمن خمس عبوات
ناسفة عثرت عليها", "قام خبراء المفرقعات بتفجير القنبلة بطريقة آمنة" tell a bomb squad's work.
A blast told with a device found elsewhere later is still an attack. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 2, 8)


def events(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_devices_found_and_set_off_by_the_police_are_no_attack():
    assert events("فجرت قوات الأمن خمس عبوات ناسفة عثرت عليها خلال حملة تمشيط شرق مدينة رفح.") == []


def test_the_bomb_squad_setting_off_a_bomb_safely_is_no_attack():
    assert events("وقام خبراء المفرقعات بتفجير القنبلة بطريقة آمنة قرب مبنى المحافظة في "
                  "مدينة المنيا.") == []


def test_militants_blowing_up_a_patrol_still_attack():
    # guard: the device found is another one, told after a comma
    assert events("فجر مسلحون عبوة ناسفة في دورية للجيش قرب العريش أمس، وعثرت الشرطة على عبوة "
                  "ثانية.") == ["attack"]
