"""Events (issue 8): "في إطار مواجهة X" names the campaign a deed serves, no clash.

"أرسلت الحكومة تعزيزات … في إطار مواجهة تنظيم داعش" (as part of confronting the group) tells a
deployment and the war it belongs to: like "في مواجهة X", a word of facing right after the
frame word is no event word (triggers.yaml ``facing``), unless a fight of the day is told
("في إطار المواجهة مع المسلحين", "في إطار مواجهة عنيفة"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 8, 1), "ar")


def test_reinforcements_sent_as_part_of_facing_a_group_are_no_clash():
    assert "clash" not in types("وأرسلت الحكومة تعزيزات إلى الرمادي في إطار مواجهة تنظيم داعش.")


def test_strikes_framed_as_facing_terrorism_are_strikes_only():
    """guard: passes on the base"""
    assert types("وشنت الطائرات غارات على مواقع التنظيم في الرقة أمس في إطار مواجهة الإرهاب.") == [
        "airstrike"]


def test_a_fight_with_gunmen_within_a_frame_is_a_clash():
    """guard: passes on the base"""
    assert types("وقتل جنديان في إطار المواجهة مع مسلحي داعش في الرمادي أمس.") == ["clash"]
