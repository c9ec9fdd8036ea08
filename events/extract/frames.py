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

from events.extract.actors import ARMED_TYPES, allied, info_of
from events.extract.claimants import Frame as AttrFrame, same_paragraph
from events.extract.doc import ActorMention, DateMention, Doc, LossMention, PlaceMention
from events.extract.triggers import Modality, Trigger, trigger_lexicon

VIOLENT = {"airstrike", "shelling", "clash", "attack", "bombardment", "violence"}
MODALITY_RANK = {"prevented": 4, "attempted": 3, "alleged": 2, "planned": 1, "actual": 0}
WINDOW_DAYS = 7  # an undated event: within the week before publication (UCDP date_prec 3)
ACTOR_WINDOW = 15  # tokens around the trigger where its actors are looked for
_TARGET_CUES = {"علي", "ضد", "مواقع", "معاقل", "تجمعات", "مقرات", "نقاط", "معقل", "مناطق"}
_ORIGIN = {"من", "منطقه"}
_DEST = {"الي", "نحو", "اتجاه", "باتجاه", "صوب", "تجاه", "حتي"}
_VIA = {"عبر"}
_IN = {"في", "داخل", "قرب", "بالقرب", "علي"}
_ALLY_CUES = {"بالتنسيق", "بدعم", "بمساندة", "بمشاركه", "باسناد", "باسناد", "مدعومه"}
_BOUNDARY = {"وكما", "كما", "فيما", "وفيما", "بينما", "وبينما", "وان", "فان", "وانه", "فانه",
             "حين", "وقال", "وقالت", "واضاف", "واضافت"}
_ANNOUNCED = {"operation_launch", "deployment", "territory_change"}


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
            kept.append(t)
        groups: dict[str, list[Trigger]] = {}
        for t in kept:
            groups.setdefault(t.event_type, []).append(t)
        # Result words (مقتل، تدمير) join a named violent event of the same sentence.
        if "violence" in groups and len(set(groups) & (VIOLENT - {"violence"})) > 0:
            target = next(k for k in groups if k in VIOLENT and k != "violence")
            groups[target].extend(groups.pop("violence"))
        for etype, ts in groups.items():
            ts.sort(key=lambda t: t.first)
            c = Candidate(etype, si, ts)
            c.modality = max((bound.get(id(t), "actual") for t in ts), key=MODALITY_RANK.get)
            c.weak = all(t.strength <= 0.5 for t in ts)
            c.claimant = speakers[si] if si < len(speakers) else None
            _actors(doc, c)
            _places(doc, c, route_from if etype in VIOLENT or etype == "agreement" else [])
            _refine_type(doc, c, lex)
            c.date = _date(doc, c)
            out.append(c)
    for si in sorted({x.sentence for x in doc.losses} - suppressed):
        _attach_losses(doc, si, out)
    return out


def _bind_modalities(doc: Doc, trigs: list[Trigger], mods: list[Modality]) -> dict[int, str]:
    """A cue qualifies the first trigger after it within the window, else the nearest before."""
    window = trigger_lexicon().modality_window
    bound: dict[int, str] = {}
    for m in mods:
        # an allegation cue ("زعمت", "مزاعم") colours the whole rest of its sentence
        reach = len(doc.tokens) if m.modality == "alleged" else window
        after = [t for t in trigs if m.last <= t.first <= m.last + reach
                 and (m.modality == "alleged" or not _crosses_punct(doc, m.last - 1, t.first))]
        before = [t for t in trigs if m.first - window <= t.last <= m.first
                  and not _crosses_punct(doc, t.last - 1, m.first)]
        t = after[0] if after else (before[-1] if before else None)
        if t is not None and MODALITY_RANK[m.modality] > MODALITY_RANK[bound.get(id(t), "actual")]:
            bound[id(t)] = m.modality
    return bound


def _absorb_cue(doc: Doc, t: Trigger, cues: frozenset[str]) -> bool:
    return any(s in cues for k in range(max(0, t.first - 2), t.first) for s in doc.tokens[k].stems)


def clause(doc: Doc, c: Candidate, window: int = ACTOR_WINDOW) -> tuple[int, int]:
    """Token range of the trigger's clause: the sentence cut at clause openers (وكما، فيما،
    بينما، وأن، فإن) and at most `ACTOR_WINDOW` tokens either side of the trigger."""
    sent = doc.sentences[c.sentence]
    t0, t1 = c.triggers[0].first, c.triggers[-1].last
    lo = max(sent.tokens[0], t0 - window)
    hi = min(sent.tokens[1], t1 + window)
    for k in range(t0 - 1, lo - 1, -1):
        if doc.tokens[k].key in _BOUNDARY:
            lo = k
            break
    for k in range(t1, hi):
        if doc.tokens[k].key in _BOUNDARY:
            hi = k
            break
    return lo, hi


def _actors(doc: Doc, c: Candidate) -> None:
    """Pick the actors of the trigger's clause and give them roles: actor1 acts, actor2 is
    acted on, associated stands with actor1 (allies, or "بالتنسيق مع" anywhere in the
    sentence). An armed speaker announcing its own operation is its actor1."""
    ranges: list[tuple[int, int]] = doc.extra.get("actor_tokens") or []
    sent = doc.sentences[c.sentence]
    t0, t1 = c.triggers[0].first, c.triggers[-1].last
    lo, hi = clause(doc, c)
    if c.event_type == "agreement":  # the parties stand next to the agreement word
        lo, hi = max(lo, t0 - 8), min(hi, t1 + 8)
    speaker_ids = {f.speaker for f in doc.attributions
                   if isinstance(f, AttrFrame) and f.sentence == c.sentence and f.speaker is not None}
    near: list[tuple[int, ActorMention, tuple[int, int]]] = []
    last_in = -10
    for k, (a, b) in enumerate(ranges):
        if a < sent.tokens[0] or a >= sent.tokens[1]:
            continue
        m = doc.actors[k]
        inside = lo <= a < hi or (a - last_in <= 1 and doc.tokens[a].key.startswith("و"))
        if c.event_type == "statement":
            if k in speaker_ids and m.actor_type not in ("media", "monitor"):
                near.append((k, m, (a, b)))
            continue
        if m.actor_type in ("media", "monitor"):
            continue
        armed = m.actor_type in ARMED_TYPES
        if not armed and (c.event_type != "agreement" or k in speaker_ids):
            continue
        if not inside and not (armed and (k in speaker_ids or _ally_cue(doc, a))):
            continue
        near.append((k, m, (a, b)))
        if inside:
            last_in = b
    if not near:
        return
    if c.event_type == "agreement":
        # parties: the armed groups when two are named, else whoever is named
        armed = [x for x in near if x[1].actor_type in ARMED_TYPES]
        near = armed if len({x[1].name for x in armed}) >= 2 else near
    if c.event_type in ("agreement", "statement"):
        seen: set[str] = set()
        for i, (_, m, _) in enumerate(near):
            if m.name not in seen:
                seen.add(m.name)
                c.actors.append((m, "actor1" if i == 0 else "actor2"))
        return
    targets = {k for k, m, (a, b) in near if _target_cue(doc, a)
               or any(t.target_after and a == t.last for t in c.triggers)}
    c.close_armed = any(m.actor_type in ARMED_TYPES and (t.first - 3 <= b and a <= t.last + 3)
                        for _, m, (a, b) in near for t in c.triggers)
    free = [x for x in near if x[0] not in targets and not _ally_cue(doc, x[2][0])]
    own = [x for x in free if x[0] in speaker_ids] if c.event_type in _ANNOUNCED else []
    ends = {t.last for t in c.triggers}
    immediate = [x for x in free if x[2][0] in ends]
    before = [x for x in free if x[2][1] <= t0]
    after = [x for x in free if x[2][0] >= t1]
    pick = own or immediate or before[-1:] or after[:1] or near[:1]
    a1 = pick[0][1]
    c.actors.append((a1, "actor1"))
    seen = {a1.name}
    for k, m, (a, b) in near:
        if m.name in seen:
            continue
        seen.add(m.name)
        ally = allied(a1.side, m.side) or _ally_cue(doc, a)
        c.actors.append((m, "associated" if ally and k not in targets else "actor2"))


def _target_cue(doc: Doc, a: int) -> bool:
    return any(doc.tokens[k].key in _TARGET_CUES for k in range(max(0, a - 2), a))


def _ally_cue(doc: Doc, a: int) -> bool:
    return any(s in _ALLY_CUES for k in range(max(0, a - 3), a) for s in doc.tokens[k].stems)


def _crosses_punct(doc: Doc, a: int, b: int) -> bool:
    """A comma, colon or quote between tokens a < b."""
    if a >= b:
        return False
    return any(ch in doc.norm[doc.tokens[a].end:doc.tokens[b].start] for ch in "،,:;\"")


def _place_role(doc: Doc, first: int, sent_first: int, prev: tuple[int, str | None] | None,
                place_first: set[int]) -> str | None:
    """origin | destination | via | in | None, from the preposition before the place."""
    toks = doc.tokens
    if prev is not None and prev[0] == first and toks[first].key.startswith("و"):
        return prev[1]
    for k in range(first - 1, max(sent_first, first - 4) - 1, -1):
        gap = doc.norm[toks[k].end:toks[k + 1].start]
        if any(ch in gap for ch in "،,.;"):
            break
        stems = toks[k].stems
        if any(s in _ORIGIN for s in stems) and toks[k].key in ("من", "ومن"):
            return "origin"
        if any(s in _DEST for s in stems):
            return "destination"
        if toks[k].key in _VIA:
            return "via"
        if toks[k].key in _IN:
            return "in"
        if k in place_first:
            break
    return None


def _places(doc: Doc, c: Candidate, route_from: list[Trigger]) -> None:
    ranges: list[tuple[int, int]] = doc.extra.get("place_tokens") or []
    sent = doc.sentences[c.sentence]
    lo, hi = clause(doc, c)
    for t in route_from:  # the route's places follow its own trigger ("أثناء تنقلهم من … إلى …")
        end = min(sent.tokens[1], t.last + 6)
        stop = next((k for k in range(t.last, end) if doc.tokens[k].key in _BOUNDARY), end)
        lo, hi = min(lo, t.first), max(hi, stop)
    mine = [(doc.places[k], ranges[k]) for k in range(len(ranges))
            if doc.places[k].sentence == c.sentence and lo <= ranges[k][0] < hi]
    if not mine:  # a long clause: its place may lie further than the actor window
        lo, hi = clause(doc, c, window=len(doc.tokens))
        mine = [(doc.places[k], ranges[k]) for k in range(len(ranges))
                if doc.places[k].sentence == c.sentence and lo <= ranges[k][0] < hi]
    if not mine:
        return
    place_first = {r[0] for _, r in mine}
    place_last = {r[1] - 1 for _, r in mine}
    roles: list[tuple[PlaceMention, tuple[int, int], str | None]] = []
    prev: tuple[int, str | None] | None = None
    for p, (a, b) in mine:
        role = _place_role(doc, a, sent.tokens[0], prev, place_first | place_last)
        if role is None:
            for t in c.triggers + route_from:
                if t.object_role and t.last <= a and a - t.last <= 8:
                    role = t.object_role
        if role is None and p.place and p.place.kind == "river":
            role = "via" if c.event_type == "movement" else None
        roles.append((p, (a, b), role))
        prev = (b, role)
    moving = c.event_type == "movement" or route_from
    if moving:
        for p, _, role in roles:
            if role == "origin" and c.origin is None:
                c.origin = p
            elif role == "destination" and c.destination is None:
                c.destination = p
            elif role == "via" and p not in c.via:
                c.via.append(p)
    if route_from and c.origin and c.destination and c.event_type in VIOLENT:
        c.route = True
        return
    rest = [(p, r) for p, r, role in roles
            if (not moving or role not in ("origin", "destination", "via"))]
    if c.event_type == "movement":
        c.location = c.origin or c.destination or (rest[0][0] if rest else None)
        return
    if not rest:
        rest = [(p, r) for p, r, _ in roles]
    local = [(p, r) for p, r in rest if p.place and p.place.kind != "country"] or rest
    t0 = c.triggers[0].first
    after = [p for p, r in local if r[0] >= t0]
    c.location = after[0] if after else local[-1][0]


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
    if doc.published is not None:
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
        named = max(t.strength for t in c.triggers) >= 1.0 and (c.location is not None or c.route)
        return armed or named or any(x.category in ("killed", "injured") for x in c.losses)
    if c.event_type == "agreement":  # two named parties, one of them armed
        return len(c.actors) >= 2 and armed
    if c.event_type == "statement":
        return bool(c.actors)  # a named speaker in the sentence
    return armed
