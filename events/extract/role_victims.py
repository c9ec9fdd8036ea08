"""Cue tests of sides that did not strike, for the roles step (`events.extract.roles`): a side's
own dead named by martyrdom ("استشهد", "استشهاد") — the press's word for the dead of its side —
whatever else the clause tells; a side named before an event told as happening ("حدث تفجير");
the oblique plural right after a verb ("قصفت المتمردين"); a side joined to a side hit ("ضد
داعش وجبهة النصرة"); a side stationed where the blow fell ("مناطق يتمركز فيها الحوثيون").
Split from `events.extract.role_cues`; the sides struck where they stood (worshippers, a side
busy or exposed when the blow fell, a side whose men are counted dead) are in
`events.extract.role_struck`."""
from __future__ import annotations

from events.extract.candidates import VIOLENT
from events.extract.clauses import clause_of
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.morphology import affixes
from events.extract.numbers import is_count
from events.extract.role_agents import past_date
from events.extract.role_cues import dated, oblique_object
from events.extract.role_dead_aside import past_aside
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon

MARTYR_AFTER = 6  # words from a martyrdom verb to the side of its subject after it


def martyrdom(doc: Doc, c: Candidate, lex: RoleLexicon) -> bool:
    """Every event word of the candidate is a word of martyrdom (استشهد، استشهاد): the press's
    word for a side's own dead."""
    return bool(lex.martyrdom) and all(
        not lex.martyrdom.isdisjoint(doc.tokens[t.first].stems) for t in c.triggers)


def told_apart(doc: Doc, c: Candidate, m: ActorMention) -> bool:
    """"اللذين استشهدا أثناء المواجهة مع الميليشيات": another event word stands between the
    candidate's words and the side, which belongs to that word's phrase (whom they fought),
    not to the candidate's."""
    own = {t.first for t in c.triggers}
    lo, hi = (max(t.last for t in c.triggers), m.first) if m.first >= c.last_token else (
        m.last, min(t.first for t in c.triggers))
    return any(lo <= t.first < hi and t.first not in own for t in doc.triggers)


def martyrs_side(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"ثلاثة من منسوبي حرس الحدود بمركز … استشهدوا بعد تعرض المركز لقذائف", "استشهد ثلاثة جنود
    إماراتيين ضمن قوات التحالف، إثر انفجار": a martyrdom verb has no object — the side named
    as its subject, before it or a few words after it, is whose men died, never who struck,
    even when the clause names the blow too. No event word may stand between, nor a sentence
    stop."""
    if not lex.martyr_verbs:
        return False
    sent_first = doc.sentences[c.sentence].tokens[0]
    starts = {t.first for t in doc.triggers}
    for t in c.triggers:
        if not (t.strength <= 0.5 and not lex.martyr_verbs.isdisjoint(doc.tokens[t.first].stems)):
            continue
        # (a verb with its conjunction, "واستشهد آخر", opens a clause of its own: a side
        # before it is the subject of another verb)
        if sent_first <= m.first and m.last <= t.first and doc.tokens[t.first].key in lex.martyr_verbs:
            lo, hi = m.last, t.first
        elif 0 <= m.first - t.last <= MARTYR_AFTER:
            lo, hi = t.last, m.first
        else:
            continue
        if not any(lo <= k < hi for k in starts) and not any(
                ch in doc.gap(lo - 1, hi) for ch in ".;؛:"):
            return True
    return False


def before_happening(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"أثناء قيام منسوبي قوات الطوارئ بأداء الصلاة، حدث تفجير", "قال عنصر في الميليشيا التي
    تقاتل بوكو حرام: وقع هجوم انتحاري": an event noun right after a verb of happening is that
    verb's subject, so a side named before the verb, in its sentence, is no side of the event
    by its place — nor of the result told after it ("…، وقع انفجار نتج عنه مقتل ثلاثة"). ``c``
    is that violent event, or a result-only candidate after it (the verb's form after a
    preposition is a noun: "تحت وقع الضربات")."""
    if c.event_type not in VIOLENT:
        return False
    first = doc.sentences[c.sentence].tokens[0]
    told = [t.first - 1 for t in doc.triggers if first < t.first <= c.first_token and not t.verb
            and (t is c.triggers[0] or c.weak) and _happens(doc, t.first - 1, lex)]
    return bool(told) and first <= m.first and m.last <= told[-1]


def _happens(doc: Doc, h: int, lex: RoleLexicon) -> bool:
    """Token ``h`` is a verb of happening, not its form as a noun after a preposition."""
    return not lex.happenings.isdisjoint(doc.tokens[h].stems) and (
        h == 0 or doc.tokens[h - 1].key not in lex.happening_nouns)


def verb_object(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"لكن الغارات التركية قصفت المتمردين الأكراد", "هاجمت مسلحين": X's first word, right
    after the event's verb, is a plural in its oblique case — the verb's object (its subject
    would be nominative, "المتمردون"), not its subject. Only a verb with a feminine or plural
    ending, which the noun of the same letters never carries: "قصف الحوثيين للمدينة" is the
    noun, its agent in the genitive. A singular in its indefinite accusative ("قوات الأمن
    قتلت مسلحا", "تقتل جنديا أمريكيا"; roles.yaml ``object_accusatives``) is the object after
    any verb: neither the noun's genitive nor the passive's nominative ends so."""
    endings = tuple(e for e in affixes().past_endings if len(e) > 1 or e == "ت")
    after = [t for t in c.triggers if t.verb and t.last == m.first]
    if doc.tokens[m.first].key in lex.accusatives and any(
            t.verb and (past_date(doc, t.last) == m.first  # (a date perhaps between: "قتلت
                        # قوات الأمن اليوم الجمعة مسلحا"; the man's accusative noun before
                        # the one the side is named by: "قتلت إرهابيا مسلحا")
                        or past_date(doc, t.last) == m.first - 1
                        and doc.tokens[m.first - 1].key in lex.accusatives) for t in c.triggers):
        return True
    return any(any(s.endswith(endings) for s in doc.tokens[t.first].stems)
               for t in after) and oblique_object(doc, m, m.first, lex)


def hit_with(doc: Doc, prev: ActorMention, m: ActorMention, lex: RoleLexicon) -> bool:
    """Another side right after a side that was hit, joined to it by و ("ضد تنظيم داعش وجبهة
    النصرة"), the first side's adjectives and a comma perhaps between ("ضد منظمة بي كا كا
    الإرهابية، وتنظيم داعش"): hit with it — unless the two are the sides of a fight
    ("اشتباكات بين X وY"). The two may bear one name ("نقطة تفتيش للجيش والشرطة": both the
    country's forces) — hit all the same, never the other's attacker."""
    return (_joined(doc, prev, m) or _joined_past_place(doc, prev, m, lex)) \
        and doc.tokens[m.first].key.startswith("و") and not any(not lex.between.isdisjoint(doc.tokens[k].stems)
                    for k in range(max(0, prev.first - 4), prev.first))


ADJECTIVES = 2  # words of a side's own adjectives before the و of the next ("الإرهابية، وتنظيم")


def _joined_past_place(doc: Doc, prev: ActorMention, m: ActorMention, lex: RoleLexicon) -> bool:
    """The first side's own place stands between ("ضد تنظيم داعش في سوريا وحزب العمال في العراق",
    "بسوريا"): a place named right after it (after "في" perhaps, roles.yaml ``inside``) ends
    where the next side begins."""
    k = prev.last
    if k < m.first and doc.tokens[k].key in lex.inside:
        k += 1
    return k < m.first and any(p.first == k and p.last == m.first for p in doc.places)


def _joined(doc: Doc, prev: ActorMention, m: ActorMention) -> bool:
    """X follows the side before it at once, or after up to `ADJECTIVES` definite words of no
    place and no event (its adjectives: "ضد منظمة بي كا كا الإرهابية، وتنظيم داعش")."""
    between = range(prev.last, m.first)
    busy = {k for x in (*doc.triggers, *doc.places) for k in range(x.first, x.last)}
    return len(between) <= ADJECTIVES and all(
        doc.tokens[k].key.startswith("ال") and k not in busy for k in between)


def stationed(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"قصف مناطق تتمركز فيها مليشيات الحوثيين", "المدينتين اللتين يتحصن فيهما مقاتلو داعش",
    "القرى التي يسيطر عليها التنظيم": X is the subject of a verb of being stationed or holding
    (roles.yaml ``stationed``) whose pronoun points back at the place — X was where the blow
    fell, the side hit (X after the verb and its pronoun, or right before the verb). A past
    verb of taking tells a holding after a relative pronoun ("المدينة التي سيطر عليها
    المسلحون"), and not when it is the candidate's own event word (the taking told)."""
    toks = doc.tokens
    link = m.first - 1  # (a word of fighters may stand between: "فيها مليشيات الحوثيين")
    link -= link > 0 and not (lex.members | lex.bodies).isdisjoint(toks[link].stems)
    if link < 1 or toks[link].key not in lex.stationed_links:
        after = False
    elif toks[link - 1].key in lex.stationed_verbs:
        after = True
    else:  # "التي سيطر عليها X"
        after = link >= 2 and toks[link - 1].key in lex.held_verbs \
            and toks[link - 2].key in trigger_lexicon(doc.language).relatives \
            and not any(t.first == link - 1 for t in c.triggers)
    before = m.last + 1 < len(toks) and toks[m.last].key in lex.stationed_verbs \
        and toks[m.last + 1].key in lex.stationed_links
    return after or before or _used_place(doc, m, lex)


def _used_place(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"أحد طرق الإمداد التي يستخدمها الحوثيون", "مواقع كان الحوثيون يستخدمونها": X right after
    (or right before) a verb of using with a pronoun on it (roles.yaml ``stationed.used``), a
    place (``used_places``) a few words before the verb — the pronoun is the place's, and X was
    where the blow fell. (Not a weapon: "الصواريخ التي يستخدمها الحزب" were the party's.)"""
    toks = doc.tokens
    k = m.first - 1  # (a word of fighters may stand between: "يستخدمه مقاتلو الحزب", the
    # nominative of "مقاتلي")
    k -= k > 0 and (not (lex.members | lex.bodies).isdisjoint(toks[k].stems)
                    or toks[k].key.endswith("و") and toks[k].key[:-1] + "ي" in lex.members)
    if k >= 0 and toks[k].key in lex.used_verbs:
        verb = k
    elif m.last < len(toks) and toks[m.last].key in lex.used_verbs:
        verb = m.last
        if doc.punctuated(m.last - 1, m.last):
            return False
    else:
        return False
    lo = min(verb, m.first) - lex.used_reach
    if lex.used_duals and toks[verb].key.endswith(lex.used_duals) and any(
            toks[j].key.endswith("ين") and toks[j].key in lex.used_places
            for j in range(doc.sentences[m.sentence].tokens[0], max(0, lo))):
        return True  # "جسرين … أن التنظيم يستخدمهما": the two places, however far before
    return any(toks[j].key in lex.used_places or not lex.used_places.isdisjoint(toks[j].stems)
               for j in range(max(0, lo), min(verb, m.first)))


def counted_dead(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"أكثر من 200 حوثيا لقوا مصرعهم", "إن 21 مسلحا حوثيا قتلوا في عملياتها": a side named
    by a count of its men (the count right before its name, or before one member word), with a
    result word of the candidate after it (a verb, or "لقوا مصرعهم"), is who died — a subject of a passive, never the
    author."""
    k = m.first - 1
    word = doc.tokens[k] if k > 0 else None  # "مسلحا": the accusative of a member word
    k -= word is not None and (not lex.members.isdisjoint(word.stems) or word.key[:-1] in lex.members)
    # (a date's day is no count: "On May 2 Turkish forces struck …, killing 50")
    if k < 0 or not is_count(doc.tokens[k].key, doc.language) or dated(doc, k):
        return False
    return any(t.strength <= 0.5 and m.last <= t.first for t in c.triggers)


VENGEANCE_REACH = 4  # words from "revenge" to the event word it avenges ("for Monday's strike")


def avenger(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"Rebels vowed revenge for Tuesday's strike", "IS militants vowed to avenge the air strike
    that killed their commander": a side named before a word of vengeance (roles.yaml
    ``vengeance``) whose object is the candidate's event word — within `VENGEANCE_REACH` words,
    no other event word between, one clause — was hit by it, never its author ("revenge
    attacks", the event word right after it, are the avenger's own)."""
    if not lex.vengeance:
        return False
    starts = {t.first for t in doc.triggers}
    for t in c.triggers:
        for v in range(max(m.last, t.first - VENGEANCE_REACH - 1), t.first - 1):
            if (doc.tokens[v].key in lex.vengeance and not any(v < k < t.first for k in starts)
                    and not any(k in starts for k in range(m.last, v))
                    and not doc.gap_has(m.last - 1, t.first, ".;:")):
                return True
    return False


ASSAILANT_REACH = 6  # words from a repelled blow to the side that dealt it ("لهجمات أخرى للحوثيين")


def repel_sides(doc: Doc, c: Candidate, near: list[tuple[int, ActorMention]], aside: range,
                lex: RoleLexicon) -> tuple[set[int], set[int]]:
    """"السعودية تتصدى لقذائف الحوثيين", "تصدت قوات الأمن لهجوم شنه مسلحون", "أعلن الجيش التصدي
    لهجوم": the sides named in its clause before a word of repelling (roles.yaml ``repels``)
    that stands right before the blow's event word — or before the side that repelled, right
    before it — met the blow: the side hit, never its author, whether the event is told by
    the blow or by the repelling. The sides named a few words after the blow, with no target
    cue between ("لهجمات أخرى للحوثيين وقوات صالح", "لحملة تابعة للحوثيين"), dealt it. Returns
    (the defenders, the assailants). Not a repelling told in a relative clause aside
    (`role_relatives.relative_aside`: "الحوثيون الذين يتصدون لهجوم القوات …، بقصف حي"): it
    describes the subject of another deed."""
    defenders: set[int] = set()
    assailants: set[int] = set()
    for t in c.triggers:
        if lex.repels.isdisjoint(doc.tokens[t.first].stems):
            k, blow = _repelled_by(doc, t.first, near, lex), t.first
        else:  # "وتصدت قوات الأمن لهجوم": the repelling, its blow after its subject
            blow = _past_sides(doc, t.last, near)
            k = t.first if any(x.first == blow for x in doc.triggers) else None
        if k is None or k in aside:
            continue
        # (of its own clause, after any event word before: "شنت X هجوما على مواقع Y، وتمكنت Y
        # من التصدي للهجوم" — X attacked)
        start = max([doc.clauses[clause_of(doc, k)].first]
                    + [x.last for x in doc.triggers if x.last <= k])
        defenders |= {j for j, m in near if start <= m.first and m.last <= blow}
        assailants |= {j for j, m in near if blow < m.first <= blow + ASSAILANT_REACH and not any(
            doc.tokens[i].key in lex.target for i in range(blow, m.first))}
    return defenders, assailants - defenders


def _repelled_by(doc: Doc, first: int, near: list[tuple[int, ActorMention]], lex: RoleLexicon
                 ) -> int | None:
    """The word of repelling right before the event word at ``first``, or before the side
    right before it ("تصدت قوات الأمن لهجوم"), not itself an aim ("للتصدي"); else None."""
    k = first - 1
    while k > 0 and any(m.first <= k < m.last for _, m in near):
        k -= 1
    if k < 0 or lex.repels.isdisjoint(doc.tokens[k].stems) or doc.tokens[k].key.startswith("ل"):
        return None
    return k


def _past_sides(doc: Doc, k: int, near: list[tuple[int, ActorMention]]) -> int:
    """The first token at or after ``k`` that is no side's ("تصدت قوات الأمن لهجوم": the blow)."""
    while k < len(doc.tokens) and any(m.first <= k < m.last for _, m in near):
        k += 1
    return k


def soldiers_dead(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"قتل جندي تركي وأصيب آخر إثر انفجار لغم", "أصيب شرطيان مصريان بنيران مسلحين": X's name
    opens with a soldier word (roles.yaml ``soldiers``) right after a result verb of the
    candidate — read passive, as the press writes it: the soldier is who died or was hurt, and
    his force the side hit. A force that kills is named by its body ("قتل الجيش"), not by one
    soldier; a soldier who killed has his object right after his name ("قتل شرطي أبيض شابا":
    an accusative, or a count), and keeps his part. Not in a fight whose two sides the clause
    names ("في اشتباكات بين القوات الأمنية وعناصر الحزب"): the soldier fought on one of them."""
    if lex.subject_first or not lex.soldiers or lex.soldiers.isdisjoint(doc.tokens[m.first].stems):
        return False
    cl = doc.clauses[c.clause]
    if any(not lex.between.isdisjoint(doc.tokens[k].stems) for k in range(cl.first, cl.last)):
        return False
    if not any(t.verb and t.strength <= 0.5 and _fellows_only(doc, t.last, m.first, lex)
               for t in c.triggers):
        return False
    nxt = m.last
    return nxt >= len(doc.tokens) or not (is_count(doc.tokens[nxt].key, doc.language)
                                          or doc.tokens[nxt].key.endswith("ا") and not doc.gap(nxt - 1, nxt).strip())


FELLOWS = 3  # words of other dead between a result verb and the soldiers ("ضابط وثلاثة")


def _fellows_only(doc: Doc, lo: int, hi: int, lex: RoleLexicon) -> bool:
    """Tokens lo..hi name only other dead of the same toll — counts and soldier words, joined
    by و ("قتل ضابط وثلاثة جنود مصريين"), at most `FELLOWS` of them; none at all is fine."""
    if not 0 <= hi - lo <= FELLOWS:
        return False
    for k in range(lo, hi):
        key = doc.tokens[k].key
        bare = key[1:] if key.startswith("و") and k > lo else key
        if not (is_count(bare, doc.language) or bare in lex.soldiers) or doc.gap(k - 1, k).strip():
            return False
    return True


DEED_WORDS = 2  # deed nouns between a circumstance word and the event word ("في عمليات تطهير")


def died_before(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"قال القائد إن العشرات من عناصر داعش قتلوا في عمليات تطهير الرمادي": X right before a
    result verb that agrees with it (its men the verb's subject, told first; its adjectives may
    stand between) and whose
    circumstance word ("في", "خلال", "جراء") leads to the candidate's event word — a deed noun
    or two between — died in that event: the side hit, whatever its type. A taking of ground
    would otherwise read X, named before its verb of expulsion, as the side that took it. The
    toll is counted before X ("العشرات من"): "قوات الأمن قتلت في عملية أمنية ثلاثة مسلحين"
    counts its dead after the event word — the forces before the verb killed them."""
    after = m.last  # (the side's adjectives perhaps: "عناصر التنظيم الإرهابي قتلوا")
    while after < len(doc.tokens) and after - m.last < ADJECTIVES and doc.tokens[after].key.startswith("ال") \
            and not doc.gap(after - 1, after).strip():
        after += 1
    # ("، بينهم قيادي بارز، قتلوا", "وخمسة متشددين آخرين قتلوا": among the dead, counted or not)
    aside = past_aside(doc, after, lex)
    listed, after = aside > after, aside
    verb = next((t for t in doc.triggers if t.first == after and t.strength <= 0.5), None)
    link = past_date(doc, verb.last) if verb is not None else 0  # ("قتلوا فجر اليوم في غارة")
    if verb is None or link >= len(doc.tokens) or doc.tokens[link].key not in lex.circumstance \
            or not listed and not any(x.start < m.start <= x.end + 1 for x in doc.losses if x.sentence == m.sentence):
        return False
    k = link + 1
    while k < len(doc.tokens) and k - link <= DEED_WORDS and not lex.deeds.isdisjoint(doc.tokens[k].stems):
        k += 1
    return any(t.first == k and t.strength > 0.5 for t in c.triggers)


def within_toll(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"Tens of ISIS recruits … killed and wounded", "dozens of regime fighters were killed",
    "70 ISIS terrorists killed in joint airstrikes": a side named inside the people a loss
    claim of the candidate's sentence counts (killed, injured, captured) — after its figure —
    is the side hit, whatever the word order made of it; not the dead attackers ("two IS
    suicide bombers", roles.yaml ``toll_attackers``). English (the list given)."""
    if not lex.toll_attackers:
        return False
    for x in doc.losses:
        if x.sentence == c.sentence and x.category in ("killed", "injured", "captured") \
                and x.number_start < m.start and m.end <= x.end:
            k = doc.token_at(x.start)
            counted = []
            while k < len(doc.tokens) and doc.tokens[k].start < x.end:
                counted.append(doc.tokens[k].key)
                k += 1
            return lex.toll_attackers.isdisjoint(counted)
    return False
