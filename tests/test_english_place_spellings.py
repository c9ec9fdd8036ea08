"""English transliterations of Arabic place names: the same village is written "Talbisseh",
"Talbiseh" and "Tallbisah". A name the gazetteer does not know, introduced as a place of a
kind ("the town of …", "the village of …"), is read as the known name with the same
consonant skeleton (`geo.variants.latin_skeleton`), in the country the article's other
places are in; a capitalised word with no such introduction is left alone."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from geo.variants import latin_skeleton
from geo.mentions import find_places
from text import normalize, tokenize


def places(text: str) -> list[tuple[str, str]]:
    nt = normalize(text)
    return [(nt.norm[h.start:h.end], h.place.name)
            for h in find_places(nt, tokenize(nt.norm), weak=True, language="en")]


def test_spellings_of_one_name_share_a_skeleton():
    same = [("Talbisseh", "Tallbīsah"), ("al-Latamineh", "Latamneh"), ("Hirbanfsah", "Harb Nafsah"),
            ("Salqin", "Salkine"), ("Orum al-Kubra", "Urum el-Kubra"), ("Khan Shaykhun", "Khan Sheikhoun")]
    for a, b in same:
        assert latin_skeleton(a) == latin_skeleton(b), (a, b)
    assert latin_skeleton("Hama") != latin_skeleton("Homs")
    assert latin_skeleton("Al-Bab") == "b"  # too short to be looked up (MIN_LETTERS)


def test_a_town_of_an_unknown_spelling_is_the_known_town():
    got = places("Shells hit the town of Talbisseh and the village of al-Latamineh in Syria.")
    assert ("Talbisseh", "Tallbīsah") in got
    assert ("al-Latamineh", "Al-Lataminah") in got


def test_a_variant_needs_a_word_of_kind_before_it():
    got = places("Jets hit Talbisseh in Syria. Ahmad Latamineh, a doctor in Homs, said so.")
    assert [n for _, n in got if n in ("Tallbīsah", "Al-Lataminah")] == []


def test_a_variant_is_read_only_in_the_country_of_the_other_places():
    # no other place: nothing says which country's Talbisseh this would be
    assert places("Shells hit the town of Talbisseh on Monday.") == []


def test_the_longest_capitalised_run_is_the_name():
    got = places("Aid reached the village of Harb Nafseh Hama countryside, in Syria.")
    assert ("Harb Nafseh", "Ḩarbinafsah") in got


def test_a_strike_on_a_variant_spelling_is_placed_there():
    (e,) = extract("Government artillery pounded the town of Talbisseh in Homs province on "
                   "Tuesday, wounding four people.", published=date(2017, 3, 8), language="en")
    assert e.location.name == "Tallbīsah"
