""""All rebels must leave the city by Friday", "the embassy staff should be withdrawn": what
must or should be done is asked for, no event that happened (en/triggers.yaml
``modality.cues.obliged``, mapped to ``demanded``, bound to the event word after it only —
`modality_binding._FORWARD`). Not "must have" (`modality.not_next`): an inference of a deed
done; not a deed told done before it ("condemned the air strike saying those responsible should
be tried") nor one named done after it ("must visit the site of the alleged gas attack",
`_told_done`; "must be punished for the chemical attack", `scope_ends`)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 11, 4)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in extract(text, published=PUB, language="en")]


def test_must_leave_is_asked_for():
    assert _events("The defence ministry said on Wednesday that all gunmen must leave the "
                   "eastern districts of Deir ez-Zor by Sunday evening.") == []


def test_should_withdraw_is_asked_for():
    assert _events("Kurdish fighters should withdraw from the town of Tal Abyad within a week, "
                   "Ankara said.") == []


def test_deed_told_before_should_happened():
    """Guard: a strike condemned before "should" happened (passes on the base)."""
    assert _events("The envoy condemned the air strike on the bakery in Maarat al-Numan saying "
                   "the perpetrators should be tried.") == [("airstrike", "actual")]


def test_punished_for_the_attack_happened():
    """Guard: the deed punished is no demand (passes on the base, which reads no "must")."""
    assert _events("The opposition said the regime must be punished for the chlorine attack on "
                   "Sarmin in March.") == [("attack", "actual")]


def test_alleged_attack_site_to_visit_stays_alleged():
    """Guard: the attack named by "alleged" after a demand stays (passes on the base)."""
    assert _events("Paris said investigators must reach the site of the alleged gas attack in "
                   "Zamalka.") == [("attack", "alleged")]
