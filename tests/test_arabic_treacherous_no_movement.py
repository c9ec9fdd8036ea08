""""الغادرة" (treacherous) is an adjective, never the verb "غادر" (left) with its ة read as the
pronoun ه (issue 8): "قذائف الميليشيات الغادرة" tells no movement. Sentences written for this
test."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2015, 7, 22)


def test_treacherous_shells_move_nobody():
    events = extract("أطلقت ميليشيات الحوثي قذائفها الغادرة على قرية حدودية في منطقة جازان أمس.",
                     published=PUB, language="ar", article_id="t")
    assert events
    assert all(e.event_type != "movement" for e in events)


def test_a_treacherous_attack_is_no_departure():
    events = extract("أدان المجلس العملية الغادرة التي استهدفت دورية للشرطة في مدينة العريش أمس.",
                     published=PUB, language="ar", article_id="t")
    assert all(e.event_type != "movement" for e in events)
