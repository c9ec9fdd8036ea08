"""A state named by an official's "his country" (part of the ``actor_context`` step): "أكد وزير
الخارجية التركي أن بلاده ستبدأ قريبا بمحاربة داعش" — "بلاده" (roles.yaml ``own_country``) in
the slot of a state before its verb of doing or starting (`actors_implied.before_state_verb`)
is the country of the official named before it by his people's adjective ("التركي"): that
state's forces, from the nationality table. Without it the wires' "Turkey will soon fight IS"
had no actor, and a plan is told by who makes it."""
from __future__ import annotations

from events.extract.actor_registry import ActorInfo, Registry
from events.extract.actors_implied import STATE_CARRIED_REACH, add_actors, before_state_verb
from events.extract.doc import ActorMention, Doc
from events.extract.role_lexicon import role_lexicon

OFFICIAL_REACH = 12  # words back from "بلاده" to the official's adjective ("التركي مولود جاوش اوغلو أن")


def own_country_acting(doc: Doc, reg: Registry) -> None:
    """Add the state's forces for each "بلاده" right before a state's verb of doing whose event
    word follows, the nearest people's adjective before it in its sentence (definite: "التركي",
    "الأمريكية"; no other adjective of a people between) naming the state."""
    words = role_lexicon(doc.language).own_country
    if not words or not reg.nationalities or not doc.triggers:
        return
    toks, added = doc.tokens, []
    seen: set[int] = set()
    for t in doc.triggers:  # (the verb stands a few words before its event word)
        for k in range(max(0, t.first - STATE_CARRIED_REACH - 1), t.first):
            if k in seen or toks[k].key not in words or k in doc.actor_tokens or not before_state_verb(doc, k + 1):
                continue
            seen.add(k)
            info = _official_state(doc, reg, k)
            if info is not None:
                tok = toks[k]
                added.append(ActorMention(tok.start, tok.end, doc.surface(tok.start, tok.end),
                                          doc.sentence_of(tok.start), k, k + 1, actor_id=info.id,
                                          name=info.name, name_ar=info.name_ar, actor_type=info.type,
                                          side=info.side, state_named=True))
    add_actors(doc, added)


def _official_state(doc: Doc, reg: Registry, k: int) -> ActorInfo | None:
    """The actor of the people's adjective nearest before token ``k`` in its sentence, within
    `OFFICIAL_REACH` words, or None."""
    first = doc.sentences[doc.sentence_of_token(k)].tokens[0]
    for j in range(k - 1, max(first, k - OFFICIAL_REACH) - 1, -1):
        tok = doc.tokens[j]
        stem = next((s for s in tok.stems if s in reg.nationalities), None)
        if stem is not None and tok.key[:-len(stem)].endswith("ال"):
            return reg.by_id.get(reg.nationalities[stem]["actor"])
    return None
