"""Agent cues the roles step (`events.extract.roles`) reads: is X the one who carried the event
out — named by an agent phrase ("من قبل X", "برصاص X"), a relative clause of carrying out
("الهجوم الذي نفذه X"), a count of its men right after the verb ("وصل أكثر من 200 مقاتل من X"),
or a من/ل link right after an event noun ("هجمات دامية من المتشددين")? Split from
`events.extract.role_cues` (the cues of targets, victims and sides)."""
from __future__ import annotations

from events.extract.actor_registry import registry
from events.extract.clauses import clause_lexicon
from events.extract.doc import ActorMention, Candidate, Doc, Mention
from events.extract.numbers import is_count
from events.extract.role_cues import agent_ending, laid_for, lam_prefixed
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon


def noun_agent(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"هجمات دامية من المتشددين", "هجمات كانت الأعنف لجماعة X": a group tied by من or ل to an
    event noun a few words before it carried the events out (a result word's "مقتل 5 من
    عناصر X" names victims, and "على/ضد" in between names a target)."""
    first = m.first  # "من مقاتلي بوكو حرام": a member word may stand between link and name
    # (not when the name carries the link itself: "هجوم مسلح للمقاومة" — the member word is the
    # event noun's adjective, "armed")
    own = doc.norm[doc.tokens[first].start:m.start]
    if first > 0 and any(s in lex.members for s in doc.tokens[first - 1].stems) and not (
            any(own.endswith(w) for w in lex.noun_agent_links) and not own.endswith("ال")):
        first -= 1
    tok = doc.tokens[first]
    # the proclitics before the name ("لجماعة X") or before the member word ("لمقاتلي X")
    lead = doc.norm[tok.start:m.start] if first == m.first else next(
        (tok.key[:len(tok.key) - len(s)] for s in tok.stems[1:] if s in lex.members), "")
    if first > 0 and doc.tokens[first - 1].key in lex.noun_agent_links:
        link = first - 1
    elif lead and any(lead.endswith(w) for w in lex.noun_agent_links) and not lead.endswith("ال"):
        # (the article of a member word is no ل: "اشتباكات مع المقاتلين الحوثيين" — whom they
        # fought; "للمقاتلين" has its ل)
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
    # (nor after an event word spelt as a verb: "فجرت المقاومة دبابة لميليشيات الحوثي" — the
    # tank was the Houthis')
    return any((not t.verb and lex.noun_agent_verbs.isdisjoint(doc.tokens[t.first].stems)
                or link - t.last <= 1 and (_after_circumstance(doc, t, lex) or tolled and _prefixed(doc, t)))
               and t.strength > 0.5 and 0 < link - t.last + 1 <= lex.noun_agent_reach + 1
               and (_after_circumstance(doc, t, lex) or tolled and link - t.last <= 1 and _prefixed(doc, t)
                    or not any(x.verb and x.first < t.first for x in c.triggers))
               and not any(doc.tokens[k].key in lex.target for k in range(t.first, link))
               and not any(x.verb and t.last <= x.first < link for x in c.triggers)
               # (nor past a result noun whose own object the ل follows: "أسفرت الغارات عن
               # تدمير مخازن للحوثيين" — the stores were the Houthis')
               and not any(x.strength <= 0.5 and t.last <= x.first < link for x in c.triggers)
               and not any(is_count(doc.tokens[k].key, doc.language) for k in range(t.last, link))
               # (nor past a noun that carries its own ل: "نصبوا كمينا لدورية للجيش" — the patrol
               # was the ambush's target, the army owned it)
               and not any(lam_prefixed(doc.tokens[k]) for k in range(t.last, link))
               for t in c.triggers) and not laid_for(doc, m.first, 0, lex)


def adjective_agent(doc: Doc, c: Candidate, m: ActorMention) -> bool:
    """"غارات تركية", "الضربات الجوية الروسية": forces named by the nationality adjective of the
    event noun itself (`actors._nationality_forces` leaves the noun, an event word, out of the
    mention) dealt it, whoever tells of it ("أعلن حزب العمال أن غارات تركية قتلت ثلاثة من
    مقاتليه": the speaker is no author of the strikes)."""
    reg = registry(doc.language)
    if reg.nationality_first or not any(s in reg.nationalities for s in doc.tokens[m.first].stems):
        return False
    heads, middle = reg.heads[0] | reg.heads[1], reg.heads[2]
    return any(not t.verb and t.strength > 0.5 and t.last <= m.first
               and not heads.isdisjoint(doc.tokens[t.first].stems)
               and all(doc.tokens[k].stems[-1] in middle for k in range(t.last, m.first))
               for t in c.triggers)


def inquired(doc: Doc, c: Candidate, lex: RoleLexicon) -> int | None:
    """"أن الشرطة تعرفت على هوية مشتبه به مرتبط بالهجوم", "مشطت قوات الأمن المنطقة بحثا عن
    عبوات ناسفة": the candidate's first event word is told as what is looked into or hunted
    for (roles.yaml ``inquiry``: the word right before it, or before its link word) — its
    index; the sides before it investigate, they are no side of the event. None otherwise."""
    first = c.triggers[0].first
    k = first - 1
    if k > 0 and doc.tokens[k].key in lex.inquiry_links:
        k -= 1
    return first if k >= 0 and not lex.inquiry.isdisjoint(doc.tokens[k].stems) else None


def inquirer(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"انفجرت عبوة ناسفة …، وتكثف الأجهزة الأمنية جهودها للكشف عن ملابسات الحادث": X, named
    after the candidate's first event word with a word of inquiry (roles.yaml ``inquiry.after``)
    within ``reach`` words on, no event word nor stop between, looks into what happened — no
    side of it."""
    if not lex.inquirers or m.first < c.triggers[0].last:
        return False
    toks = doc.tokens
    for k in range(m.last, min(len(toks), m.last + lex.inquirer_reach)):
        if doc.gap_has(k - 1, k, ".،,;؛:") or any(t.first == k for t in doc.triggers):
            return False
        if not lex.inquirers.isdisjoint(toks[k].stems):
            return True
    return False


def _prefixed(doc: Doc, t: Mention) -> bool:
    """The event word carries a preposition ("بقصف للحوثيين"): a verbal noun, and the means or
    circumstance of the clause's verb (the noun prefixes of ``clauses.yaml``)."""
    clitic = doc.norm[doc.tokens[t.first].start:t.start]
    return bool(clitic) and clitic[-1:] in clause_lexicon(doc.language).noun_prefixes


def _after_circumstance(doc: Doc, t: Mention, lex: RoleLexicon) -> bool:
    """"في قصف عشوائي للحوثيين": the event word stands in the circumstance of the verb before;
    or it is the subject of a verb of result or of going on ("أسفر قصف عشوائي للحوثيين عن
    مقتل", roles.yaml ``noun_subject_verbs``) — a noun either way, whose ل names its agent."""
    if t.first < 1:
        return False
    before = doc.tokens[t.first - 1]
    return before.key in lex.circumstance or not lex.noun_subject_verbs.isdisjoint(before.stems)


def _nominal(doc: Doc, t: Mention, lex: RoleLexicon) -> bool:
    """A word read as a verb that is a noun where it stands: after a circumstance word ("في
    قصف عشوائي للحوثيين") or carrying a preposition ("بقصف")."""
    return _after_circumstance(doc, t, lex) or _prefixed(doc, t)


def agent_cue(doc: Doc, a: int, lex: RoleLexicon) -> bool:
    """"من قبل X", "على يد X": X acts, even after the verb of a passive (the caller checks
    that the phrase follows the trigger itself, not another verb: "مطوقون من قبل X")."""
    return agent_end(doc, a, lex) is not None


def agent_end(doc: Doc, a: int, lex: RoleLexicon) -> int | None:
    """Where the agent cue before X ends: right before X ("من قبل X"), or before a count of the
    agents ("الهجوم الذي نفذه نحو 300 من مسلحي X"); None without one."""
    cue = agent_ending(doc, a, lex)  # ("shelling by the rebels": an article between)
    if cue is not None:  # "by X", "من قبل X" — after a word of support an ally ("backed by X")
        # ("كمين نصبته لمجموعة مسلحة": the ل names whom the trap awaited, not who laid it)
        return None if supported(doc, cue, lex) or laid_for(doc, a, cue, lex) else a
    body = _owned_body(doc, a, lex)  # "بصاروخ أطلقته قوة إيساف التابعة للحلف": X's force
    if body is not None and lex.agent.ending_at(doc.norm, doc.tokens, body) is not None:
        return body
    k = a
    while k > max(0, a - 5) and _count_of_men(doc, k - 1, lex):
        k -= 1
    return k if k < a and lex.agent.ending_at(doc.norm, doc.tokens, k) is not None else None


def supported(doc: Doc, cue: int, lex: RoleLexicon) -> bool:
    """The agent phrase starting at token ``cue`` follows a word of support ("regime forces
    backed by Hezbollah fighters captured …"): who it names backed the doer, an ally."""
    return cue > 0 and doc.tokens[cue - 1].key in lex.support


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
    if 0 <= gap <= lex.hand_reach and _hand_of(doc, t, end, lex):
        return True
    if t.verb or not 0 <= gap <= lex.relative_reach:
        return False
    k = lex.relative_agent.ending_at(doc.norm, doc.tokens, end)
    return k is not None and doc.tokens[k - 1].key not in trigger_lexicon(doc.language).relatives \
        and not any(t.last <= x.first < end for x in doc.triggers)


def _hand_of(doc: Doc, t: Mention, end: int, lex: RoleLexicon) -> bool:
    """The agent cue ending at ``end`` names the hand that dealt ``t``'s blow ("على يد",
    "برصاص": roles.yaml ``hand_agent_cues``) after the victims named between, with no other
    event word nor a stop of a sentence between ("قتل عنصر من حزب العمال على يد قوات الأمن")."""
    k = lex.hand_agent.ending_at(doc.norm, doc.tokens, end)
    return k is not None and not any(t.last <= x.first < k for x in doc.triggers if x is not t) \
        and "." not in doc.norm[doc.tokens[t.last - 1].end:doc.tokens[k].start]


def caused_by(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"الانقلابيون يتعرضون لعملية استنزاف جراء ضراوة المقاومة", "الوضع الذي تعيشه المدينة جراء
    الانتهاكات التي ارتكبتها الميليشيات": a word of cause that is itself the candidate's event
    word (roles.yaml ``cause_words``; "جراء" is a weak one) names after it what caused the harm
    — X there, within `CAUSE_REACH` words, with no stop and no other event word between, dealt
    it; it was not hit."""
    if not lex.cause_words:
        return False
    starts = {t.first for t in doc.triggers}
    return any(t.last - t.first == 1 and doc.tokens[t.first].key in lex.cause_words
               and 0 <= m.first - t.last <= CAUSE_REACH and not doc.punctuated(t.last, m.first)
               and not any(t.last <= k < m.first for k in starts) for t in c.triggers)


CAUSE_REACH = 6  # words from a word of cause to the side that caused the harm ("جراء الانتهاكات الممنهجة التي قامت بها جماعة")
COUNTED_REACH = 6  # words of a count of men between a verb and their side
COUNT_QUALIFIERS = 3  # words of a qualified count before its figure ("no fewer than")


def counted_after(doc: Doc, last: int, first: int, lex: RoleLexicon) -> bool:
    """The side at ``first`` follows the verb ending at ``last`` with only a count of its men
    between ("وصل أكثر من 200 مقاتل من حزب الله"): it is the verb's subject, close by."""
    return 0 < first - last <= COUNTED_REACH and all(
        _count_of_men(doc, k, lex) for k in range(last, first))


def count_follows(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """A count starts at token ``k``, or after words of a qualified count there ("killed 16",
    "killed at least 16", "killed more than 40"): the verb before ``k`` has its object's count
    right after it, so the side before the verb killed, it did not die. A date told between
    the verb and its count ("مسلحون قتلوا أمس ثلاثة جنود") is passed over."""
    k = past_date(doc, k)
    hi = min(len(doc.tokens), k + COUNT_QUALIFIERS + 1)
    while k < hi and doc.tokens[k].key in lex.count_qualifiers:
        k += 1
    return k < len(doc.tokens) and is_count(doc.tokens[k].key, doc.language)


def _count_of_men(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """Token k is a word of a count of men ("نحو 300 من مسلحي", "أكثر من 200 مقاتل")."""
    tok = doc.tokens[k]
    return tok.key in lex.agent_counts or is_count(tok.key, doc.language) \
        or not lex.members.isdisjoint(tok.stems)


def past_date(doc: Doc, k: int) -> int:
    """The first token at or after ``k`` outside a date told there ("قتلت اليوم الجمعة مسلحا")."""
    if k < len(doc.tokens):
        start = doc.tokens[k].start
        told = next((d for d in doc.dates if d.start <= start < d.end), None)
        while told is not None and k < len(doc.tokens) and doc.tokens[k].start < told.end:
            k += 1
    return k


def accusative_follows(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """The object of the verb before token ``k`` follows it, a date perhaps between: a man
    named in the indefinite accusative ("قوات الأمن قتلت مسلحا", roles.yaml
    ``object_accusatives``) or in the oblique plural of the same word with its count after it
    ("قتلت الشرطة مسلحين اثنين", "إرهابيين اثنين") — the verb is active, the side before it
    killed, it did not die (a passive's subject is nominative: "قتل مسلح", "قتل مسلحان")."""
    k = past_date(doc, k)
    if k >= len(doc.tokens):
        return False
    key = doc.tokens[k].key
    if key in lex.accusatives:
        return True
    return key.endswith("ين") and key[:-2] + "ا" in lex.accusatives and k + 1 < len(doc.tokens) \
        and is_count(doc.tokens[k + 1].key, doc.language)
