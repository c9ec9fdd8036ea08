"""Actor roles (issue 8): a force that announces its own soldiers' death with the result noun.

"قال الجيش إن جنديين قتلا في هجوم" already made the army the side hit (`role_speakers.own_dead`
after a bare "أن"). The army's statement as often opens with the noun of the result itself:
"أعلن الجيش مقتل ضابط وثلاثة جنود في انفجار عبوة", "أعلن المتحدث العسكري، أمس، عن مقتل
مجندين" — a date or "عن" between. Its soldiers named there are its own dead: it was hit, and
it remains the claimant (roles.yaml ``report_links``, `role_speakers.told_result`). Its foes
counted dead ("أعلن الجيش مقتل خمسة مسلحين") make it no victim. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 2)
ALGERIA, EGYPT = "Algerian People's National Army", "Egyptian armed forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_army_announcing_two_officers_and_a_soldier_dead_in_a_mine_blast_was_hit():
    events = ev("وأعلن الجيش الجزائري أمس مقتل ضابطين وجندي في انفجار لغم أرضي بولاية عين الدفلى.")
    assert events
    assert roles_of(events, ALGERIA) == {"actor2"}
    assert {e.claimant for e in events} == {ALGERIA}


def test_the_spokesman_announcing_conscripts_dead_after_about_was_hit():
    events = ev("وأعلن المتحدث العسكري باسم الجيش المصري، اليوم، عن مقتل مجندين اثنين وإصابة ضابط إثر "
                "انفجار عبوة ناسفة جنوب مدينة العريش.")
    assert events
    assert roles_of(events, EGYPT) == {"actor2"}
    assert {e.claimant for e in events} == {EGYPT}


def test_the_army_announcing_soldiers_dead_in_a_roadside_bomb_with_the_day_after_was_hit():
    events = ev("أعلن الجيش المصري مقتل ثلاثة جنود أمس في انفجار عبوة ناسفة استهدفت مدرعة بمدينة "
                "الشيخ زويد.")
    assert events
    assert "actor2" in roles_of(events, EGYPT)
    assert "actor1" not in roles_of(events, EGYPT)


def test_the_army_announcing_gunmen_dead_is_not_hit():
    """A guard (passes on main too): the dead are its foes — no soldier of its own."""
    events = ev("وأعلن الجيش المصري أمس مقتل خمسة مسلحين في انفجار عبوة ناسفة كانوا يعدونها بمدينة "
                "رفح.")
    assert "actor2" not in roles_of(events, EGYPT)


def test_the_army_announcing_its_aircraft_killed_gunmen_is_not_hit():
    """A guard (passes on main too): its own aircraft named in its words make it the author."""
    events = ev("وأعلن الجيش المصري أمس مقتل عشرة مسلحين في غارات شنتها طائراته على مواقعهم جنوب "
                "مدينة الشيخ زويد.")
    assert "actor2" not in roles_of(events, EGYPT)
