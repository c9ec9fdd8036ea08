"""Aircraft that fly over, watch or break into airspace strike nothing ("حلقت طائرات بدون طيار
فوق المدينة", "خرق الطيران الحربي الأجواء"): no air strike, unless a word of striking is told
with them."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 10)


def types(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, article_id="t")]


def test_drones_flying_over_a_town_are_no_air_strike():
    assert "airstrike" not in types("وحلقت طائرات مسيرة أمس فوق مدينة النبطية لساعات.")


def test_warplanes_breaking_into_airspace_are_no_air_strike():
    assert "airstrike" not in types("واخترق الطيران الحربي أمس الأجواء فوق بلدة مرجعيون "
                                    "منفذا طلعات استطلاعية.")


def test_a_strike_told_beside_an_overflight_stays_a_strike():
    assert types("وشن الطيران الحربي أمس غارات على بلدة مرجعيون وسط تحليق مكثف للطائرات.") == [
        "airstrike"]


def test_warplanes_that_shell_a_town_strike_it():
    assert types("وقصف الطيران الحربي بلدة مرجعيون أمس.") == ["airstrike"]
