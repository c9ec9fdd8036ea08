"""A country named by its adjective after a word for its land, air or soil ("في الأراضي
السورية", "داخل الأجواء العراقية", "في العمق السعودي"): that country is where it happened,
at country precision; the adjective alone ("الجيش السوري") names no place; fire from a country's
land hits where it fell, and the sources of fire named there are no strike of their own."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from geo.mentions import find_places
from text import normalize, tokenize

PUB = date(2016, 3, 10)


def places_in(text: str) -> list[tuple[str, str]]:
    nt = normalize(text)
    return [(h.place.name, nt.norm[h.start:h.end]) for h in find_places(nt, tokenize(nt.norm))]


def test_syrian_territory_is_syria():
    assert ("Syria", "الاراضي السوريه") in places_in("قصفت المدفعية مواقع في الأراضي السورية.")


def test_a_proclitic_on_the_land_word_stays_outside_the_span():
    assert ("Iraq", "الاجواء العراقيه") in places_in("حلقت الطائرات بالأجواء العراقية أمس.")


def test_the_depth_of_a_country_is_that_country():
    assert [name for name, _ in places_in("وتوغلت القوات في العمق اليمني.")] == ["Yemen"]


def test_an_adjective_without_a_land_word_names_no_place():
    assert places_in("وقال الجيش السوري إن قواته تقدمت.") == []


def test_a_strike_on_syrian_territory_is_placed_in_syria():
    events = extract("وشنت الطائرات التركية أمس غارات على مواقع للتنظيم في الأراضي السورية.",
                     published=PUB, article_id="t")
    assert [(e.event_type, e.location.name if e.location else None) for e in events] == [
        ("airstrike", "Syria")]


def test_fire_from_a_countrys_land_hits_where_it_fell():
    events = extract("وسقطت مقذوفات من داخل الأراضي اليمنية على مدينة نجران أمس.",
                     published=PUB, article_id="t")
    assert [e.location.name for e in events if e.location] == ["Najrān"]


def test_the_sources_of_fire_in_a_countrys_land_are_no_strike_there():
    events = extract("وسقطت قذائف على مدينة نجران أمس، وتعاملت القوات مع مصادر إطلاق القذائف "
                     "في الأراضي اليمنية.", published=PUB, article_id="t")
    assert [e.location.name for e in events if e.location] == ["Najrān"]
