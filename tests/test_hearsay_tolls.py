"""A toll told as hearsay hedges the toll, not the deed told beside it: "قصفت طائرات النظام
بلدة سراقب حيث وردت معلومات عن مقتل عشرة مدنيين" is an air strike told as done, its ten dead
reported as information. A deed itself told as information ("تشير المعلومات إلى مقتل عشرة في
كمين") stays alleged. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 6, 6)


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="ar")]


def test_a_strike_told_with_a_toll_heard_of_is_done():
    assert events("قصفت طائرات النظام بلدة سراقب حيث وردت معلومات عن مقتل عشرة مدنيين.") == [
        ("airstrike", "actual")]


def test_a_shelling_told_with_wounded_heard_of_is_done():
    # guard: done on the base only because "سقوط" was read as a town's fall and took the cue
    assert events("فيما قصف تنظيم داعش حي الجورة في مدينة دير الزور حيث وردت معلومات عن سقوط "
                  "عدد من الجرحى.") == [("shelling", "actual")]


def test_an_ambush_told_only_as_information_is_alleged():
    # guard: the deed itself is hearsay
    assert events("وتشير المعلومات إلى مقتل أكثر من عشرة من عناصر حزب الله في كمين تعرضوا له "
                  "في الزبداني.") == [("clash", "alleged")]
