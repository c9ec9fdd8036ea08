"""The country across a border is no place of the event, also when the country shares its
name with its capital («الحدود مع الجزائر» is Algeria's border, not Algiers; so Tunisia and
Tunis, Kuwait and Kuwait City): the event stays in the province told before it. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 8)


def places(text: str) -> list[str]:
    return [e.location.name for e in extract(text, published=PUB, article_id="t", language="ar")
            if e.location]


def test_a_clash_near_the_algerian_border_stays_in_its_province():
    found = places("قتلت وحدات الجيش التونسي مسلحين اثنين في اشتباك بجبل الشعانبي في محافظة "
                   "القصرين قرب الحدود مع الجزائر أمس.")
    assert found and all("Algiers" not in p for p in found)
    assert any("Kasserine" in p for p in found)


def test_a_strike_near_the_tunisian_border_is_not_in_tunis():
    found = places("قصفت طائرات مجهولة مواقع لمسلحين في مدينة زوارة الليبية على الحدود مع تونس "
                   "فجر اليوم.")
    assert found and all(p != "Tunis" for p in found)


def test_the_capital_itself_is_still_a_place():
    found = places("انفجرت سيارة مفخخة قرب مقر للشرطة في الجزائر العاصمة أمس وأصيب ثلاثة أشخاص.")
    assert "Algiers" in found
