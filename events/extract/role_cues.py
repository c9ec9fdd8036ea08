"""Cue tests the roles step (`events.extract.roles`) reads: word order and the cue words of
``data/lexicon/roles.yaml`` around one actor mention or one candidate — is X the target ("على
X"), the agent ("من قبل X", "برصاص X"), the one blamed, an ally, or the object of a noun ("بعد
طرد X وY")? Each answers one question and decides nothing; `assign_actors` weighs them (the
cues of relative clauses are in `events.extract.role_relatives`)."""
from __future__ import annotations

from events.extract.actor_registry import registry
from events.extract.clauses import clause_lexicon
from events.extract.doc import ActorMention, Candidate, Doc, Mention
from events.extract.headlines import headline
from events.extract.numbers import is_count
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_objects import backing
from events.extract.trigger_words import trigger_lexicon
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


def target_cue(doc: Doc, a: int, violent: bool, lex: RoleLexicon, floor: int = 0,
               subject_at: int | None = None) -> bool:
    """"على/ضد/مواقع X" — and, after a violent trigger, "80 إرهابياً من داعش" or "قيادي بارز
    في الحوثيين" — mark X as the target (before the trigger, "وحدات من الجيش دمرت" names who
    acted). A cue before the trigger is not X's: "مرور عام على احتلال داعش المدينة" (``floor``:
    the trigger's end, when X follows it). ``subject_at``: the word right after a verb, its
    subject when a member word ("اختطف عناصر من X": X acted). A cue of the sentence before is
    none of X's ("… on Monday. Troops seized the town")."""
    floor = max(floor, doc.sentences[doc.sentence_of_token(a)].tokens[0])
    for k in range(max(floor, a - 2), a):
        key = doc.tokens[k].key
        if _dated(doc, k):
            continue  # "Early on Saturday rebels attacked": the day's "on", no target's
        if key in lex.target or any(s in lex.target for s in doc.tokens[k].stems[1:]) or (
                violent and key == "من" and doc.tokens[k + 1].key != "قبل"
                and not (k > 0 and (doc.tokens[k - 1].key.endswith(lex.subject_endings)
                                    or any(not lex.ally.isdisjoint(doc.tokens[j].stems)
                                           for j in range(max(0, k - 3), k))
                                    or doc.tokens[k - 1].key in lex.identity
                                    or k - 1 == subject_at and not (
                                        lex.members | trigger_lexicon(doc.language).air
                                    ).isdisjoint(doc.tokens[k - 1].stems)))):
            # (not after a subject: "خطف مسلحون من داعش" — a nominative plural acts — nor a
            # member word (or aircraft: "قصفت مقاتلات من سلاح الجو التركي") right after the
            # verb, "اختطف عناصر من جبهة النصرة"; nor after
            # "يعتقد أنهم": their side; nor a cue of support, "بدعم من غارات التحالف", "بغطاء
            # جوي كثيف من طيران التحالف")
            return True
    return violent and any(  # "قيادي بارز في [ميليشيات] الحوثيين"
        doc.tokens[f].key in lex.member_links and any(s in lex.members for k in range(max(0, f - 3), f)
                                          for s in doc.tokens[k].stems)
        for f in range(max(0, a - 2), a))


def _dated(doc: Doc, k: int) -> bool:
    """Token ``k`` lies inside a date the date step read ("on Saturday", "on March 3")."""
    start = doc.tokens[k].start
    return any(d.start <= start < d.end for d in doc.dates)


def members_of(doc: Doc, m: ActorMention, verb_ends: set[int], lex: RoleLexicon) -> bool:
    """"وقتل عناصر من تنظيم داعش في غارة", "وأصيب أفراد من الجيش": a member word and من right
    after a result verb — read passive, as the press writes it — name the side that suffered;
    so does a member word in the accusative, the verb's object ("استهدف أفرادا من قوات الأمن")."""
    k = m.first
    if k < 2 or doc.tokens[k - 1].key not in lex.partitive_links or k - 2 not in verb_ends:
        return False
    word = doc.tokens[k - 2]
    return not lex.members.isdisjoint(word.stems) or word.key.endswith("ا") and word.key[:-1] in lex.members


def noun_agent(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"هجمات دامية من المتشددين", "هجمات كانت الأعنف لجماعة X": a group tied by من or ل to an
    event noun a few words before it carried the events out (a result word's "مقتل 5 من
    عناصر X" names victims, and "على/ضد" in between names a target)."""
    first = m.first  # "من مقاتلي بوكو حرام": a member word may stand between link and name
    if first > 0 and any(s in lex.members for s in doc.tokens[first - 1].stems):
        first -= 1
    tok = doc.tokens[first]
    # the proclitics before the name ("لجماعة X") or before the member word ("لمقاتلي X")
    lead = doc.norm[tok.start:m.start] if first == m.first else next(
        (tok.key[:len(tok.key) - len(s)] for s in tok.stems[1:] if s in lex.members), "")
    if first > 0 and doc.tokens[first - 1].key in lex.noun_agent_links:
        link = first - 1
    elif lead and any(lead.endswith(w) for w in lex.noun_agent_links):
        link = first
    else:
        return False
    # (not a noun in a verb's object: "دمرت المقاتلات منصة لإطلاق الصواريخ تابعة للحوثيين";
    # a noun in the verb's circumstance is: "قتل جنديان في هجوم لحزب العمال")
    # (nor after a verb that follows the noun: "قام التنظيم بهجوم استهدف أفرادا من قوات الأمن"
    # — the من-phrase is the verb's object;
    # nor the people counted between: "أودى الهجوم بحياة 12 جنديا من قوات الأمن" names victims,
    # nor what a phrase ending in على hit: "أطلقوا النار على دورية للشرطة")
    # (a noun read as a verb after a circumstance word, "قتل مدنيان في قصف للحوثيين", or with a
    # preposition after a toll's verb, "أصيب 5 بقصف عشوائي للحوثيين" — the group right after
    # it, or after one word; not "هاجموا بقنبلة تجمعا للحوثيين", "بقصف أهداف لتنظيم داعش")
    verbs = [x for x in c.triggers if x.verb and not _nominal(doc, x, lex)]
    tolled = bool(verbs) and all(x.strength <= 0.5 for x in verbs)
    return any((not t.verb or link - t.last <= 1 and (_after_circumstance(doc, t, lex)
                                                       or tolled and _prefixed(doc, t)))
               and t.strength > 0.5 and 0 < link - t.last + 1 <= lex.noun_agent_reach + 1
               and (_after_circumstance(doc, t, lex) or tolled and link - t.last <= 1 and _prefixed(doc, t)
                    or not any(x.verb and x.first < t.first for x in c.triggers))
               and not any(doc.tokens[k].key in lex.target for k in range(t.first, link))
               and not any(x.verb and t.last <= x.first < link for x in c.triggers)
               and not any(is_count(doc.tokens[k].key, doc.language) for k in range(t.last, link))
               for t in c.triggers)


def _prefixed(doc: Doc, t: Mention) -> bool:
    """The event word carries a preposition ("بقصف للحوثيين"): a verbal noun, and the means or
    circumstance of the clause's verb (the noun prefixes of ``clauses.yaml``)."""
    clitic = doc.norm[doc.tokens[t.first].start:t.start]
    return bool(clitic) and clitic[-1:] in clause_lexicon(doc.language).noun_prefixes


def _after_circumstance(doc: Doc, t: Mention, lex: RoleLexicon) -> bool:
    """"في قصف عشوائي للحوثيين": the event word stands in the circumstance of the verb before."""
    return t.first > 0 and doc.tokens[t.first - 1].key in lex.circumstance


def _nominal(doc: Doc, t: Mention, lex: RoleLexicon) -> bool:
    """A word read as a verb that is a noun where it stands: after a circumstance word ("في
    قصف عشوائي للحوثيين") or carrying a preposition ("بقصف")."""
    return _after_circumstance(doc, t, lex) or _prefixed(doc, t)


def counted_victims(doc: Doc, c: Candidate, m: ActorMention) -> bool:
    """"killed 12 militants", «قتل 12 مسلحا», "wounded at least five soldiers": a side counted
    right after a result word is who died, whatever the language's word order (a subject is
    named, not counted: «قتل مسلحون 3 جنود»); not when another event word stands between: «قتل
    5 مدنيين في قصف روسي» names who shelled."""
    return any(t.strength <= 0.5 and 0 < m.first - t.last <= 4
               and any(is_count(doc.tokens[k].key, doc.language) for k in range(t.last, m.first))
               and not any(t.last <= o.first < m.first for o in c.triggers)
               for t in c.triggers)


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


def agent_cue(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    """"من قبل X", "على يد X": X acts, even after the verb of a passive (the caller checks
    that the phrase follows the trigger itself, not another verb: "مطوقون من قبل X")."""
    return agent_end(doc, a, lex) is not None


def agent_end(doc: Doc, a: int, lex: RoleLexicon) -> int | None:
    """Where the agent cue before X ends: right before X ("من قبل X"), or before a count of the
    agents ("الهجوم الذي نفذه نحو 300 من مسلحي X"); None without one."""
    if lex.agent.ending_at(doc.norm, doc.tokens, a) is not None:  # "by X", "من قبل X"
        return a
    body = _owned_body(doc, a, lex)  # "بصاروخ أطلقته قوة إيساف التابعة للحلف": X's force
    if body is not None and lex.agent.ending_at(doc.norm, doc.tokens, body) is not None:
        return body
    k = a
    while k > max(0, a - 5) and _count_of_men(doc, k - 1, lex):
        k -= 1
    return k if k < a and lex.agent.ending_at(doc.norm, doc.tokens, k) is not None else None


def _owned_body(doc: Doc, a: int, lex: RoleLexicon) -> int | None:
    """X at token ``a`` owns a body of fighters named right before its belonging word, two
    words at most before it ("قوة إيساف التابعة للحلف", "طائرة تابعة للجيش"): that body's
    token, else None."""
    b = a - 1
    if b < 1 or lex.belonging.isdisjoint(doc.tokens[b].stems) or not doc.norm[
            doc.tokens[a].start:doc.tokens[a].end].startswith("ل"):
        return None
    return next((k for k in range(b - 1, max(-1, b - 3), -1)
                 if not lex.bodies.isdisjoint(doc.tokens[k].stems)), None)


def agent_of(doc: Doc, t: Mention, end: int, lex: RoleLexicon) -> bool:
    """Does the agent cue ending at ``end`` speak of the event word ``t``? It stands within
    four words after it — or, a relative clause of carrying out or claiming ("هجوم على كمين
    للجيش في العريش تبناه تنظيم …"), within the relative reach with no other event word
    between, and no relative pronoun of its own: "الاعتداء كان انتقاما من العملية التي شنها
    الجيش" tells who carried out the operation, not the attack. Only a noun has a relative
    clause ("انسحبوا من المنطقة بعد إنذار أطلقته المقاومة": the ultimatum's)."""
    gap = end - t.last
    if 0 <= gap <= 4:
        return True
    if t.verb or not 0 <= gap <= lex.relative_reach:
        return False
    k = lex.relative_agent.ending_at(doc.norm, doc.tokens, end)
    return k is not None and doc.tokens[k - 1].key not in trigger_lexicon(doc.language).relatives \
        and not any(t.last <= x.first < end for x in doc.triggers)


COUNTED_REACH = 6  # words of a count of men between a verb and their side
NAME_WORDS = 4  # words of a person's name after a member word ("leader Zahran Alloush")


def counted_after(doc: Doc, last: int, first: int, lex: RoleLexicon) -> bool:
    """The side at ``first`` follows the verb ending at ``last`` with only a count of its men
    between ("وصل أكثر من 200 مقاتل من حزب الله"): it is the verb's subject, close by."""
    return 0 < first - last <= COUNTED_REACH and all(
        _count_of_men(doc, k, lex) for k in range(last, first))


def _count_of_men(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """Token k is a word of a count of men ("نحو 300 من مسلحي", "أكثر من 200 مقاتل")."""
    tok = doc.tokens[k]
    return tok.key in lex.agent_counts or is_count(tok.key, doc.language) \
        or not lex.members.isdisjoint(tok.stems)


def blamed(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    """"ألقي باللوم فيه على X": a blame word, perhaps a pronoun, then the "على" before X."""
    return a >= 2 and doc.tokens[a - 1].key in lex.blame_links and any(
        not lex.blame.isdisjoint(doc.tokens[k].stems) for k in range(max(0, a - 3), a - 1))


def side_of(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    """"مسلحون يعتقد أنهم من تنظيم القاعدة": the side the actor before is believed to belong to."""
    return a >= 2 and doc.tokens[a - 1].key == "من" and doc.tokens[a - 2].key in lex.identity


def ally_cue(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    return any(s in lex.ally for k in range(max(0, a - 3), a) for s in doc.tokens[k].stems)


def object_follows(doc: Doc, m: ActorMention) -> bool:
    """A word with the proclitic ل right after X ("استهداف الميليشيات لمطار عدن"): after an
    event noun, X is the noun's agent and the ل-word its object."""
    if m.last >= len(doc.tokens):
        return False
    tok = doc.tokens[m.last]
    return tok.key.startswith("ل") and tok.key[1:] in tok.stems[1:]


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
        and not any(ch in doc.gap(end, m.first) for ch in ".،,;؛:")


def among_victims(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"مقتل 15 شخصا بينهم نساء وجندي أفغاني": X is named within six words after a word that
    opens a list of the dead or hurt, in the same clause."""
    return any(not lex.victim_lists.isdisjoint(doc.tokens[k].stems)
               and not any(ch in doc.gap(k, m.first) for ch in ".،,;؛")
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
    return k > start and any(t.verb and t.first == k for t in c.triggers)


def _past_members(doc: Doc, m: ActorMention, lex: RoleLexicon) -> int:
    """The token after X's name, up to two member words and the name of the one they name
    ("an Ahrar al-Sham leader was killed", "IS fighters were killed", "Jaish al-Islam leader
    Zahran Alloush was killed"): where X's verb may begin."""
    k = m.last
    while k < len(doc.tokens) and k - m.last < 2 and doc.tokens[k].key in lex.passive_members \
            and not doc.gap(k - 1, k).strip():
        k += 1
    start = k
    while k > m.last and k < len(doc.tokens) and k - start < NAME_WORDS and not doc.gap(
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
    if t is None or any(ch in doc.gap(m.last - 1, k) for ch in ",.;:"):
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
        and toks[m.first - 2].key in lex.holding


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
