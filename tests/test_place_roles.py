"""Coordinated destinations: "toward the X and Y governorates" is both, not the first one."""
from datetime import date

from events.extract.pipeline import extract


def movement(text: str):
    return next(e for e in extract(text, published=date(2018, 4, 2)) if e.event_type == "movement")


def test_two_governorates_as_one_destination_between_them():
    e = movement("وانسحبت فصائل هيئة تحرير الشام من ريف حلب نحو محافظتي إدلب وحماة أمس.")
    assert e.destination.kind == "region" and e.destination.where_prec == 5
    assert "Idlib" in e.destination.name and "Hama" in e.destination.name
    assert 35.1 < e.destination.lat < 35.9  # between Idlib (35.9) and Hama (35.1)


def test_a_single_destination_stays_itself():
    e = movement("وانسحبت فصائل هيئة تحرير الشام من ريف حلب نحو محافظة إدلب أمس.")
    assert e.destination.kind == "governorate" and "Idlib" in e.destination.name
