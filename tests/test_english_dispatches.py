"""A verb of sending with a force for object is a deployment, though no deployment word names
it: "Ankara rushed more tanks to the frontier", "the army sent 400 soldiers to Hama"
(en/triggers.yaml ``dispatches``, found as air drops are). Sending anything else (a letter,
aid, an envoy) is none; nor is a force sent that is told later ("units sent to the scene"). The
force named makes the article worth reading on its own: a state that sent it is read only after
the gate (`pipeline.could_hold_events`), as a place turned actor."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 10, 8)  # a Saturday
LEAD = "Rebel shells hit Azaz on Thursday, killing four people. "


def deployments(text: str) -> list[tuple[str | None, str | None]]:
    """(actor1, place) of each deployment read from ``text``."""
    out = []
    for e in extract(LEAD + text, published=DAY, language="en"):
        if e.event_type == "deployment":
            a1 = next((a.name for a in e.actors if a.role == "actor1"), None)
            place = e.location or e.destination
            out.append((a1, place.name if place else None))
    return out


def test_a_state_sending_tanks_deploys_them():
    assert deployments("Turkey sent more tanks to the border with Syria on Friday.") == [
        ("Turkish Armed Forces", None)]


def test_an_army_sending_soldiers_deploys_them():
    got = deployments("The army sent 400 soldiers and a column of tanks to Hama on Friday.")
    assert got and got[0][0] == "Syrian Arab Army"


def test_rushing_a_force_is_a_deployment_too():
    assert deployments("Ankara rushed armour and commandos to the frontier on Friday.")


def test_sending_a_letter_is_no_deployment():  # twin
    assert deployments("Turkey sent a letter to the Security Council on Friday.") == []


def test_sending_aid_is_no_deployment():  # twin
    assert deployments("Turkey sent food and medicine to Azaz on Friday.") == []


def alone(text: str) -> list[tuple[str, str | None]]:
    """(event type, actor1) of each event of ``text`` as a whole article."""
    return [(e.event_type, next((a.name for a in e.actors if a.role == "actor1"), None))
            for e in extract(text, published=DAY, language="en")]


def test_a_state_sending_reinforcements_is_read_in_an_article_of_its_own():
    assert alone("Turkey sent reinforcements to the border with Syria on Friday.") == [
        ("deployment", "Turkish Armed Forces")]


def test_a_capital_that_has_rushed_commandos_is_read_in_an_article_of_its_own():
    assert alone("Ankara has rushed commandos to the frontier on Friday.") == [
        ("deployment", "Turkish Armed Forces")]


def test_a_letter_sent_alone_is_still_nothing():  # twin
    assert alone("Turkey sent a letter to the Security Council on Friday.") == []
