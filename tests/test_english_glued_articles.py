"""A transliteration that glues the article to the name ("Maarat Alnuman", "Tal Altamr", "in
Alsanamayn") is the name with "al-" ("Maarat al-Numan", `geo.variants.unglued`): after a
toponym head, or as one word right after a place preposition, it is read as a spelling of a
town of the article's country. A word that only looks so ("Aleppo", "Elsewhere") is left."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 12, 6)


def names(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=PUB, language="en")]


def test_a_glued_article_after_a_head_is_the_town():
    got = names("Jets struck Maarat Alnuman in Idlib province on Tuesday, killing eight people.")
    assert "Maarat al-Numan" in got


def test_a_glued_article_after_tal_is_the_town():
    got = names("Kurdish fighters clashed with rebels near Tal Altamr in Hasakah province on Sunday.")
    assert "Tall Tamr" in got


def test_a_single_glued_word_after_in_is_the_town():
    got = names("A car bomb exploded in Alsanamayn in Daraa province on Sunday, killing three.")
    assert any(n and "anamayn" in n for n in got)


def test_unglued_splits_only_an_article_before_a_consonant():
    from geo.variants import glued_article, unglued

    assert unglued("Maaret Alnouman") == "Maaret al-nouman"
    assert unglued("Aleppo") == "Aleppo"
    assert not glued_article("Alawite") and glued_article("Alwaer")
