"""An exchange of fire is a clash whatever the fire is called: "تبادل لإطلاق النيران",
"تبادل إطلاق الرصاص" as "تبادل إطلاق النار". Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 12)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_an_exchange_of_flames_of_fire_is_a_clash():
    assert types("ووقع تبادل لإطلاق النيران عبر الحدود أمس بين الجيش التركي ومسلحين قرب "
                 "بلدة كلس.") == ["clash"]


def test_an_exchange_of_bullets_is_a_clash():
    assert types("وجرى تبادل إطلاق الرصاص بين الشرطة ومسلحين في حي الشيخ مقصود بحلب.") == [
        "clash"]
