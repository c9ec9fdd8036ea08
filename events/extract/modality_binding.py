"""Modality binding: which trigger each modality cue qualifies (a part of the ``candidates``
step, `events.extract.candidates`).

A cue qualifies the first trigger after it within its window, not across a comma, else the
nearest trigger before it; verbs of alleging or denying colour every trigger after them in
their sentence; fears and aims to prevent look only forward; a cue that governs a noun of its
own ("دعت إلى التحقيق في الغارة", "لمنع نشر صور التفجير") leaves the event after it alone; an
attempt followed by its own aim leaves the deed before it alone; "any" qualifies only the
event noun next to it. The strongest cue wins.
"""
from __future__ import annotations

from events.extract.dates import since_compared
from events.extract.dates_years_on import years_on
from events.extract.doc import Doc, Modality, Trigger
from events.extract.numbers import is_count
from events.extract.trigger_objects import war_aim
from events.extract.trigger_records import TriggerLexicon
from events.extract.trigger_words import trigger_lexicon

# The strongest cue wins; a condition is the weakest ("توعد بقتلهم إذا بقوا": a threat still)
MODALITY_RANK = {"denied": 8, "negated": 8, "habitual": 8, "unspecified": 8, "demanded": 7,
                 "prevented": 5, "attempted": 4, "alleged": 3, "planned": 2, "hypothetical": 1,
                 "actual": 0}
_AS_MODALITY = {"alleging": "alleged", "threatened": "planned", "permitted": "planned",
                "impossible": "negated", "any_attempt": "unspecified", "every": "unspecified",
                "feared": "planned",
                "preventing": "prevented",
                "provided": "planned", "soon": "planned", "promised": "planned",
                "continuing": "planned", "imminent": "planned", "intending": "planned",
                "ahead": "planned", "consequent": "hypothetical", "purported": "alleged",
                "asked": "unspecified", "unconfirmed": "alleged", "obliged": "demanded",
                "past_years": "habitual", "failed": "attempted"}
_WIDE = frozenset({"alleging", "denied"})  # colour the whole rest of their sentence
# kinds that bind only the event after them (negations, by their mapped modality, too): a
# fear names what follows it; the deed before it is what the fear moved ("غادروا البلاد خوفا
# من وصول المقاومة": they left); so does an aim to prevent ("شنت غارات لمنع تقدمه": the
# strikes happened); so does what a deal provides for ("اتفاق يقضي بقصف": the deal is made),
# and the nearness of an event ("قرب سقوط القاعدة": the fall is still to come); so do a plot
# ("تنوي شن هجمات"; a deed meant told before it is named back: `_meant_before`) and what lies
# ahead ("حتى يتم تحرير المدينة", "سيساعد على طرد": the deed before it is what helps); so does
# an adjective of alleging ("the alleged attack"; "killed 48 alleged rebels": the killing is told);
# so does an obligation ("condemned the attack saying those responsible should be punished":
# the attack happened)
_FORWARD = frozenset({"feared", "preventing", "provided", "promised", "continuing", "imminent",
                      "intending", "ahead", "purported", "every", "obliged", "failed"})
# kinds that bind only the event before them: "تحرير المدينة بات قريبا بعد تقدم المقاومة"
# (the advance after "soon" is what brought it near); "إن السيطرة على المدينة ستعني قطع
# الإمداد" (what follows is what the deed would bring)
_BACKWARD = frozenset({"soon", "consequent"})
# "any" names the event word right after it ("سنرد على أي اعتداء") or, before a side, right
# before it ("لمنع تسلل أي عناصر") as a kind of event, none that happened — nothing further
_ADJACENT = frozenset({"unspecified"})


def _asks(doc: Doc, sentence: int) -> bool:
    """The sentence ends with a question mark (before any closing quote)."""
    s = doc.sentences[sentence]
    return doc.norm[s.start:s.end].rstrip(" \n\"'»”).").endswith(("؟", "?"))


# Cues of a deed still to come: told of by hearsay or allegation ("أنباء عن اقتحام الفلوجة
# قريبا", "زعم أنه كان يخطط لهجوم"), the deed is still a plan — planned, not alleged (a report
# of something done)
_COMING = frozenset({"planned", "soon", "intending", "imminent", "ahead"})


def modality_of(t: Trigger, bound: dict[int, str]) -> str:
    """The modality bound to ``t``; a future verb is planned at least, and planned when it is
    only alleged ("زعم التنظيم أنه سيهاجم": a threat)."""
    m = bound.get(id(t), "actual")
    if t.tense == "future" and (m == "alleged" or MODALITY_RANK["planned"] > MODALITY_RANK[m]):
        return "planned"
    return m


def bind_modalities(doc: Doc) -> dict[int, str]:
    """Trigger id → the strongest modality bound to it. A cue qualifies the first trigger after
    it within its window (not across a comma), else the nearest trigger before it; verbs of
    alleging or denying colour every trigger after them in their sentence."""
    lex = trigger_lexicon(doc.language)
    by_sentence: dict[int, list[Trigger]] = {}
    for t in doc.triggers:
        by_sentence.setdefault(t.sentence, []).append(t)
    bound: dict[int, str] = {}
    coming: set[int] = set()  # triggers a cue of `_COMING` qualifies

    def bind(t: Trigger, modality: str) -> None:
        if MODALITY_RANK[modality] > MODALITY_RANK[bound.get(id(t), "actual")]:
            bound[id(t)] = modality

    for m in doc.modalities:
        trigs = by_sentence.get(m.sentence, [])
        modality = _AS_MODALITY.get(m.modality, m.modality)
        if m.modality == "past_years" and _compared_before(doc, m):
            continue
        meant = _meant_before(doc, lex, m, trigs)
        if meant is not None:
            bind(meant, modality)
            continue
        if m.modality == "asked":  # a question names what it asks about, none told done
            if _asks(doc, m.sentence):
                for t in trigs:
                    if t.first >= m.last:
                        bind(t, modality)
            continue
        if m.modality in _WIDE:
            for t in trigs:
                if t.first >= m.last and not _governs_other(doc, lex, m.last, t.first):
                    bind(t, modality)
            continue
        reach = lex.modality_windows.get(m.modality, lex.modality_window)
        after = [] if m.modality in _BACKWARD else [
            t for t in trigs if m.last <= t.first <= m.last + reach
            and not crosses_punct(doc, m.last - 1, t.first, opening=True)
            and not _governs_other(doc, lex, m.last, t.first)]
        if modality in ("planned", "demanded") and lex.done_adjectives:
            # "would raise a reported attack", "inspectors must visit the alleged attack's site"
            after = [t for t in after if not _told_done(doc, lex, t)]
        if m.modality == "failed":
            after = _failed_deed(doc, lex, m, after)
        if m.modality == "promised":
            after = [t for t in after[:1] if _promised(doc, lex, m.last, t.first)]
        if modality == "demanded":  # "طلبت استقبال الجرحى الذين أصيبوا في معارك عدن": a
            # deed told of those named after the demand happened
            after = [t for t in after if not any(
                doc.tokens[k].key in lex.relatives for k in range(m.last, t.first))]
        if m.modality == "ahead":  # "ستساعد الجيش في تدمير تنظيم داعش": a war aim stays one
            after = [t for t in after if not (t.purpose and war_aim(doc, t.first, t.last, lex))]
        if after and aftermath_noun(doc, after[0], m.last, lex):
            after = _past_aftermath(doc, after[0], trigs)
        if m.modality in _ADJACENT:
            before = [t for t in trigs if t.last == m.first]
        elif m.modality in _FORWARD or modality == "negated" or _governs_other(
            doc, lex, m.last, min(m.last + 2, len(doc.tokens))) or _own_aim(doc, lex, m):
            before = []
        else:
            before = [t for t in trigs if m.first - reach <= t.last <= m.first
                      and not crosses_punct(doc, t.last - 1, m.first,
                                            opening=m.modality == "unconfirmed")]  # "«لا يمكن تأكيده»"
        if m.modality == "consequent":
            before = [t for t in before if _topic(doc, lex, t) and not any(
                doc.tokens[k].key in lex.relatives for k in range(t.last, m.first))][:1]
        if m.modality in lex.before_first and before:
            t = before[-1]  # "يقصف النظام بانتظام": the adverb follows its verb
        else:
            t = after[0] if after else (before[-1] if before else None)
        if t is not None:
            bind(t, modality)
            if m.modality in _COMING:
                coming.add(id(t))
            for nxt in trigs:  # "بإرسال تعزيزات": words of one event, side by side
                if nxt.first == t.last and nxt.event_type == t.event_type:
                    bind(nxt, modality)
                    t = nxt
            for nxt in _joined_nouns(doc, lex, t, trigs):
                bind(nxt, modality)
    for t in doc.triggers if lex.until else ():
        if t.tense == "present" and _until(doc, lex, t):
            bind(t, "planned")
    for k in coming:
        if bound[k] == "alleged":
            bound[k] = "planned"
    return bound


TOLD_REACH = 3  # words from a told-done adjective to its event noun ("a reported chemical
# weapons attack")


def _told_done(doc: Doc, lex: TriggerLexicon, t: Trigger) -> bool:
    """"Britain would raise a reported chemical attack at the UN", "inspectors plan to visit
    the site of the suspected gas attack": an event word (a noun, or read as a verb after a
    noun: "a reported chemical weapons attack") with one of `modality.done_adjectives`
    (triggers.yaml) within `TOLD_REACH` words before it, no comma between, was told as done —
    what is to come is another deed, the raising or the visit, not it."""
    return any(doc.tokens[k].key in lex.done_adjectives
               and not crosses_punct(doc, k, t.first)
               for k in range(max(0, t.first - TOLD_REACH), t.first))


UNTIL_REACH = 5  # words from "حتى" to a present verb it governs ("حتى تتحرر المدينة وتنسحب")


def _until(doc: Doc, lex: TriggerLexicon, t: Trigger) -> bool:
    """"حتى ينسحب الحوثيون من تعز": a present verb a few words after "until" (triggers.yaml
    modality ``until``), no stop between, tells what is waited or fought for, not a deed;
    "حتى الآن تحشد" (``until_times``) tells how long a deed has gone on."""
    for k in range(t.first - 1, max(-1, t.first - 1 - UNTIL_REACH), -1):
        if doc.tokens[k].key in lex.until:
            return not (crosses_punct(doc, k, t.first)
                        or doc.tokens[k + 1].key in lex.until_times)
    return False


JOINED_REACH = 4  # words from a deed's noun to the next one joined by و ("بدخول المدينة وطرد")


def _joined_nouns(doc: Doc, lex: TriggerLexicon, t: Trigger, trigs: list[Trigger]) -> list[Trigger]:
    """Deeds' nouns joined by و to the noun a cue bound, each within `JOINED_REACH` words of the
    one before, no stop or other event word between ("طالبوا التحالف بدخول المدينة وطرد
    الحوثيين منها": both demanded) — one cue governs the whole list. (Not verbs: "دخلوا المدينة
    وطردوا الحوثيين" tells a second deed of its own; a word read either way, "وطرد", is the
    noun here.)"""
    out: list[Trigger] = []
    if t.verb:
        return out
    prev = t
    for nxt in trigs:
        if nxt.first < prev.last:
            continue
        if (nxt.verb and not _noun_reading(doc, lex, nxt.first)
                or nxt.first - prev.last > JOINED_REACH or doc.punctuated(prev.last - 1, nxt.first)
                or not doc.tokens[nxt.first].key.startswith("و")):
            break
        out.append(nxt)
        prev = nxt
    return out


def _noun_reading(doc: Doc, lex: TriggerLexicon, k: int) -> bool:
    """The event word at token ``k`` also reads as a noun ("طرد": expelled, or expulsion)."""
    m = lex.triggers.match_at(doc.norm, doc.tokens, k)
    return m is not None and any(not p.verb for p in m.payloads)


def _topic(doc: Doc, lex: TriggerLexicon, t: Trigger) -> bool:
    """"إن السيطرة على المدينة ستعني", "وتحرير المدينة سيفتح الطريق": an event noun that opens
    its clause, or follows one of `topic_openers`, is the subject of the verb after it — a
    deed weighed, not told. (A future verb after a relative belongs to its own noun: "تحرير
    القاعدة نقلة في الحرب التي ستضع أوزارها".) A word read as a verb is its noun after a
    topic opener, which no verb follows ("إن طرد التنظيم من القرى سيتيح…")."""
    k = t.first - 1
    if k >= 0 and doc.tokens[k].key in lex.topic_openers:
        return True
    return not t.verb and (k < doc.sentences[t.sentence].tokens[0] or doc.punctuated(k, t.first))


INTENT_REACH = 6  # words from a cue of meaning to the word of carrying out, in its clause
# ("يعتزم التحالف الذي تقوده السعودية تطبيقه")
INTENT_BACK = 12  # words back from the cue to the deed meant, across its planner


FAILED_LINK_REACH = 12  # "فشلت الغارات الجوية على بلدة مورك أمس في إصابة": subject, place, day


def _failed_deed(doc: Doc, lex: TriggerLexicon, m: Modality, after: list[Trigger]) -> list[Trigger]:
    """What a failure governs: the word right after "في/من" when one follows it ("فشلت العملية
    في حصد الأرواح": the attack, its subject, happened; "لم يتمكن المرصد من تحديد": nothing
    told failed) or after "أن" with no event word before it ("لم يستطع أن يستفيد من الغارات"),
    else the first event after it — never an agreement ("فشل الهدنة": it was made)."""
    def links(k: int) -> bool:
        key = doc.tokens[k].key
        return (key in lex.failed_links or key in lex.failed_verb_links
                and not any(t.first < k for t in after))

    link = next((k for k in range(m.last, min(m.last + FAILED_LINK_REACH, len(doc.tokens)))
                 if links(k) and not crosses_punct(doc, m.last - 1, k, opening=True)), None)
    if link is not None:
        return [t for t in after if t.first == link + 1]
    return [t for t in after[:1] if t.event_type != "agreement"]


COMPARED_REACH = 4  # "أعنف هجوم تشهده المدينة خلال السنوات الأخيرة": superlative to span


def _compared_before(doc: Doc, m: Modality) -> bool:
    """A superlative shortly before a span of past years ("هو الأعنف خلال السنوات الأخيرة"):
    the day's deed compared with those years, not a deed of them."""
    compared = since_compared(doc.language)
    return any(not compared.isdisjoint(doc.tokens[k].stems)
               for k in range(max(0, m.first - COMPARED_REACH), m.first))


def _meant_before(doc: Doc, lex: TriggerLexicon, m: Modality,
                  trigs: list[Trigger]) -> Trigger | None:
    """"مذبحة مروعة، كانت الجماعة تنوي ارتكابها", "العمليات التي تنوي القاعدة تنفيذها": an
    `intending` cue followed by a word of carrying it out with a pronoun (`intent_referents`)
    names the deed told before it, across a comma and the one who means it, not the event
    after it."""
    if m.modality != "intending" or not lex.intent_referents:
        return None
    end = min(m.last + INTENT_REACH, doc.sentences[m.sentence].tokens[1])
    if all(lex.intent_referents.isdisjoint(doc.tokens[k].stems) or crosses_punct(doc, m.last - 1, k)
           for k in range(m.last, end)):
        return None
    before = [t for t in trigs if m.first - INTENT_BACK <= t.last <= m.first]
    return before[-1] if before else None


AFTERMATH_REACH = 2  # words from "بعد" to the noun of ground taken it names


def aftermath_noun(doc: Doc, t: Trigger, lo: int, lex: TriggerLexicon) -> bool:
    """Ground taken named by a noun right after "بعد/إثر/عقب" ("الخطوة المقبلة بعد تحرير عدن هي
    تطهير أبين"): what the sentence's news came after, neither the news nor what a cue before it
    qualifies. ``lo``: the first token it may look at (its clause's, or the cue's end)."""
    return t.event_type == "territory_change" and not t.verb and (
        cued(doc, t, lo, lex.aftermath, AFTERMATH_REACH) or _bridged(doc, t.first, lo, lex))


def _bridged(doc: Doc, first: int, lo: int, lex: TriggerLexicon) -> bool:
    """The cue before bridge words ("بعد أن تم استعادة عدن", "بعد ما تم تحرير")."""
    k = first
    while k > lo and first - k < 2 and doc.tokens[k - 1].key in lex.aftermath_bridges:
        k -= 1
    return lo <= k - 1 < first - 1 and not lex.aftermath.isdisjoint(doc.tokens[k - 1].stems)


def cued(doc: Doc, t: Trigger, lo: int, cues: frozenset[str], reach: int = 2) -> bool:
    """One of ``cues`` within ``reach`` words before the trigger, from token ``lo`` on (its
    clause's first, or a cue's end). (One set test of each word's stems, not a generator step
    per stem: the candidates step asks this five times of every candidate, 0.6% of all time.)"""
    toks = doc.tokens
    for k in range(max(lo, t.first - reach), t.first):
        if not cues.isdisjoint(toks[k].stems):
            return True
    return False


def ago_cue(doc: Doc, k: int, lex: TriggerLexicon) -> bool:
    """Token ``k`` is a since-cue meaning "ago" — a few days or hours right after it ("منذ
    يومين": two days before, triggers.yaml ``since_ago``): a time of the deed, no state lasting
    since."""
    toks = doc.tokens
    return (not lex.since.isdisjoint(toks[k].stems) and k + 1 < len(toks)
            and toks[k + 1].key in lex.since_ago)


ANNIVERSARY_REACH = 4  # words from an anniversary cue to the deed it recalls


def recalled(doc: Doc, t: Trigger, lo: int, lex: TriggerLexicon) -> bool:
    """An anniversary cue right before the trigger ("في الذكرى الأولى لمقتل …", "بعد 25 عاما على
    سقوط …"): the deed is remembered, not told as the day's news (`Candidate.remembered`)."""
    return cued(doc, t, lo, lex.anniversary, reach=ANNIVERSARY_REACH) or \
        years_on(doc, t.first, lo) is not None


def time_anchor(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """An event noun after "قبل/بعد" + a span of time + "من" ("قبل ساعات من الغارة", "بعد
    يومين من الهجوم"; a word may follow the span: "قبل ساعات قليلة من"; a count may come
    before it: "بعد أربعة أيام على هجوم انتحاري"): another event, told elsewhere, that dates
    the clause — not the clause's own deed."""
    k = t.first - 1
    if t.verb or k < 2 or doc.tokens[k].key not in lex.anchor_links:
        return False
    for j in range(k - 1, max(-1, k - 3), -1):
        if not lex.anchor_spans.isdisjoint(doc.tokens[j].stems):
            b = j - 1 - (j > 1 and is_count(doc.tokens[j - 1].key, doc.language))
            return b >= 0 and not lex.anchor_before.isdisjoint(doc.tokens[b].stems)
    return False


def _past_aftermath(doc: Doc, noun: Trigger, trigs: list[Trigger]) -> list[Trigger]:
    """The event the cue qualifies when the first after it is ground taken before ("الخطوة
    المقبلة للقوات بعد تحرير عدن هي تطهير أبين"): the next event word of its sentence, no stop
    between, however far the aftermath pushed it."""
    return [t for t in trigs if t.first >= noun.last and t.event_type == noun.event_type
            and not crosses_punct(doc, noun.last - 1, t.first)][:1]


def _promised(doc: Doc, lex: TriggerLexicon, start: int, first: int) -> bool:
    """What a promise names comes right after it, its subject and bridge words between
    ("تعهدت حركة طالبان بشن هجمات"); an event further on is what it answers ("وعدت الحكومة
    بتعزيز الأمن غداة هجوم")."""
    return all(k in doc.actor_tokens or _bridge(doc.tokens[k].key, lex) for k in range(start, first))


def _bridge(word: str, lex: TriggerLexicon) -> bool:
    """One of `aims.bridges`, bare or after the ب of what is promised ("بشن")."""
    return word in lex.aim_bridges or word[:1] == "ب" and word[1:] in lex.aim_bridges


def _own_aim(doc: Doc, lex: TriggerLexicon, m: Modality) -> bool:
    """An attempt whose aim follows it and is no event ("هاجمت الطائرات سفينة كانت تحاول
    الرسو في الميناء"): the ship tried to dock; the strike before it happened. Only a bare
    attempt, or one qualified ("في محاولة فاشلة"), looks back to the deed it qualifies."""
    if m.modality != "attempted" or not lex.attempt_qualifiers or m.last >= len(doc.tokens):
        return False
    return not crosses_punct(doc, m.last - 1, m.last) \
        and doc.tokens[m.last].key not in lex.attempt_qualifiers


def _governs_other(doc: Doc, lex: TriggerLexicon, start: int, end: int) -> bool:
    """A noun the cue governs instead of the event after it lies in ``[start, end)``: "دعت إلى
    التحقيق في الغارة" demands an investigation; the strike investigated happened."""
    return lex.scope_ends.any_in(doc.norm, doc.tokens, start, end)


def crosses_punct(doc: Doc, a: int, b: int, opening: bool = False) -> bool:
    """A comma, colon or quote between tokens a < b; with ``opening``, not a quote mark that
    opens token b itself ("سيشن التحالف قريبا "معركة شاملة"": the battle is what will be
    launched)."""
    if a >= b or a < 0:
        return False
    gap = doc.gap(a, b)
    if opening and gap.endswith('"'):
        gap = gap[:-1]
    return any(ch in gap for ch in "،,:;\"") and not _only_an_aside(doc, a, b, gap)


_COMMAS = "،,"


def _only_an_aside(doc: Doc, a: int, b: int, gap: str) -> bool:
    """The only marks between tokens a < b enclose a source between commas ("ستواصل القوات،
    بحسب مصادر عسكرية، التقدم"): an aside, the cue still reaches past it."""
    lo, hi = doc.tokens[a].end, doc.tokens[b].start
    for at in doc.attributions:
        if lo <= at.start and at.end <= hi:
            before, after = doc.norm[lo:at.start].rstrip(), doc.norm[at.end:hi].lstrip()
            if before[-1:] in _COMMAS and after[:1] in _COMMAS and not any(
                    ch in before[:-1] + after[1:] for ch in "،,:;\""):
                return True
    return False
