"""A state after a verb of leading that follows an event word ("الضربات الجوية التي تقودها
السعودية", "غارات جوية تقودها الولايات المتحدة"): the strikes are the coalition's the state
leads (actors.yaml ``state_allies.lead_verbs`` and ``led``). Read by
`events.extract.actors_implied.states_acting`."""
from __future__ import annotations

from events.extract.actor_registry import ActorInfo, Registry
from events.extract.doc import Doc, PlaceMention

LED_REACH = 3  # words from the event word's end to the verb of leading ("الجوية التي تقودها")


def led_coalition(doc: Doc, reg: Registry, p: PlaceMention) -> ActorInfo | None:
    """The coalition the state at ``p`` leads, when a verb of leading stands right before it and
    an event noun ends at most `LED_REACH` words before that verb, no punctuation and no side
    between ("استعاد التحالف العربي الذي تقوده السعودية": the coalition is named already);
    else None."""
    k = p.first - 1
    coalition = reg.state_allies[1].get(p.place.country or "", "") if p.place else ""
    if k < 1 or not coalition or doc.tokens[k].key not in reg.state_lead_verbs:
        return None
    if not any(k - LED_REACH <= t.last <= k and t.strength > 0.5 and not t.verb
               and not doc.punctuated(t.last - 1, p.first)
               and not any(t.last <= a.first < k for a in doc.actors) for t in doc.triggers):
        return None
    return reg.by_id.get(coalition)
