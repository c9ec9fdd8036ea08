"""Who carried out an attack, and whether it was an attack or a clash, in constructions of
Arabic news prose — each with sentences written for it."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2017, 6, 2)  # a Friday


def ev(text: str, published: date | None = PUB) -> list[Event]:
    return extract(text, published=published, article_id="t")


def roles(e: Event) -> dict[str, str]:
    return {a.name: a.role for a in e.actors}


# --- "attacks from/of X": the group tied to an event noun by من or ل carried them out
def test_a_village_hit_by_an_attack_from_a_group_names_the_group_as_attacker():
    events = ev("وتعرضت بلدة في ولاية بورنو أمس لهجوم مباغت من مقاتلي بوكو حرام أوقع 7 قتلى من المزارعين.")
    assert [e.event_type for e in events] == ["attack"]
    assert roles(events[0]) == {"Boko Haram": "actor1"}


def test_attacks_of_a_group_after_an_adjective_clause_name_the_group_as_attacker():
    events = ev("ونزح الأهالي من قرى ولاية بورنو الشهر الماضي بعد هجمات كانت الأعنف لجماعة بوكو حرام "
                "قتل فيها العشرات من المدنيين.")
    attacks = [e for e in events if e.event_type == "attack"]
    assert attacks and roles(attacks[0]).get("Boko Haram") == "actor1"


def test_fighters_of_a_group_killed_in_an_army_attack_are_the_side_hit():
    events = ev("وقتل 6 من مسلحي بوكو حرام أمس في هجوم للجيش على معسكر لهم في ولاية بورنو.")
    assert [e.event_type for e in events] == ["clash"]
    assert roles(events[0])["Boko Haram"] == "actor2"

