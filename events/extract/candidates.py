"""Step: event candidates, one per kind of event in each clause (``doc.candidates``).

The rules here are about how news prose reports events, not about any one article:
* a clause reports at most one event of each kind: "قصفت … بالمدفعية" and "قذائف" in one
  clause are one shelling; result words (مقتل، تدمير) join the clause's named violence, and a
  clause with only result words is a *weak* candidate that event identity folds into the event
  it describes;
* which trigger words tell an event at all — aims, routes, states, events that did not happen
  — is `events.extract.trigger_filters`; a word the place step read as a place name ("مكاتب
  الإرسال في دكا") is no trigger, nor is one the date step read as a date ("on March 3");
* modality cues bind to the first trigger after them within a window (or the nearest before):
  attempted, prevented, planned (future verbs, threats, warnings, fears) and alleged events are
  kept with their modality (the binding is `events.extract.modality_binding`);
* running tolls, sums of events told before, history and flashbacks are marked on the
  candidate for dating and identity to weigh.
"""
from __future__ import annotations

from events.extract.claimants import speaker_at
from events.extract.clauses import relative_clause
from events.extract.doc import Candidate, Clause, Doc, Trigger
from events.extract.role_lexicon import role_lexicon
from events.extract.modality_binding import (MODALITY_RANK, aftermath_noun, ago_cue,
                                             bind_modalities, cued, modality_of, recalled,
                                             time_anchor)
from events.extract.trigger_filters import dated_clause, sort_triggers
from events.extract.trigger_targets import at_building
from events.extract.trigger_records import VIOLENT, TriggerLexicon
from events.extract.trigger_words import trigger_lexicon
from text import PhraseMatcher


def build_candidates(doc: Doc) -> None:
    """Fill ``doc.candidates`` from the triggers of each clause, in text order."""
    by_clause: dict[int, list[Trigger]] = {}
    ci = 0
    place_tokens = {k for p in doc.places for k in range(p.first, p.last)}
    date_spans = [(d.start, d.end) for d in doc.dates]
    for t in sorted(doc.triggers, key=lambda t: t.first):
        if t.sentence in doc.suppressed or t.sentence in doc.headings or t.first in place_tokens:
            # the place step read "في دكا" as Dhaka, not "they pounded" (دك); a subheading
            # ("Bus bombing in Homs province Also on Saturday …") names what its section tells
            continue
        if any(a <= doc.tokens[t.first].start < b for a, b in date_spans):
            continue  # the date step read "on March 3", "in March 2016": a month, no march
        while ci + 1 < len(doc.clauses) and doc.clauses[ci].last <= t.first:
            ci += 1
        by_clause.setdefault(ci, []).append(t)
    bound = bind_modalities(doc)
    for ci in sorted(by_clause):
        doc.candidates.extend(_clause_candidates(doc, ci, by_clause[ci], bound))
    _remembered_results(doc)


def _remembered_results(doc: Doc) -> None:
    """Results told of the deed an anniversary recalls, their verb pointing back to it ("الذكرى
    العاشرة للهجمات التي وقعت في لندن وقتل فيها 52 شخصا"): remembered with it, not the dead
    of the day the sentence dates."""
    back = trigger_lexicon(doc.language).back_pointers
    for prev, c in zip(doc.candidates, doc.candidates[1:]):
        k = c.triggers[0].last
        if (prev.remembered and c.weak and c.sentence == prev.sentence and k < len(doc.tokens)
                and doc.tokens[k].key in back):
            c.remembered = True


def _join(groups: dict[str, list[Trigger]], k: str, into: str, bound: dict[int, str]) -> None:
    """Move the words of group ``k`` that tell the same deed into group ``into``: result words
    and unresolved strikes join the clause's named violence — but not a fight still to come
    told beside a blow done ("شنت غارات صباح أمس على تعز، التي يتوقع أن تكون مسرح المواجهة
    المقبلة": its own event; a result word feared, "مخاوف من وقوع مزيد من القتل", names no
    fight: it joins), nor a deed a cue of its own keeps from happening ("يواصل الجيش قصف مواقع
    المتشددين لإحباط هجمات": the shelling goes on, the attacks were foiled), nor a blow told
    done before a deed still meant (`_done_before_meant`)."""
    deeds = groups[into]
    done = all(modality_of(t, bound) == "actual" for t in deeds)
    joining = [t for t in groups[k] if (not done or t.strength <= 0.5
                                        or modality_of(t, bound) in ("actual", "alleged"))
               and not _done_before_meant(t, deeds, bound)]
    if len(joining) == len(groups[k]):
        deeds.extend(groups.pop(k))
    elif joining:
        deeds.extend(joining)
        groups[k] = [t for t in groups[k] if t not in joining]


def _done_before_meant(t: Trigger, deeds: list[Trigger], bound: dict[int, str]) -> bool:
    """A result word told done before a word of the clause's deed that is planned, and after
    none told done: the blow that stopped the plan, an event of its own."""
    return modality_of(t, bound) == "actual" and any(
        modality_of(x, bound) == "planned" and t.last <= x.first for x in deeds) and not any(
        modality_of(x, bound) == "actual" and x.first < t.first for x in deeds)


def _clause_candidates(doc: Doc, ci: int, trigs: list[Trigger],
                       bound: dict[int, str]) -> list[Candidate]:
    lex = trigger_lexicon(doc.language)
    clause = doc.clauses[ci]
    sorted_ = sort_triggers(doc, clause, trigs, bound, lex)
    kept, route, apart = sorted_.kept, sorted_.route, sorted_.apart
    groups: dict[str, list[Trigger]] = {}
    for t in kept:
        groups.setdefault(t.event_type, []).append(t)
    # result words (مقتل، تدمير) and unresolved strikes (قصف) join the clause's named violence
    strong = [k for k, ts in groups.items() if k in VIOLENT and k not in ("violence", "bombardment")
              and max(t.strength for t in ts) >= 1.0]
    if strong:
        for k in [k for k in groups if k in VIOLENT and k not in strong]:
            if k == "bombardment" and all(t.tense for t in groups[k]):
                continue  # "قصفت قوات النظام … ودارت اشتباكات": a strike told by its own verb
            _join(groups, k, strong[0], bound)
    elif "bombardment" in groups and "violence" in groups:
        _join(groups, "violence", "bombardment", bound)
    out = []
    for etype, ts in [*groups.items(), *((t.event_type, [t]) for t in apart)]:
        ts.sort(key=lambda t: t.first)
        # another event that dates the clause ("بعد أيام على مقتل سبعة جنود") is told aside:
        # it neither joins the clause's news nor takes it in
        anchored = len(ts) == 1 and time_anchor(doc, ts[0], lex)
        c = Candidate(etype, ci, clause.sentence, ts, anchored=anchored,
                      aside=relative_clause(doc, ci) or anchored and ts[0] in apart)
        # a result noun after the words that name the event does not qualify it: "أثارت المذبحة
        # … مخاوف من وقوع مزيد من أعمال القتل" feared more killing, the massacre happened
        first_named = min((t.first for t in ts if t.strength > 0.5), default=-1)
        named = [t for t in ts if t.strength > 0.5 or t.first < first_named] or ts
        c.modality = max([modality_of(t, bound) for t in named] + [
            "planned" for t in named if _aim_of_future(t, trigs)], key=MODALITY_RANK.__getitem__)
        c.weak = all(t.strength <= 0.5 for t in ts)
        if c.weak and _tally(doc, clause.sentence, lex) and all(
                t.strength <= 0.5 or _since_cued(doc, t, clause.first, lex)
                for t in doc.triggers
                if t.sentence == clause.sentence and clause.first <= t.first < clause.last):
            # "قتل أكثر من 800 شخص منذ تولي الرئيس الحكم", "حصيلة القتلى منذ بدء المواجهات
            # بلغت ألفا": a running toll (the fighting it counts since is history named)
            continue
        if _sums_told_events(doc, clause, lex):
            continue  # "وبهجمات أمس يرتفع إجمالي القتلى إلى 60": the attacks were told before
        earlier = _told_before(doc, ts, clause, lex, whole_sentence=c.weak)
        # "وسبق أن شنت المقاتلات غارات على تلك المواقع": an earlier occasion, unnamed — history
        # in passing; dated ("في أبريل الماضي") it is an event of then
        c.told_before = earlier and not dated_clause(doc, clause)
        c.circumstance = cued(doc, ts[0], clause.first, lex.circumstance)
        c.since = (_since_cued(doc, ts[0], clause.first, lex) or _aftermath(doc, c, clause, lex)
                   or _ongoing(doc, c, clause, lex) or cued(doc, ts[0], clause.first, lex.protest)
                   or _long_ago(doc, ts, clause, lex) or earlier)
        c.remembered = recalled(doc, ts[0], clause.first, lex)
        c.one_sided = cued(doc, ts[0], clause.first, lex.claimed, reach=6) or any(
            at_building(doc, t, clause, lex) for t in ts if t.strength > 0.5)
        sent_first = doc.sentences[clause.sentence].tokens[0]
        c.flashback = any(_opens_flashback(doc, k, lex)
                          for k in {clause.first, sent_first, clause.first + 1} if k < clause.last)
        # "، وقتل جندي في هجوم آخر": the event word itself says it is another one
        c.another_here = any(lex.another.match_at(doc.norm, doc.tokens, t.first) is not None for t in ts)
        c.another = c.another_here or _opens(doc, lex.another, sent_first) or earlier
        c.demonstrative = any(
            t.first > 0 and doc.tokens[t.first - 1].key in lex.demonstrative_before
            or t.last < len(doc.tokens) and doc.tokens[t.last].key in lex.demonstrative_after
            for t in ts)
        # (the speaker of the frame before the event word: `claimants.speaker_at`)
        c.claimant = speaker_at(doc, clause.sentence, doc.tokens[ts[0].first].start)
        # (not when another of its movement words has a side for mover: "نزحت الأسر مع تقدم
        # الوحدات الكردية" tells the advance too)
        c.civilians_moving = etype == "movement" and any(
            _civilians_moving(doc, t, clause, lex) for t in ts) and not any(
            _side_beside(doc, t) for t in ts)
        # (a result verb's too: "warplanes killed six civilians" — an air strike, whoseever the planes)
        c.air_subject = etype in ("bombardment", "violence") and any(
            _air_subject(doc, t, clause, lex) for t in ts)
        if etype in VIOLENT or etype in ("agreement", "deployment"):
            c.route_triggers = route
        out.append(c)
    return out


AIR_SUBJECT_REACH = 2  # words between an aircraft and its strike verb ("jets also reportedly struck")


def _air_subject(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """An aircraft (triggers.yaml ``air_subjects``) right before an ambiguous strike verb, in its
    clause, only ``bridges`` and no punctuation between ("Jets struck Douma", "warplanes also
    hit the town"): the aircraft struck — an air strike named, not a deal struck or a car hit."""
    if not (t.verb and t.strength < 1.0 and lex.air_subjects):
        return False
    for k in range(t.first - 1, max(clause.first, t.first - 1 - AIR_SUBJECT_REACH) - 1, -1):
        if doc.punctuated(k, t.first):
            return False
        key = doc.tokens[k].key
        if key in lex.air_subjects or any(s in lex.air_subjects for s in doc.tokens[k].stems):
            return True
        if key not in lex.air_subject_bridges:
            return False
    return False


CIVILIAN_MOVER_REACH = 4  # words from the movers to their verb ("residents were forced to flee")


def _civilians_moving(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """A word of civilians (triggers.yaml ``civilian_movers``) a few words before the movement
    word, in its clause, with no punctuation and no side named between ("Thousands of
    civilians fled", "forced 5000 residents to flee"): civilians move, no armed side. Where the
    language gives ``civilian_mover_bridges`` (Arabic), only those words and figures may stand
    between, and the movers may also follow the word ("نزح آلاف السكان", "فرار العائلات")."""
    bridges = lex.civilian_mover_bridges
    before = range(t.first - 1, max(clause.first, t.first - CIVILIAN_MOVER_REACH) - 1, -1)
    if _movers_among(doc, t, before, lex) or lex.mover_pronouns and _pronoun_movers(doc, t, lex):
        return True
    if not bridges:
        return False
    after = range(t.last, min(clause.last, t.last + CIVILIAN_MOVER_REACH))
    return _movers_among(doc, t, after, lex)


def _pronoun_movers(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """"A strike killed 38 civilians on Wednesday as they tried to cross the river": a pronoun
    for the movers (``mover_pronouns``) a few words before the movement word, right after a
    word that joins its clause to the one before (``mover_pronoun_links``), a word of civilians
    a few words before that — no side and no stop between."""
    toks = doc.tokens
    for k in range(t.first - 1, max(0, t.first - CIVILIAN_MOVER_REACH) - 1, -1):
        if k in doc.actor_tokens or doc.punctuated(k, t.first):
            return False
        if toks[k].key in lex.mover_pronouns:
            if k < 1 or toks[k - 1].key not in lex.mover_pronoun_links:
                return False
            link = k - 1
            return any(toks[j].key in lex.civilian_movers and not doc.punctuated(j, link)
                       and not any(i in doc.actor_tokens for i in range(j, link))
                       for j in range(link - 1, max(-1, link - 1 - CIVILIAN_MOVER_REACH), -1))
    return False


def _side_beside(doc: Doc, t: Trigger) -> bool:
    """A side named right before or right after a movement word: its mover ("تقدم وحدات
    حماية الشعب", "الجيش ينسحب"); "هربا من المعارك بين الجيش والتنظيم" names none. Where the
    subject comes first (English) only before it: "forced 13000 residents to flee the
    IS-held city" names whose city they fled."""
    after = () if role_lexicon(doc.language).subject_first else (t.last, t.last + 1)
    return any(k in doc.actor_tokens for k in (t.first - 2, t.first - 1, *after))


def _movers_among(doc: Doc, t: Trigger, ks: range, lex: TriggerLexicon) -> bool:
    """The first word of civilians along ``ks`` (walking away from the movement word), before
    a side, a stop or — where bridges are given — any word that is no bridge or figure."""
    bridges = lex.civilian_mover_bridges
    for k in ks:
        if k in doc.actor_tokens or (doc.punctuated(k, t.first) if k < t.first
                                     else doc.punctuated(t.last - 1, k)):
            return False
        tok = doc.tokens[k]
        if tok.key in lex.civilian_movers or not lex.civilian_movers.isdisjoint(tok.stems):
            return True
        if bridges and not (tok.key[:1].isdigit() or not bridges.isdisjoint(tok.stems)):
            return False
    return False


def _aim_of_future(t: Trigger, trigs: list[Trigger]) -> bool:
    """"ستتجه المقاومة إلى تطهير المناطق": an event noun right after a verb in the future
    (its preposition between) is what is planned, not what happened."""
    return not t.verb and any(x.verb and x.tense == "future" and 0 <= t.first - x.last <= 1
                              for x in trigs)


def _since_cued(doc: Doc, t: Trigger, lo: int, lex: TriggerLexicon) -> bool:
    """A since-cue right before the trigger (`cued`), not one meaning "ago": "منذ يومين انطلاق
    المعركة" tells when the battle was launched, no state lasting since."""
    return any(not lex.since.isdisjoint(doc.tokens[k].stems) and not ago_cue(doc, k, lex)
               for k in range(max(lo, t.first - 2), t.first))


def _aftermath(doc: Doc, c: Candidate, clause: Clause, lex: TriggerLexicon) -> bool:
    """Ground taken named by a noun right after "بعد/إثر" ("بعد تحرير المدينة"): what the
    sentence's news came after, not the news."""
    return not any(t.verb for t in c.triggers) and aftermath_noun(doc, c.triggers[0],
                                                                  clause.first, lex)


LONG_AGO_REACH = 4  # words between an event word and the "long ago" that dates it
TOLD_BEFORE_REACH = 3  # words between "سبق أن" and the event word it tells as done before
# (an actor's name, the subject between, counts as none)


def _long_ago(doc: Doc, ts: list[Trigger], clause: Clause, lex: TriggerLexicon) -> bool:
    """An event word told as long past ("قريتها التي قصفها الجيش منذ زمن بعيد", "shelled years
    ago"): history named in passing. The phrase stands next to the word; one opened by a
    since-cue means "ago" only after a past verb ("المتحفظ منذ فترة طويلة" is "for long")."""
    for t in ts:
        for k, _ in lex.long_ago.matches_in(doc.norm, doc.tokens,
                                            max(clause.first, t.first - LONG_AGO_REACH),
                                            min(clause.last, t.last + LONG_AGO_REACH)):
            if t.tense == "past" or lex.since.isdisjoint(doc.tokens[k].stems):
                return True
    return False


def _told_before(doc: Doc, ts: list[Trigger], clause: Clause, lex: TriggerLexicon, *,
                 whole_sentence: bool = False) -> bool:
    """"وسبق أن شنت مقاتلات التحالف غارات", "مدينة سبق أن تعرضت لقصف": a deed told as done
    before, on an occasion not named — another event than the news, history in passing. The
    phrase opens the clause, or ends at most `TOLD_BEFORE_REACH` words before the event word
    (the words of an actor's name, the subject between, count as none) — or, for result words
    (``whole_sentence``), anywhere before them in their sentence: "… غارات على تلك المواقع
    أسفرت عن مقتل 20" are that deed's dead."""
    if lex.told_before.match_at(doc.norm, doc.tokens, clause.first) is not None:
        return True  # "وسبق أن قتل مدنيون، في قصف عشوائي": it opens the clause, all of it
    lo = doc.sentences[clause.sentence].tokens[0] if whole_sentence else clause.first
    found = list(lex.told_before.matches_in(doc.norm, doc.tokens, lo,
                                            max([t.first for t in ts], default=lo)))
    return any(k < t.first and (
        whole_sentence or sum(j not in doc.actor_tokens for j in range(m.last, t.first))
        < TOLD_BEFORE_REACH) for t in ts for k, m in found)


def _opens(doc: Doc, matcher: PhraseMatcher[bool], first: int) -> bool:
    """One of ``matcher``'s phrases within the sentence's first three words ("وفي حادث مماثل")."""
    return any(matcher.match_at(doc.norm, doc.tokens, k) is not None
               for k in (first, first + 1, first + 2) if k < len(doc.tokens))


def _ongoing(doc: Doc, c: Candidate, clause: Clause, lex: TriggerLexicon) -> bool:
    """A clause told in the present since months or years ("يتعرض الحي منذ عدة أشهر لهجمات"):
    a state, whatever its event words — unless the clause dates its deed ("وفي الشهر الماضي شنت
    … هجوما … منذ بدء الحرب": last month's attack)."""
    if any(t.tense == "past" for t in c.triggers) or dated_clause(doc, clause, lex.since):
        return False
    for k in range(clause.first, clause.last):
        if not lex.since.isdisjoint(doc.tokens[k].stems) and any(
                not lex.since_long.isdisjoint(doc.tokens[j].stems)
                for j in range(k + 1, min(clause.last, k + 4))):
            return True
    return False


def _tally(doc: Doc, sentence: int, lex: TriggerLexicon) -> bool:
    """A word of summing in the sentence, or a since-cue that does not lead to a recent time
    ("منذ 2009", "منذ تولي الرئيس" — not "منذ فجر اليوم")."""
    lo, hi = doc.sentences[sentence].tokens
    for k in range(lo, hi):
        stems = doc.tokens[k].stems
        if not lex.tally_cues.isdisjoint(stems):
            return True
        if not lex.since.isdisjoint(stems) and all(
                lex.tally_recent.isdisjoint(doc.tokens[j].stems) for j in range(k + 1, min(hi, k + 3))):
            return True
    return False


def _sums_told_events(doc: Doc, clause: Clause, lex: TriggerLexicon) -> bool:
    """A clause that adds up a toll and tells nothing of its own — no place, no figure of
    its own — names the events it sums only to count them."""
    inside = range(clause.first, clause.last)
    return (_has_stem_of(doc, lex.tally_cues, clause.first, clause.last)
            and not any(p.first in inside for p in doc.places)
            and not any(x.sentence == clause.sentence and doc.tokens[clause.first].start <= x.start
                        < doc.tokens[clause.last - 1].end for x in doc.losses))


def _has_stem_of(doc: Doc, cues: frozenset[str], lo: int, hi: int) -> bool:
    """A word of tokens [lo, hi) with a stem among ``cues``: a plain loop, not a generator
    over the clause (`_sums_told_events` walks every candidate's clause: 0.4% of all time)."""
    toks = doc.tokens
    for k in range(lo, hi):
        if not cues.isdisjoint(toks[k].stems):
            return True
    return False


def _opens_flashback(doc: Doc, k: int, lex: TriggerLexicon) -> bool:
    """The pluperfect opener كان at token ``k`` ("وكانت انتحاريتان نفذتا تفجيرين"): an earlier
    event — unless a toll word follows within two words ("وكانت الحصيلة الأولى تفيد بسقوط تسعة
    قتلى"): an earlier count of the event just told."""
    return doc.tokens[k].key in lex.flashback and all(
        lex.flashback_tolls.isdisjoint(doc.tokens[j].stems)
        for j in range(k + 1, min(k + 3, len(doc.tokens))))


__all__ = ["VIOLENT", "build_candidates"]

