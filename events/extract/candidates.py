"""Step: event candidates, one per kind of event in each clause (``doc.candidates``).

The rules here are about how news prose reports events, not about any one article:
* a clause reports at most one event of each kind: "قصفت … بالمدفعية" and "قذائف" in one
  clause are one shelling; result words (مقتل، تدمير) join the clause's named violence, and a
  clause with only result words is a *weak* candidate that event identity folds into the event
  it describes;
* a purposive ل ("لتحرير الرقة", "لتدمير مسلحي داعش") states an aim: no event, unless a
  modality cue governs it ("محاولتين لخروج" is an attempted movement);
* a movement inside a strike clause ("أثناء تنقلهم من الرقة إلى تدمر", "القافلة المتجهة من …")
  is where the strike hit, kept as the candidate's route; inside an agreement ("اتفقت … حول
  خروج المسلحين") it is what was agreed;
* a word the place step read as a place name ("مكاتب الإرسال في دكا") is no trigger, nor is
  one the date step read as a date ("on March 3", "in March 2016": no march);
* modality cues bind to the first trigger after them within a window (or the nearest before):
  attempted, prevented, planned (future verbs, threats, warnings, fears) and alleged events are
  kept with their modality; denied, negated ("لم تقع اشتباكات") and demanded ones are dropped
  (the binding is `events.extract.modality_binding`).
"""
from __future__ import annotations

from dataclasses import replace

from events.extract.clauses import relative_clause
from events.extract.doc import Candidate, Clause, Doc, Trigger
from events.extract.event_tallies import counted_over_time
from events.extract.modality_binding import (MODALITY_RANK, aftermath_noun, bind_modalities,
                                             crosses_punct, cued, modality_of, time_anchor)
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_targets import (at_building, fire_next, heads_somewhere, overflight,
                                            place_follows, storm_on_people)
from events.extract.trigger_words import VIOLENT, TriggerLexicon, trigger_lexicon
from text import PhraseMatcher

_DROPPED = frozenset({"denied", "negated", "demanded", "habitual", "hypothetical", "unspecified"})


def _words(doc: Doc, t: Trigger) -> str:
    """The trigger's words as their keys ("terrorist attacks")."""
    return " ".join(doc.tokens[k].key for k in range(t.first, t.last))


def build_candidates(doc: Doc) -> None:
    """Fill ``doc.candidates`` from the triggers of each clause, in text order."""
    by_clause: dict[int, list[Trigger]] = {}
    ci = 0
    place_tokens = {k for p in doc.places for k in range(p.first, p.last)}
    date_spans = [(d.start, d.end) for d in doc.dates]
    for t in sorted(doc.triggers, key=lambda t: t.first):
        if t.sentence in doc.suppressed or t.first in place_tokens:
            continue  # the place step read "في دكا" as Dhaka, not "they pounded" (دك)
        if any(a <= doc.tokens[t.first].start < b for a, b in date_spans):
            continue  # the date step read "on March 3", "in March 2016": a month, no march
        while ci + 1 < len(doc.clauses) and doc.clauses[ci].last <= t.first:
            ci += 1
        by_clause.setdefault(ci, []).append(t)
    bound = bind_modalities(doc)
    for ci in sorted(by_clause):
        doc.candidates.extend(_clause_candidates(doc, ci, by_clause[ci], bound))


def _clause_candidates(doc: Doc, ci: int, trigs: list[Trigger],
                       bound: dict[int, str]) -> list[Candidate]:
    lex = trigger_lexicon(doc.language)
    clause = doc.clauses[ci]
    has_violent = any(t.event_type in VIOLENT and not t.purpose for t in trigs)
    has_agreement = any(t.event_type == "agreement" for t in trigs)
    has_deployment = any(t.event_type == "deployment" for t in trigs)
    # "وصول طائرة محملة بالمواد الغذائية إلى مطار عدن", "أرسلوا الإعانات": aid on its way,
    # no force moving
    aid = any(t.event_type in ("movement", "deployment") for t in trigs) and any(
        lex.aid_cargo.match_at(doc.norm, doc.tokens, k) is not None
        for k in range(clause.first, clause.last))
    route: list[Trigger] = []
    kept: list[Trigger] = []
    dropped: list[Trigger] = []  # denied, negated, supposed… (`_DROPPED`)
    apart: list[Trigger] = []  # ground taken before the news ("بعد تحرير عدن"): its own event
    launched = [t for t in trigs if t.event_type == "operation_launch"]
    settings = lex.launch.settings
    towards = role_lexicon(doc.language).destination
    for t in trigs:
        if t.event_type == "operation_launch" and not t.verb and t.first > 0 and (
                doc.tokens[t.first - 1].key in settings) and any(
                x.event_type in VIOLENT and x.last <= t.first for x in trigs):
            continue  # "قتل 12 مسلحا في حملة مداهمات": where the violence happened
        if t.event_type in VIOLENT and any(x.first <= t.first and t.first - x.last <= 2
                                           for x in launched):
            continue  # "حملة ضربات جوية", "هجومها … الذي بدأ": what the campaign is
        governed = id(t) in bound
        if t.event_type == "movement" and (t.participle or _absorbed(doc, t, lex.absorb)):
            route.append(t)
            continue
        if t.event_type == "movement" and (has_agreement or has_deployment or aid):
            # what the agreement is about; reinforcements arriving ("وصلت تعزيزات إلى عدن")
            # are the deployment itself, their way its route; aid arriving moves no force
            route.append(t)
            continue
        if t.event_type == "deployment" and aid:
            continue  # aid sent is no force deployed
        if t.purpose and not governed:
            continue  # an aim ("لتحرير الرقة"), not an event
        if t.event_type == "clash" and not t.verb and any(
                x.last == t.first and x.verb and x.event_type in VIOLENT - {"clash"} for x in trigs):
            continue  # "هجوم استهدف كميناً أمنياً": what was attacked (a checkpoint), no ambush
        if not t.verb and t.event_type != "movement" and _heads_to(doc, t, trigs, towards):
            continue  # "ستتجه المقاومة إلى تطهير المناطق": where the move heads, its aim
        if aftermath_noun(doc, t, clause.first, lex) and any(
                x.event_type == t.event_type and not aftermath_noun(doc, x, clause.first, lex)
                for x in trigs):
            apart.append(t)  # "الخطوة المقبلة بعد تحرير عدن هي تطهير أبين": the ground taken
            continue  # before is what the news came after, an event of its own: it neither
            # places nor dates the plan
        if time_anchor(doc, t, lex) and any(not time_anchor(doc, x, lex) for x in trigs):
            apart.append(t)  # "وقبل ساعات من الغارة قال الجيش إن صاروخا أطلق": the strike
            continue  # told elsewhere dates the clause; the rocket does not fold into it
        if overflight(doc, t, trigs, clause, lex):
            continue  # "حلقت طائرات مسيرة فوق المدينة": aircraft flying over strike nothing
        if t.place_after and (not place_follows(doc, t) or fire_next(doc, t, lex)):
            continue  # "سقوط صاروخ", "دخول المساعدات": not ground changing hands
        if t.heading_after and not heads_somewhere(doc, t, towards, lex):
            continue  # "اتخذوا توجها عدائيا": a stance, no one on the move
        if t.event_type in ("territory_change", "other") and (
                t.tense == "present" or _held(doc, lex, t.first)
                or _after_relative(doc, t) and clause.first != t.first - 1):
            continue  # "المناطق التي يسيطر عليها", "تحت سيطرة", "الألغام التي زرعها": who
            # holds ground, what lies there — a state told in passing, not an event (a dated
            # one opens a clause of its own: `clauses._dated_relative`)
        if t.event_type == "bombardment" and t.verb and t.strength < 1.0 and any(
                (x.event_type == "attack" or _words(doc, x) in lex.hitting_nouns)
                and 0 <= t.first - x.last <= 2 for x in trigs):
            continue  # "a blast that hit their bus", "a terrorist attack hit near the mosque":
            # what the blast or attack did, not a strike
        if t.event_type == "other" and t.verb and any(
                x.event_type == "attack" and not x.verb and t.first == x.last for x in trigs):
            continue  # "عبوة متفجرة زرعها مسلحون": who planted the bomb, part of its attack
        if bound.get(id(t)) in _DROPPED and not (bound[id(t)] == "hypothetical"
                                                 and t.tense == "future"):
            # (the future answer of a condition is a plan: "في حال صدرت الأوامر سيتحرك الجيش")
            dropped.append(t)
            continue
        if not t.verb and t.event_type in VIOLENT and any(
                x.verb and x.event_type in VIOLENT and x.last <= t.first for x in dropped):
            continue  # "قد يهاجم المدينة بسيارات مفخخة", "لم يقصف … بالبراميل": the means of a
            # deed that may come or did not happen
        if _describes_actor(doc, t, clause, lex):
            continue  # "التحالف … والذي يشن حملة جوية ضد داعش": who the coalition is
        if _named_crime(doc, t, clause, lex):
            continue  # "خطر التهجير والقتل": a kind of crime, no event
        if counted_over_time(doc, t, clause, lex):
            continue  # "أحبطت 300 عملية خلال عقد ونصف": a tally of many events
        if storm_on_people(doc, t, trigs, clause, lex):
            t = replace(t, event_type="violence")  # "اقتحم مسلحون مركزا للشرطة"
        kept.append(t)
    groups: dict[str, list[Trigger]] = {}
    for t in kept:
        groups.setdefault(t.event_type, []).append(t)
    # result words (مقتل، تدمير) and unresolved strikes (قصف) join the clause's named violence
    strong = [k for k, ts in groups.items() if k in VIOLENT and k not in ("violence", "bombardment")
              and max(t.strength for t in ts) >= 1.0]
    if strong:
        done = all(modality_of(t, bound) == "actual" for t in groups[strong[0]])
        for k in [k for k in groups if k in VIOLENT and k not in strong]:
            if k == "bombardment" and all(t.tense for t in groups[k]):
                continue  # "قصفت قوات النظام … ودارت اشتباكات": a strike told by its own verb
            # ... but not a fight still to come told beside it ("شنت غارات صباح أمس على تعز،
            # التي يتوقع أن تكون مسرح المواجهة المقبلة"): its own event, the strike happened
            # (a result word feared, "مخاوف من وقوع مزيد من القتل", names no fight: it joins)
            joining = [t for t in groups[k] if not done or t.strength <= 0.5
                       or modality_of(t, bound) != "planned"]
            if len(joining) == len(groups[k]):
                groups[strong[0]].extend(groups.pop(k))
            elif joining:
                groups[strong[0]].extend(joining)
                groups[k] = [t for t in groups[k] if t not in joining]
    elif "bombardment" in groups and "violence" in groups:
        groups["bombardment"].extend(groups.pop("violence"))
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
                t.strength <= 0.5 or cued(doc, t, clause.first, lex.since)
                for t in doc.triggers
                if t.sentence == clause.sentence and clause.first <= t.first < clause.last):
            # "قتل أكثر من 800 شخص منذ تولي الرئيس الحكم", "حصيلة القتلى منذ بدء المواجهات
            # بلغت ألفا": a running toll (the fighting it counts since is history named)
            continue
        if _sums_told_events(doc, clause, lex):
            continue  # "وبهجمات أمس يرتفع إجمالي القتلى إلى 60": the attacks were told before
        c.circumstance = cued(doc, ts[0], clause.first, lex.circumstance)
        c.since = (cued(doc, ts[0], clause.first, lex.since) or _aftermath(doc, c, clause, lex)
                   or _ongoing(doc, c, clause, lex) or cued(doc, ts[0], clause.first, lex.protest)
                   or _long_ago(doc, ts, clause, lex))
        c.remembered = cued(doc, ts[0], clause.first, lex.anniversary, reach=4)
        c.one_sided = cued(doc, ts[0], clause.first, lex.claimed, reach=6) or any(
            at_building(doc, t, clause, lex) for t in ts if t.strength > 0.5)
        sent_first = doc.sentences[clause.sentence].tokens[0]
        c.flashback = any(_opens_flashback(doc, k, lex)
                          for k in {clause.first, sent_first, clause.first + 1} if k < clause.last)
        # "، وقتل جندي في هجوم آخر": the event word itself says it is another one
        c.another_here = any(lex.another.match_at(doc.norm, doc.tokens, t.first) is not None for t in ts)
        c.another = c.another_here or _opens(doc, lex.another, sent_first)
        c.demonstrative = any(
            t.first > 0 and doc.tokens[t.first - 1].key in lex.demonstrative_before
            or t.last < len(doc.tokens) and doc.tokens[t.last].key in lex.demonstrative_after
            for t in ts)
        c.claimant = doc.speakers[clause.sentence] if clause.sentence < len(doc.speakers) else None
        if etype in VIOLENT or etype in ("agreement", "deployment"):
            c.route_triggers = route
        out.append(c)
    return out


HEADING_REACH = 5  # words between a verb of moving and the "إلى" of the aim it heads to


def _heads_to(doc: Doc, t: Trigger, trigs: list[Trigger], towards: frozenset[str]) -> bool:
    """An event noun right after "إلى" that a verb of moving heads to, within `HEADING_REACH`
    words and no stop ("ستتجه المقاومة إلى تطهير المناطق", "ستتجه القوات بعد تحرير عدن إلى
    تطهير أبين"): the aim of the move."""
    k = t.first - 1
    if k < 0 or doc.tokens[k].key not in towards or t.event_type == "agreement":
        return False  # "توصلت أنقرة إلى تفاهم": reached, no move
    return any(x.event_type == "movement" and x.verb and x.last <= k <= x.last + HEADING_REACH
               and not crosses_punct(doc, x.last - 1, k) for x in trigs)


def _held(doc: Doc, lex: TriggerLexicon, first: int) -> bool:
    """"مناطق تحت سيطرة المعارضة": control named after a holding phrase, which no verb of
    becoming precedes ("باتت تحت سيطرة الجيش" is taken)."""
    k = lex.held.ending_at(doc.norm, doc.tokens, first)
    return k is not None and (k == 0 or lex.came_under.isdisjoint(doc.tokens[k - 1].stems))


def _aim_of_future(t: Trigger, trigs: list[Trigger]) -> bool:
    """"ستتجه المقاومة إلى تطهير المناطق": an event noun right after a verb in the future
    (its preposition between) is what is planned, not what happened."""
    return not t.verb and any(x.verb and x.tense == "future" and 0 <= t.first - x.last <= 1
                              for x in trigs)


def _aftermath(doc: Doc, c: Candidate, clause: Clause, lex: TriggerLexicon) -> bool:
    """Ground taken named by a noun right after "بعد/إثر" ("بعد تحرير المدينة"): what the
    sentence's news came after, not the news."""
    return not any(t.verb for t in c.triggers) and aftermath_noun(doc, c.triggers[0],
                                                                  clause.first, lex)


LONG_AGO_REACH = 4  # words between an event word and the "long ago" that dates it


def _long_ago(doc: Doc, ts: list[Trigger], clause: Clause, lex: TriggerLexicon) -> bool:
    """An event word told as long past ("قريتها التي قصفها الجيش منذ زمن بعيد", "shelled years
    ago"): history named in passing. The phrase stands next to the word; one opened by a
    since-cue means "ago" only after a past verb ("المتحفظ منذ فترة طويلة" is "for long")."""
    for t in ts:
        for k in range(max(clause.first, t.first - LONG_AGO_REACH),
                       min(clause.last, t.last + LONG_AGO_REACH)):
            if lex.long_ago.match_at(doc.norm, doc.tokens, k) is not None and (
                    t.tense == "past" or lex.since.isdisjoint(doc.tokens[k].stems)):
                return True
    return False


def _opens(doc: Doc, matcher: PhraseMatcher[bool], first: int) -> bool:
    """One of ``matcher``'s phrases within the sentence's first three words ("وفي حادث مماثل")."""
    return any(matcher.match_at(doc.norm, doc.tokens, k) is not None
               for k in (first, first + 1, first + 2) if k < len(doc.tokens))


def _ongoing(doc: Doc, c: Candidate, clause: Clause, lex: TriggerLexicon) -> bool:
    """A clause told in the present since months or years ("يتعرض الحي منذ عدة أشهر لهجمات"):
    a state, whatever its event words — unless the clause dates its deed ("وفي الشهر الماضي شنت
    … هجوما … منذ بدء الحرب": last month's attack)."""
    if any(t.tense == "past" for t in c.triggers) or _dated(doc, clause, lex.since):
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
        tok = doc.tokens[k]
        if any(s in lex.tally_cues for s in tok.stems):
            return True
        if any(s in lex.since for s in tok.stems) and not any(
                s in lex.tally_recent for j in range(k + 1, min(hi, k + 3)) for s in doc.tokens[j].stems):
            return True
    return False


def _sums_told_events(doc: Doc, clause: Clause, lex: TriggerLexicon) -> bool:
    """A clause that adds up a toll and tells nothing of its own — no place, no figure of
    its own — names the events it sums only to count them."""
    inside = range(clause.first, clause.last)
    return (any(s in lex.tally_cues for k in inside for s in doc.tokens[k].stems)
            and not any(p.first in inside for p in doc.places)
            and not any(x.sentence == clause.sentence and doc.tokens[clause.first].start <= x.start
                        < doc.tokens[clause.last - 1].end for x in doc.losses))


def _after_relative(doc: Doc, t: Trigger) -> bool:
    """Right after a relative pronoun ("الذين سيطروا على مناطق شاسعة"): a description of who
    holds what, told in passing."""
    return t.first > 0 and doc.tokens[t.first - 1].key in trigger_lexicon(doc.language).relatives


def _describes_actor(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """An event noun after a verb of doing that follows a relative pronoun ("والذي يشن حملة
    جوية", "التي تنفذ غارات"), or a violent verb told as a state after one (`_relative_state`:
    "التحالف الذي يقصف مواقع التنظيم منذ عامين"), with no date in the clause: what an actor
    does, told to say who it is — not an event of the news."""
    k = t.first - 1
    ongoing = t.event_type in VIOLENT and _relative_state(doc, t, lex)
    if not ongoing and (t.verb or k < 1 or not lex.launch.any_verb(doc.tokens[k].stems)
                        or lex.relatives.isdisjoint(doc.tokens[k - 1].stems)):
        return False
    return not _dated(doc, clause, lex.since)  # "since September 2015" dates the state


def _relative_state(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """A verb told as a standing state right after a relative pronoun: in the present ("التحالف
    الذي يقصف", "rebels who fight"), or in English a progressive whose auxiliaries stand
    between ("rebels who have been fighting the army", "which is still shelling"), or one
    that leaves the pronoun out: an ambiguous fight word's participle right after a side's
    name ("the US-led coalition fighting IS in Syria and Iraq", "regime forces battling
    rebels"; relative_states ``after_side``)."""
    k = t.first - 1
    if (lex.reduced_relatives and t.tense == "participle" and t.event_type == "clash"
            and t.strength < 1.0 and k >= 0 and k in doc.actor_tokens):
        return True
    while k >= 0 and doc.tokens[k].key in lex.ongoing_auxiliaries:
        k -= 1
    if k < 0 or lex.relatives.isdisjoint(doc.tokens[k].stems):
        return False
    if k == t.first - 1:
        return t.verb and t.tense == "present"
    return t.tense == "participle" and any(
        doc.tokens[j].key in lex.progressive_auxiliaries for j in range(k + 1, t.first))


def _named_crime(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """A definite event noun joined by و to the name of another crime ("التهجير والقتل",
    "القتل والخطف"), with no date in the clause: crimes named as kinds, not an event told."""
    if t.verb or not t.definite:
        return False
    k, n = t.first, t.last
    listed = (k > 0 and doc.tokens[k].key.startswith("و")
              and not lex.crime_nouns.isdisjoint(doc.tokens[k - 1].stems)) or (
        n < len(doc.tokens) and doc.tokens[n].key.startswith("و")
        and not lex.crime_nouns.isdisjoint(doc.tokens[n].stems))
    return listed and not _dated(doc, clause)


def _dated(doc: Doc, clause: Clause, since: frozenset[str] = frozenset()) -> bool:
    """A date expression inside the clause — with ``since``, one that no since-cue within three
    words opens ("الشهر الماضي", not "منذ عامين")."""
    lo, hi = doc.tokens[clause.first].start, doc.tokens[clause.last - 1].end
    for d in doc.dates:
        if lo <= d.start < hi:
            k = next(i for i in range(clause.first, clause.last) if doc.tokens[i].end > d.start)
            if all(since.isdisjoint(doc.tokens[j].stems) for j in range(max(clause.first, k - 3), k)):
                return True
    return False


def _absorbed(doc: Doc, t: Trigger, cues: frozenset[str]) -> bool:
    """"أثناء تنقلهم", "خلال انسحابهم": a movement told as the moment of another event."""
    return any(s in cues for k in range(max(0, t.first - 2), t.first) for s in doc.tokens[k].stems)


def _opens_flashback(doc: Doc, k: int, lex: TriggerLexicon) -> bool:
    """The pluperfect opener كان at token ``k`` ("وكانت انتحاريتان نفذتا تفجيرين"): an earlier
    event — unless a toll word follows within two words ("وكانت الحصيلة الأولى تفيد بسقوط تسعة
    قتلى"): an earlier count of the event just told."""
    return doc.tokens[k].key in lex.flashback and all(
        lex.flashback_tolls.isdisjoint(doc.tokens[j].stems)
        for j in range(k + 1, min(k + 3, len(doc.tokens))))


__all__ = ["MODALITY_RANK", "VIOLENT", "bind_modalities", "build_candidates", "crosses_punct"]

