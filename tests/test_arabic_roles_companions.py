"""Actor roles (issue 8) of a side's allies and of an air force: an ally named right after a
side as "their allies" or "backed by" ("الحوثيين وحلفائهم من قوات صالح", "الحوثيون المدعومون
بالقوات الموالية للمخلوع") shares that side's part — acting with it, or hit with it — and is
never a target of its own; in an air strike the air force acts, never the side it struck.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_allies_backing_the_attackers_attack_with_them():
    events = ev("حاول الحوثيون المدعومون بالقوات الموالية للمخلوع الهجوم على مواقع المقاومة في مأرب أمس.")
    assert events
    assert roles_of(events, "Houthis") == {"actor1"}
    assert roles_of(events, "Saleh loyalist forces") == {"associated"}


def test_their_allies_loyal_to_a_leader_fight_on_their_side():
    events = ev("وتدور مواجهات عنيفة منذ الصباح في مدينة إب بين الحوثيين وحلفائهم الموالين للرئيس "
                "السابق علي عبدالله صالح من جهة وقوات المقاومة الشعبية من جهة أخرى.")
    assert events
    assert roles_of(events, "Saleh loyalist forces") == {"associated"}


def test_their_allies_are_hit_with_the_side_that_was_hit():
    # (a guard, right on main too)
    events = ev("وقصفت طائرات التحالف أمس مواقع الحوثيين وحلفائهم من قوات صالح في محافظة صعدة.")
    assert events
    assert roles_of(events, "Saleh loyalist forces") == {"actor2"}


def test_a_side_after_one_end_of_a_fight_is_no_ally():
    # (a guard, right on main too: "من جهة" closes the first side, the Resistance is the other)
    events = ev("واندلعت اشتباكات عنيفة أمس في محافظة مأرب بين ميليشيات الحوثي وحلفائها من جهة "
                "والمقاومة الشعبية من جهة أخرى.")
    assert events
    assert roles_of(events, "Yemeni government forces") == {"actor2"}


def test_the_side_struck_by_warplanes_is_not_the_striker():
    events = ev("وشنت مقاتلات التحالف أمس بعشرين غارة الميليشيات المتمردة في بلدة تبن بمحافظة لحج.")
    assert events
    assert roles_of(events, "Saudi-led coalition") == {"actor1"}
    assert roles_of(events, "Houthis") == {"actor2"}


def test_the_state_named_after_the_strike_word_keeps_its_strike():
    # (a guard: "الغارات التركية" are Turkey's, whoever else is named)
    events = ev("وقصفت المقاتلات التركية أمس مواقع لتنظيم داعش قرب الحدود بعد أيام من دعوة التحالف "
                "الدولي أنقرة إلى المشاركة في الغارات.")
    assert events
    assert "actor2" not in roles_of(events, "Turkish Armed Forces")
