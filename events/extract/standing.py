"""Which mentions may stand as events: a candidate *anchored* enough to be an event alone (else
it may only join another event), a draft *situated* enough to be news. Part of the identity
step (`events.extract.identity`), which merges mentions first and asks these last."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.candidates import VIOLENT
from events.extract.doc import Candidate, Draft


def situated(d: Draft) -> bool:
    """An event is news when the text says where (a border is a where, though no point on it),
    when or how many: a strike with no place,
    no date and no toll ("الضربات التي نفذتها أنقرة استهدفت الحزب") is commentary. Agreements
    and statements are situated by who made them."""
    if d.event_type in ("agreement", "statement"):
        return True  # situated by their parties, not by a place
    if d.modality == "planned" or d.event_type == "operation_launch":
        # a plan has no date yet, a campaign is told by who wages it: its actor situates it
        return any(role == "actor1" for c in d.cands for _, role in c.actors)
    if all(c.since for c in d.cands) and not any(c.date and c.date.start for c in d.cands):
        # "منذ سيطرة التنظيم على الموصل": history without a date is a state, unless told as an
        # act with its place ("منذ أن استولت الجماعة على العاصمة"): kept, marked background
        return any(t.tense == "past" for c in d.cands for t in c.triggers) and any(
            c.location is not None for c in d.cands)
    if _war_at_large(d) or _deaths_at_large(d) or _toll_of_a_period(d):
        return False
    return any(c.location is not None or c.origin is not None or c.destination is not None
               or c.route or c.at_border or _dated_here(c) or c.losses for c in d.cands)


def _war_at_large(d: Draft) -> bool:
    """"الظروف التي يمر بها العراق نتيجة المعارك ضد داعش": only definite nouns ("the battles"),
    placed in a whole country, with no date and no toll, speak of the war at large."""
    return all(not t.verb and t.definite for c in d.cands for t in c.triggers) and all(
        _country_wide(c) and not c.losses and not _dated_here(c) for c in d.cands)


def _deaths_at_large(d: Draft) -> bool:
    """Only result words ("القتلى", "قتلوا") with no figure read, no day and no place finer than a
    country: deaths of a whole war ("بلغت حصيلة القتلى في صفوف المعارضة في سورية 42 ألفا", its
    figure a running total), no event of the news."""
    return all(c.weak and not c.losses and _country_wide(c) and not _dated_here(c) for c in d.cands)


PERIOD_DAYS = 27  # a toll over a month or more is a tally of that period


def _toll_of_a_period(d: Draft) -> bool:
    """A country's dead over a month or more, told by result words alone ("قتل 1332 عراقيا في
    أعمال عنف خلال شهر يوليو", a monitor's half-year report): a tally of many events, which
    summed with them would count their dead twice — no event of its own."""
    return all(c.weak and _country_wide(c) for c in d.cands) and any(
        c.date is not None and c.date.start is not None and c.date.end is not None
        and (c.date.end - c.date.start).days >= PERIOD_DAYS for c in d.cands)


def _country_wide(c: Candidate) -> bool:
    """No route, and no place finer than a whole country."""
    return c.origin is None and c.destination is None and (
        c.location is None or c.location.place is None or c.location.place.kind == "country")


def _dated_here(c: Candidate) -> bool:
    """A date of the mention's own clause or sentence (not one carried from before)."""
    return c.date is not None and c.date.source in ("clause", "sentence")


def _any_armed(actors: list) -> bool:
    """Some side of an armed type among a candidate's (mention, role) pairs (a loop: this runs
    for every candidate, where `any` made a generator each time)."""
    for m, _ in actors:
        if m.actor_type in ARMED_TYPES:
            return True
    return False


def is_anchored(c: Candidate) -> bool:
    """Enough to stand as an event alone (else it may only join another event). Ambiguous
    words (strength 0.8: "دخل", "هجوم", "معركة") and movements need an armed actor close by;
    a flight of civilians is no force's movement, whoever fights nearby ("نزح السكان هربا من
    المعارك بين الجيش والتنظيم")."""
    if c.civilians_moving:
        return False
    armed = _any_armed(c.actors)
    strength = max(t.strength for t in c.triggers)
    if (strength < 1.0 and not c.weak) or c.event_type == "movement":
        armed = c.close_armed  # movement words (توجه، خروج، تنقل) are everyday words too
        if c.event_type == "movement" and c.destination is not None:
            # a directed advance of the armed subject told before it ("كثفت القوات عملياتها
            # تمهيدا للتقدم نحو صنعاء"): the destination says it is no progress of talks or prices
            armed = armed or any(m.actor_type in ARMED_TYPES and r == "actor1"
                                 and m.last <= c.first_token for m, r in c.actors)
    if c.event_type in VIOLENT:
        # an unambiguous strike/shelling/clash word with a place is an event even when the
        # perpetrator is not named ("غارات جوية استهدفت مدينة سراقب")
        # (so is an ambiguous strike verb whose subject is an aircraft: "Jets struck Douma")
        named = (strength >= 1.0 or c.air_subject) and (c.location is not None or c.route)
        if strength < 0.8 and not c.weak:
            return armed  # executions: only with an armed actor close by
        return armed or named or any(x.category in ("killed", "injured") for x in c.losses)
    if c.event_type == "detention":
        return True  # it took fighters or militants (`triggers._takes_fighters`)
    if c.event_type == "agreement":  # two named parties, one of them armed
        return len(c.actors) >= 2 and armed
    if c.event_type == "statement":
        return bool(c.actors)  # a named speaker in the sentence
    return armed
