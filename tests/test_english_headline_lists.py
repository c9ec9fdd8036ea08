"""An outlet's list of other stories run into the article with no stop between ("… the agency
said. Source Reuters Related News Jets pound rebel towns in Idlib Clashes rage near Hama …")
is headlines, not prose: from a capitalised "Related", "Related News", "Related Coverage" …
inside a sentence (clauses.yaml ``headline_lists``) to the sentence's end it is a sentence of
its own and gives no event; a dash glued to a capitalised word ("… Kurdish town TV -Two car
bombs …") is where the body resumes, and what follows is read as prose again."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract

PUB = date(2017, 3, 14)

BODY = ("Government helicopters dropped barrel bombs on Kafr Nabl in Idlib province on Monday, "
        "killing seven people, activists said.")


def _types(evs):
    return sorted({e.event_type for e in evs})


def test_a_list_of_other_stories_after_the_body_is_its_own_sentence():
    doc = annotate(BODY + " Source AFP and agencies Related News Rebels seize three villages "
                   "near Hama Car bomb kills twelve in Azaz", published=PUB, language="en",
                   upto="sentences")
    heads = [doc.norm[s.start:s.end] for i, s in enumerate(doc.sentences) if i in doc.suppressed]
    assert heads == ["Related News Rebels seize three villages near Hama Car bomb kills twelve "
                     "in Azaz"]


def test_the_headlines_of_other_stories_give_no_event():
    evs = extract(BODY + " Source AFP and agencies Related News Rebels seize three villages "
                  "near Hama Car bomb kills twelve in Azaz", published=PUB, language="en")
    assert _types(evs) == ["airstrike"]
    assert {e.location.name for e in evs if e.location} == {"Kafranbel"}


def test_a_bare_related_after_a_count_of_views_opens_the_list():
    evs = extract(BODY + " Print Share Views 1204 Related Suicide bomber strikes checkpoint in "
                  "Homs Turkish jets hit Kurdish fighters near Afrin", published=PUB,
                  language="en")
    assert _types(evs) == ["airstrike"]


def test_the_body_resumes_after_a_dateline_dash():
    text = ("Monday 13 Mar 2017 Two car bombs kill nine in Syrian town state TV Views 88 Related "
            "Air strikes kill eleven in Idlib Two car bombs kill nine in Syrian town state TV -Two "
            "car bombs exploded in the town of Azaz on Monday, killing nine people, state "
            "television reported.")
    evs = extract(text, published=PUB, language="en")
    assert "airstrike" not in _types(evs)
    assert any(e.location and e.location.name == "Azaz" for e in evs)


def test_related_opening_a_sentence_is_prose():
    evs = extract("Related Clashes broke out near the airport of Deir ez-Zor on Monday, killing "
                  "four soldiers.", published=PUB, language="en")
    assert "clash" in _types(evs)


def test_related_in_lower_case_is_prose():
    evs = extract("A car bomb killed six people in Azaz on Monday, in an attack related to Tuesday's "
                  "Shelling of Marea by Islamic State fighters.", published=PUB, language="en")
    assert "attack" in _types(evs)
