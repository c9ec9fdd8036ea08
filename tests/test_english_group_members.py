"""Militants right after a group's name are its men, no party of their own ("8 IS group
militants", "Nusra Front militants": en/actors.yaml ``contextual`` ``after_name``); and a
possessive that lost its apostrophe still names the force ("the Syrian armys units")."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 10, 11)


def roles(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in e.actors] for e in extract(text, published=DAY, language="en")]


def test_militants_after_a_group_name_are_its_men():
    assert roles("Turkish jets killed 12 IS group militants near Dabiq, Aleppo on Monday.") == [
        [("Turkish Armed Forces", "actor1"), ("Islamic State", "actor2")]]


def test_militants_after_a_front_name_are_its_men():
    assert roles("Kurdish fighters killed 9 Nusra Front militants near Afrin on Monday.") == [
        [("Kurdish forces", "actor1"), ("Hayat Tahrir al-Sham", "actor2")]]


def test_bare_militants_stay_a_side():  # twin: as before
    assert roles("Army troops killed 20 militants near Hama on Monday.") == [
        [("Syrian Arab Army", "actor1"), ("Militants (unspecified)", "actor2")]]


def test_a_force_named_with_a_lost_apostrophe_acts():
    assert roles("The Syrian armys units shelled rebels in Daraa on Monday.") == [
        [("Syrian Arab Army", "actor1"), ("Rebels (unspecified)", "actor2")]]
