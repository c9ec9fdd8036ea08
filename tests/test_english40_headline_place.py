"""A headline's event noun, a place phrase, then the result verb: "Blast in Azaz kills 20
rebels", "Explosion at the Syria-Turkey border kills 20 rebels". The place phrase between them
kept the verb from the noun (`roles._told_results` took the result verb only right after its
noun), so the side counted after the verb was read as the blast's author (actor1). A place
phrase (roles.yaml ``told_through``: a link, a few words, no side, event word, number or clause
break) now leaves the verb the noun's own, its object hit. And the side named before a passive
result verb of the clause ("At least 20 rebels were killed in a blast"), a verb that the event
noun's candidate did not take — as when a wire's title copy runs into the body without a stop —
was hit (`role_cues.passive_subject`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 10, 6)


def _roles(text: str) -> list[list[tuple[str, str]]]:
    return [sorted((a.name, a.role) for a in e.actors)
            for e in extract(text, published=PUB, language="en")]


def test_blast_in_a_town_kills_the_side_counted_after_it():
    assert _roles("Blast in Azaz kills 20 rebels") == [[("Rebels (unspecified)", "actor2")]]


def test_explosion_at_a_border_kills_the_side_counted_after_it():
    assert _roles("Explosion at the Syria-Turkey border kills 12 Kurdish fighters") == [
        [("Kurdish forces", "actor2")]]


def test_blast_near_a_place_in_prose_killed_the_side_after_the_verb():
    assert _roles("A blast near the town of Jarabulus killed 15 IS militants on Thursday, "
                  "the monitor said.") == [[("Islamic State", "actor2")]]


def test_title_copy_run_into_the_body_keeps_the_dead_side_hit():
    assert _roles("Blast kills 20 rebels Monitor AFP Thursday 6 Oct 2016 At least 20 Syrian "
                  "rebels were killed in a blast at a border crossing on Thursday.") == [
        [("Rebels (unspecified)", "actor2")]]


def test_blast_with_nothing_between_kills_the_side_after_it():
    """Guard: the noun right before its verb (passes on the base)."""
    assert _roles("Blast kills 20 rebels") == [[("Rebels (unspecified)", "actor2")]]


def test_side_inside_the_phrase_is_no_place_phrase():
    """Guard: a side in the words between ("on IS positions") is the strike's target, its
    author named before (passes on the base)."""
    assert _roles("Regime air strikes on IS positions in Raqqa kill 20 militants") == [
        [("Islamic State", "actor2"), ("Syrian Air Force", "actor1")]]
