"""Which of a clause's triggers tell an event of the news (`sort_triggers`).

A trigger word is not yet an event. The rules here set aside the words that name something
else, about how news prose is written rather than any one article:
* a purposive ل ("لتحرير الرقة", "لتدمير مسلحي داعش") states an aim: no event, unless a
  modality cue governs it ("محاولتين لخروج" is an attempted movement);
* a movement inside a strike clause ("أثناء تنقلهم من الرقة إلى تدمر", "القافلة المتجهة من …")
  is where the strike hit, kept as the candidate's route; inside an agreement ("اتفقت … حول
  خروج المسلحين") it is what was agreed;
* ground held, deeds that describe an actor ("التحالف الذي يشن حملة جوية") and crimes named
  as kinds ("خطر التهجير والقتل") are states told in passing;
* an event word the modality binding marks denied, negated or demanded ("لم تقع اشتباكات")
  is dropped; one told before the news ("بعد تحرير عدن", "قبل ساعات من الغارة") stands apart.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from events.extract.doc import Clause, Doc, PlaceMention, Trigger
from events.extract.event_tallies import continues_tally, counted_over_time
from events.extract.modality_binding import aftermath_noun, crosses_punct, cued, recalled, time_anchor
from events.extract.reduced_relatives import dated_description, description_end
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_targets import (backed_down, fire_next, ground_at_large,
                                            heads_somewhere, overflight, place_follows,
                                            state_move, storm_on_people)
from events.extract.trigger_records import VIOLENT, TriggerLexicon, WarsAgainst
from events.extract.trigger_words import trigger_lexicon

_DROPPED = frozenset({"denied", "negated", "demanded", "habitual", "hypothetical", "unspecified"})


@dataclass
class SortedTriggers:
    """A clause's triggers by what they tell: the news (``kept``), the way a force moved
    (``route``), an event told before the news (``apart``), one that did not happen (``dropped``)."""
    kept: list[Trigger]
    route: list[Trigger]
    apart: list[Trigger]
    dropped: list[Trigger]


def sort_triggers(doc: Doc, clause: Clause, trigs: list[Trigger], bound: dict[int, str],
                  lex: TriggerLexicon) -> SortedTriggers:
    """Sort the triggers of ``clause`` (``bound``: modality cues by trigger id)."""
    types = {t.event_type for t in trigs}  # (one set, not three generators per clause)
    has_agreement = "agreement" in types
    has_deployment = "deployment" in types
    # "وصول طائرة محملة بالمواد الغذائية إلى مطار عدن", "أرسلوا الإعانات": aid on its way,
    # no force moving
    aid = ("movement" in types or "deployment" in types) and \
        lex.aid_cargo.any_in(doc.norm, doc.tokens, clause.first, clause.last)
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
        if t.event_type == "movement" and _visit(doc, t, clause, lex):
            continue  # "وصل وزير الخارجية إلى القاهرة": an official's visit, no force moved
        if t.purpose and not governed:
            continue  # an aim ("لتحرير الرقة"), not an event
        if t.event_type == "territory_change" and ground_at_large(doc, t, lex):
            continue  # "سيطر التنظيم على مساحات واسعة من سوريا والعراق": a state of the war
        if _war_era(doc, t, lex):
            continue  # "قبل اندلاع الحرب": the era a war opened names a time, no fighting
        if _war_against(doc, t, clause, lex):
            continue  # "شركاء في الحرب على داعش": the war named, no fighting of the day
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
        if recalled(doc, t, clause.first, lex) and any(
                not recalled(doc, x, clause.first, lex) and x.last <= t.first for x in trigs):
            apart.append(t)  # "أصيب ثلاثة في إطلاق نار … في الذكرى الأولى لمقتل ناشط": the
            continue  # killing remembered is a year old, the day's shooting told before it is
            # the news (the results told after it, "التي قتل فيها 52", are its own)
        if _move_it_followed(doc, t, trigs, clause, lex):
            apart.append(t)  # "هرب قادة التنظيم من المدينة بعد تقدم القوات": the advance the
            continue  # flight followed is another side's move, an event of its own
        if overflight(doc, t, trigs, clause, lex):
            continue  # "حلقت طائرات مسيرة فوق المدينة": aircraft flying over strike nothing
        if t.place_after and (not place_follows(doc, t) or fire_next(doc, t, lex)):
            continue  # "سقوط صاروخ", "دخول المساعدات": not ground changing hands
        if t.event_type == "movement" and (backed_down(doc, t, lex) or state_move(doc, t, lex)):
            continue  # "تراجعت الحكومة عن قرارها", "تحركت أنقرة": a stance, a policy — nobody
            # withdrew or moved
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
        if counted_over_time(doc, t, clause, lex) or (
                t.verb and t.first == clause.first and continues_tally(doc, clause, lex)):
            continue  # "أحبطت 300 عملية خلال عقد ونصف", "12053 غارة، استهدفت": a tally
        if storm_on_people(doc, t, trigs, clause, lex):
            t = replace(t, event_type="violence")  # "اقتحم مسلحون مركزا للشرطة"
        kept.append(t)
    return SortedTriggers(kept, route, apart, dropped)


def _words(doc: Doc, t: Trigger) -> str:
    """The trigger's words as their keys ("terrorist attacks")."""
    return " ".join(doc.tokens[k].key for k in range(t.first, t.last))


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


def _move_it_followed(doc: Doc, t: Trigger, trigs: list[Trigger], clause: Clause,
                      lex: TriggerLexicon) -> bool:
    """"هرب عدد من قادة التنظيم من الفلوجة بعد تقدم القوات الأمنية": a word of movement right
    after a word of circumstance ("بعد", "إثر": a noun there, whatever its letters may also
    spell, "تقدم"), with a movement told before it in the clause,
    is the move that other one followed — most often the other side's (fleeing an advance), an
    event of its own; grouped with it, one side's flight and the other's advance were one
    event with both sides in it."""
    return t.event_type == "movement" and cued(doc, t, clause.first, lex.circumstance, reach=1) and any(
        x.event_type == "movement" and x.last <= t.first and x is not t
        and not cued(doc, x, clause.first, lex.circumstance, reach=1) for x in trigs)


def _held(doc: Doc, lex: TriggerLexicon, first: int) -> bool:
    """"مناطق تحت سيطرة المعارضة": control named after a holding phrase, which no verb of
    becoming precedes ("باتت تحت سيطرة الجيش" is taken)."""
    k = lex.held.ending_at(doc.norm, doc.tokens, first)
    return k is not None and (k == 0 or lex.came_under.isdisjoint(doc.tokens[k - 1].stems))


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
    if lex.reduced_relatives and description_end(doc, t) is not None:
        # ("Kurdish forces fighting IS in Syria captured the town on Monday": the date is the
        # capture's — only one inside the description makes the fight news)
        return not dated_description(doc, t)
    ongoing = t.event_type in VIOLENT and _relative_state(doc, t, lex) or _presence(doc, t, lex)
    if not ongoing and (t.verb or k < 1 or not lex.launch.any_verb(doc.tokens[k].stems)
                        or lex.relatives.isdisjoint(doc.tokens[k - 1].stems)):
        return False
    return not dated_clause(doc, clause, lex.since)  # "since September 2015" dates the state


def _presence(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """A deployment verb in the present right after a relative pronoun or a word of where
    ("جبال قنديل حيث ينتشر المتمردون", "المنطقة التي ينتشر فيها متمردو طالبان"): where a side
    stands, no force sent."""
    k = t.first - 1
    return (t.event_type == "deployment" and t.verb and t.tense == "present" and k >= 0
            and not (lex.relatives | lex.presence_openers).isdisjoint(doc.tokens[k].stems))


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
    return listed and not dated_clause(doc, clause)


def dated_clause(doc: Doc, clause: Clause, since: frozenset[str] = frozenset()) -> bool:
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


VISITOR_AFTER = 2  # words from a movement word to its subject ("وصل أمس وزير الخارجية")
VISITOR_BEFORE = 6  # words from an official to the relative pronoun ("الوزير جون كيري الذي وصل")
VISIT_RELATIVE_REACH = 8  # words from the pronoun to the verb ("المحافظ الذي يتولى منصب … وصل")


def _visit(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """An official's visit (``visitors``): the office right after the movement word, or in the
    relative clause the verb closes or before its pronoun, no stop between."""
    if lex.visitors.any_in(doc.norm, doc.tokens, t.last, min(t.last + VISITOR_AFTER, clause.last)):
        return True
    lo = max(-1, t.first - 1 - VISIT_RELATIVE_REACH)
    rel = next((k for k in range(t.first - 1, lo, -1)
                if doc.tokens[k].key in lex.relatives), None)
    if rel is None or doc.punctuated(rel, t.first):
        return False
    for k in range(t.first - 1, max(-1, rel - 1 - VISITOR_BEFORE), -1):
        if k < rel and doc.punctuated(k, rel):
            return False
        if lex.visitors.match_at(doc.norm, doc.tokens, k) is not None:
            return True
    return False


def _war_against(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """A definite noun of war right before "ضد"/"على" and an armed side ("في الحرب على داعش",
    "المعركة ضد التنظيم"), no place told after it in its clause, nor one a word of being in
    opens before it: the war named, no fighting of the day ("القتال ضد التنظيم في بيجي",
    "تواجد في مدينة الفلوجة للإشراف على المعارك ضد التنظيم" is; "وصل إلى أربيل … شركاء في
    المعركة ضد داعش" is not)."""
    wars = lex.wars_against
    k = t.last + 1
    if wars is None or t.verb or t.event_type != "clash" \
            or wars.nouns.isdisjoint(doc.tokens[t.first].stems):
        return False
    if not t.definite:
        return _war_on(doc, t, wars)
    if k >= clause.last or doc.tokens[t.last].key not in wars.links:
        return False
    if k not in doc.actor_tokens:
        return False
    return not any(m.sentence == t.sentence and not m.not_location and (
        t.last < m.first < clause.last or clause.first <= m.first < t.first
        and _placed_in(doc, m, wars)) for m in doc.places)


def _war_on(doc: Doc, t: Trigger, wars: WarsAgainst) -> bool:
    """A bare noun of war right after a word of being in, an armed side right after it as its
    object ("حليف مفيد في قتال داعش", "تتركز مهامها في قتال التنظيم في ريف حلب"): the campaign
    one takes part in, no fighting of the day — a place after it is where the campaign goes on."""
    return (t.first > 0 and doc.tokens[t.first - 1].key in wars.in_words
            and t.last < len(doc.tokens) and t.last in doc.actor_tokens)


def _placed_in(doc: Doc, m: PlaceMention, wars: WarsAgainst) -> bool:
    """The place follows a word of being in ("في مدينة الفلوجة", "بالحسكة", "لمدينة الحسكة"),
    not right after a noun of war ("الحرب في سوريا": that war's place, not this fighting's)."""
    k = m.first - 1 - (m.cue is not None and m.first > 0)  # "في مدينة الفلوجة": its cue word
    if k < 0:
        return False
    first = doc.tokens[k + 1]  # "بمدينة الحسكة", "لمدينة الحسكة", "بالحسكة": a letter glued
    glued = first.key[:1] in wars.in_clitics and (first.key[1:] in first.stems if m.cue else
                                                 m.start > first.start)
    if not glued and doc.tokens[k].key not in wars.in_words:
        return False
    return k < 1 or wars.nouns.isdisjoint(doc.tokens[k - 1].stems)


def _war_era(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """A war's outbreak told by a noun ("اندلاع الحرب") with a time word a few words before it,
    no stop between ("قبل اندلاع الحرب", "بعد أسابيع من نشوب الحرب"), or a war's name right
    after it ("اندلاع الحرب الأهلية"): the era it opened, history named to tell a time. After a
    since-word ("منذ اندلاع الحرب") the war dates what has gone on since: left to the since
    rules, which read the deed before it as a state of those years."""
    eras = lex.war_eras
    if eras is None or t.verb or t.event_type != "clash" or eras.outbreaks.isdisjoint(
            doc.tokens[t.first].stems):
        return False
    for k in range(t.first - 1, max(-1, t.first - 1 - eras.reach), -1):
        if doc.punctuated(k, t.first):
            break
        if not lex.since.isdisjoint(doc.tokens[k].stems):
            return False
        if not eras.before.isdisjoint(doc.tokens[k].stems):
            return True
    return t.last < len(doc.tokens) and not eras.named.isdisjoint(doc.tokens[t.last].stems)
