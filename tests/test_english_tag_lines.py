"""An outlet's tag line that runs into the article's first sentence with no stop between ("Tags
Syria Idlib war At least 43 people were killed …") no longer hides that sentence: the body starts
at the first capitalised opener of a sentence (clauses.yaml ``body_openers``: The, A, At least, a
number word …) and is read as prose; the tags before it still give no event."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract

PUB = date(2016, 8, 10)


def test_the_body_after_a_tag_run_is_its_own_sentence():
    doc = annotate("Tags Syria Idlib barrel bombs war At least 12 people were killed in Saraqib "
                   "on Tuesday.", published=PUB, language="en", upto="sentences")
    assert [doc.norm[s.start:s.end].split()[0] for s in doc.sentences] == ["Tags", "At"]


def test_the_event_of_the_body_is_read():
    evs = extract("Tags Syria Aleppo airstrike truce rebels aid convoy The regime pounded rebel "
                  "districts of Aleppo on Tuesday, killing 30 people.", published=PUB,
                  language="en")
    assert any(e.location and e.location.name == "Aleppo" for e in evs)


def test_a_tag_line_alone_still_gives_no_event():
    evs = extract("Tags Syria Aleppo airstrike truce rebels aid convoy shelling\n\nThe talks "
                  "resumed in Geneva on Tuesday.", published=PUB, language="en")
    assert not [e for e in evs if e.event_type in ("airstrike", "shelling")]
