"""Roles (issue 8): "وتبع ذلك", "تلا ذلك", "أعقب ذلك" open a clause of their own.

"قصفت الفصائل التل بالمدفعية تمهيدا للاقتحام، وتبع ذلك دخول مقاتلين من جيش الفتح إلى القرية":
the shelling's clause ran on past "وتبع ذلك" into the next deed, so the fighters who went in
after it — "مقاتلين من X", read as the "80 إرهابيا من X" of the side hit — were the side the
shelling struck. A deed that followed the one told is told in its own clause (clauses.yaml
openers), with its own sides.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def shelled(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type in ("shelling", "airstrike", "bombardment")]


def test_fighters_who_went_in_after_the_shelling_were_not_shelled():
    events = ev("وقصفت فصائل المعارضة بالمدفعية مواقع قوات النظام في بلدة مورك بريف حماة، "
                "وتبع ذلك دخول مقاتلين من جيش الفتح إلى البلدة.")
    assert shelled(events)
    assert "Jaysh al-Fateh" not in {a.name for e in shelled(events) for a in e.actors
                                    if a.role == "actor2"}


def test_what_followed_the_raids_is_not_their_target():
    events = ev("وشن الطيران الحربي غارات على مواقع في مدينة الزبداني، تلا ذلك تقدم عناصر من حزب الله "
                "نحو أطراف المدينة.")
    assert shelled(events)
    assert "Hezbollah" not in {a.name for e in shelled(events) for a in e.actors if a.role == "actor2"}


def test_what_followed_the_bombing_is_not_its_target():
    events = ev("وقصفت قوات النظام بلدة كفرنبودة بريف حماة بالصواريخ، وأعقب ذلك اقتحام مسلحين من "
                "جبهة النصرة لحاجز في البلدة.")
    assert shelled(events)
    assert "Hayat Tahrir al-Sham" not in {a.name for e in shelled(events) for a in e.actors
                                          if a.role == "actor2"}
