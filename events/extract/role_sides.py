"""Sides that a role rule reads from the registry or from the words between two actors, not
from cues around one actor: an ally named right after a side shares its part ("الحوثيين
وحلفائهم من قوات صالح"), and in an air strike the air force acts. Used by
`events.extract.roles`."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES, allied, info_of, registry
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.role_cues import joined_remnants
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon

COMPANION_REACH = 7  # words between a side and its ally named after it
SUPPORT_REACH = 6  # words of a phrase of support after its cue ("بغطاء جوي كثيف من مقاتلات التحالف")


def companions(doc: Doc, near: list[tuple[int, ActorMention]], lex: RoleLexicon) -> dict[int, int]:
    """Each actor (by its index in ``doc.actors``) that is named as the ally of the armed actor
    right before it → that actor's index: "الحوثيين وحلفائهم الموالين لصالح", "الحوثيين
    وحلفائهم من قوات صالح", "الحوثيين المدعومين بالقوات الموالية للمخلوع", "ميليشيات الحوثي
    وفلول المخلوع صالح" (`role_cues.joined_remnants`). The ally is hit
    with the side when it was hit and stands with it otherwise — the "من" or "ل" before its
    name is no cue of a target of its own. So is a side named as the other of two ("مرتبطة
    بتنظيم القاعدة في المغرب أو تنظيم داعش", `_alternative`): never the first one's target."""
    out: dict[int, int] = {}
    ordered = sorted(near, key=lambda x: x[1].first)
    for (j, prev), (k, m) in zip(ordered, ordered[1:]):
        if prev.actor_type in ARMED_TYPES and (_ally_words(doc, prev.last, m.first, lex)
                                               or _loyal_force(doc, prev.last, m, lex)
                                               or _alternative(doc, prev, m, lex)
                                               or _member_named(doc, prev, m, lex)
                                               or m.first - 1 >= prev.last
                                               and joined_remnants(doc, m.first - 1, lex)):
            out[k] = out.get(j, j)
        elif j in out and m.first == prev.last and doc.tokens[m.first].key.startswith("و") \
                and not doc.gap(prev.last - 1, m.first).strip() and not _between(doc, out[j], lex):
            out[k] = out[j]  # "مسنودة بقوات المقاومة وطيران التحالف": a second ally joined
    return out


ALTERNATIVE_REACH = 4  # words from a side to the other of two ("القاعدة في المغرب الإسلامي أو")
MEMBER_CUE_REACH = 3  # words from a side to its word of composition ("، الذي يضم", "، وهي جزء")
MEMBER_REACH = 4  # words from that word to the other side ("المؤلف من فصائل أبرزها جبهة النصرة")


def _member_named(doc: Doc, prev: ActorMention, m: ActorMention, lex: RoleLexicon) -> bool:
    """An armed side ``m`` named as a member of the armed side ``prev`` right before it, or as
    the whole that ``prev`` is part of ("جيش الفتح -المؤلف من فصائل أبرزها جبهة النصرة-", "جيش
    الفتح، الذي يضم", "جبهة النصرة، وهي جزء من جيش الفتح"): a word of roles.yaml
    ``members_named`` at most `MEMBER_CUE_REACH` words after ``prev``, with only its ``openers``
    between (a relative, a copula: not "ضد داعش، شنت الفصائل المنضوية في جيش الفتح"), and
    ``m`` at most `MEMBER_REACH` words after that word, with only its ``between`` words of a
    list of members between ("من فصائل أبرزها"; not "التي تضم مقاتلين معادين للحوثيين", whose
    foe is named); no event word, no word of a target ("سيطر داعش على جزء من مناطق الجيش") and
    no end of a sentence or clause between. The registry may keep the two apart (the Nusra Front
    is no ally of the rebels at large), but the text puts them on one side."""
    if m.actor_type not in ARMED_TYPES:
        return False
    cue = next((k for k in range(prev.last, min(m.first, prev.last + MEMBER_CUE_REACH))
                if not lex.members_named.isdisjoint(doc.tokens[k].stems)), None)
    return cue is not None and 0 < m.first - cue <= MEMBER_REACH \
        and all(doc.tokens[k].key in lex.members_openers for k in range(prev.last, cue)) \
        and all(not lex.members_between.isdisjoint(doc.tokens[k].stems) for k in range(cue + 1, m.first)) \
        and not any(prev.last <= t.first < m.first for t in doc.triggers) \
        and not any(doc.tokens[k].key in lex.target for k in range(prev.last, m.first)) \
        and not doc.gap_has(prev.last - 1, m.first, ".;؛:")


def _alternative(doc: Doc, prev: ActorMention, m: ActorMention, lex: RoleLexicon) -> bool:
    """An armed side ``m`` right after a word of roles.yaml ``alternatives`` ("أو"), within
    `ALTERNATIVE_REACH` words after the armed side ``prev``, no punctuation and no event word
    between: the writer names two sides that may have done (or suffered) the same."""
    gap = m.first - prev.last
    return m.actor_type in ARMED_TYPES and 1 <= gap <= ALTERNATIVE_REACH \
        and doc.tokens[m.first - 1].key in lex.alternatives \
        and not doc.punctuated(prev.last - 1, m.first) \
        and not any(prev.last <= t.first < m.first for t in doc.triggers)


def joint_subject(doc: Doc, c: Candidate, near: list[tuple[int, ActorMention]],
                  pick: list[tuple[int, ActorMention]], free: list[tuple[int, ActorMention]],
                  lex: RoleLexicon) -> tuple[list[tuple[int, ActorMention]], set[int]]:
    """A subject of several sides joined by و ("القوات التركية والطائرات الأمريكية قصفت", "وقصفت
    القوات التركية والطائرات الأمريكية"): the first named acts (``pick`` moves back to it from
    the last before the verb), and the others joined to it act with it — they are no side hit,
    whatever their sides. Returns the pick and the indices (in ``doc.actors``) that stand with it.
    Only the subject slot of the event's own verb — the sides end right before it (one word, "قد",
    between at most) or start right after it — so sides listed after a noun ("اشتباكات الفصائل
    وداعش", "من سيطرة الحوثيين والجيش") are never joined; only sides not otherwise placed
    (``free``), and not the two ends of "بين X وY"."""
    verbs = [t for t in c.triggers if t.verb or carried_noun(doc, t.first, lex)]
    # ("الميليشيات الحوثية وقوات صالح نفذت عملية": the verb that carries the event noun, right
    # before it, stands in the slot of the event's own verb)
    carries = trigger_lexicon(doc.language).launch.carries
    carriers = [k for t in c.triggers if not t.verb for k in (t.first - 1, t.first)
                if k >= 0 and not carries.isdisjoint(doc.tokens[k].stems)]  # ("شنوا هجوما": one phrase)
    m0, opening = pick[0][1], doc.clauses[c.clause].first
    # (after the verb only when the verb opens its clause, and a verb of targeting only after
    # its و: "حربا على الإرهاب، تستهدف حزب العمال وداعش" names the verb's objects)
    aside = lex.subject_asides.match_at(doc.norm, doc.tokens, m0.last) \
        if m0.last < len(doc.tokens) else None
    end = aside.last if aside is not None else m0.last  # ("X and other groups affiliated to it")
    if not any(0 <= t.first - end <= 1 or m0.first == t.last and t.first - opening <= 1
               and (doc.tokens[t.first].key not in lex.deed_verbs
                    or any(doc.tokens[t.first].key.startswith(j) for j in lex.between_joins))
               for t in verbs) and not any(0 <= k - end <= 1 for k in carriers):
        return pick, set()
    ordered = sorted(near, key=lambda x: x[1].first)
    pos = next(i for i, x in enumerate(ordered) if x[0] == pick[0][0])
    ids = {k for k, _ in free}
    while pos > 0 and ordered[pos - 1][0] in ids and joined(doc, ordered[pos - 1][1], ordered[pos][1], lex):
        pos -= 1
    if any(not lex.between.isdisjoint(doc.tokens[k].stems)
           for k in range(max(0, ordered[pos][1].first - 3), ordered[pos][1].first)):
        return pick, set()
    joint: set[int] = set()
    for (_, prev), (k, m) in zip(ordered[pos:], ordered[pos + 1:]):
        if k not in ids or not joined(doc, prev, m, lex):
            break
        joint.add(k)
    return [ordered[pos]], joint


def carried_noun(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """The event noun at ``k`` carries its ب and stands right after sides that stand right after
    a word of doing (roles.yaml ``deed_carriers``): "منذ قيام جماعة الحوثي والمخلوع صالح بالسيطرة
    على عدن" — the sides are the noun's subject as a verb's would be."""
    if not lex.deed_carriers or not doc.tokens[k].key.startswith("ب") or k - 1 not in doc.actor_tokens:
        return False
    j = k - 1  # (the sides' member words too: "قيام مسلحي داعش وعناصر جبهة النصرة باقتحام")
    while j >= 0 and (j in doc.actor_tokens or not lex.members.isdisjoint(doc.tokens[j].stems)):
        j -= 1
    return j >= 0 and not lex.deed_carriers.isdisjoint(doc.tokens[j].stems)


def joined(doc: Doc, prev: ActorMention, m: ActorMention, lex: RoleLexicon) -> bool:
    """``m`` follows ``prev`` at once, joined to it by "و" (its proclitic) or "and", with no
    punctuation between: one more side of the same phrase."""
    if doc.gap_has(prev.last - 1, m.first, ".،,;؛:"):
        return False
    if m.first == prev.last:
        return any(doc.tokens[m.first].key.startswith(j) for j in lex.between_joins)
    if m.first == prev.last + 2 and doc.tokens[prev.last + 1].key in lex.join_fillers:
        return doc.tokens[prev.last].key in lex.between_joins  # "al-Nusra and other groups"
    return m.first == prev.last + 1 and doc.tokens[prev.last].key in lex.between_joins


def fight_sides(doc: Doc, near: list[tuple[int, ActorMention]], t0: int, lex: RoleLexicon) -> set[int]:
    """The sides after result word ``t0`` that are the two ends of a fight told after it ("من
    مقتل ستة أشخاص في اشتباكات بين قوات الأمن ومسلحين"): "بين" right after an event word (an
    adjective between at most: "مواجهات عنيفة بين") and the sides joined after it — they fought
    each other; the dead are the ones counted, not these sides."""
    starts = {t.last for t in doc.triggers if t.first > t0}
    out: set[int] = set()
    ordered = sorted(near, key=lambda x: x[1].first)
    for (j, prev), (k, m) in zip([(-1, None), *ordered], ordered):
        b = m.first - 1
        if m.first > t0 and b > 0 and not lex.between.isdisjoint(doc.tokens[b].stems) \
                and (b in starts or b - 1 in starts):
            out.add(k)
        elif j in out and prev is not None and joined(doc, prev, m, lex):
            out.add(k)
    return out


def _between(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """The side ``k`` (by its index in ``doc.actors``) opens the pair of a fight ("بين الحوثيين
    مدعومين بقوات صالح والمقاومة"): the side joined after its ally is the other end."""
    first = doc.actors[k].first
    return any(not lex.between.isdisjoint(doc.tokens[i].stems) for i in range(max(0, first - 3), first))


def _loyal_force(doc: Doc, first: int, m: ActorMention, lex: RoleLexicon) -> bool:
    """"المسلحون الحوثيون والقوات الموالية لصالح": right after a side, a body of fighters
    joined by و and a word of belonging before X's ل — X's forces fight beside that side."""
    return m.first - first == 2 and doc.tokens[first].key.startswith("و") \
        and not lex.bodies.isdisjoint(doc.tokens[first].stems) \
        and not lex.belonging.isdisjoint(doc.tokens[first + 1].stems) \
        and doc.norm[doc.tokens[m.first].start:m.start].endswith("ل")


def _ally_words(doc: Doc, first: int, last: int, lex: RoleLexicon) -> bool:
    """The words in [first, last) open with a companion word ("وحلفائهم", "المدعومين") and
    name its ally: no event word, no punctuation, no word that ends one side of a fight ("من
    جهة") and no new side joined by و."""
    if not 0 < last - first <= COMPANION_REACH or lex.companions.isdisjoint(doc.tokens[first].stems):
        return False
    rest = range(first + 1, last)
    return not any(t.first < last and t.last > first for t in doc.triggers) \
        and not doc.gap_has(first, last, ".،,;؛:") \
        and not any(doc.tokens[k].key in lex.side_ends or doc.tokens[k].key.startswith("و") for k in rest)


def air_support(doc: Doc, lo: int, hi: int, lex: RoleLexicon) -> set[int]:
    """Tokens in [lo, hi) of a phrase of support ("بدعم من طيران التحالف", "بغطاء جوي كثيف من
    مقاتلات التحالف", "المسنودة بطيران التحالف"): from the word after an ally or companion cue
    up to punctuation or an event word, at most `SUPPORT_REACH` words. The aircraft named there
    back a ground force; they do not make its offensive an air strike."""
    cues = lex.ally | lex.companions
    starts = {t.first for t in doc.triggers}
    out: set[int] = set()
    for k in range(lo, hi):
        if cues.isdisjoint(doc.tokens[k].stems):
            continue
        for j in range(k + 1, min(hi, k + 1 + SUPPORT_REACH)):
            if j in starts or doc.gap_has(j - 1, j, ".،,;؛:"):
                break
            out.add(j)
    return out


def air_acts(doc: Doc, c: Candidate) -> None:
    """An air strike is the air force's deed: when the candidate names an air actor that is
    not its actor1 ("وللمرة الأولى منذ بدأ التحالف الدولي الذي يقصف التنظيم…", "مقاتلات
    التحالف استهدفت بعشرين غارة الميليشيات") and its actor1 flies no aircraft, the air actor
    acts and the others are its allies or its targets, by their sides — unless the actor1 is a
    state named by the adjective of the strike word ("الغارات الجوية التركية") or the subject
    right before the strike's verb."""
    if c.event_type != "airstrike":
        return
    a1 = next((m for m, r in c.actors if r == "actor1"), None)
    if a1 is not None and (airborne(doc, a1) or _strike_adjective(doc, c, a1)
                           or any(t.verb and t.first == a1.last for t in c.triggers)):
        return  # (the subject right before the verb struck: "المقاومة قصفت مواقع الحوثيين")
    air, air_role = next(((m, r) for m, r in c.actors if r != "actor1" and airborne(doc, m)), (None, ""))
    if air is None:
        return
    # (an actor1 that the air actor stood with stands with it in turn: "وقصفت القوات التركية
    # والطائرات الأمريكية مواقع لداعش")
    rest = [(m, r) for m, r in c.actors if m is not air]
    c.actors = [(air, "actor1")] + [
        (m, "associated" if allied(air.side, m.side) or r == "actor1" and air_role == "associated"
         else "actor2") for m, r in rest]


def _strike_adjective(doc: Doc, c: Candidate, m: ActorMention) -> bool:
    """X is a nationality adjective of a strike word, right after it or after one more word
    ("الغارات الجوية التركية"): that state struck."""
    nationalities = registry(doc.language).nationalities
    return m.last == m.first + 1 and any(s in nationalities for s in doc.tokens[m.first].stems) \
        and any(t.last <= m.first <= t.last + 1 for t in c.triggers)


def airborne(doc: Doc, m: ActorMention) -> bool:
    """An air force, or any force named by its aircraft ("طائرات الأباتشي", "مروحيات الجيش")."""
    air = trigger_lexicon(doc.language).air
    return info_of(m).mode == "air" or any(
        s in air for k in range(m.first, m.last) for s in doc.tokens[k].stems)


def joint_agents(doc: Doc, near: list[tuple[int, ActorMention]], cued: set[int],
                 lex: RoleLexicon) -> set[int]:
    """"an assault by Iraqi and Kurdish forces", "attacks by regime forces and Russian jets":
    a side joined by one of roles.yaml ``agent_joiners`` (no punctuation between) to a side an
    agent cue names (``cued``) acts with it — no side hit, whatever its side."""
    out: set[int] = set()
    if not lex.agent_joiners or not cued:
        return out
    ordered = sorted(near, key=lambda x: x[1].first)
    for (j, prev), (k, m) in zip(ordered, ordered[1:]):
        if (j in cued or j in out) and m.first == prev.last + 1 \
                and doc.tokens[prev.last].key in lex.agent_joiners \
                and not doc.punctuated(prev.last - 1, m.first):
            out.add(k)
    return out
