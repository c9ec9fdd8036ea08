"""Actor roles (issue 8) across an opener that only tells the time: "نفذت طائرات التحالف مساء
أمس وعقب فجر اليوم غارات" — "عقب" before a date opens no clause of its own, so the strikes keep
the aircraft that carried them out. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 7, 26)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_after_dawn_the_aircraft_still_carried_out_the_strikes():
    events = ev("وذكر شهود أن مقاتلات التحالف شنت في وقت متأخر من مساء أمس وعقب فجر اليوم غارات "
                "عنيفة على معسكر قرب مدينة ذمار.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}

