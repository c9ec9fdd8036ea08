""""Al-Mashhad" in a Syrian war report is the quarter of south Aleppo, not Mashhad in Iran:
the gazetteer holds the quarter under the article's forms ("al-Mashhad", "Al Mashhad"), so a
barrel bomb "on the district of Al Mashhad" stays in Aleppo; bare "Mashhad" is still Iran's
city."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 7, 26)


def _places(text: str) -> list[tuple[str, str]]:
    out = []
    for e in extract(text, published=DAY, language="en"):
        for p in e.locations or [e.location]:
            if p is not None:
                out.append((p.name, p.country))
    return out


def test_the_quarter_of_aleppo():
    places = _places("Regime helicopters dropped a barrel bomb on the district of Al Mashhad in "
                     "Aleppo on Tuesday, killing five civilians.")
    assert ("Al-Mashhad (Aleppo)", "SY") in places and all(c == "SY" for _, c in places)


def test_the_iranian_city_named_bare():  # guard
    assert _places("A bomb killed five people in the Iranian city of Mashhad on Tuesday.") == [
        ("Mashhad", "IR")]
