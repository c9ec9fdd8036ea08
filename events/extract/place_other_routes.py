"""Where people fled to is not where the fighting was: a place that ends the route of another
event's word of movement ("اشتباكات في ريف حماة، ما دفع السكان إلى النزوح نحو إدلب") places
that flight or withdrawal, not the clash told beside it (`events.extract.place_roles`)."""
from __future__ import annotations

from events.extract.doc import Candidate, Doc, PlaceMention

ROUTE_REACH = 8  # words from a movement's word to the end of its route ("النزوح من … إلى إدلب")


def without_other_routes(doc: Doc, c: Candidate, roles: list[tuple[PlaceMention, str | None]],
                         rest: list[PlaceMention]) -> list[PlaceMention]:
    """``rest`` without the places that end another event's route; with no other place left,
    where that route began (a battle told by the flight it caused: "أجبرت المعارك السكان على
    النزوح من ريف حماة إلى إدلب"), else ``rest`` unchanged."""
    routed = {id(p) for p, role in roles if role in ("origin", "destination")
              and _on_another_route(doc, c, p)}
    if not routed:
        return rest
    return [p for p in rest if id(p) not in routed] or [
        p for p, role in roles if role == "origin" and id(p) in routed] or rest


def _on_another_route(doc: Doc, c: Candidate, p: PlaceMention) -> bool:
    """The event word told last before the place, no stop between, is another event's word
    of movement (a flight, a withdrawal)."""
    before = [t for t in doc.triggers if t.sentence == p.sentence and t.last <= p.first]
    t = max(before, key=lambda t: t.last, default=None)
    return (t is not None and t.event_type == "movement" and t not in c.triggers
            and p.first - t.last <= ROUTE_REACH and not doc.punctuated(t.last - 1, p.first))
