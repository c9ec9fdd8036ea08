"""Who lost the ground of a taking told by a verb or noun of expulsion (triggers.yaml
``target_after``: "طرد", "دحر", "تطهير"): its object, not its subject, is the side hit — and
Arabic word order decides which side that is. Read by the roles step (`events.extract.roles`)
once the cue words around each side have been read. Split from `events.extract.roles`."""
from __future__ import annotations

from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.role_cues import coordinated, lam_marked, oblique_object
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon


def ground_lost(doc: Doc, c: Candidate, near: list[tuple[int, ActorMention]], targets: set[int],
                agents: set[int], t0: int, t1: int, lex: RoleLexicon) -> set[int]:
    """The sides (by their index in ``doc.actors``) of ``near`` that lost the ground, besides
    ``targets``: "X طرد Y" / "بعد طرد Y": Y; "طردت X Y" (VSO): the second one. ``t0``/``t1``:
    where the candidate's event words begin and end."""
    if not any(t.target_after for t in c.triggers):
        return set()
    has_before = any(m.last <= t0 for k, m in near if k not in targets)
    following = [k for k, m in near if m.first >= t1 and k not in targets | agents]
    # (a verb's form after "بعد"/"إثر" is its noun: "بعد طرد الحوثيين")
    circumstance = trigger_lexicon(doc.language).circumstance
    nominal = all(not t.verb or t.first > 0 and doc.tokens[t.first - 1].key in circumstance
                  for t in c.triggers if t.target_after)
    if has_before and following:
        return {following[0]}
    if (nominal or following and oblique_object(doc, doc.actors[following[0]], t1, lex)) \
            and following and not any(m.first >= t1 for k, m in near if k in targets):
        # "بعد طرد ميليشيات الحوثي وقوات المخلوع منها": the noun's object lost the ground,
        # and so did the sides joined to it by و; "طرد المقاومة للحوثيين": the one after ل
        rest = [(k, doc.actors[k]) for k in following]
        marked = [i for i, (_, m) in enumerate(rest) if lam_marked(doc, m)]
        return set(coordinated(doc, rest[marked[0] if marked else 0:]))
    if len(following) >= 2:
        return {following[1]}
    return set()
