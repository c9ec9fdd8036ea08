"""Mentions that tell a new event of a kind already told (part of the identity step,
`events.extract.identity`): the writer marks them so, and event identity must not fold them
into the event before.

- a word of novelty right before the event noun: "fresh clashes erupted", "a new air strike",
  "renewed fighting", "another raid";
- an additive adverb beside the event word: the town "also came under fire", five more "were
  also killed by bombs", "artillery fire also hit the village" — a further place or target hit,
  not the same blow told again.

Only a mention with a place of its own is told apart so; result words alone ("the blast also
wounded 12") and definite or demonstrative mentions ("the attack also killed", "were also
wounded in the attack") describe the event already told and are never new. The words are
``novelty`` in ``data/lexicon/<lang>/triggers.yaml``; a language without them has none.
"""
from __future__ import annotations

from events.extract.doc import Candidate, Doc
from events.extract.trigger_records import TriggerLexicon


def novel(doc: Doc, c: Candidate, lex: TriggerLexicon) -> bool:
    """``c`` is marked by its own words as an event not told before."""
    if not (lex.novel_before or lex.novel_adverbs) or c.weak or c.demonstrative:
        return False
    if c.location is None:
        return False  # no place of its own to tell it apart: the writer's "also" adds a detail
    if any(x.definite for x in c.triggers):
        return False  # "were also wounded in the attack": the event named again
    t = c.triggers[0]
    first, end = doc.sentences[c.sentence].tokens
    before = doc.tokens[t.first - 1].key if t.first > first else ""
    if before in lex.novel_before or before in lex.novel_adverbs:
        return True
    # the event noun as subject, the adverb after it: "artillery fire also hit the town"
    return not t.verb and t.last < end and doc.tokens[t.last].key in lex.novel_adverbs
