"""Step: event identity — which candidates are mentions of one event (``doc.drafts``).

ACLED's unit is one event per (type, date, place, actors); news repeats itself (headline, lead,
quoted statement, an official's comment), so mentions merge — but only when nothing they know
tells them apart. The rules, in the order they are tried for each candidate:

1. **Result clause.** A candidate with only result words ("وأسفرت الغارات عن مقتل 8") describes
   the violence of its own sentence (the nearest before it), else of the one or two previous
   sentences of its paragraph, and joins it when compatible.
2. **Continuation.** Any candidate joins the event of the previous sentence(s) of its paragraph
   when it has the same type — or names it generically, a definite "the attack" after a
   strike or shelling — and nothing contradicts.
3. **Re-mention.** Otherwise it joins the *earliest* anchored event of the article with the
   same type and modality whose dates overlap, whose places are one place at village level
   (the same place, or within `NEAR_KM`: `events.extract.mentions_agree`; a governorate or
   country only when the other place lies inside it) and whose actors do not contradict — and
   that shares something positive with it: the place, the route or the day — or that points
   back to it with a definite noun and no place of its own ("وجهت الضربات", the strikes: the
   latest such event). Earliest,
   because news is an inverted pyramid: a later "Russian forces struck their convoys"
   re-tells the lead. When the two carry numbers
   from *different claimants*, they must share both place and day, or they stay two events:
   another claimant's toll is a second claim on the same event only when everything else
   agrees. Among the events it fits, one told with a place, a day or a toll comes before one
   told with none (a condemned strike named with neither is a reference, not the news).
A mention *told apart* — opened as another ("in another attack", "وفي حادث مماثل") or marked
new by its own words ("fresh clashes", "the town also came under fire":
`events.extract.novelty`, when it could stand as an event alone) — joins only what its own
sentence tells (rules 1-2), never an event of an earlier sentence; an event word that says so
itself ("وقتل جندي في هجوم آخر") joins no event told before it at all.
Compatibility is checked against the event's *core* — every mention merged so far — never
against one member only, so mentions do not chain into one event by transitivity.
A candidate that is not anchored (no armed actor near an ambiguous word, no casualties) only
ever joins an event; alone it is dropped (`events.extract.standing`).
"""
from __future__ import annotations

from collections.abc import Iterable

from events.extract.candidates import VIOLENT
from events.extract.modality_binding import MODALITY_RANK
from events.extract.doc import Candidate, Doc, Draft
from events.extract.headlines import (fits_headline, headline, is_title, other_toll,
                                      same_toll)
from events.extract.mentions_agree import (STRIKES, actors_agree, complementary_roles,
                                           dates_agree, explicit_dates, is_local,
                                           other_claimant, places_agree, places_of, sides,
                                           types_agree)
from events.extract.novelty import novel
from events.extract.standing import is_anchored, situated
from events.extract.trigger_records import TriggerLexicon
from events.extract.trigger_words import trigger_lexicon

_FOLDED = frozenset({"clash", "violence", "attack"})  # fighting that may serve another event


def identify_events(doc: Doc) -> None:
    drafts: list[Draft] = []
    by_sentence: dict[int, list[Draft]] = {}
    lines = _line_by_line(doc)
    lex = trigger_lexicon(doc.language)
    told: dict[int, Draft] = {}  # deeds told as done before, by sentence (`_told_before`)
    for c in sorted(doc.candidates, key=lambda c: _order(doc, c)):
        if c.told_before:
            _told_before(doc, told, c)
            continue
        target = None
        # "in another attack"; "fresh clashes", when they could stand as an event alone
        apart = c.another or (is_anchored(c) and novel(doc, c, lex))
        if not (c.another_here or c.aside):  # "في هجوم آخر": not even its own sentence's event
            if c.weak:
                target = _described(doc, c, by_sentence, lines, apart)
            if target is None and c.event_type in _FOLDED and not _not_fighting(doc, c, lex):
                target = _served(doc, c, by_sentence)
            if target is None:  # told apart: only the clauses of its own sentence
                target = _continued(doc, c, by_sentence, back=not apart)
        if target is None and headline(doc, c):  # the lead's event, told in other words
            target = _headline_event(drafts, c)
            if target is None and is_title(doc) and any(d.anchored for d in drafts) and all(
                    x.qualifier == "vague" for x in c.losses):
                continue  # the body tells its events: a title's other wording adds none, nor
                # its "dozens killed" over the body's counted dead
        if target is None and not apart:  # "وفي حادث مماثل": never one told before
            # a mention that says no where or when ("الضربات") is of the latest event, others
            # of the first; an event told so far with no where, when or toll ("دانت القصف
            # التركي") is a reference, not the news: the latest told with them comes first
            pool = reversed(drafts) if _refers_back(c) else iter(drafts)
            target = _first_fit(pool, c)
        if target is None:
            target = Draft(c.event_type, c.modality, refers_to=_reported_again(drafts, c))
            drafts.append(target)
        add(doc, target, c)
        if not c.aside:  # a fact told aside is no event of its sentence's news
            by_sentence.setdefault(c.sentence, []).append(target)
    doc.drafts = [d for d in [*drafts, *told.values()] if d.anchored and situated(d)]


def _told_before(doc: Doc, told: dict[int, Draft], c: Candidate) -> None:
    """A deed told as done before, undated ("وسبق أن شنت المقاتلات غارات على تلك المواقع خلفت
    خسائر"), with the results told after it in its sentence: history in passing, an event of
    its own that no later mention refers back to ("وتأتي تلك الغارات" is the day's) — kept,
    as background, only when told as an act with its place (`standing.situated`)."""
    if c.sentence not in told:
        told[c.sentence] = Draft(c.event_type, c.modality)
    add(doc, told[c.sentence], c)


def _headline_event(drafts: list[Draft], c: Candidate) -> Draft | None:
    """The body event a headline re-tells: the first it fits by kind, day and place — unless
    that one counts other dead than the title's counted figure, or none, and another is told
    with it ("Bomb kills 18 in Damascus suburb" over a lead that also recalls last month's
    bombing that killed 7; "مقتل جنديين في تفجير" over a placeless strike told before the
    bombing that killed two): the toll then names it."""
    fit = next((d for d in drafts if d.anchored and fits_headline(d, c)), None)
    toll = same_toll(drafts, c)
    if fit is not None and toll is not None and toll is not fit and (
            other_toll(fit, c) or not any(m.losses for m in fit.cands)):
        return toll
    return fit or toll


def _first_fit(pool: Iterable[Draft], c: Candidate) -> Draft | None:
    """The first anchored event of ``pool`` that ``c`` fits and that is told with a place, a
    day or a toll; else the first it fits at all."""
    fallback = None
    for d in pool:
        if d.anchored and _compatible(d, c):
            if situated(d):
                return d
            fallback = fallback or d
    return fallback


def _order(doc: Doc, c: Candidate) -> tuple[int, int, int, int]:
    """Text order, except that a headline (a first line alone in its paragraph) comes last —
    it re-tells the body's events in other words and joins the first it fits — and that
    within a sentence the events fighting may serve come first."""
    first_line = headline(doc, c)
    served = c.event_type in _FOLDED and (c.circumstance or any(
        x.sentence == c.sentence and x.event_type == "territory_change" for x in doc.candidates))
    return (1 if first_line else 0, c.sentence, 1 if served else 0, c.first_token)


def add(doc: Doc, d: Draft, c: Candidate) -> None:
    """Join ``c`` to ``d``. A cue in the sentence that tells the event (its first) qualifies
    it ("حاولت القوات اقتحام البلدة"); a later sentence's cue speaks of what may follow ("وسط
    مخاوف من ارتفاع عدد القتلى", "they will fight on", "مستعدون لصد الهجوم") and leaves the
    event as told, even when another of that sentence's words joined it before. A toll told
    as hearsay ("قصف التنظيم الحي حيث وردت معلومات عن سقوط جرحى") hedges the toll, not the
    deed it joins."""
    told_here = not d.cands or c.sentence == d.cands[0].sentence
    hearsay_toll = c.weak and c.modality == "alleged" and any(not x.weak for x in d.cands)
    d.cands.append(c)
    d.anchored = d.anchored or is_anchored(c)
    if told_here and not hearsay_toll and MODALITY_RANK[c.modality] > MODALITY_RANK[d.modality]:
        d.modality = c.modality
    if d.event_type in ("bombardment", "violence") and c.event_type in VIOLENT - {
            "bombardment", "violence"} and not (c.weak and d.event_type == "bombardment"):
        # (a toll does not say how: "قصف …، ما أدى لمقتل ضابط" stays a bombardment)
        d.event_type = c.event_type
    elif d.event_type == "violence" and c.event_type == "bombardment" and not c.weak:
        d.event_type = "bombardment"  # "قتل 43 مدنيا عندما قصف المتمردون عدن": the strike says how
    elif told_here and d.event_type == "attack" and c.event_type in ("airstrike", "shelling") \
            and all(t.strength < 1.0 for x in d.cands[:-1] for t in x.triggers) and _sets_off(doc, c):
        # a bare blast ("تواصلت الانفجارات في صنعاء حيث استهدف الطيران مخازن") told in one
        # sentence with the strike that set it off: the strike says how
        d.event_type = c.event_type


def _sets_off(doc: Doc, c: Candidate) -> bool:
    """``c``'s clause is opened as the cause of what went before (``blast_causes``: حيث،
    بعدما، إثر)."""
    causes = trigger_lexicon(doc.language).blast_causes
    return not causes.isdisjoint(doc.tokens[doc.clauses[c.clause].first].stems)


def _served(doc: Doc, c: Candidate, by_sentence: dict[int, list[Draft]]) -> Draft | None:
    """Rule 0: fighting in the sentence of a territory change, or told as the circumstance of
    another violent event ("خلال الاشتباكات"), is part of that event (ACLED codes a territory
    change as a battle) when their days agree. Hosts are identified first within their
    sentence (`_order`)."""
    hosts = [d for d in by_sentence.get(c.sentence, []) if _hosts(d, c)]
    return hosts[-1] if hosts else None


def _not_fighting(doc: Doc, c: Candidate, lex: TriggerLexicon) -> bool:
    """"IS executed nine men after seizing the village": a deed done to people held or unarmed
    (triggers.yaml ``not_fighting``) is an attack of its own, never the battle's fighting."""
    return any(not lex.not_fighting.isdisjoint(doc.tokens[k].stems)
               for t in c.triggers for k in range(t.first, t.last))


def _dead_not_planned(d: Draft, c: Candidate) -> bool:
    """"خلية كانت تعتزم تنفيذ هجمات … إثر هجوم قتل فيه 38": the dead of a deed told beside a
    plan were not planned; the deed joins no planned event."""
    return d.modality == "planned" and c.modality == "actual" and bool(c.losses)


def _hosts(d: Draft, c: Candidate) -> bool:
    if _listed_apart(d, c) or not dates_agree(d, c) or _dead_not_planned(d, c):
        return False  # "fought there after 9/11 …, and retook it on 3 August": two times
    if c.circumstance and d.event_type == "territory_change":
        return True  # "seized the town after heavy clashes with government forces": one battle
    if not actors_agree(d, c):
        return False
    if d.event_type == "territory_change":
        return True
    return c.circumstance and d.event_type in VIOLENT and not all(x.weak for x in d.cands)


def _described(doc: Doc, c: Candidate, by_sentence: dict[int, list[Draft]],
               lines: bool, apart: bool) -> Draft | None:
    """Rule 1: the violence a result clause describes (``lines``: the copy has no paragraphs)."""
    # ground taken in the same sentence is fought for: its toll is the battle's (ACLED)
    here = [d for d in by_sentence.get(c.sentence, [])
            if d.event_type in VIOLENT or d.event_type == "territory_change"]
    for d in reversed(here):
        if _compatible(d, c, loose=True):
            return d
    # "four were wounded when mortar rounds hit": the cause follows; it says which event
    cause = next((x for x in doc.candidates if x.sentence == c.sentence and not x.weak
                  and x.event_type in VIOLENT and x.first_token > c.first_token), None)
    for back in (1, 2) if not apart else ():
        j = c.sentence - back
        if j < 0 or not (doc.same_paragraph(j, c.sentence) or lines):
            break
        for d in reversed(by_sentence.get(j, [])):
            if d.event_type in VIOLENT and _compatible(d, c, loose=True) and (
                    cause is None or _compatible(d, cause, loose=True)):
                return d
    return None


def _line_by_line(doc: Doc) -> bool:
    """Web copy that breaks the line after (nearly) every sentence has no paragraphs: its line
    breaks do not end what a result sentence may describe ("الفضلي قتل هذا الشهر قرب سرمدا"
    on the line after the strike that killed him)."""
    n = len(doc.sentences)
    breaks = sum(1 for i in range(1, n) if not doc.same_paragraph(i - 1, i))
    return n >= 4 and breaks >= 0.8 * (n - 1)


def _continued(doc: Doc, c: Candidate, by_sentence: dict[int, list[Draft]],
               back: bool = True) -> Draft | None:
    """Rule 2: the same event told on in a later clause of its sentence ("قال التحالف إن
    الغارات قتلت 40، فيما قالت الجماعة إن الغارات قتلت 12") or, unless ``back`` is false (a
    mention told apart), in the next sentence."""
    here = [d for d in by_sentence.get(c.sentence, []) if (_same_kind(d, c) or _caused(d, c))
            and _compatible(d, c, loose=True) and not _listed_apart(d, c) and not _feared(d, c)]
    if here or not back:
        return here[-1] if here else None
    for k in (1, 2):
        j = c.sentence - k
        if j < 0 or not doc.same_paragraph(j, c.sentence):
            break
        prev = by_sentence.get(j, [])
        hit = next((d for d in reversed(prev) if _same_kind(d, c)
                    and _compatible(d, c, loose=True)), None)
        if hit or prev:
            return hit
    return None


def _flight_beside_move(d: Draft, c: Candidate) -> bool:
    """Civilians fleeing a town and an armed side moving there are two events, whichever is
    told first ("Kurdish fighters advanced into Manbij. The fighting has forced 5000 residents
    to flee the town"): a flight of civilians (`Candidate.civilians_moving`) joins no move with
    an armed actor1, and no such move joins it."""
    if not (d.event_type == c.event_type == "movement"):
        return False
    if c.civilians_moving:
        return bool(sides(d.cands, "actor1"))
    return any(x.civilians_moving for x in d.cands) and bool(sides([c], "actor1"))


def _feared(d: Draft, c: Candidate) -> bool:
    """A move still to come beside one done ("غادروا المدينة خوفا من وصول الجيش"): two
    events, the plan does not make the deed a plan."""
    return c.modality == "planned" and d.modality == "actual" and not c.weak


def _caused(d: Draft, c: Candidate) -> bool:
    """The toll told before its cause in one sentence ("four were wounded when two mortar
    rounds hit the square"): the strike is what the result clause described."""
    return c.event_type in VIOLENT and d.event_type in VIOLENT and all(x.weak for x in d.cands)


def _same_kind(d: Draft, c: Candidate) -> bool:
    """The same type, or a generic name pointing back at it ("the attack" after rockets fell,
    "الهجوم" after a strike): a definite attack names the violence already told, and "the same
    attack" or dead "in the attack" name it whatever its own victims made of its type ("قتل
    جندي في الهجوم نفسه")."""
    return types_agree(d.event_type, c.event_type) or (
        c.definite and c.event_type in ("attack", "violence") and d.event_type in STRIKES) or (
        c.demonstrative and c.event_type in _FOLDED and d.event_type in _FOLDED | STRIKES) or (
        _in_the_attack(c) and c.event_type in _FOLDED and d.event_type == "attack")


def _in_the_attack(c: Candidate) -> bool:
    """Dead counted "in the attack", told with no place of its own ("مقتل 15 شخصا في الهجوم
    من بينهم جندي"): the definite noun names the attack already told, whatever a soldier among
    its dead made of its type — not a battle ("التفجير" after clashes), nor a strike."""
    return c.location is None and any(t.definite and not t.verb and t.event_type in (
        "attack", "violence") for t in c.triggers)


def _compatible(d: Draft, c: Candidate, *, loose: bool = False) -> bool:
    """Can ``c`` be a mention of the event ``d``? ``loose``: a result clause or the next
    sentence (type and modality may differ in wording, nothing else may contradict)."""
    if loose:
        same = _same_kind(d, c) or _caused(d, c) or (
            d.event_type in VIOLENT and c.event_type in VIOLENT and c.weak)
    else:
        same = _same_kind(d, c) and d.modality == c.modality
    if not same or not dates_agree(d, c) or _flight_beside_move(d, c):
        return False
    if loose and _dead_not_planned(d, c):
        return False
    if not (loose and c.weak) and not actors_agree(d, c) and not (
            _in_the_attack(c) and complementary_roles(d, c)):
        return False  # a result clause's actors are who suffered: no contradiction; nor are
        # the dead "in the attack" (a soldier among them) its author's foe
    attrs = ("origin", "destination") if d.event_type == "movement" else (
        "location", "origin", "destination")
    if not all(places_agree(p, getattr(c, a)) for a in attrs for p in places_of(d, a)):
        return False
    if not loose:
        if _listed_apart(d, c):
            return False
        return (_refers_back(c) or _places_it(d, c)) and not other_claimant(d, c) \
            or _positively_same(d, c)
    return True


def _places_it(d: Draft, c: Candidate) -> bool:
    """A definite event noun with a place, after a violent event told with none or only with
    its country or province ("قتل جنديان في هجوم خلال الليل. وذكر الجيش أن الهجوم نفذ بجرار
    مفخخ في منطقة دوغو بايزيد", "انتحاري فجر نفسه في سوق بشمال أفغانستان … الهجوم الذي وقع
    في منطقة المار"): the attack told again, now placed — not another one (its place lies in
    theirs: `_compatible`). A country is no placing: it may be anywhere."""
    place = c.location.place if c.location is not None else None
    if not (place is not None and place.kind != "country" and d.anchored and situated(d)
            and d.event_type in VIOLENT and c.definite_nouns and not (c.flashback or c.aside)):
        return False
    if any(x.origin or x.destination for x in d.cands):
        return False
    placed = [x for x in d.cands if x.location is not None]
    # placed in a country or province only: told again with a town, but not with a toll of
    # its own ("بعد يومين من الاعتداء الذي أوقع 32 قتيلا في مدينة سروج": another attack)
    return not placed or not c.losses and not any(is_local(x.location) for x in placed)


def _listed_apart(d: Draft, c: Candidate) -> bool:
    """One sentence listing fights in two places, each in its own clause ("… في ريف دمشق،
    أيضاً مقتل مقاتل خلال اشتباكات في محيط داريا"): two events, even when one place holds the
    other — unless the later one points back ("هذا الهجوم"). So are a retaliation and the
    deed it answers, told in one sentence."""
    if any(x.sentence == c.sentence and x.avenged != c.avenged for x in d.cands):
        return True  # "قتل شرطيين ردا على هجوم سوروتش": the retaliation and the deed it answers
    here = c.location.place if c.location is not None else None
    if here is None or c.demonstrative:
        return False
    return any(x.sentence == c.sentence and x.clause != c.clause and x.location is not None
               and x.location.place is not None and x.location.place.name != here.name
               for x in d.cands)


def _refers_back(c: Candidate) -> bool:
    """A mention that refers to an event already told: a demonstrative ("هذا الهجوم"), a
    definite noun with no place of its own ("وجهت الضربات"), or any mention that tells
    neither where nor when — unless it is a flashback ("وكانت انتحاريتان نفذتا تفجيرين")."""
    if c.demonstrative:
        return True
    unsituated = (c.location is None and c.origin is None and c.destination is None
                  and not c.route and (c.date is None or c.date.start is None))
    return (c.definite or unsituated) and not c.flashback


def _reported_again(drafts: list[Draft], c: Candidate) -> Draft | None:
    """Another claimant's numbers on an event already told ("وكانت مصادر أمنية ذكرت أن 14
    قتلوا في هذا الهجوم"): a record of its own (one per claimant), at that event's place and
    time."""
    if not (c.losses and _refers_back(c)):
        return None
    return next((d for d in reversed(drafts) if d.anchored and other_claimant(d, c)
                 and _same_kind(d, c)), None)


def _positively_same(d: Draft, c: Candidate) -> bool:
    """A re-mention far from the event must share something that tells it is the same one:
    the place (at village level), the route, or the day; with numbers from another claimant,
    both place and day."""
    if d.event_type == "agreement" and len(sides([c])) >= 2 and sides([c]) == sides(d.cands):
        return True  # the same two parties agreeing: one agreement, however placed
    placed = is_local(c.location) and any(is_local(x.location) for x in d.cands)
    routed = c.route and any(x.route for x in d.cands)
    dated = c.date is not None and c.date.start is not None and bool(explicit_dates(d))
    if other_claimant(d, c):
        return (placed or routed) and dated
    return placed or routed or dated


