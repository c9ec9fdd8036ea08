"""Cue tests the roles step (`events.extract.roles`) reads: word order and the cue words of
``data/lexicon/roles.yaml`` around one actor mention or one candidate — is X the target ("على
X"), the agent ("من قبل X", "برصاص X"), the one blamed, an ally, or the object of a noun ("بعد
طرد X وY")? Each answers one question and decides nothing; `assign_actors` weighs them (the
cues of relative clauses are in `events.extract.role_relatives`)."""
from __future__ import annotations

import functools
from collections.abc import Sequence

from events.extract.actor_registry import registry
from events.extract.doc import ActorMention, Candidate, Doc, Trigger
from events.extract.headlines import headline
from events.extract.numbers import is_count
from events.extract.role_lexicon import RoleLexicon, role_lexicon
from events.extract.trigger_objects import backing
from events.extract.trigger_words import trigger_lexicon
from text.normalize import Token
from geo.english import PARTICLES


def coordinated(doc: Doc, actors: list[tuple[int, ActorMention]]) -> list[int]:
    """The first actor of the list and those joined to it by و, one after the other ("ميليشيات
    الحوثي وقوات المخلوع")."""
    out, prev = [actors[0][0]], actors[0][1]
    for k, m in actors[1:]:
        if not (m.first == prev.last and doc.tokens[m.first].key.startswith("و")):
            break
        out.append(k)
        prev = m
    return out


JOINED_ADJECTIVES = 2  # a side's adjectives before "وفلول" ("ميليشيات التمرد الحوثي وفلول")


def joined_remnants(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """Token k is a word of the target list joined by و right after a side, its adjectives
    between at most ("ميليشيات التمرد الحوثي وفلول المخلوع صالح"): it names one more side of the
    phrase, which stands or falls with the first one (`role_sides.companions`) — no target of
    its own."""
    tok = doc.tokens[k]
    if not tok.key.startswith("و") or lex.target.isdisjoint(tok.stems[1:]):
        return False
    j = k - 1
    while j >= 0 and j not in doc.actor_tokens and k - j <= JOINED_ADJECTIVES \
            and doc.tokens[j].key.startswith("ال"):
        j -= 1
    return j >= 0 and j in doc.actor_tokens and not doc.gap_has(j, k, ".،,;؛:")


def target_cue(doc: Doc, a: int, violent: bool, lex: RoleLexicon, floor: int = 0,
               subject_at: int | None = None) -> bool:
    """"على/ضد/مواقع X" — and, after a violent trigger, "80 إرهابياً من داعش" or "قيادي بارز
    في الحوثيين" — mark X as the target (before the trigger, "وحدات من الجيش دمرت" names who
    acted). A cue before the trigger is not X's: "مرور عام على احتلال داعش المدينة" (``floor``:
    the trigger's end, when X follows it). ``subject_at``: the word right after a verb, its
    subject when a member word ("اختطف عناصر من X": X acted). A cue of the sentence before is
    none of X's ("… on Monday. Troops seized the town"). Some cues count only after the trigger
    (roles.yaml ``after_target_cues``, with ``floor``: "ضربات بحق X")."""
    after = lex.after_target if floor > 0 else frozenset()
    start = doc.sentences[doc.sentence_of_token(a)].tokens[0]
    if lex.laid_for and laid_for(doc, a, start, lex):
        return True  # (its verb may stand before the event word: "نصبت كمينا لمجموعة")
    floor = max(floor, start)
    for k in range(max(floor, a - 2), a):
        key = doc.tokens[k].key
        if dated(doc, k):
            continue  # "Early on Saturday rebels attacked": the day's "on", no target's
        if joined_remnants(doc, k, lex):
            continue  # "ميليشيات الحوثي وفلول المخلوع صالح": one more side, in the first's part
        if taker(doc, k, a, lex):
            continue  # "بعد سيطرة X على المدينة واستكمال سيطرته على القرية": X took both
        if any(doc.tokens[j].key in lex.target_breaks for j in range(k + 1, a)):
            continue  # "شدد على أن القوات دمرت": what was said opens between — X is its subject
        if key in lex.target or key in after or any(s in lex.target for s in doc.tokens[k].stems[1:]) or (
                violent and key == "من" and doc.tokens[k + 1].key != "قبل"
                and not (k > 0 and (doc.tokens[k - 1].key.endswith(lex.subject_endings)
                                    or any(not lex.ally.isdisjoint(doc.tokens[j].stems)
                                           for j in range(max(0, k - 3), k))
                                    or doc.tokens[k - 1].key in lex.identity
                                    or k - 1 == subject_at
                                    and not _men_or_aircraft(doc.language).isdisjoint(
                                        doc.tokens[k - 1].stems)
                                    or counted_subject(doc, k, subject_at, lex)))):
            # (not after a subject: "خطف مسلحون من داعش" — a nominative plural acts — nor a
            # member word (or aircraft: "قصفت مقاتلات من سلاح الجو التركي") right after the
            # verb, "اختطف عناصر من جبهة النصرة"; nor after
            # "يعتقد أنهم": their side; nor a cue of support, "بدعم من غارات التحالف", "بغطاء
            # جوي كثيف من طيران التحالف")
            return True
    return violent and (any(  # "قيادي بارز في [ميليشيات] الحوثيين"
        doc.tokens[f].key in lex.member_links and any(s in lex.members for k in range(max(0, f - 3), f)
                                          for s in doc.tokens[k].stems)
        for f in range(max(0, a - 2), a))
        # "بقتل عقيد في الجيش": a soldier or a rank right before the "في" right before X
        or a > 1 and doc.tokens[a - 1].key in lex.member_links
        and not (lex.soldiers | lex.member_ranks).isdisjoint(doc.tokens[a - 2].stems))


def taker(doc: Doc, k: int, a: int, lex: RoleLexicon) -> bool:
    """Token ``k`` is a word of holding with no link before it ("سيطرة", not "من سيطرة" or
    "تحت سيطرة"), the side at ``a`` right after it (a word of a group between at most), and the noun's "على" a few words after the
    side, no punctuation between (roles.yaml ``held_from.taken_on``): "بعد سيطرة X في ريف حلب على
    البلدة" — X took the ground, so the word names no target of X, whichever event word of the
    clause is read ("واستكمال سيطرته على القرية", "استولى على المصافي")."""
    words = lex.held_words
    if not lex.taken_on or doc.tokens[k].key not in words | {p + w for w in words for p in "وف"}:
        return False
    between = doc.tokens[k + 1:a]  # (one word of a group at most: "سيطرة تجمع «جيش الفتح» على")
    if len(between) > 1 or between and (lex.taker_groups | lex.members | lex.bodies).isdisjoint(
            (between[0].key, *between[0].stems)):
        return False
    if k > 0 and doc.tokens[k - 1].key in lex.held_links | lex.held_under:
        return False
    side = next((m for m in doc.actors if m.first == a), None)
    if side is None:
        return False
    for j in range(side.last, min(len(doc.tokens), side.last + lex.taken_on_reach + 1)):
        if doc.punctuated(j - 1, j):
            return False
        if doc.tokens[j].key in lex.taken_on:
            return True
    return False


COUNTED_SUBJECT = 3  # words of a count between a verb and the من of its subject ("نحو مئة من")


def counted_subject(doc: Doc, k: int, subject_at: int | None, lex: RoleLexicon) -> bool:
    """The words from ``subject_at`` (right after a strong verb) up to the "من" at ``k`` are a
    count ("اقتحم العشرات من أفراد الشرطة", "هاجم نحو مئة من عناصر الحوثي"; roles.yaml
    ``agent_counts`` or a number): the verb's subject, of the side named after the "من" — that
    side acted, it is no target."""
    if subject_at is None or not 0 < k - subject_at <= COUNTED_SUBJECT:
        return False
    return all(doc.tokens[j].key in lex.agent_counts or not lex.agent_counts.isdisjoint(doc.tokens[j].stems)
               or is_count(doc.tokens[j].key, doc.language) for j in range(subject_at, k))


@functools.cache
def _men_or_aircraft(language: str) -> frozenset[str]:
    """Member words and aircraft words: right after a verb, the verb's subject ("اختطف عناصر من
    X", "قصفت مقاتلات من سلاح الجو"). Built once per language."""
    return role_lexicon(language).members | trigger_lexicon(language).air


def dated(doc: Doc, k: int) -> bool:
    """Token ``k`` lies inside a date the date step read ("on Saturday", "on March 3")."""
    start = doc.tokens[k].start
    return any(d.start <= start < d.end for d in doc.dates)


def members_of(doc: Doc, m: ActorMention, verb_ends: set[int], lex: RoleLexicon) -> bool:
    """"وقتل عناصر من تنظيم داعش في غارة", "وأصيب أفراد من الجيش": a member word and من right
    after a result verb — read passive, as the press writes it — name the side that suffered;
    so does a member word in the accusative, the verb's object ("استهدف أفرادا من قوات الأمن"),
    a member word with "في" ("قتل قائد في جبهة النصرة"), and one whose side follows it at once
    ("قتل زعيم تنظيم القاعدة في غارة": the leader of the side that suffered)."""
    k = m.first  # (``verb_ends``: the token right after each result verb)
    if k >= 1 and k - 1 in verb_ends and _member(doc.tokens[k - 1], lex):
        # "قتل زعيم تنظيم القاعدة" (not with a count after the side, the verb's object: "قتل
        # قائد الشرطة خمسة مسلحين" — the commander killed)
        return not (m.last < len(doc.tokens) and is_count(doc.tokens[m.last].key, doc.language))
    if k < 2 or doc.tokens[k - 1].key not in lex.partitive_links | lex.member_links or k - 2 not in verb_ends:
        return False
    return _member(doc.tokens[k - 2], lex)


def _member(word: Token, lex: RoleLexicon) -> bool:
    """A member word, its accusative too ("أفرادا")."""
    return not lex.members.isdisjoint(word.stems) or word.key.endswith("ا") and word.key[:-1] in lex.members


def counted_victims(doc: Doc, c: Candidate, m: ActorMention, triggers: Sequence[Trigger] = ()) -> bool:
    """"killed 12 militants", «قتل 12 مسلحا», "wounded at least five soldiers": a side counted
    right after a result word is who died, whatever the language's word order (a subject is
    named, not counted: «قتل مسلحون 3 جنود»); not when another event word stands between: «قتل
    5 مدنيين في قصف روسي» names who shelled. The count may be of the side's men named before
    it ("killed at least eight members of the Hezbollah militia"). ``triggers``: the event's
    result words when not all are its own (`roles._told_results`)."""
    first = _men_named_before(doc, m.first, role_lexicon(doc.language))
    return any(t.strength <= 0.5 and 0 < first - t.last <= 4
               and any(is_count(doc.tokens[k].key, doc.language) for k in range(t.last, first))
               and not any(t.last <= o.first < m.first for o in c.triggers)
               for t in triggers or c.triggers)


def _men_named_before(doc: Doc, a: int, lex: RoleLexicon) -> int:
    """The token of the men a side at token ``a`` is named after ("eight members of the
    Hezbollah militia", "15 fighters from Ahrar al-Sham": the member word, then a link and an
    article perhaps); ``a`` itself when none."""
    k = a - 1
    if k > 0 and doc.tokens[k].key in lex.back_articles:
        k -= 1
    if k > 0 and doc.tokens[k].key in lex.member_links and doc.tokens[k - 1].key in lex.passive_members:
        return k - 1
    return a


def condemner(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"ندد الرئيس التركي بهجوم إرهابي", "الخارجية تدين الهجوم": X, the subject of a verb of
    condemning (right after it, or right before it), took no part in what it condemns."""
    before = m.first > 0 and not lex.condemners.isdisjoint(doc.tokens[m.first - 1].stems)
    after = m.last < len(doc.tokens) and not lex.condemners.isdisjoint(doc.tokens[m.last].stems)
    return before or after


def died_in(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"قتل جنديان تركيان في انفجار سيارة مفخخة": X, right after a result verb and right before
    the blow it names ("في/جراء" and a strong event word), is the verb's passive subject — who
    died, not who killed (an active verb has its object there: "قتل الجيش 12 مسلحا في"); a
    number may end the name ("قتل جندي أفغاني واحد في هجوم")."""
    counted = m.last < len(doc.tokens) and is_count(doc.tokens[m.last].key, doc.language)
    link = m.last + 1 if counted else m.last  # the "في" before the blow
    return link + 1 < len(doc.tokens) and doc.tokens[link].key in lex.circumstance and any(
        t.strength <= 0.5 and t.verb and t.last == m.first for t in c.triggers) and any(
        t.strength > 0.5 and t.first == link + 1 for t in c.triggers)


NAME_WORDS = 4  # words of a person's name after a member word ("leader Zahran Alloush")


def blamed(doc: Doc, a: int, lex: RoleLexicon, c: Candidate | None = None) -> bool:
    """"ألقي باللوم فيه على X", "blamed the attack on the Nusra Front": a blame word, what was
    blamed between (``blame_reach`` words), the "على"/"on" before X (an article between). With
    the candidate ``c``, also a deed of ``c`` attributed to X (`attributed`)."""
    if c is not None and attributed(doc, c, a, lex):
        return True
    a -= a > 2 and doc.tokens[a - 1].key in lex.back_articles
    return a >= 2 and doc.tokens[a - 1].key in lex.blame_links and any(not lex.blame.isdisjoint(
        doc.tokens[k].stems) for k in range(max(0, a - 1 - (lex.blame_reach or 2)), a - 1))


def attributed(doc: Doc, c: Candidate, a: int, lex: RoleLexicon) -> bool:
    """"هجوم انتحاري نسب لتنظيم داعش", "ونسب الهجوم لمتمردي حزب العمال", "هجوم ينسب إلى متمردين
    من X", "وألقيت مسؤولية الهجوم على X": X at token ``a`` (or its men right before it, "من"
    perhaps between) carries the link of a word of attribution (roles.yaml ``attributed``), the
    deed perhaps between — the deed is X's, X no owner of a thing hit. Only the deed told right
    before the link (`_deed_attributed`): not a strike the same candidate tells beside it ("في
    الحملة الجوية التي أطلقتها أنقرة بعد هجمات نسبت إلى الحزب")."""
    if not lex.attributed:
        return False
    heads = [a]
    if a >= 1:
        heads.append(a - 1)  # (its men: "لمتمردي حزب العمال")
        if a >= 2 and doc.tokens[a - 1].key in lex.partitive_links:
            heads.append(a - 2)  # ("إلى متمردين من حزب العمال")
    for h in heads:
        if h < 1 or doc.punctuated(h, a):
            continue
        if "ل" in lex.attributed_links and lam_prefixed(doc.tokens[h]):
            link, key = h, "ل"
        else:
            link, key = h - 1, doc.tokens[h - 1].key
        if link < 1:
            continue
        for k in range(max(0, link - lex.attributed_reach), link):
            word = doc.tokens[k].key
            if key in lex.attributed_links and word in lex.attributed or (
                    key in lex.laid_links and word in lex.laid and k > 0
                    and doc.tokens[k - 1].key in lex.laid_by):
                return not doc.punctuated(k, link) and _deed_attributed(doc, c, link) and all(
                    doc.tokens[j].key not in lex.attributed_partial for j in range(k + 1, link))
    return False


def _deed_attributed(doc: Doc, c: Candidate, link: int) -> bool:
    """Every event word of the candidate stands before the link of an attribution, the nearest
    one before the link is the candidate's, and no other candidate's event word stands among
    them: the candidate is the deed attributed, not a strike told beside it ("قتل مدنيون في
    الحملة الجوية التي أطلقتها أنقرة بعد هجمات نسبت إلى X", "ونسب إلى X، في وقت واصلت أنقرة
    قصفها")."""
    if any(t.last > link for t in c.triggers):
        return False
    start = doc.sentences[doc.sentence_of_token(link)].tokens[0]
    first = min(t.first for t in c.triggers)
    ours = {id(t) for t in c.triggers}
    before = [t for t in doc.triggers if start <= t.first and t.last <= link]
    return bool(before) and id(max(before, key=lambda t: t.last)) in ours and all(
        id(t) in ours for t in before if t.first >= first)


def accused(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"تنظيم داعش المتهم بالوقوف خلف العملية الانتحارية", "الجماعة المتهمة بتنفيذ الهجوم": a word
    of accusation and its link (roles.yaml ``accused``) right after X — a comma perhaps between —
    and the candidate's event word within `ACCUSED_REACH` words after them: X is accused of it,
    its author."""
    k = m.last
    if not lex.accused or k + 1 >= len(doc.tokens) or doc.tokens[k].key not in lex.accused \
            or doc.tokens[k + 1].key not in lex.accused_links:
        return False
    return any(0 <= t.first - (k + 2) <= ACCUSED_REACH and not doc.punctuated(k + 1, t.first)
               for t in c.triggers)


ACCUSED_REACH = 2  # words from the link to the event word ("بالوقوف خلف العملية")


LAID_REACH = 3  # words from a verb of laying a trap to the ل of whom it awaited: "نصبت كمينا لمجموعة"


def laid_for(doc: Doc, a: int, floor: int, lex: RoleLexicon) -> bool:
    """"نصبت القوات كمينا لمجموعة إرهابية", "في كمين نصبته لمجموعة مسلحة": X, carrying ل, within
    `LAID_REACH` words after a verb of laying a trap (roles.yaml ``laid_for``), is whom the
    trap awaited — the side hit, not the ambush's author."""
    if not lam_prefixed(doc.tokens[a]):
        return False
    return any(doc.tokens[k].key in lex.laid_for for k in range(max(floor, a - LAID_REACH), a))


def lam_prefixed(tok: Token) -> bool:
    """The word carries the proclitic ل (or ل and the article, "للقوات"): "لدورية"."""
    key = tok.key
    for st in tok.stems[1:]:  # (a loop, not `any` over a generator)
        if st and key.endswith(st) and key[:len(key) - len(st)] in ("ل", "لل", "ول", "ولل"):
            return True
    return False


def side_of(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    """"مسلحون يعتقد أنهم من تنظيم القاعدة": the side the actor before is believed to belong to."""
    return a >= 2 and doc.tokens[a - 1].key == "من" and doc.tokens[a - 2].key in lex.identity


def agent_ending(doc: Doc, a: int, lex: RoleLexicon) -> int | None:
    """Where an agent phrase ("by", "من قبل") ends right before X at token ``a``, an article
    perhaps between ("by the rebels", roles.yaml ``agent_articles``); None without one."""
    cue = lex.agent.ending_at(doc.norm, doc.tokens, a)
    if cue is None and a > 1 and doc.tokens[a - 1].key in lex.agent_articles:
        cue = lex.agent.ending_at(doc.norm, doc.tokens, a - 1)
    return cue


def ally_cue(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    """X at token ``a`` is named as an ally: after an ally word ("alongside X", "بدعم من X") or
    an agent phrase of support ("backed by X"; an article between, "backed by the US-led
    coalition"; a title between, "backed by regime ally X")."""
    ally = lex.ally
    for k in range(max(0, a - 3), a):  # (loops, not `any` over a generator)
        for s in doc.tokens[k].stems:
            if s in ally:
                return True
    cue = agent_ending(doc, a, lex) if lex.support else None  # ("backed by the US-led coalition")
    if cue is None and lex.ally_titles and a > 2 and doc.tokens[a - 1].key in lex.ally_titles:
        cue = lex.agent.ending_at(doc.norm, doc.tokens, a - 1) or lex.agent.ending_at(doc.norm, doc.tokens, a - 2)
    return cue is not None and cue > 0 and doc.tokens[cue - 1].key in lex.support


def object_follows(doc: Doc, m: ActorMention) -> bool:
    """A word with the proclitic ل right after X ("استهداف الميليشيات لمطار عدن"): after an
    event noun, X is the noun's agent and the ل-word its object. So is, with nothing between
    (no mark), one of roles.yaml ``noun_objects`` ("استهداف تنظيم داعش مسجدا") or a place
    ("استهداف مقاتلي الفصيل البلدة")."""
    if m.last >= len(doc.tokens):
        return False
    tok = doc.tokens[m.last]
    if tok.key.startswith("ل") and tok.key[1:] in tok.stems[1:]:
        return True
    if doc.gap(m.last - 1, m.last).strip():
        return False
    return tok.key in role_lexicon(doc.language).noun_objects or any(
        p.first == m.last for p in doc.places)


def named_after(doc: Doc, end: int, m: ActorMention, lex: RoleLexicon) -> bool:
    """X is named right after the word ending at ``end``, or after member words, a count and
    "من" only ("مقتل عناصر من داعش", "مقتل 5 من مسلحي داعش"): X is who the word counts; or
    after a name and the member word it stands in apposition to ("مقتل أبو محمد القيادي في
    تنظيم القاعدة", "مقتل الفضلي العضو البارز بالقاعدة"): the dead man was X's."""
    between = range(end, m.first)
    if end > m.first:
        return False
    members = [k for k in between if not lex.members.isdisjoint(doc.tokens[k].stems)]
    if len(between) <= 3 and all(k in members or doc.tokens[k].key in lex.origin
                                 or is_count(doc.tokens[k].key, doc.language) for k in between):
        return True
    return bool(members) and members[0] - end <= 3 and m.first - members[0] <= 3 \
        and not doc.gap_has(end, m.first, ".،,;؛:")


def among_victims(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"مقتل 15 شخصا بينهم نساء وجندي أفغاني": X within six words after a word opening a list of
    the dead, in its clause, no event word between ("لم يبق منهم 300 قبل هجوم داعش": who stayed)."""
    starts = {t.first for t in doc.triggers}
    return any(not lex.victim_lists.isdisjoint(doc.tokens[k].stems) and starts.isdisjoint(range(k + 1, m.first))
               and not doc.gap_has(k, m.first, ".،,;؛")
               for k in range(max(0, m.first - 6), m.first))


def oblique_object(doc: Doc, m: ActorMention, end: int, lex: RoleLexicon) -> bool:
    """"دحر الحوثيين من عدن", "وطرد مسلحي الحوثي": X's first word, right after the event word
    (which ends at ``end``), is a plural in its oblique case — the word's object, verb or noun;
    its subject would be nominative ("الحوثيون")."""
    key = doc.tokens[m.first].key
    return m.first == end and (key.endswith(lex.object_endings) or any(
        s in lex.object_constructs for s in doc.tokens[m.first].stems))


def lam_marked(doc: Doc, m: ActorMention) -> bool:
    """The proclitic ل stands right before X's name ("دمرت 3 آليات لإرهابيي داعش", "طرد
    المقاومة للحوثيين"): X owns what was hit, or is the object of the noun before it."""
    before = doc.norm[doc.tokens[m.first].start:m.start]
    return before.endswith("ل") and not before.endswith("ال")  # (not the article: "القوات")


def had_by(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"كان لـ«داعش» دور في تفجير المساجد", "وكان للحوثيين توجه باستهداف": the ل before X (glued
    or written apart) follows a form of being (roles.yaml ``having``) — X had the role or the
    aim, it owns nothing hit."""
    k = m.first - 1 if lam_marked(doc, m) else m.first - 2 \
        if m.first > 1 and doc.tokens[m.first - 1].key == "ل" else -1
    return k >= 0 and not lex.having.isdisjoint(doc.tokens[k].stems)


def spoken_for(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"المكتب الإعلامي للمقاومة", "المتحدث الرسمي للتحالف", "بيان للجيش": X, after the ل of a
    word of a side's spokesman or of its media (roles.yaml ``spoken_for``), speaks through it —
    the ل names whose voice it is, not the owner of something hit; so does the owner of a
    media outlet (`outlet_owner`)."""
    if not lam_marked(doc, m) or m.first < 1:
        return False
    key = doc.tokens[m.first - 1].key
    return key in lex.spokesmen or key in lex.spokesman_adjectives or outlet_owner(doc, m, lex)


def outlet_owner(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"قناة المسيرة التابعة للحوثيين", "وكالة الأنباء الموالية للنظام": X owns a media outlet
    (roles.yaml ``spoken_for`` ``outlets``, within `OUTLET_REACH` words before the word of
    belonging) — named only as whose voice reports the event, no side of it."""
    if m.first < 1:
        return False
    if not lam_marked(doc, m):
        return owns_outlet(doc, m, lex)
    b = m.first - 1
    return not lex.belonging.isdisjoint(doc.tokens[b].stems) and any(
        doc.tokens[k].key in lex.outlets for k in range(max(0, b - OUTLET_REACH), b))


def owns_outlet(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"a military media unit run by Hezbollah", "a news agency affiliated with IS", "the TV
    channel owned by the regime": X after a word of ownership and its link (roles.yaml
    ``spoken_for.owned``, ``owned_links``; up to `OUTLET_REACH` words between, none of another
    side's name: "run by Damascus ally Hezbollah"), a media outlet's word within
    `OUTLET_REACH` words before it, no stop between — X speaks through the outlet: no side
    of what it tells, nor a holder of a place ("run by" holds no ground here)."""
    if not lex.outlet_owned:
        return False
    toks = doc.tokens
    others = {k for a in doc.actors if a.actor_id != m.actor_id for k in range(a.first, a.last)}
    for k in range(m.first - 1, max(0, m.first - 2 - OUTLET_REACH), -1):
        if k in others or any(ch.isdigit() for ch in toks[k].key) \
                or doc.gap_has(k, k + 1, ".,;:!?"):
            return False  # ("run by Damascus ally Hezbollah": up to three words between)
        if toks[k].key in lex.outlet_links:
            b = k - 1
            return b >= 1 and toks[b].key in lex.outlet_owned and any(
                toks[j].key in lex.outlets and not doc.gap_has(j, b, ".,;:!?")
                for j in range(max(0, b - OUTLET_REACH), b))
    return False


OUTLET_REACH = 3  # words from a media outlet to its word of belonging ("قناة المسيرة الفضائية التابعة")


def passive_subject(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"85 troops were killed as …", "government forces were ambushed", "an IS commander was
    killed", "militants have been killed": in a subject-first language the side named right
    before a passive auxiliary and the event's verb (a member word or two between) was hit."""
    if not lex.subject_first:
        return False
    passive, k = trigger_lexicon(doc.language).passive, _past_members(doc, m, lex)
    start = k
    if k + 1 < len(doc.tokens) and doc.tokens[k].key in lex.perfect \
            and doc.tokens[k + 1].key in passive:
        k += 1  # "31 militants have been killed"
    while k < len(doc.tokens) and k - start < 3 and doc.tokens[k].key in passive:
        k += 1
    # (a result verb of the clause the event word's candidate did not take: "Blast … kills 20
    # rebels AFP Thursday At least 20 rebels were killed in a blast": the run-on title copy)
    cl = doc.clauses[c.clause]
    return k > start and any(t.verb and t.first == k and (
        t in c.triggers or t.strength <= 0.5 and cl.first <= k < cl.last) for t in doc.triggers)


def _past_members(doc: Doc, m: ActorMention, lex: RoleLexicon) -> int:
    """The token after X's name, up to two member words and the name of the one they name
    ("an Ahrar al-Sham leader was killed", "IS fighters were killed", "Jaish al-Islam leader
    Zahran Alloush was killed"; a possessive's ending before the member words, "Ahrar
    al-Sham's leader was killed", roles.yaml ``possessive_endings``): where X's verb may
    begin."""
    k = first = m.last
    if k + 1 < len(doc.tokens) and doc.tokens[k].key in lex.possessive_endings \
            and doc.gap(k - 1, k) == "'" and doc.tokens[k + 1].key in lex.passive_members:
        k = first = k + 1  # "Ahrar al-Sham's leader was killed"
    while k < len(doc.tokens) and k - first < 2 and doc.tokens[k].key in lex.passive_members \
            and not doc.gap(k - 1, k).strip():
        k += 1
    start = k
    while k > first and k < len(doc.tokens) and k - start < NAME_WORDS and not doc.gap(
            k - 1, k).strip(" -") and (doc.tokens[k].key in PARTICLES or doc.capitalised(k)):
        k += 1
    return k


def headline_passive(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"Ahrar al-Sham leader killed in Syria", "85 Syria troops killed in jihadist advance": a
    headline drops the auxiliary of its passive — the side named right before a bare result
    verb (a member word or two between) that ends the title or that one of `headline_after`
    follows was hit ("US jets killed 15 civilians": a count after it, active)."""
    if not lex.headline_after or not headline(doc, c):
        return False
    k = _past_members(doc, m, lex)
    t = next((t for t in c.triggers if t.first == k and t.verb and t.strength <= 0.5
              and t.tense == "past"), None)
    if t is None or doc.gap_has(m.last - 1, k, ",.;:"):
        return False
    end = doc.sentences[c.sentence].tokens[1]
    return t.last >= end or doc.tokens[t.last].key in lex.headline_after


def holder(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"a rebel-held town", "IS-controlled Raqqa", "areas held by the regime", "rebel areas of
    Aleppo", "the IS stronghold of Raqqa": X holds the place that was hit — the side hit, not
    the one that struck (roles.yaml ``holding``). Not a place fire came from: "shells from
    the rebel enclave", "rockets fired from rebel areas" were the rebels' (a weapon word
    within two words before the origin word)."""
    toks, k = doc.tokens, m.last
    if owns_outlet(doc, m, lex):
        return False  # "a media unit run by Hezbollah": an outlet's owner holds no ground
    j = m.first - 1
    j -= j > 0 and toks[j].key in lex.back_articles  # "from the rebel-held districts"
    if j > 0 and toks[j].key in lex.origin:
        fire = trigger_lexicon(doc.language).ground | trigger_lexicon(doc.language).air
        if any(not fire.isdisjoint(toks[i].stems) for i in range(max(0, j - 2), j)):
            return False
    if k < len(toks) and (toks[k].key in lex.holding and doc.gap(k - 1, k) == "-"
                          or toks[k].key in lex.holding_places and doc.gap(k - 1, k) == " "):
        return True
    return m.first >= 2 and toks[m.first - 1].key in lex.holding_links \
        and toks[m.first - 2].key in lex.holding or _held_past(doc, m, lex)


def _held_past(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"held by the extremist Islamic State group", "controlled by Syrias rebels", "held by Al
    Qaeda affiliate Al Nusra Front": up to ``holding.reach`` words between the link and the
    holder's name — no number, no clause break, no word of another side's name (the same side
    named twice in apposition may stand between); "held by Nusra and its allies", "held by
    rebels and Islamist fighters": a side joined by ``agent_joiners`` to a holder holds too."""
    if not lex.holding_reach:
        return False
    toks = doc.tokens
    others = {k for a in doc.actors if a.actor_id != m.actor_id for k in range(a.first, a.last)}
    j = m.first - 1
    if j > 0 and toks[j].key in lex.agent_joiners and j not in others:
        before = next((a for a in doc.actors if a.last == j), None)
        if before is not None and holder(doc, before, lex):
            return True
    for j in range(m.first - 1, max(0, m.first - 2 - lex.holding_reach), -1):
        if j in others or any(ch.isdigit() for ch in toks[j].key) \
                or any(ch in doc.gap(j, j + 1) for ch in ".,;:!?"):
            return False
        if toks[j].key in lex.holding_links:
            return j > 0 and toks[j - 1].key in lex.holding and j < m.first - 1
    return False


def taken_from(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"seized the town from rebels", "was recaptured from the jihadists": the side ground was
    taken from lost it (roles.yaml ``taken_from``), whoever is named as the taker — unless an
    agent cue just before makes it the taker's side ("seized by fighters from IS") or the
    "from" ends a cue of support (triggers.yaml ``support_cues``: "recaptured the town with
    support from Russian air strikes" names the taker's ally)."""
    j = m.first - 1
    j -= j > 0 and doc.tokens[j].key in lex.back_articles
    return j >= 0 and doc.tokens[j].key in lex.taken_from and not any(
        lex.agent.match_at(doc.norm, doc.tokens, i) is not None for i in range(max(0, j - 3), j)
    ) and not backing(doc, j + 1, trigger_lexicon(doc.language).support, reach=1)


def generic(doc: Doc, m: ActorMention) -> bool:
    """X is named by a word that depends on the article ("مسلحون", "قوات الأمن", "الجيش"), not
    by a name of its own ("حركة الشباب"): one of the registry's contextual aliases."""
    reg = registry(doc.language)
    found = reg.matcher.match_at(doc.norm, doc.tokens, m.first, stop=m.last)
    if found is None or not any(p.id in reg.contextual for p in found.payloads):
        return False
    # (not gunmen named by their group's adjective, "المسلحون الحوثيون": the group's own name)
    named = reg.matcher.match_at(doc.norm, doc.tokens, found.last, stop=m.last)
    return named is None or all(p.id != m.actor_id for p in named.payloads)
