"""A side named as the author of a strike that backs another deed ("وبدعم من الغارات الجوية التي
تقودها السعودية تمكن المقاتلون من طرد الحوثيين", "بمساندة ضربات جوية يشنها التحالف العربي",
"بدعم من غارات مكثفة من طيران التحالف"): the word of support (roles.yaml ``ally_cues``) stands
before the strike's noun, not before the side, so `role_cues.ally_cue` (three words back from
the side) misses it and the side acted or was hit in the deed it backed. Its own strike keeps it
as its author. Kept apart from `events.extract.roles` (past 400 lines) for that reason."""
from __future__ import annotations

from events.extract.doc import ActorMention, Candidate, Doc, Trigger
from events.extract.role_lexicon import RoleLexicon

NOUN_REACH = 4  # words from the strike's noun to its author ("الغارات الجوية التي تقودها السعودية")
CUE_REACH = 3  # words from the word of support to the strike's noun ("بدعم من الغارات")


def backs_through_strike(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """``m`` is the author (`_authors`) of a strong event noun that is none of ``c``'s words,
    and a word of support stands at most `CUE_REACH` words before that noun: ``m`` backs
    ``c``'s deed."""
    return any(_authors(doc, c, t, m, lex) and any(
        s in lex.ally for k in range(max(0, t.first - CUE_REACH), t.first) for s in doc.tokens[k].stems)
        for t in doc.triggers)


def _authors(doc: Doc, c: Candidate, t: Trigger, m: ActorMention, lex: RoleLexicon) -> bool:
    """``m`` stands at most `NOUN_REACH` words after the strong noun ``t`` (not one of ``c``'s),
    no punctuation and no other side between, and is tied to it: right after it or after one
    word (its adjective: "الغارات الجوية للتحالف"), or after a verb whose pronoun is the strike
    ("التي تقودها السعودية"), or after a link ("غارات مكثفة من طيران التحالف")."""
    if t.verb or t.strength <= 0.5 or not t.last <= m.first <= t.last + NOUN_REACH:
        return False
    if any(t.first == x.first for x in c.triggers) or doc.punctuated(t.first, m.first):
        return False
    if any(t.last <= a.first < m.first for a in doc.actors):
        return False
    before = doc.tokens[m.first - 1].key
    return m.first - t.last <= 1 or before in lex.strike_author_verbs or before in lex.noun_agent_links
