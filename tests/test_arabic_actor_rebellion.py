"""Named actors (issue 8): in Yemen's news the men of "the rebellion" are the Houthis —
"قوات التمرد", "عناصر التمرد", "مسلحي التمرد" name them as "المتمردين" does (actors.yaml,
contextual by country). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 12)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_forces_of_the_rebellion_in_yemen_are_the_houthis():
    events = ev("وقال مصدر في المقاومة الشعبية إن اشتباكات عنيفة اندلعت مع قوات التمرد قرب مدينة "
                "الحوطة بمحافظة لحج اليمنية أمس.")
    assert events
    assert roles_of(events, "Houthis")


def test_the_men_of_the_rebellion_killed_in_yemen_are_houthis():
    events = ev("وقتل تسعة من مسلحي التمرد في كمين نصبته المقاومة الشعبية في مديرية مكيراس "
                "بمحافظة البيضاء اليمنية.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
