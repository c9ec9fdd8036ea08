"""The dead a side lost, named before the result verb they are the subject of:

* what may stand between them and the verb (`role_victims.died_before`): "سبعة عناصر من تنظيم
  القاعدة، بينهم قيادي بارز، قتلوا", "قيادي في تنظيم داعش وخمسة متشددين آخرين قتلوا" — a list of
  who was among them set off by a comma, or others of theirs counted and joined by و;
* the subject such a verb carries from an earlier clause when the comma splits them
  (`dies_carried`, read by `roles.assign_roles`): it died, it did not strike."""
from __future__ import annotations

from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.morphology import affixes
from events.extract.numbers import is_count
from events.extract.role_agents import past_date
from events.extract.role_lexicon import RoleLexicon

ASIDE_REACH = 6  # words of a list of the dead before the comma that ends it ("بينهم قيادي بارز،")
JOINED_REACH = 3  # words after the و-glued count ("وخمسة متشددين آخرين")


def past_aside(doc: Doc, k: int, lex: RoleLexicon) -> int:
    """The first token after such an aside starting at token ``k`` (``k`` when none starts
    there): a victim-list word (roles.yaml ``victim_lists``) and the words up to the comma that
    closes it, or a count glued to و and the words of its noun closed by a word of others of
    theirs (roles.yaml ``dead_others``; no stop among them)."""
    toks = doc.tokens
    if k >= len(toks):
        return k
    if toks[k].key in lex.victim_lists:
        for j in range(k + 1, min(len(toks), k + ASIDE_REACH + 1)):
            if doc.gap_has(j - 1, j, "،,"):
                return j
        return k
    key = toks[k].key
    if key.startswith("و") and is_count(key[1:], doc.language):
        j, others = k + 1, False
        while j < len(toks) and j - k <= JOINED_REACH and not doc.punctuated(j - 1, j) \
                and not any(t.first == j for t in doc.triggers):
            others = others or toks[j].key in lex.dead_others
            j += 1
        return j if others and j < len(toks) and any(t.first == j for t in doc.triggers) else k
    return k


def dies_carried(doc: Doc, c: Candidate, subject: ActorMention, lex: RoleLexicon) -> bool:
    """The candidate opens with a result verb that carries its subject as a pronoun and has no
    object after it — no object pronoun glued to it ("وقتلته بعد إصابته": he was its object),
    its circumstance word right after it, a date perhaps between ("…، بينهم قيادي بارز، قتلوا
    فجر اليوم في غارة"): the verb is the passive, and the ``subject`` carried from before it in
    its own sentence died in the event, it did not deal it. (A subject carried from the
    sentence before is the actor of that sentence's deed, not the dead of this one.)"""
    t = c.triggers[0]
    if not t.verb or t.strength > 0.5 or subject.sentence != c.sentence \
            or doc.tokens[t.last - 1].key.endswith(affixes().object_suffixes):
        return False
    k = past_date(doc, t.last)
    return k < len(doc.tokens) and doc.tokens[k].key in lex.circumstance
