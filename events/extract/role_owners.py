"""Belonging (``roles.yaml`` ``belonging``): "مخازن تابعة للتنظيم", "طائرات تابعة للجيش", "قوات
موالية للحوثيين" — the side after a word of belonging owns the noun before it; does it take the
noun's part as its author (aircraft striking, fighters in the subject slot) or as the side hit?
Read by `events.extract.roles`."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES, allied, registry
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.numbers import is_count
from events.extract.role_cues import lam_marked
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon


def owner_link(doc: Doc, m: ActorMention, lex: RoleLexicon) -> int | None:
    """"مخازن تابعة للتنظيم", "عناصر ينتمون إلى داعش": X right after a word of belonging and its
    ل (or its link word) owns the noun before that word; so does X right after a branch noun
    ("جبهة النصرة ذراع تنظيم القاعدة"). The belonging word's index, else None."""
    b = m.first - 1
    if b > 0 and doc.tokens[b].key in lex.belonging_links:
        b -= 1
    elif not lam_marked(doc, m):
        return b if b > 0 and _branch(doc, b, lex) else None
    return b if b >= 0 and not lex.belonging.isdisjoint(doc.tokens[b].stems) else None


def parent_of_named_branch(doc: Doc, k: int) -> bool:
    """"«ولاية سيناء» الفرع المصري لتنظيم داعش", "كتائب القسام الجناح المسلح لحماس": the actor
    ``k`` is a group named from its branch or wing on (actors.yaml ``wings``), right after a
    group of its own side named as that branch — the branch named acts, the parent takes no
    part of its own."""
    m = doc.actors[k]
    prev = doc.actors[k - 1] if k > 0 else None
    return prev is not None and prev.last == m.first and m.first + 1 < len(doc.tokens) \
        and prev.actor_type in ARMED_TYPES and prev.name != m.name and allied(prev.side, m.side) \
        and f"{doc.tokens[m.first].key} {doc.tokens[m.first + 1].key}" in registry(doc.language).wings


def linked_owner(doc: Doc, m: ActorMention) -> bool:
    """X is tied to what it owns by ل, glued to its name ("مخازن تابعة للتنظيم") or apart, drawn
    out before a quoted name ("مسجد تابع لـ«قوات الطوارئ»"): X owns a thing that can be hit (not
    the parent of a branch, nor a bomber's group after "ينتمي إلى")."""
    return lam_marked(doc, m) or m.first > 0 and doc.tokens[m.first - 1].key == "ل"


def doers_of(doc: Doc, b: int, lex: RoleLexicon) -> bool:
    """The noun owned, ending at the word of belonging ``b``, is the deed's doers (roles.yaml
    ``belonging.doers``, within `DOER_REACH` words before it): "هجوم يرجح أن منفذيه ينتمون
    لجماعة X", "منفذي التفجير ينتمون لـ X" — X did the deed, by ل as by إلى."""
    return any(doc.tokens[k].key in lex.doers for k in range(max(0, b - DOER_REACH), b))


DOER_REACH = 3  # words from the doers to their word of belonging ("منفذي الهجوم الانتحاري ينتمون")


def _branch(doc: Doc, b: int, lex: RoleLexicon) -> bool:
    """Token b is a branch noun in construct ("ذراع", "أتباع") — not one joined by و, which
    names a second side ("الميليشيات الحوثية وأتباع المخلوع")."""
    tok = doc.tokens[b]
    return tok.key in lex.branches or not tok.key.startswith("و") and not lex.branches.isdisjoint(tok.stems)


def owner_acts(doc: Doc, c: Candidate, m: ActorMention, b: int, lex: RoleLexicon) -> bool:
    """Does the noun X owns (ending at the belonging word ``b``) act in ``c``? A weapon (an air
    or ground weapon word that is no event word itself) does unless it is the object of a verb
    before it ("قصفت طائرات حربية تابعة للجيش", "قصف جوي نفذته مروحيات تابعة للجيش"; not "دمرت
    الغارات دبابات تابعة للتنظيم" — a verb whose blow is told in a phrase of circumstance, "قتل
    6 في قصف جوي نفذته مروحيات", has no object there); a body of fighters does in the subject
    slot: right after an event verb with no subject before it ("وهاجمت قوة تابعة للجيش"), or
    with X right before the verb ("مجموعة تنتمي للمقاومة قتلت"); the deed's doers always do
    (`doers_of`). Otherwise the noun, and X, was hit."""
    if doers_of(doc, b, lex):
        return True
    tlex = trigger_lexicon(doc.language)
    cl = doc.clauses[c.clause]
    # (a comma may end the noun, and so may another side's name: "تعزيزات حربية للحوثيين وقوات
    # تابعة لصالح" — the war vehicles are the Houthis', the owned noun is قوات)
    start = max([cl.first, b - 3] + [x.last for x in doc.actors if b - 3 < x.last < b])
    words = [k for k in range(start, b) if not doc.gap_has(k, b - 1, ".،,;؛:")
             and not _object_between(doc, k, b)]
    in_trigger = {k for t in doc.triggers for k in range(t.first, t.last)}
    verbs = [t for t in c.triggers if t.verb]
    told = [t.first for t in c.triggers if t.first > 0 and doc.tokens[t.first - 1].key in lex.circumstance]
    weapons = tlex.air | tlex.ground
    for k in words:
        if k in in_trigger or weapons.isdisjoint(doc.tokens[k].stems):
            continue
        governing = [t for t in verbs if cl.first <= t.first and t.last <= k
                     and not any(t.last <= f < k for f in told)]
        if not governing or all(t.last == k and _subject_free(doc, cl.first, t.first, lex)
                                for t in governing):
            return True
    return any(t.first == m.last or t.last in words and _subject_free(doc, cl.first, t.first, lex)
               and not lex.bodies.isdisjoint(doc.tokens[t.last].stems) for t in verbs) \
        or _wields(doc, c, m, b, lex)


def weapon_lost(doc: Doc, c: Candidate, b: int) -> bool:
    """"تمكنت البيشمركة من تدمير خمس سيارات مفخخة تعود لتنظيم داعش": the owned thing is itself
    an event word (a weapon, ending at the word of belonging ``b``) and the object of a result
    word right before it (a count perhaps between) — its owner lost it: hit, not striking with
    it ("نيران المدفعية التابعة للميليشيات" has no such word before: the owner fired)."""
    for t in c.triggers:
        if t.last != b:
            continue
        k = t.first - 1
        k -= k > 0 and is_count(doc.tokens[k].key, doc.language)
        if any(x.last == k + 1 and x.strength <= 0.5 and x.first < t.first for x in c.triggers):
            return True
    return False


def _object_between(doc: Doc, k: int, b: int) -> bool:
    """"قصفت الطائرات مخازن أسلحة تابعة للحوثيين": a definite word at ``k`` followed, before
    the word of belonging at ``b``, by a word without the article is no head of the noun owned
    — its adjectives would be definite too ("الطائرات الحربية التابعة"); the bare word starts
    another noun, the verb's object, which is what is owned."""
    return doc.tokens[k].key.startswith("ال") and any(
        "ال" not in doc.tokens[j].key[:4] for j in range(k + 1, b))


def _wields(doc: Doc, c: Candidate, m: ActorMention, b: int, lex: RoleLexicon) -> bool:
    """"أطلقت قوات موالية للحوثيين قذائف الهاون": a body of fighters owned by X, with the
    event's weapon or strike noun right after X's name, no event verb before and no side
    named before it in its clause ("حاول الحوثيون المدعومون بالقوات الموالية للمخلوع الهجوم":
    the Houthis' allies), is the subject that used it — X acts. So it is before a verb of
    firing and its weapon (roles.yaml ``fire_verbs``, `FIRE_REACH` words after X's name at
    most): "إن القوات الموالية للحوثيين في اليمن أطلقت قذائف مورتر" — or right before the body,
    its subject, the weapon told after X's name ("أمطرت القوات الموالية للحوثيين الأحياء
    بقذائف الهاون": the verb is no event word, the weapon noun is)."""
    return b > 0 and not lex.bodies.isdisjoint(doc.tokens[b - 1].stems) and (any(
        not t.verb and t.first == m.last or _fired(doc, m.last, t.first, lex) for t in c.triggers)
        or _fired_first(doc, c, m, b, lex)) \
        and not any(t.verb and t.first < b for t in c.triggers) \
        and _subject_free(doc, doc.clauses[c.clause].first, b - 1, lex)


def _fired_first(doc: Doc, c: Candidate, m: ActorMention, b: int, lex: RoleLexicon) -> bool:
    """The body owned by X (ending at the belonging word ``b``) right after a verb of firing
    (roles.yaml ``fire_verbs``, و/ف perhaps on it) — its subject, VSO — with a weapon or strike
    noun of the candidate after X's name: X's men fired it."""
    v = b - 2
    return v >= doc.clauses[c.clause].first \
        and not lex.fire_verbs.isdisjoint(doc.tokens[v].stems) and not doc.punctuated(v, b - 1) \
        and any(not t.verb and t.first >= m.last for t in c.triggers)


FIRE_REACH = 3  # words from an owner's name to the weapon its men fired ("في اليمن أطلقت")


def _fired(doc: Doc, after: int, weapon: int, lex: RoleLexicon) -> bool:
    """A verb of firing stands within `FIRE_REACH` words after token ``after`` and before the
    weapon at ``weapon`` (or is its first word: "أطلقت صواريخ"), only a date between them ("أطلقت
    أمس قذائف"), no punctuation from ``after`` on."""
    verb = next((v for v in range(after, min(weapon + 1, after + FIRE_REACH + 1))
                 if doc.tokens[v].key in lex.fire_verbs), None)
    return verb is not None and not doc.punctuated(after - 1, weapon) and all(
        any(d.start <= doc.tokens[j].start < d.end for d in doc.dates) for j in range(verb + 1, weapon))


def _subject_free(doc: Doc, first: int, verb: int, lex: RoleLexicon) -> bool:
    """No subject before the verb at ``verb`` in its clause (from ``first``): no armed side, no
    body of fighters, no aircraft or weapon ("خمس غارات قرب الرمادي قصفت …": the strikes did)."""
    weapons = trigger_lexicon(doc.language).air | trigger_lexicon(doc.language).ground
    return not any(first <= a.first < verb and a.actor_type in ARMED_TYPES for a in doc.actors) \
        and all(lex.bodies.isdisjoint(doc.tokens[k].stems) and weapons.isdisjoint(doc.tokens[k].stems)
                for k in range(first, verb))


OWNER_REACH = 2  # words from a side's name to the aircraft it owns ("Russian military helicopter")


def downed_owner(doc: Doc, c: Candidate, m: ActorMention) -> bool:
    """"Rebels shot down a regime helicopter", "a Russian military helicopter was shot down":
    the side named right before (or with) the aircraft a downing word takes owned it — the side
    hit. The aircraft is the object: after the word, or before a passive one."""
    tlex = trigger_lexicon(doc.language)
    hi = min(len(doc.tokens), m.last + OWNER_REACH + 1)
    aircraft = [k for k in range(m.first, hi) if tlex.downed.match_at(doc.norm, doc.tokens, k)
                is not None and not any(ch in doc.gap(m.last - 1, k) for ch in ",.;:" if k >= m.last)]
    for t in c.triggers:
        if not t.downs:
            continue
        passive = t.first > 0 and doc.tokens[t.first - 1].key in tlex.passive
        if any(t.last <= k < t.last + tlex.downed_reach or passive and k < t.first for k in aircraft):
            return True
    return False
