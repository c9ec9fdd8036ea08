"""Event candidates ("frames"): one per event type per sentence, with its actors, places,
date, claims and modality decided from the sentence. `assemble` then merges frames that
describe the same event.

The rules here are about Arabic news prose, not about any one article:
* a purposive ل ("لتحرير الرقة", "لتدمير مسلحي داعش") states an aim: it joins the sentence's
  other event, or is dropped, unless a modality cue governs it ("محاولتين لخروج" is attempted);
* a movement inside a strike sentence ("أثناء تنقلهم من الرقة إلى تدمر", "القافلة المتجهة من
  …") is the strike's route, not an event of its own; inside an agreement ("اتفقت … حول خروج
  المسلحين من الرقة") it is what was agreed;
* dates in the attribution clause ("وجاء في بيان الوزارة، امس:") date the statement, not the
  event reported after it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from events.extract.actors import ARMED_TYPES, info_of
from events.extract.claimants import Frame as AttrFrame, same_paragraph
from events.extract.doc import ActorMention, DateMention, Doc, LossMention, PlaceMention
from events.extract.roles import VIOLENT, assign_actors, assign_places, clause, crosses_punct
from events.extract.triggers import Modality, Trigger, trigger_lexicon

MODALITY_RANK = {"denied": 6, "demanded": 5, "prevented": 4, "attempted": 3, "alleged": 2, "planned": 1,
                 "actual": 0}
WINDOW_DAYS = 7  # an undated event: within the week before publication (UCDP date_prec 3)


@dataclass
class Dated:
    start: date | None
    end: date | None
    prec: int | None
    texts: list[str]
    source: str  # "sentence" | "carried" | "window" | "none"


@dataclass
class Candidate:
    """One event type in one sentence (before merging)."""
    event_type: str
    sentence: int
    triggers: list[Trigger]
    modality: str = "actual"
    actors: list[tuple[ActorMention, str]] = field(default_factory=list)  # (mention, role)
    location: PlaceMention | None = None
    origin: PlaceMention | None = None
    destination: PlaceMention | None = None
    via: list[PlaceMention] = field(default_factory=list)
    route: bool = False  # located on the route origin→destination
    date: Dated | None = None
    losses: list[LossMention] = field(default_factory=list)
    claimant: str | None = None
    anchored: bool = False
    close_armed: bool = False  # an armed actor within three words of the trigger
    weak: bool = False  # only result words (مقتل، تدمير): joins the previous sentence's event

    @property
    def first_token(self) -> int:
        return self.triggers[0].first


def build_candidates(doc: Doc) -> list[Candidate]:
    suppressed = doc.extra.get("suppressed") or set()
    lex = trigger_lexicon()
    by_sentence: dict[int, list[Trigger]] = {}
    for t in doc.triggers:
        if isinstance(t, Trigger) and t.sentence not in suppressed:
            by_sentence.setdefault(t.sentence, []).append(t)
    mods: dict[int, list[Modality]] = {}
    for m in doc.modalities:
        if isinstance(m, Modality):
            mods.setdefault(m.sentence, []).append(m)
    speakers: list[str | None] = doc.extra.get("sentence_speaker") or []
    out: list[Candidate] = []
    for si in sorted(by_sentence):
        trigs = by_sentence[si]
        bound = _bind_modalities(doc, trigs, mods.get(si, []))
        has_violent = any(t.event_type in VIOLENT and not t.purpose for t in trigs)
        has_agreement = any(t.event_type == "agreement" for t in trigs)
        route_from: list[Trigger] = []
        kept: list[Trigger] = []
        for t in trigs:
            governed = id(t) in bound
            if t.event_type == "movement" and (t.participle or _absorb_cue(doc, t, lex.absorb)):
                route_from.append(t)
                continue
            if t.event_type == "movement" and has_agreement:
                route_from.append(t)  # what the agreement is about
                continue
            if t.purpose and not governed:
                continue  # an aim ("لتحرير الرقة"), not an event
            if bound.get(id(t)) in ("denied", "demanded"):
                continue  # "نفت … انسحاب مقاتليها" did not happen; "طالب بإرسال" is a wish
            kept.append(t)
        groups: dict[str, list[Trigger]] = {}
        for t in kept:
            groups.setdefault(t.event_type, []).append(t)
        # Result words (مقتل، تدمير) and ambiguous ones ("وتبنى داعش الهجوم") join the event a
        # named violent word of the same sentence reports.
        strong = [k for k in groups if k in VIOLENT and k != "violence"
                  and max(t.strength for t in groups[k]) >= 1.0]
        if strong:
            head = Candidate(strong[0], si, sorted(groups[strong[0]], key=lambda t: t.first))
            lo, hi = clause(doc, head)
            for k in [k for k in groups if k in VIOLENT and k not in strong]:
                near = [t for t in groups[k] if lo <= t.first < hi]  # same clause only
                groups[strong[0]].extend(near)
                groups[k] = [t for t in groups[k] if t not in near]
                if not groups[k]:
                    del groups[k]
        for etype, ts in groups.items():
            ts.sort(key=lambda t: t.first)
            c = Candidate(etype, si, ts)
            c.modality = max((bound.get(id(t), "actual") for t in ts), key=MODALITY_RANK.get)
            c.weak = all(t.strength <= 0.5 for t in ts)
            c.claimant = speakers[si] if si < len(speakers) else None
            assign_actors(doc, c)
            assign_places(doc, c, route_from if etype in VIOLENT or etype == "agreement" else [])
            _refine_type(doc, c, lex)
            c.date = _date(doc, c)
            same = next((o for o in out if o.sentence == si and _same_kind(doc, o, c)), None)
            if same is None:
                out.append(c)
            else:  # "قصفت … بالمدفعية" and "قذائف" refine to one shelling: one event
                _fold(same, c)
    for si in sorted({x.sentence for x in doc.losses} - suppressed):
        _attach_losses(doc, si, out)
    return out


def _same_kind(doc: Doc, a: Candidate, b: Candidate) -> bool:
    """One event type per sentence (an unresolved "قصف" joins the strike of its own clause)."""
    kinds = {a.event_type, b.event_type}
    if len(kinds) == 1:
        return True
    if kinds not in ({"bombardment", "shelling"}, {"bombardment", "airstrike"}):
        return False
    lo, hi = clause(doc, a)
    return lo <= b.first_token < hi


def _fold(into: Candidate, c: Candidate) -> None:
    """Merge a candidate into another of the same type and sentence."""
    if into.event_type == "bombardment":
        into.event_type = c.event_type
    into.triggers = sorted(into.triggers + c.triggers, key=lambda t: t.first)
    names = {m.name for m, _ in into.actors}
    into.actors += [(m, r) for m, r in c.actors if m.name not in names]
    for attr in ("location", "origin", "destination"):
        if getattr(into, attr) is None:
            setattr(into, attr, getattr(c, attr))
    into.via += [v for v in c.via if v not in into.via]
    into.route = into.route or c.route
    into.weak = into.weak and c.weak
    into.close_armed = into.close_armed or c.close_armed
    if MODALITY_RANK[c.modality] > MODALITY_RANK[into.modality]:
        into.modality = c.modality


def _bind_modalities(doc: Doc, trigs: list[Trigger], mods: list[Modality]) -> dict[int, str]:
    """A cue qualifies the first trigger after it within the window, else the nearest before."""
    window = trigger_lexicon().modality_window
    bound: dict[int, str] = {}
    for m in mods:
        # verbs of alleging or denying ("زعمت", "نفت") colour the whole rest of their sentence
        wide = m.modality in ("alleging", "denied")
        reach = len(doc.tokens) if wide else window
        after = [t for t in trigs if m.last <= t.first <= m.last + reach
                 and (wide or not crosses_punct(doc, m.last - 1, t.first))]
        if wide:
            modality = "alleged" if m.modality == "alleging" else m.modality
            for t in after:
                if MODALITY_RANK[modality] > MODALITY_RANK[bound.get(id(t), "actual")]:
                    bound[id(t)] = modality
            continue
        before = [t for t in trigs if m.first - window <= t.last <= m.first
                  and not crosses_punct(doc, t.last - 1, m.first)]
        t = after[0] if after else (before[-1] if before else None)
        modality = "alleged" if m.modality == "alleging" else m.modality
        if t is not None and MODALITY_RANK[modality] > MODALITY_RANK[bound.get(id(t), "actual")]:
            bound[id(t)] = modality
    return bound


def _absorb_cue(doc: Doc, t: Trigger, cues: frozenset[str]) -> bool:
    return any(s in cues for k in range(max(0, t.first - 2), t.first) for s in doc.tokens[k].stems)


def _refine_type(doc: Doc, c: Candidate, lex) -> None:
    """bombardment/violence → airstrike, shelling, clash or attack, from the actors and words."""
    if c.event_type not in ("bombardment", "violence"):
        return
    actor1 = next((m for m, role in c.actors if role == "actor1"), None)
    lo, hi = clause(doc, c)
    stems = {s for t in doc.tokens[lo:hi] for s in t.stems}
    if actor1 is not None and info_of(actor1).mode == "air" or stems & lex.air:
        c.event_type = "airstrike"
    elif stems & lex.ground:
        c.event_type = "shelling"
    elif c.event_type == "violence":
        two_sides = len({m.side for m, role in c.actors if role in ("actor1", "actor2")}) > 1
        c.event_type = "clash" if two_sides else "attack"
    # an unresolved "bombardment" stays so until merging; `finalize_type` settles it


def _date(doc: Doc, c: Candidate) -> Dated:
    sent = doc.sentences[c.sentence]
    clauses = [(f.start, f.clause_end) for f in doc.attributions
               if f.sentence == c.sentence and isinstance(f, AttrFrame)]
    pos = doc.tokens[c.triggers[0].first].start

    announced = c.event_type in ("statement", "operation_launch")

    def eligible(d: DateMention) -> bool:
        # the date of "أعلنت يوم 6 نوفمبر" dates an announcement, which is what a statement
        # or an operation launch is; for other events it dates only the report
        if d.date_start is None and d.date_end is None:
            return False
        return announced or not any(a <= d.start < b for a, b in clauses)

    mine = [d for d in doc.dates if d.sentence == c.sentence and eligible(d)]
    if mine:
        d = min(mine, key=lambda d: abs(d.start - pos))
        return Dated(d.date_start, d.date_end or d.date_start, d.date_prec, [d.text], "sentence")
    unresolved = [d for d in doc.dates if d.sentence == c.sentence and d.date_start is None]
    # the nearest earlier sentence of the paragraph that has a date, at most two back
    for back in (1, 2):
        j = c.sentence - back
        if j < 0 or not same_paragraph(doc, j, c.sentence):
            break
        prev = [d for d in doc.dates if d.sentence == j and d.date_start is not None
                and not any(a <= d.start < b for f in doc.attributions if f.sentence == j
                            and isinstance(f, AttrFrame) for a, b in [(f.start, f.clause_end)])]
        if prev:
            d = prev[-1]
            return Dated(d.date_start, d.date_end or d.date_start, d.date_prec, [d.text], "carried")
    if doc.published is not None and doc.published > date.min + timedelta(days=WINDOW_DAYS):
        return Dated(doc.published - timedelta(days=WINDOW_DAYS), doc.published, 3,
                     [d.text for d in unresolved], "window")
    return Dated(None, None, None, [d.text for d in unresolved], "none")


def _attach_losses(doc: Doc, si: int, cands: list[Candidate]) -> None:
    """Losses of sentence ``si`` go to its violent candidate, else to the violent candidate of
    the previous sentence of the paragraph (the statement goes on listing the losses)."""
    losses = [x for x in doc.losses if x.sentence == si]
    if not losses:
        return
    here = [c for c in cands if c.sentence == si and c.event_type in VIOLENT]
    if not here:
        here = [c for c in cands if c.sentence in (si - 1, si - 2) and c.event_type in VIOLENT
                and same_paragraph(doc, c.sentence, si)]
    if here:
        here[-1].losses.extend(losses)


def is_anchored(c: Candidate) -> bool:
    """Enough to stand as an event alone (else it may only join another event). Ambiguous
    words (strength 0.8: "دخل", "هجوم", "معركة") and movements need an armed actor close by."""
    armed = any(m.actor_type in ARMED_TYPES for m, _ in c.actors)
    if (max(t.strength for t in c.triggers) < 1.0 and not c.weak) or c.event_type == "movement":
        armed = c.close_armed  # movement words (توجه، خروج، تنقل) are everyday words too
    if c.event_type in VIOLENT:
        # an unambiguous strike/shelling/clash word with a place is an event even when the
        # perpetrator is not named ("غارات جوية استهدفت مدينة سراقب")
        strength = max(t.strength for t in c.triggers)
        named = strength >= 1.0 and (c.location is not None or c.route)
        if strength < 0.8 and not c.weak:
            return armed  # executions: only with an armed actor close by
        return armed or named or any(x.category in ("killed", "injured") for x in c.losses)
    if c.event_type == "agreement":  # two named parties, one of them armed
        return len(c.actors) >= 2 and armed
    if c.event_type == "statement":
        return bool(c.actors)  # a named speaker in the sentence
    return armed
