"""A plural place word and "of" open a list of names ("the villages of Zamalka, Arbeen and Ein
Tarma"); once a page has lost its commas ("the towns of Binnish Zamalka and Jobar") a name next
to another capitalised word is still a name of the list, not a word of a longer one — unless
an opener stands before it or a particle after it ("Kafar Hamra", "Habreh al-Sharqi"):
cues.yaml ``english`` ``list_heads``, ``name_openers``."""
from __future__ import annotations

from events.extract.pipeline import annotate


def places(text: str) -> list[str]:
    doc = annotate(text, language="en", upto="place_context")
    return [m.place.name for m in doc.places if m.place is not None and not m.not_location]


def test_names_of_a_list_without_commas():
    got = places("Government jets bombed the towns of Binnish Sarmin and Taftanaz on Monday.")
    assert "Binnish" in got and len(got) >= 2


def test_a_suburb_list_without_commas():
    got = places("Rockets hit the eastern suburbs of Harasta Zamalka and Jobar on Monday.")
    assert {"Harasta", "Zamalka"} <= set(got)


def test_a_word_after_an_opener_is_no_name_of_the_list():
    got = places("Jets bombed the villages of Kafar Hamra and Anjara on Monday.")
    assert "Al Ḩamrā’" not in got


def test_running_words_make_no_list():  # twin: as before
    got = places("Fighters of the Zamalka Martyrs Brigade fired at Syrian troops on Monday.")
    assert "Zamalka" not in got
