"""A subheading run into the prose, its stop lost ("… the talks would resume. Bombing in
Latakia province Also on Sunday state media said …"), names what its section tells: no event
is read from it, and no date told before it dates the sentences it heads
(`sentences._add_unstopped` marks ``doc.headings``; `candidates`, `dating.candidate_date`).
The heading was an event of its own, dated by the talks' Saturday told before it (and in
FA-KES, joined with the body's event, it stretched it over both days; its placeless event
chained one section's strikes to the next section's town)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2017, 3, 6)  # a Monday


def _dated(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.date_start, e.date_end)
            for e in extract(text, published=PUB, language="en")]


def test_subheading_takes_no_date_from_before():
    assert _dated("Rebel fighters shelled the Ramouseh district of Aleppo on Friday killing two "
                  "soldiers. Diplomats met in Geneva on Saturday to discuss the talks.\n"
                  "The envoy said on Saturday that the talks would resume. Bombing in Latakia "
                  "province Also on Sunday state media said a car bomb exploded near a bus station "
                  "in Jableh killing four people.") == [
        ("shelling", "2017-03-03", "2017-03-03"), ("attack", "2017-03-05", "2017-03-05")]


def test_sentence_after_subheading_carries_no_date_from_before_it():
    assert _dated("Rebel fighters shelled the Ramouseh district of Aleppo on Friday killing two "
                  "soldiers. Car bomb blast Meanwhile state media said that a car bomb exploded "
                  "near a bus station in Jableh. It killed four people.") == [
        ("shelling", "2017-03-03", "2017-03-03"), ("attack", None, "2017-03-06")]


def test_long_run_on_is_no_subheading():
    """Guard: a whole sentence before the lost stop still carries the day told before it
    (passes on the base)."""
    assert _dated("Rebel fighters shelled the Ramouseh district of Aleppo on Friday killing two "
                  "soldiers. Gunmen later opened fire on a checkpoint in Jableh killing a policeman "
                  "In the same context talks resumed in Geneva.") == [
        ("shelling", "2017-03-03", "2017-03-03"), ("clash", "2017-03-03", "2017-03-03")]
