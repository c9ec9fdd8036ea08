"""Actor roles (issue 8) in an ambush: "كمين مسلح نصبته المقاومة", "كمين نصبه مسلحون حوثيون" —
the side after the verb of setting the ambush set it (a relative agent cue, like "شنه"), and
"مسلح" right after the ambush or a clash ("كمينا مسلحا", "في صدام مسلح مع متطرفي داعش") is the
noun's adjective, no unnamed gunman. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_who_set_the_ambush_acted():
    events = ev("وفي غرب اليمن لقي خمسة حوثيين حتفهم أمس جراء كمين مسلح نصبته المقاومة الشعبية "
                "على طريق في مدينة الحديدة.")
    assert events
    assert roles_of(events, "Yemeni government forces") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}
    assert not roles_of(events, "Unidentified armed group")


def test_an_armed_clash_names_no_unnamed_gunmen():
    events = ev("وقال الجيش التركي إن جنديا قتل قرب الحدود في صدام مسلح مع عناصر من تنظيم داعش "
                "في ولاية كيليس أمس.")
    assert events
    assert not roles_of(events, "Unidentified armed group")
