"""Who lost the ground of a taking told by a verb or noun of expulsion (triggers.yaml
``target_after``: "طرد", "دحر", "تطهير"): its object, not its subject, is the side hit — and
Arabic word order decides which side that is. Read by the roles step (`events.extract.roles`)
once the cue words around each side have been read. Split from `events.extract.roles`."""
from __future__ import annotations

from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.morphology import affixes
from events.extract.role_cues import ally_cue, coordinated, lam_marked, oblique_object
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon

NOUN_REACH = 4  # words from an event noun to a verb's form joined to it by و ("تحرير محافظة عدن وطرد")


def ground_lost(doc: Doc, c: Candidate, near: list[tuple[int, ActorMention]], targets: set[int],
                agents: set[int], t0: int, t1: int, lex: RoleLexicon) -> set[int]:
    """The sides (by their index in ``doc.actors``) of ``near`` that lost the ground, besides
    ``targets``: "X طرد Y" / "بعد طرد Y": Y; "طردت X Y" (VSO): the second one. ``t0``/``t1``:
    where the candidate's event words begin and end."""
    if not any(t.target_after for t in c.triggers):
        return set()
    has_before = any(m.last <= t0 for k, m in near if k not in targets)
    # (not an ally: "نجحت القبائل في طرد القاعدة بدعم من القوات الأمريكية")
    following = [k for k, m in near if m.first >= t1 and k not in targets | agents
                 and not ally_cue(doc, m.first, lex)]
    nominal = all(not t.verb or _nominal(doc, t.first, lex) for t in c.triggers if t.target_after)
    if has_before and following or following and _split(doc, c):
        return {following[0]}  # "heavy shelling forced the rebels from the town": its object
    if (nominal or following and oblique_object(doc, doc.actors[following[0]], t1, lex)) \
            and following and not any(m.first >= t1 for k, m in near if k in targets):
        # "بعد طرد ميليشيات الحوثي وقوات المخلوع منها": the noun's object lost the ground,
        # and so did the sides joined to it by و; "طرد المقاومة للحوثيين": the one after ل
        rest = [(k, doc.actors[k]) for k in following]
        marked = [i for i, (_, m) in enumerate(rest) if lam_marked(doc, m)]
        return set(coordinated(doc, rest[marked[0] if marked else 0:]))
    if len(following) >= 2 and _same_clause(doc, doc.actors[following[0]], doc.actors[following[1]]):
        return {following[1]}
    if len(following) == 1 and not has_before and _expelled_alone(doc, c, doc.actors[following[0]], lex):
        return {following[0]}
    return set()


ORIGIN_REACH = 2  # words from the side to the "من" of where it was driven from ("فصائل المعارضة السورية منها")


def _expelled_alone(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"وسيطرت قوات النظام على المنطقة وطردت فصائل المعارضة منها": a verb of expulsion glued
    to و, the one side after it, then where from ("من", a pronoun glued: "منها", "منهما" —
    morphology.yaml ``object_suffixes``) within `ORIGIN_REACH` words and no side after: the
    side is the object driven out, the verb goes on with the earlier clause's subject
    (`role_subjects.previous_subject`)."""
    verb = next((t for t in c.triggers if t.target_after and t.verb and t.last == m.first), None)
    if verb is None or not doc.tokens[verb.first].key.startswith(tuple(lex.between_joins)):
        return False
    end = min(len(doc.tokens), m.last + ORIGIN_REACH + 1)
    suffixes = ("", *affixes().object_suffixes)  # (morphology.yaml: "منها", "منهم", "منهما")
    origin = next((k for k in range(m.last, end) if any(
        doc.tokens[k].key in {w + s for s in suffixes} for w in lex.origin)), None)
    return origin is not None and not any(m.last <= a.first <= origin for a in doc.actors if a is not m) \
        and not doc.punctuated(m.last - 1, origin)


def _split(doc: Doc, c: Candidate) -> bool:
    """An English verb of expulsion whose particle follows its object ("drove IS out of",
    ``split_expulsions``): the side right after it is its object, a subject named or not (not
    "it has been driven out of Fallujah and pro-government forces …": the particle right after
    the verb, the side after them is no object)."""
    split = trigger_lexicon(doc.language).expulsions
    return split is not None and any(
        t.target_after and t.verb and t.last == t.first + 1 and doc.tokens[t.first].key in split.forms
        and t.last < len(doc.tokens) and doc.tokens[t.last].key not in split.particles
        for t in c.triggers)


def _nominal(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """The verb's form at token ``k`` is its noun, whose object comes right after: after a word of
    circumstance ("بعد طرد الحوثيين", "وبعد طرد") or a preposition ("تمكنت من طرد"), or joined
    by و to the noun of another event word just before ("بعد تحرير عدن وطرد الميليشيات")."""
    if k == 0:
        return False
    if not trigger_lexicon(doc.language).circumstance.isdisjoint(doc.tokens[k - 1].stems) \
            or doc.tokens[k - 1].key in lex.noun_openers:
        return True
    joins = lex.between_joins
    joined = any(doc.tokens[k].key.startswith(j) for j in joins) or doc.tokens[k - 1].key in joins
    return joined and any(not t.verb and t.last <= k and k - t.last <= NOUN_REACH
                          and not doc.gap_has(t.last - 1, k, ".،,;؛:")
                          for t in doc.triggers)


def _same_clause(doc: Doc, first: ActorMention, second: ActorMention) -> bool:
    """Two sides after a verb of expulsion are its subject and object ("طردت قوات الجيش مسلحي
    داعش") only with no other event word and no punctuation between: "… وطرد الميليشيات تم
    إطلاق جسر جوي من قبل قوات التحالف" names the second side in another clause."""
    return not any(first.last <= t.first < second.first for t in doc.triggers) \
        and not doc.gap_has(first.last - 1, second.first, ".،,;؛:")


def held_from(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"تحرير جامعة الأنبار من سيطرة تنظيم داعش", "انتزعوها من أيدي التنظيم": X right after a
    word of holding (roles.yaml ``held_from``) with its "من" before held the ground that was
    taken from it — the side that lost it, never the taker, even when the word of holding is
    the event's only word ("سيطرة X" alone would name X the one who took control)."""
    k = m.first - 1
    return k >= 1 and not lex.held_words.isdisjoint(doc.tokens[k].stems) \
        and doc.tokens[k - 1].key in lex.held_links \
        and not any(ch in doc.gap(k - 1, k) + doc.gap(k, m.first) for ch in ".،,;؛:")


LOSS_REACH = 3  # words from the side to its verb of losing: "قادة التنظيم قد فقدوا زمام السيطرة"


def control_lost(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"فقدت ميليشيات الحوثي سيطرتها على منطقة", "فقد النظام السيطرة على ثلثي البلاد", "قادة
    التنظيم قد فقدوا زمام السيطرة", "تقهقر قوات الأسد وفقدانها السيطرة على المدينة": the side
    that a verb of losing (or the owner of its noun, roles.yaml ``held_from.lost_by``) makes the
    subject of a word of control lost the ground — the side hit. The word of control alone
    names its subject the taker ("سيطرت X على"), so the loser was the actor of its own defeat.
    The verb stands right before the side and the word of control right (or one word) after
    it; or the side stands a few words before the verb, no punctuation and no other side between,
    and the word of control right (or one word) after the verb."""
    if c.event_type != "territory_change" or not lex.lost_by:
        return False
    toks = doc.tokens
    for t in c.triggers:
        if t.event_type != "territory_change":
            continue
        if m.first > 0 and not lex.lost_by.isdisjoint(toks[m.first - 1].stems) and 0 <= t.first - m.last <= 1:
            return True
        j = next((j for j in (t.first - 1, t.first - 2) if j >= 0 and not lex.lost_by.isdisjoint(toks[j].stems)),
                 None)
        if j is not None and m.last <= j and j - m.last <= LOSS_REACH \
                and not doc.punctuated(m.last - 1, j) \
                and not any(m.last <= a.first < j for a in doc.actors):
            return True
    return False
