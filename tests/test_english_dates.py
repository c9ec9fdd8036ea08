"""English dates resolved against publication, and the dateline that gives publication when
the metadata does not."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.dateline import find_dateline
from events.extract.dates import find_dates
from events.extract.doc import Doc
from events.extract.sentences import split_sentences
from events.ingest import extract_events, ingest_paths
from events.model import Article
from events.store import Store

PUB = date(2016, 9, 20)  # a Tuesday


def span(text: str, published: date | None = PUB) -> tuple:
    d = Doc(text, published=published)
    split_sentences(d)
    find_dates(d)
    (m,) = d.dates
    return m.date_start, m.date_end, m.date_prec


@pytest.mark.parametrize("text, expected", [
    ("Jets struck the town on Tuesday.", (PUB, PUB, 1)),  # a wire story's own day
    ("Jets struck the town last Tuesday.", (date(2016, 9, 13),) * 2 + (1,)),
    ("Jets struck the town on Sunday.", (date(2016, 9, 18),) * 2 + (1,)),
    ("Shelling continued Monday night.", (date(2016, 9, 19), PUB, 2)),
    ("Clashes erupted yesterday.", (date(2016, 9, 19),) * 2 + (1,)),
    ("Raids were reported overnight.", (date(2016, 9, 19), PUB, 2)),
    ("The truce was agreed in July.", (date(2016, 7, 1), date(2016, 7, 31), 4)),
    ("The talks were held earlier this month.", (date(2016, 9, 1), date(2016, 9, 30), 4)),
    ("They fought on the night of 12 to 13 September.", (date(2016, 9, 12), date(2016, 9, 13), 2)),
    ("Convoys left on September 3-4.", (date(2016, 9, 3), date(2016, 9, 4), 2)),
    ("The offensive began on 21 May 2015.", (date(2015, 5, 21),) * 2 + (1,)),
    ("Fighting has killed 90 people in the past 24 hours.", (date(2016, 9, 19), PUB, 2)),
    ("The village fell two days ago.", (date(2016, 9, 18),) * 2 + (1,)),
    ("The 27-08-2016 bombing", (date(2016, 8, 27),) * 2 + (1,)),
    ("The campaign began in late May.", (date(2016, 5, 21), date(2016, 5, 31), 4)),
    ("The siege tightened in early July.", (date(2016, 7, 1), date(2016, 7, 10), 4)),
    ("Talks stalled in mid-August.", (date(2016, 8, 11), date(2016, 8, 20), 4)),
    ("The town fell at the end of February.", (date(2016, 2, 21), date(2016, 2, 29), 4)),
    ("Raids resumed in May.", (date(2016, 5, 1), date(2016, 5, 31), 4)),
])
def test_english_date_expressions(text, expected):
    assert span(text) == expected


def test_may_is_a_month_only_after_a_lead_or_before_a_year():
    d = Doc("May God protect them, the imam said.", published=PUB)
    split_sentences(d)
    find_dates(d)
    assert d.dates == []


def test_month_and_weekday_names_need_a_capital():
    d = Doc("They may march on the city; the sun was up.", published=PUB)
    split_sentences(d)
    find_dates(d)
    assert d.dates == []


@pytest.mark.parametrize("head, expected", [
    ("Jets strike convoy\n\nWed Aug 17 2016 Jets struck a convoy", date(2016, 8, 17)),
    ("Jets strike convoy\n\nPublished March 4 2017 Jets struck", date(2017, 3, 4)),
    ("Jets strike convoy\n\nDate of publication 9 May 2016 Jets struck", date(2016, 5, 9)),
    ("Jets strike convoy\n\nPosted on July 30 2015 by a reporter", date(2015, 7, 30)),
    ("Jets strike convoy\n\n14-10-2015 Jets strike convoy. Jets struck", date(2015, 10, 14)),
    ("Jets strike convoy - World\n\nJets strike convoy Reuters Friday 2 Dec 2016 Jets", date(2016, 12, 2)),
    ("Jets strike convoy\n\nLast updated at Feb 032016 BEIRUT Jets", date(2016, 2, 3)),
    ("BEIRUT, June 1 (Reuters) - Jets struck a convoy. In 2016 the group", date(2016, 6, 1)),
    ("حلب - 3 آب (سانا) استهدف الطيران رتلا في 2016", date(2016, 8, 3)),
])
def test_datelines(head, expected):
    lang = "ar" if "حلب" in head else "en"
    assert find_dateline(head, lang) == expected


def test_a_date_in_the_first_sentence_is_not_a_dateline():
    assert find_dateline("Jets strike convoy\n\nOn 12 March 2016 jets struck a convoy.", "en") is None
    assert find_dateline("BEIRUT, June 1 (Reuters) - no year anywhere", "en") is None


def test_the_dateline_dates_the_article_as_an_estimate():
    a = Article("x", "Jets strike convoy\n\nPublished October 4 2016 Russian jets struck a rebel convoy "
                     "near Idlib on Monday, killing 12 fighters.", language="en")
    (e,) = [e for e in extract_events(a) if e.event_type == "airstrike"]
    assert (a.published, a.published_is_estimate) == (date(2016, 10, 4), True)
    assert e.date_start == "2016-10-03"  # Monday, read from the dateline


def test_metadata_beats_the_dateline_and_ingest_stores_the_estimate(tmp_path):
    a = Article("x", "Published October 4 2016 Jets struck Idlib.", language="en",
                published=date(2016, 10, 5))
    extract_events(a)
    assert (a.published, a.published_is_estimate) == (date(2016, 10, 5), False)
    (tmp_path / "b.txt").write_text("Published October 4 2016 Russian jets struck a convoy near "
                                    "Idlib, killing 12 fighters.", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    ingest_paths([tmp_path], store)
    (stored,) = store.articles()
    assert (stored.published, stored.published_is_estimate, stored.language) == (
        date(2016, 10, 4), True, "en")
