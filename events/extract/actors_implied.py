"""Actors the text names without naming them; part of the ``actor_context`` step
(`events.extract.actor_context.resolve_contextual_actors`).

* **A state acting**: a country or capital in a subject or agent slot of an event word («احتلت
  أمريكا», «تركيا تقصف», «الضربات التي نفذتها أنقرة») is that state's forces (``states``).
* **A people acting**: a people named as the subject of an event verb («استهدف الأميركيون
  بلمختار», «شن الأتراك غارات») is its state's forces (actors.yaml ``demonyms``).
* **A bare air word acting**: «واستهدف الطيران مواقع للحوثيين», «شن الطيران الحربي غارات»:
  the air force of the article's war, as the bare warplanes are (``air_words_acting``); the
  word is an event word too, so no alias can name it before the trigger step.
* **Forces named by a possessive pronoun**: «أعلنت وزارة الدفاع الروسية أن طائراتها قتلت 30
  مسلحا» (its aircraft), «قال الجيش التركي إن مقاتلاته قصفت…» (its fighter jets) are the forces
  of the side named last before them in the sentence: its air force after an air head
  (``force_heads.air``), its army after a ground head. Without this the strike has no actor at
  all, and a speaker's own jets read as an anonymous clash. The suffixes are
  ``force_heads.possessive``; a side's forces come from the `nationalities` table.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

from events.extract.actor_registry import ARMED_TYPES, ActorInfo, Registry, registry
from events.extract.actors_led import led_coalition
from events.extract.doc import DEMONYM, OWN_FORCE, ActorMention, Doc, PlaceMention
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_records import VIOLENT
from events.extract.trigger_words import trigger_lexicon
from geo.gazetteer import Gazetteer
from geo.mentions import after_preposition
from text import normalize_key
from text.normalize import stem_positions

AUXILIARY_REACH = 2  # words between an auxiliary and its verb: "has also sent", "has in recent days hit"
STATE_CARRIED_REACH = 4  # words from a state's verb of doing to its event word: "تركيا شنت خلال الأيام الماضية غارات"
CARRIED_REACH = 5  # words from a verb of doing to the event word it carries: "نفذ الطيران فجر اليوم أربع غارات"


def states_acting(doc: Doc, reg: Registry) -> None:
    """A country or capital in a subject or agent slot of an event word is that state's forces:
    it moves from the places to the actors. A state in capital letters that names no place
    (``reg.state_letters``: "the US pounded") is read in the same slots, as an actor only."""
    if not doc.triggers:
        return
    verb_starts = {t.first for t in doc.triggers if t.verb}
    # (not a verb whose place follows it: "غادر صنعاء إلى عدن" — Sanaa is where he left)
    verb_ends = {t.last for t in doc.triggers if t.verb and not t.object_role}
    kept, acting = [], len(doc.actors)
    told = {t.first for t in doc.triggers if t.verb and t.tense == "past"}
    for p in doc.places:
        state = reg.by_id.get(reg.states.get(p.place.country or "", "")) if p.place and (
            p.place.kind in ("country", "capital")) else None
        led = led_coalition(doc, reg, p) if state is not None else None  # ("التي تقودها السعودية")
        allies = state is not None and _allied_subject(doc, reg, p, verb_starts)
        if led is not None or allies:
            state = led or reg.by_id.get(reg.state_allies[1].get(p.place.country or "", ""), state)
            # (the allies' word is the mention's too: "السعودية وحلفاؤها"; not the word after a
            # led state: "التي تقودها السعودية تمكن المقاتلون")
            last = p.last + 1 if allies else p.last
            tok = doc.tokens[last - 1]
            _act(doc, state, p.start, tok.end, doc.surface(p.start, tok.end), p.sentence, p.first, last)
            continue
        if state is None or not (_subject(doc, p, verb_starts, verb_ends) or _abbreviated(
                doc, p.text, p.last) and _lettered_subject(doc, p.first, p.last, told, verb_starts, True)):
            kept.append(p)
            continue
        _act(doc, state, p.start, p.end, p.text, p.sentence, p.first, p.last)
    if len(kept) != len(doc.places):
        doc.places = kept
    violent = {t.first for t in doc.triggers if t.verb and t.event_type in VIOLENT}
    for k, tok in enumerate(doc.tokens) if reg.state_letters else ():
        state = reg.by_id.get(reg.state_letters.get(doc.norm[tok.start:tok.end], ""))
        if state is not None and k not in doc.actor_tokens and _lettered_subject(
                doc, k, k + 1, told & violent, violent, False):
            _act(doc, state, tok.start, tok.end, doc.norm[tok.start:tok.end],
                 doc.sentence_of(tok.start), k, k + 1)
    if len(doc.actors) != acting:
        doc.actors.sort(key=lambda m: m.first)


def _allied_subject(doc: Doc, reg: Registry, p: PlaceMention, verb_starts: set[int]) -> bool:
    """A state and its allies ("الولايات المتحدة وحلفاءها", ``reg.state_allies``) as one subject
    or agent: right after a verb of doing ("ضربات تشنها السعودية وحلفاؤها"), or right before an
    event verb or a verb of doing in the plural ("وحلفاءها شنوا تسع غارات", "قصفوا أهدافا"),
    no punctuation between."""
    words, toks, k = reg.state_allies[0], doc.tokens, p.last
    if k >= len(toks) or toks[k].key not in words or _punctuated(doc, k) \
            or after_preposition(doc.norm, toks, p.first, p.start):
        return False
    if _after_agent_verb(doc, p.first):
        return True
    k += 1
    return k < len(toks) and not _punctuated(doc, k) and (
        k in verb_starts or trigger_lexicon(doc.language).launch.any_verb(toks[k].stems)
        or _doing_carries(doc, k))


def _subject(doc: Doc, p: PlaceMention, verb_starts: set[int], verb_ends: set[int]) -> bool:
    """The place is an event verb's subject or agent: right after the verb (VSO "احتلت
    أمريكا"), right before it (SVO "تركيا تقصف", "Russia pounded"), before an auxiliary of it
    ("Turkey has sent") or a verb of doing, or right after an event noun whose object follows
    with ل ("اعتقال تونس لقيادات"); not after a preposition of place («وفي بغداد قتل»)."""
    return not after_preposition(doc.norm, doc.tokens, p.first, p.start) and (
        p.first in verb_ends or p.last in verb_starts and not _punctuated(doc, p.last)
        or _before_auxiliary(doc, p.last, verb_starts)
        or _after_agent_verb(doc, p.first)
        or _before_agent_verb(doc, p.last) or before_state_verb(doc, p.last)
        or any(t.last == p.first and not t.verb and t.strength >= 1.0 for t in doc.triggers)
        and _before_lam_object(doc, p.last))  # "اعتقال تونس لقيادات"


def _lettered_subject(doc: Doc, first: int, last: int, told: set[int], verb_starts: set[int],
                      stop_ok: bool) -> bool:
    """A state in capital letters ("US", "U.S.") at tokens [first, last) is the subject of an
    event verb: right before one told in the past ("the US pounded"; "a US attack", "US
    strikes" are nouns the name qualifies), an auxiliary of one ("the US has bombed") or a
    verb of doing ("the US launched"). Not glued to the next word ("US-trained": an
    adjective), nor after a preposition of place. ``stop_ok``: the stop right after the name
    is its own ("U.S.")."""
    if last >= len(doc.tokens) or doc.gap(last - 1, last) == "-" or after_preposition(
            doc.norm, doc.tokens, first, doc.tokens[first].start):
        return False
    return (last in told and (stop_ok or not _punctuated(doc, last))
            or _before_auxiliary(doc, last, verb_starts, stop_ok) or _before_agent_verb(doc, last, stop_ok))


def _abbreviated(doc: Doc, text: str, last: int) -> bool:
    """"The U.S. launched": a name written with stops ("U.S") whose last stop is the only
    mark before the next word — the abbreviation's own, no end of a phrase."""
    return "." in text and doc.gap(last - 1, last).strip() == "."


def add_actors(doc: Doc, added: list[ActorMention]) -> None:
    """Join mentions found after the actors step to ``doc.actors``, in text order, and mark
    their tokens taken."""
    if added:
        doc.actors = sorted(doc.actors + added, key=lambda m: m.first)
        for m in added:
            doc.actor_tokens.update(range(m.first, m.last))


def _act(doc: Doc, state: ActorInfo, start: int, end: int, text: str, sentence: int,
         first: int, last: int) -> None:
    doc.actors.append(ActorMention(start, end, text, sentence, first, last,
                                   actor_id=state.id, name=state.name, name_ar=state.name_ar,
                                   actor_type=state.type, side=state.side, state_named=True))
    doc.actor_tokens.update(range(first, last))


def demonyms_acting(doc: Doc, reg: Registry) -> None:
    """A people (``reg.demonyms``), definite, right after a verb that strikes or aims ("استهدف
    الأميركيون"), or that carries out violence named next ("شن الأتراك هجومهم"; not "شن
    الإسرائيليون حملة" on a judge), is its state's forces: an actor from the nationality table.
    Not after a verb of result ("قتل الأمريكيون" may be the passive, the Americans killed) nor
    of taking ground ("لقد طهر السعوديون عدن": a column's boast, the people's pride)."""
    if not reg.demonyms:
        return
    deeds = role_lexicon(doc.language).deed_verbs  # ("استهدف": weak, yet no result)
    violent = [t for t in doc.triggers if t.event_type in VIOLENT]  # (not "شن حملة", "طهر")
    ends = {t.last for t in violent if t.verb and (
        t.strength > 0.5 or not deeds.isdisjoint(doc.tokens[t.first].stems))}
    starts = {t.first for t in violent}
    added = []
    for k in (doc.positions(DEMONYM) if reg is registry(doc.language)
              else stem_positions(doc.tokens, reg.demonyms)):  # a stem in ``reg.demonyms``
        tok = doc.tokens[k]
        stem = next((s for s in tok.stems if s in reg.demonyms), None)
        if stem is None or k in doc.actor_tokens or not tok.key[:-len(stem)].endswith("ال") \
                or not (k in ends or _after_carrying(doc, k) and k + 1 in starts) \
                or _punctuated(doc, k):
            continue
        info = reg.by_id[reg.nationalities[stem]["actor"]]
        start = tok.end - len(stem) - 2  # from the article on ("والأتراك")
        added.append(ActorMention(start, tok.end, doc.surface(start, tok.end), doc.sentence_of(tok.start),
                                  k, k + 1, actor_id=info.id, name=info.name, name_ar=info.name_ar,
                                  actor_type=info.type, side=info.side))
    add_actors(doc, added)


def air_slots(doc: Doc, air_words: frozenset[str]) -> set[int]:
    """Where an air word may stand as a violent event word's subject (`air_words_acting`):
    inside the event word, right after it or after the verb of doing that follows it, or after
    the verb of doing before it. Only event words with one of ``air_words`` (the keys the
    rules read) among the tokens those slots can take are looked at: for the others — most —
    the verbs of doing around them were looked up for slots no rule would read."""
    toks, slots = doc.tokens, set()
    for t in doc.triggers:
        if t.event_type not in VIOLENT:
            continue
        if not any(toks[k].key in air_words for k in range(
                max(0, t.first - CARRIED_REACH), min(len(toks), t.last + 3))):
            continue
        slots.update(range(t.first + 1, t.last + 1))  # "استهدف الطيران", "قصف الطيران"
        # "غارات شنها الطيران [الحربي]": after the verb of doing that follows the event word
        slots.update(k for k in (t.last + 1, t.last + 2) if k < len(toks) and _after_carrying(doc, k))
        # "شن الطيران [الحربي] غارات", "نفذ الطيران فجر اليوم أربع غارات"
        for k in range(t.first, max(0, t.first - CARRIED_REACH) - 1, -1):
            if k < t.first and _punctuated(doc, k + 1):
                break
            if k > 0 and _after_carrying(doc, k):
                slots.add(k)
                break
    return slots


def _after_carrying(doc: Doc, k: int) -> bool:
    """Right after a verb of doing or starting, its و too ("وشن": a stem too short to lose it)."""
    if k == 0:
        return False
    key = doc.tokens[k - 1].key
    return trigger_lexicon(doc.language).launch.any_verb(
        {*doc.tokens[k - 1].stems, key[1:] if key.startswith("و") else key})


def _punctuated(doc: Doc, k: int) -> bool:
    """A comma, stop or line break before token k: "بقيادة السعودية، بقصف" ends a phrase, the
    verb after it has another subject; a city closing a byline ("سامر الخطيب – بغداد") is not
    the subject of the first verb of the story's next line."""
    return doc.gap_has(k - 1, k, "،,.;؛:\n")


def _before_auxiliary(doc: Doc, k: int, verb_starts: set[int], stop_ok: bool = False) -> bool:
    """"Turkey has sent tanks", "Russia has repeatedly bombed", "Moscow would not strike": an
    auxiliary of an active verb right after the name (token k), the event's verb within
    `AUXILIARY_REACH` words after it, no punctuation, no verb of undergoing between ("Damascus
    has been shelled": the place was hit) — but for a progressive, which is active ("Moscow has
    been waging an air campaign": ``progressive`` and a verb in one of ``progressive_endings``
    that is none of ``undergoing``). The words are cues.yaml context ``auxiliaries``,
    ``undergoing`` and those of the progressive, which read such a name as acting, not as a
    place (`place_actors._active`)."""
    aux, undergoing, progressive, endings = _auxiliaries()
    toks = doc.tokens
    if k >= len(toks) or toks[k].key not in aux or _punctuated(doc, k) and not stop_ok:
        return False
    for j in range(k + 1, min(len(toks), k + 2 + AUXILIARY_REACH)):
        if _punctuated(doc, j):
            return False
        if toks[j].key in undergoing and not (
                toks[j].key in progressive and j + 1 < len(toks) and not _punctuated(doc, j + 1)
                and toks[j + 1].key.endswith(endings) and toks[j + 1].key not in undergoing):
            return False
        if j in verb_starts or _doing_carries(doc, j):  # "Turkey has carried out air strikes"
            return True
        if toks[j - 1].key in progressive and any(t.first == j for t in doc.triggers):
            return True  # "Turkey has been bombing": the event word in -ing is the verb
    return False


def _doing_carries(doc: Doc, j: int) -> bool:
    """A verb of doing or starting at token j, one word or two ("launched", "carried out"),
    that carries an event word within `CARRIED_REACH` words after it, in its phrase: its
    object ("has carried out air strikes"), not a verb told in a tense ("has announced that
    rebels shelled…": the rebels' deed)."""
    launch, toks = trigger_lexicon(doc.language).launch, doc.tokens
    if launch.any_verb(toks[j].stems):
        after = j + 1
    elif j + 1 < len(toks) and not doc.gap(j, j + 1).strip() and launch.any_verb(
            {f"{toks[j].key} {toks[j + 1].key}"}):
        after = j + 2
    else:
        return False
    return any(after <= t.first <= after + CARRIED_REACH and not doc.punctuated(j, t.first)
               and not (t.verb and t.tense) for t in doc.triggers)


@functools.cache
def _auxiliaries() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    cfg = Gazetteer.default().cues.get("context") or {}
    aux, undergoing, progressive = (frozenset(normalize_key(w) for w in cfg.get(key) or ())
                                    for key in ("auxiliaries", "undergoing", "progressive"))
    return aux, undergoing, progressive, tuple(normalize_key(w) for w in cfg.get("progressive_endings") or ())


def _after_agent_verb(doc: Doc, k: int) -> bool:
    """"الضربات التي نفذتها أنقرة", "بدأت أنقرة": right after a verb of doing or starting."""
    launch = trigger_lexicon(doc.language).launch
    return k > 0 and launch.any_verb(doc.tokens[k - 1].stems)


def _before_agent_verb(doc: Doc, k: int, stop_ok: bool = False) -> bool:
    """"Turkey launched a series of air strikes": right before a verb of doing or starting,
    nothing between — in a language whose subject comes first (in Arabic a country before a
    verb mostly ends the phrase before it: "في العراق وسوريا شن التحالف")."""
    if not role_lexicon(doc.language).subject_first:
        return False
    launch = trigger_lexicon(doc.language).launch
    return k < len(doc.tokens) and (stop_ok or not _punctuated(doc, k)) and (
        launch.any_verb(doc.tokens[k].stems) or _doing_carries(doc, k))  # "carried out"


def _before_lam_object(doc: Doc, k: int) -> bool:
    """"بعد اعتقال تونس لبعض قيادات الجماعة", "قصف تركيا لقرية": the state named right after an
    event noun (the caller checks that) is its subject when the noun's object follows it with
    ل, nothing between — the genitive after a noun is its subject or its object, and ل marks
    the object once the subject is named. Not a particle ("هجوم تونس لم يكن": where, not who)
    or a rank held ("احتلال العراق لمرتبة": roles.yaml ``state_noun_stops``),
    nor the article ("قصف تونس الليلة")."""
    toks = doc.tokens
    if k >= len(toks) or doc.gap(k - 1, k).strip():
        return False
    key = toks[k].key
    return key.startswith("ل") and not key.startswith("ال") and len(key) > 2 \
        and key not in role_lexicon(doc.language).state_noun_stops


def before_state_verb(doc: Doc, k: int) -> bool:
    """"أن تركيا شنت غارات", "وكانت أنقرة أطلقت عملية": right before a feminine form of a verb
    of doing or starting (roles.yaml ``state_subject_verbs``), nothing between, and no subject
    of the verb's own right after it — a side, or a definite noun ("في العراق وسوريا شنت
    الطائرات")."""
    toks = doc.tokens
    verbs = role_lexicon(doc.language).state_subject_verbs
    if k + 1 >= len(toks) or doc.gap(k - 1, k).strip() or verbs.isdisjoint((toks[k].key, *toks[k].stems)):
        return False  # (nor after a bracket: "نجران (جنوب السعودية) أطلقت من داخل اليمن")
    # (the event word it carries a few words on, the clause going on: "بدأت طهران في فتح
    # الدروب" carries none; "أطلقت من داخل الأراضي" is the passive, launched from)
    return k + 1 not in doc.actor_tokens and not toks[k + 1].key.startswith("ال") \
        and toks[k + 1].key not in role_lexicon(doc.language).origin and any(
            k <= t.first <= k + STATE_CARRIED_REACH and not doc.punctuated(k, t.first)
            for t in doc.triggers)


def own_forces(doc: Doc, reg: Registry) -> None:
    """Add a mention for each force noun with a possessive suffix ("طائراتها") whose owner
    is named before it in its sentence."""
    forms = _forms(doc.language)
    if not forms or not doc.actors:
        return
    air = reg.heads[1]
    added = []
    for k in doc.positions(OWN_FORCE):  # a stem in ``forms``
        if k in doc.actor_tokens:
            continue
        tok = doc.tokens[k]
        stem = next(s for s in tok.stems if s in forms)
        sentence = doc.sentence_of(tok.start)
        owner = next((m for m in reversed(doc.actors)
                      if m.last <= k and m.sentence == sentence), None)
        info = _forces_of(doc.language, reg, owner, forms[stem] in air) if owner else None
        if info is None:
            continue
        start = tok.end - len(stem)  # after the clitics ("وطائراتها")
        added.append(ActorMention(start, tok.end, doc.surface(start, tok.end), sentence, k, k + 1,
                                  actor_id=info.id, name=info.name, name_ar=info.name_ar,
                                  actor_type=info.type, side=info.side))
    add_actors(doc, added)


@functools.cache
def _forms(language: str) -> dict[str, str]:
    """"طائراتها" → "طائرات": every force head with every possessive suffix."""
    reg = registry(language)
    ground, air, _, _ = reg.heads
    return {head + suffix: head for head in ground | air for suffix in reg.possessive}


def _forces_of(language: str, reg: Registry, owner: ActorMention, airborne: bool
               ) -> ActorInfo | None:
    """The owner's own forces: an armed owner is its own army (its side's air force in the
    air, when the side has one); a ministry or government, its side's forces."""
    by_side = _forces_by_side(language)
    ground_id, air_id = by_side.get(owner.side or "", (None, None))
    if owner.actor_type in ARMED_TYPES:
        return reg.by_id.get(air_id or "") if airborne and air_id else reg.by_id.get(owner.actor_id)
    if owner.actor_type != "government_body":
        return None
    return reg.by_id.get((air_id if airborne else ground_id) or ground_id or "")


@functools.cache
def _forces_by_side(language: str) -> dict[str, tuple[str | None, str | None]]:
    """side → (its forces, its air force), from the nationalities table (first entry wins)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for nat in registry(language).nationalities.values():
        if nat.get("actor") and nat["side"] not in out:
            out[nat["side"]] = (nat["actor"], nat.get("air"))
    return out


def air_words_acting(doc: Doc, reg: Registry, focus: Callable[[Doc], str | None]) -> None:
    """"واستهدف الطيران مواقع للحوثيين", "شن الطيران الحربي غارات", "قصف الطيران لمواقعهم": a
    bare air word that is an event word too (a contextual rule's ``event_words``) standing as a
    strike's subject — right after a violent event word, inside one ("قصف الطيران"), or after a
    verb of doing with the event word next — is the air force of the article's war (the
    rule's ``by_country`` for the ``focus`` country), as the bare warplanes of the same rule
    are. An alias cannot name it: the actor step runs before the triggers, and a name hides
    an event word from them. Not before a nationality or a side named next ("الطيران الحربي
    السوري", an owner), nor before a word that makes it no party (drones: ``described_by``),
    nor after one that describes it ("مضادات الطيران")."""
    rules = [(r, r.event_words) for r in reg.contextual.values() if r.event_words]
    if not rules or not doc.triggers:
        return
    toks = doc.tokens
    slots = air_slots(doc, frozenset().union(*(words for _, words in rules)))
    starts = {a.first for a in doc.actors}
    added, country = [], None
    for k in sorted(slots):
        if k >= len(toks) or k in doc.actor_tokens:
            continue
        rule = next((r for r, words in rules if toks[k].key in words), None)
        if rule is None or not rule.unnamed_describes.isdisjoint(toks[k - 1].stems):
            continue
        end = k + 1
        while end < len(toks) and end - k <= 2 and toks[end].stems[-1] in reg.heads[2]:
            end += 1  # "الطيران الحربي"
        if end < len(toks) and (toks[end].key in rule.unnamed_before or end in starts or any(
                s in reg.nationalities for s in toks[end].stems)):
            continue
        country = country or focus(doc) or "-"
        info = reg.by_id.get(rule.by_country.get(country, ""))
        if info is None:
            return
        start, stop = toks[k].start, toks[end - 1].end
        added.append(ActorMention(start, stop, doc.surface(start, stop), doc.sentence_of(start), k, end,
                                  actor_id=info.id, name=info.name, name_ar=info.name_ar,
                                  actor_type=info.type, side=info.side))
    add_actors(doc, added)
