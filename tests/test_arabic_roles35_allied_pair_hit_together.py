"""Roles: two allied sides joined by و, the second hit by a cue of its own — "دحر العدوان الحوثي
وقوات المخلوع" — were hit together: the first, with no cue of acting, does not strike its
ally.

The forward rule ("ضد داعش وجبهة النصرة": the side after a side hit is hit with it) had no
backward twin: the first of the pair, named by an adjective or with no cue, was picked as the
actor and its ally made its target (`roles._assign_actors`). Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 1)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_houthi_aggression_and_the_deposed_presidents_forces_driven_out():
    events = ev("وفي اليمن، تعهدت الحكومة بدحر العدوان الحوثي وقوات المخلوع من كل المحافظات.")
    assert events
    assert roles_of(events, "Houthis") == {"actor2"}
    assert roles_of(events, "Saleh loyalist forces") == {"actor2"}


def test_allies_that_shell_together_still_act_together():
    """A guard (passes on 5cd9374 too): neither of the pair is hit, the first acts."""
    events = ev("وفي اليمن، قصف الحوثيون وقوات صالح أحياء سكنية في مدينة تعز.")
    assert roles_of(events, "Houthis") == {"actor1"}
    assert "actor2" not in roles_of(events, "Saleh loyalist forces")


def test_foes_fighting_between_them_are_no_pair_hit():
    """A guard (passes on 5cd9374 too): "بين X وY" names a fight's two sides."""
    events = ev("وفي اليمن، اندلعت اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مدينة تعز.")
    assert roles_of(events, "Yemeni government forces") == {"actor1"}


def test_a_joint_subject_right_after_the_verb_keeps_acting():
    """A guard (passes on 5cd9374 too): the pair right after an event verb is its subject —
    the first acts whatever befell the second."""
    events = ev("وفي اليمن، طردت قوات المقاومة الشعبية والتحالف العربي أنصار الحوثي وصالح من مدينة "
                "الضالع.")
    assert roles_of(events, "Yemeni government forces") == {"actor1"}
