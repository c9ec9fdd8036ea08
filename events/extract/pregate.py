"""A test on the article's words, before any token is made: could it pass the gate
``no_event_words`` (`events.extract.pipeline.could_hold_events`)?

Most news holds no conflict event, and the gate finds that out only after tokenising, sentence
splitting, actors and triggers — about three quarters of the cost of such an article. This test
reads the same words (the token regex over the same normalised text, so word *i* here is token
*i* there) and a flag set per distinct written word, remembered across articles:

* ``TRIGGER`` — some trigger phrase (or an operation noun a start verb launches) may start at
  the word: every trigger the trigger step can record starts at such a word;
* ``STRONG`` — one of those phrases is violent at full strength (the gate passes on it alone);
* ``PARTY`` — one of them is an agreement or a statement (any named party near it will do);
* ``WEAK`` — one of them has strength below 1 (a figure after it will do);
* ``ARMED`` / ``ACTOR`` — an armed actor's / any actor's mention may start at the word (a registry
  name, a force noun in English: ``FORCE``), or the word is a force that can be sent (triggers.yaml
  ``dispatches.forces``: the gate passes a deployment that names one); a nationality adjective
  (``NATIONALITY``) and an Arabic force noun may start one only where `actors` would read a
  force mention from them (one to three words apart, the noun first: `_lone_forces`);
* ``COUNT`` — the word is a figure (`numbers.is_count`), or one or two of the armed or the
  dead named by a singular or a dual (quantities.yaml ``gate_singulars``: `pipeline._figure_in`).

Each flag is a superset of what the steps find (the same lexicon heads `PhraseMatcher` tests;
skipping tokens inside actors, dropping triggers after "وقف" and the like only remove), and the
distances are the gate's own (`NEAR` words; a figure within a weak phrase's other words plus
the gate's reach for its strength, `WEAK_REACH` or `NEAR`, the most of any phrase the word may
start, or within `figure_before` words before it). So when `may_pass` says no, the gate would
have said no: the article's result is [] either way, which `tests/test_pregate.py` checks
against the full pipeline.
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from itertools import compress, count, repeat
from operator import and_, is_, itemgetter

from events.extract.actor_registry import ARMED_TYPES, registry
from events.extract.doc import (ANAPHORA, ANY_PHRASE, CRASH_WORD, DATE_START, DEMONYM, DROP_VERB,
                               DUAL_OR_SINGULAR, FORCE_NOUN, GUNFIRE_VERB, HOMOGRAPH, LAND_WORD,
                               LAUNCH_NOUN, LOSS_ACTION, NUMBER_START, OPERATION, OWN_FORCE,
                               PLACE_CUE)
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_records import VIOLENT
from events.extract.trigger_words import trigger_lexicon
from text.normalize import word_forms
from text.phrases import Starts, heads_grown_since, heads_version, may_start_any, start_bits

TRIGGER, STRONG, PARTY, WEAK, ARMED, ACTOR, COUNT = 1, 2, 4, 8, 16, 32, 64
FORCE, NATIONALITY = FORCE_NOUN, 512  # a force noun; a nationality adjective (128 is FOLLOWS, below)
GATE_BITS = 1023  # the flags above are the gate's; the bits above them are word classes
NEAR = 8  # = pipeline.NEAR (a test checks they agree)
WEAK_REACH = 3  # words the gate reads for a figure after a trigger of strength 0.5 or less
FIGURE_BEFORE = 4  # words the gate reads for a figure before a weak trigger ("3 people were killed")


@functools.cache
def figure_before(language: str) -> int:
    """How far before a weak trigger the gate looks for its figure: `FIGURE_BEFORE` words where
    the subject comes first (English: "Three people were killed by a blast"), none in Arabic,
    where the toll follows its verb ("قتل 3 أشخاص") and a figure before it is a date."""
    return FIGURE_BEFORE if role_lexicon(language).subject_first else 0


Flags = tuple[int, dict[str, int]]  # (flags of one-word entries, second word -> flags)


def _add(table: dict[str, Flags], head: str, rest: tuple[str, ...], f: int) -> None:
    single, by_second = table.get(head, (0, {}))
    if rest:
        by_second = dict(by_second)
        by_second[rest[0]] = by_second.get(rest[0], 0) | f
    else:
        single |= f
    table[head] = (single, by_second)


@functools.cache
def _head_flags(language: str) -> tuple[dict[str, Flags], frozenset[str], frozenset[str],
                                       frozenset[str]]:
    """Flags by lexicon head (the bare first word `PhraseMatcher` indexes by) — a phrase of
    several words only with its second word next, as `PhraseMatcher.match_at` requires —, the
    operation nouns, the force nouns and the nationality adjectives."""
    lex = trigger_lexicon(language)
    table: dict[str, Flags] = {}
    for head, entries in lex.triggers.index.items():
        for rest, info, _ in entries:
            f = TRIGGER
            if info.event_type in VIOLENT and info.strength >= 1.0:
                f |= STRONG
            if info.event_type in ("agreement", "statement"):
                f |= PARTY
            if info.strength < 1.0:
                f |= WEAK
            _add(table, head, rest, f)
    if lex.air_drops is not None:  # "a helicopter dropped two barrels" (`triggers._find_air_drops`)
        for form in lex.air_drops.forms:
            _add(table, form, (), TRIGGER | STRONG)
    for form in lex.dispatches.forms if lex.dispatches is not None else ():  # "sent tanks"
        _add(table, form, (), TRIGGER)
    for form in lex.gunfire.forms if lex.gunfire is not None else ():  # "فتح مسلح النار"
        _add(table, form, (), TRIGGER | WEAK)
    for form in lex.expulsions.forms if lex.expulsions is not None else ():  # "drove IS out of"
        _add(table, form, (), TRIGGER)
    reg = registry(language)
    for head, entries in reg.matcher.index.items():
        for rest, info, _ in entries:
            _add(table, head, rest, ACTOR | (ARMED if info.type in ARMED_TYPES else 0))
    ground, air, _, _ = reg.heads
    return table, lex.launch.nouns, frozenset(ground | air), frozenset(reg.nationalities)


# per language: written word -> (flags, with FOLLOWS when some depend on the next word; the
# word's `word_forms`; its `text.phrases.start_bits`), and written word -> (next word's key ->
# flags); bounded like the token cache (emptied when full). The forms and the start bits ride
# along so that an article that passes asks this cache alone: one lookup per word instead of
# this one, the token cache's and a probe of each matcher's heads (each a cache miss or three
# in a table of a few hundred thousand words).
FOLLOWS = 128
Forms = tuple[str, tuple[str, ...], tuple[str, ...]]  # `text.normalize.word_forms`
Entry = tuple[int, Forms, Starts]
_FLAGS: dict[str, dict[str, Entry]] = {}
_NEXT: dict[str, dict[str, dict[str, int]]] = {}
FLAGS_MAX = 400_000


def _compute(surface: str, language: str, nexts: dict[str, dict[str, int]],
             forms: Forms | None = None, tables: tuple | None = None) -> int:
    """The flags and word classes of a word seen for the first time: its heads' entries in the
    lexicon-head table (with the second words a phrase needs), then one probe per stem, one
    for the key and one for the last stem into `_form_tables` — the union of the dozen lexicon
    sets the flags and classes are read from (`tests/test_word_tables.py` checks each word gets
    what the set tests give). ``forms`` and ``tables``: the word's `word_forms` and the
    language's `_form_tables`, when the caller has them (`_fill`: once per article, not per
    word)."""
    key, stems, heads = forms or word_forms(surface)
    table, by_stem, by_key, by_last = tables or _form_tables(language)
    f = by_key.get(key, 0) | by_last.get(stems[-1], 0)
    for s in stems:
        f |= by_stem.get(s, 0)
    if key[0].isdigit():  # a figure (`numbers.is_count`), a date's or a number's first word
        f |= COUNT | DATE_START | NUMBER_START
    follow: dict[str, int] = {}
    for h in heads:
        entry = table.get(h)
        if entry is not None:
            f |= entry[0]
            for second, g in entry[1].items():
                follow[second] = follow.get(second, 0) | g
    if follow:
        nexts[surface] = follow
        f |= FOLLOWS
    if may_start_any(heads or stems):
        f |= ANY_PHRASE
    return f


@functools.cache
def _class_sets(language: str) -> tuple:
    """The sets each word class is read from: the very objects the steps test (their lexicons
    are loaded once per process and language)."""
    from events.extract.actors_implied import _forms
    from events.extract.dates import first_words as date_first_words
    from events.extract.numbers import _words
    from events.extract.place_context import _cues
    from events.extract.places import _OPERATION_WORDS, _homographs
    from events.extract.quantities_lexicon import load_lexicon
    from geo.gazetteer import Gazetteer
    from events.extract.trigger_compounds import drop_keys, gunfire_keys
    loss, numbers, lex = load_lexicon(language), _words(language), trigger_lexicon(language)
    sent = lex.dispatches.weapons if lex.dispatches is not None else frozenset()
    return (lex.launch.nouns, loss.action_heads, loss.dual_heads,
            loss.singular_keys, _forms(language).keys(), date_first_words(language),
            numbers.starters, numbers.vague_stems, _OPERATION_WORDS, _cues()["anaphora_firsts"],
            Gazetteer.default().cue_word_set, _homographs(language), numbers.classes, sent,
            registry(language).demonyms,
            lex.crashes.words if lex.crashes is not None else frozenset(),
            gunfire_keys(lex.gunfire) if lex.gunfire is not None else frozenset(),
            drop_keys(lex.air_drops, lex.dispatches, lex.takings), Gazetteer.default().land_or_capital_words,
            loss.figure_singulars, loss.figure_duals)


@functools.cache
def _form_tables(language: str) -> tuple[dict[str, Flags], dict[str, int], dict[str, int],
                                         dict[str, int]]:
    """The lexicon-head table, and the dozen sets a new word's flags and classes are read from
    folded into three dicts: stem -> the bits of the sets holding it (a set tested against any
    of the word's clitic stems), key -> bits (sets tested against the word as written: number
    words, singular nouns, homographs), last stem -> bits (vague numbers). A first sight of a
    word (264,000 of them over SaudiNewsNet) probed a dozen sets per stem; now one dict."""
    table, launch_nouns, forces, nationalities = _head_flags(language)
    lone_forces = _lone_forces(language, forces)
    (launch, actions, duals, singulars, own_forces, date_firsts, number_starters, vague,
     operations, anaphora, place_cues, homographs, number_words, sent, demonyms, crash_words,
     gunfire, drops, lands, figure_singulars, figure_duals) = _class_sets(language)
    by_stem: dict[str, int] = {}
    by_key: dict[str, int] = {}
    by_last: dict[str, int] = {}
    for table_, words, bits in (
            (by_stem, launch_nouns, TRIGGER | LAUNCH_NOUN), (by_stem, forces, FORCE),
            (by_stem, lone_forces, ARMED | ACTOR),
            (by_stem, nationalities, NATIONALITY), (by_stem, launch, LAUNCH_NOUN),
            (by_stem, actions, LOSS_ACTION), (by_stem, duals, DUAL_OR_SINGULAR),
            (by_stem, own_forces, OWN_FORCE), (by_stem, date_firsts, DATE_START),
            (by_stem, operations, OPERATION), (by_stem, anaphora, ANAPHORA),
            (by_stem, place_cues, PLACE_CUE), (by_key, singulars, DUAL_OR_SINGULAR),
            (by_key, number_starters, NUMBER_START), (by_key, homographs, HOMOGRAPH),
            (by_key, number_words, COUNT), (by_last, vague, NUMBER_START),
            (by_key, sent, ARMED | ACTOR),  # "sent commandos": the gate's `_force_sent`
            (by_stem, demonyms, DEMONYM), (by_stem, crash_words, CRASH_WORD),
            (by_key, gunfire, GUNFIRE_VERB), (by_key, drops, DROP_VERB),
            (by_stem, lands, LAND_WORD),
            # one or two people named: a figure to the gate (`pipeline._figure_in`)
            (by_key, figure_singulars, COUNT), (by_stem, figure_duals, COUNT)):
        for w in words:
            table_[w] = table_.get(w, 0) | bits
    return table, by_stem, by_key, by_last


def _lone_forces(language: str, forces: frozenset[str]) -> frozenset[str]:
    """The force nouns an actor's mention may start at with no nationality after them (flagged
    ``ARMED`` and ``ACTOR`` as well as ``FORCE``). In English all: "Russian warplanes", "Russia's
    jets", "soldiers loyal to the regime" start at the noun or before it. In Arabic a force noun
    names a side only with a nationality adjective one to three words after it («طائرات حربية
    روسية», `actors._nationality_forces`: `_nationality_forces` here reads both), or as the head of
    a unit named before a group's armed wing («قوات الدفاع الشعبي الجناح العسكري لحزب العمال»,
    `actors._wing_of`, actors.yaml ``wing_heads``); alone («وصلت طائرة», «نشرت دوريات») it is
    none, and a quarter of the articles the gate stopped after tokenising passed here on one."""
    reg = registry(language)
    return forces if reg.nationality_first else forces & reg.wing_heads


# per language: the cache and the matchers' heads version (`text.phrases.heads_version`) its
# ANY_PHRASE and start bits were computed at; a matcher made or grown since empties it
_AT: dict[str, tuple[dict[str, Entry], int]] = {}


def flags_version(language: str) -> int:
    """The matchers' heads version the flags `word_flags` last gave were computed at."""
    return _AT[language][1]


def word_flags(words: list[str], language: str) -> list[int]:
    """The flags of each word (see the module docstring), word i read with word i+1 after it."""
    return flags_of(word_entries(words, language), words, language)


def word_entries(words: list[str], language: str) -> list[Entry]:
    """Each word's (flags, forms, start bits) as the cache holds them: `flags_of` reads the
    flags, `forms_of` the forms `text.normalize.tokenize` needs and `starts_of` the matchers
    that may start a phrase at the word (`text.phrases.start_bits`)."""
    cache = _FLAGS.setdefault(language, {})
    nexts = _NEXT.setdefault(language, {})
    _form_tables(language)  # its lexicons' matchers are made before the head count is read
    version = heads_version()
    at = _AT.get(language)
    if at is None or at[0] is not cache:
        cache.clear()
        nexts.clear()
        _AT[language] = (cache, version)
    elif at[1] != version:  # ANY_PHRASE and start bits of fewer heads would miss starts
        _refresh(cache, heads_grown_since(at[1]))
        _AT[language] = (cache, version)
    entries = list(map(cache.get, words))
    if None in entries:
        _fill(entries, words, cache, nexts, language)
    return entries


def _refresh(cache: dict[str, Entry], grown: frozenset[str]) -> None:
    """Bring the cached entries up to the matchers' heads of today: only a word with a form
    (head, or stem) among the heads ``grown`` since gets another ANY_PHRASE bit or start bits
    (`text.phrases.heads_grown_since`); the rest of an entry — the lexicons' flags, the forms,
    the FOLLOWS table — does not depend on the matchers. (The cache was emptied instead: the
    first English article, whose lexicons grow the matchers, had every Arabic word seen so far
    computed again — 71,000 over SaudiNewsNet, a fifth of all first sights.)"""
    stale = [w for w, (_, forms, _) in cache.items() if not grown.isdisjoint(forms[2] or forms[1])]
    for w in stale:
        f, forms, _ = cache[w]
        fs = forms[2] or forms[1]
        f = (f | ANY_PHRASE) if may_start_any(fs) else (f & ~ANY_PHRASE)
        cache[w] = (f, forms, start_bits(fs))


_FLAG, _FORMS, _STARTS = itemgetter(0), itemgetter(1), itemgetter(2)


def flags_of(entries: list[Entry], words: list[str], language: str) -> list[int]:
    """The flags of `word_entries`, each FOLLOWS resolved by the word after it."""
    return gate_flags(entries, words, language)[0]


def gate_flags(entries: list[Entry], words: list[str], language: str
               ) -> tuple[list[int], list[int]]:
    """`flags_of`, and the positions of the words with some of the gate's flags (`GATE_BITS`,
    of which FOLLOWS is one: the few words to resolve), in order — a superset of those with
    some after resolving, which `flags_pass` reads instead of passing over every word twice
    more (a set of all the flags, then their positions)."""
    flags = list(map(_FLAG, entries))
    flagged = _positions(flags, GATE_BITS)
    last = len(words) - 1
    nexts = _NEXT[language]
    for i in flagged:
        f = flags[i]
        if f & FOLLOWS:
            f &= ~FOLLOWS
            if i < last:
                f |= nexts[words[i]].get(entries[i + 1][1][0], 0)  # the next word's key
            flags[i] = f
    return flags, flagged


def forms_of(entries: list[Entry]) -> list[Forms]:
    """The (key, stems, heads) of `word_entries`: what tokenising the words needs."""
    return list(map(_FORMS, entries))


def starts_of(entries: list[Entry]) -> list[Starts]:
    """The `text.phrases.start_bits` of `word_entries`: which matchers may start a phrase at
    each word (`Doc` hands them to `text.phrases.seed_any_starts`)."""
    return list(map(_STARTS, entries))


def _fill(entries: list[Entry | None], words: list[str], cache: dict[str, Entry],
          nexts: dict[str, dict[str, int]], language: str) -> None:
    """Compute the entries of the words not in the cache yet (the Nones of ``entries``) and
    put them in place. Only those positions are read again: each lookup in a cache of a few
    hundred thousand words is a cache miss or three, and asking the cache for every word of the
    article a second (and third) time cost as much as the first. When the cache is full it is
    emptied and this article's words are all computed again (their FOLLOWS tables went with
    it)."""
    new = list(compress(count(), map(is_, entries, repeat(None))))
    missing = {words[i] for i in new}
    if len(cache) + len(missing) > FLAGS_MAX:
        cache.clear()
        nexts.clear()
        missing = set(words)
        new = range(len(words))
    tables = _form_tables(language)
    for w in missing:
        forms = word_forms(w)
        cache[w] = (_compute(w, language, nexts, forms, tables), forms,
                    start_bits(forms[2] or forms[1]))
    for i in new:
        entries[i] = cache[words[i]]


def _positions(flags: list[int], bits: int) -> list[int]:
    """The indexes of the flags with some of ``bits``, in order (a pass in C: this runs over
    every word of every article)."""
    return list(compress(count(), map(and_, flags, repeat(bits))))


def _near(sorted_positions: list[int], lo: int, hi: int) -> bool:
    """Some position in [lo, hi]."""
    k = bisect_left(sorted_positions, lo)
    return k < len(sorted_positions) and sorted_positions[k] <= hi


def _nationality_forces(flags: list[int], flagged: list[int], language: str) -> list[int]:
    """Where a nationality-force mention may start: in English at any nationality adjective
    ("US and British special forces": the force noun comes after any number of them); in
    Arabic at a force noun with a nationality adjective one to three words after it, or at that
    adjective («طائرات حربية روسية»: the mention starts at the adjective when the noun is an
    event word, `actors._nationality_forces`). (An Arabic force noun with none after it is no
    side: `_lone_forces`.)"""
    nats = [k for k in flagged if flags[k] & NATIONALITY]
    if registry(language).nationality_first:
        return nats
    forces = [k for k in flagged if flags[k] & FORCE]
    after = {k for k in nats if not set(forces).isdisjoint(range(k - 3, k))}
    return sorted(after.union(k for k in forces if not after.isdisjoint(range(k + 1, k + 4))))


def may_pass(words: list[str], language: str) -> bool:
    """False only when the gate ``no_event_words`` cannot pass on a text of these words (its
    `text.normalize.split_words` pieces ``[1::2]``: word i is token i)."""
    return flags_pass(word_flags(words, language), words, language)


def flags_pass(flags: list[int], words: list[str], language: str,
               flagged: list[int] | None = None) -> bool:
    """`may_pass` on the words' `word_flags` (the caller keeps them for `Doc.positions`);
    ``flagged``: positions holding every word with some of `GATE_BITS` (`gate_flags`), when
    the caller has them."""
    if flagged is None:
        flagged = _positions(flags, GATE_BITS)  # the few words with any flag of the gate (about 5%)
    seen = 0  # the gate's flags of all the words
    for i in flagged:
        seen |= flags[i]
    if not seen & TRIGGER:
        return False  # no trigger, no event
    if seen & STRONG:
        return True
    if not seen & (ACTOR | COUNT | NATIONALITY):
        return False
    actors = [i for i in flagged if flags[i] & ACTOR]
    armed = [i for i in actors if flags[i] & ARMED]
    if seen & NATIONALITY:
        nats = _nationality_forces(flags, flagged, language)
        actors, armed = sorted(set(actors).union(nats)), sorted(set(armed).union(nats))
    counts = [i for i in flagged if flags[i] & COUNT] if seen & WEAK else []
    for t in [i for i in flagged if flags[i] & TRIGGER]:
        f = flags[t]
        # some party within NEAR words either side; a figure within a weak phrase's reach after
        # it or `figure_before` words before it
        if _near(actors if f & PARTY else armed, t - NEAR, t + NEAR):
            return True
        if f & WEAK and counts and _near(counts, t - figure_before(language),
                                         t + _weak_reach(words[t], language)):
            return True
    return False


def _weak_reach(word: str, language: str) -> int:
    """How far after a weak trigger's first word the gate may find its figure: the gate reads
    `WEAK_REACH` words (strength 0.5 or less) or `NEAR` words right after the trigger's last
    word, so the furthest word is the phrase's other words plus that reach — the most of any
    weak phrase under the word's heads. (The trigger longest of all plus `NEAR` let through
    articles with a figure a dozen words after "الحملة"; the gate stopped them after
    tokenising.)"""
    table = _weak_reaches(language)
    return max([table.get(h, 0) for h in word_forms(word)[2]])


@functools.cache
def _weak_reaches(language: str) -> dict[str, int]:
    """Head -> the furthest word after it a weak trigger phrase under it reads for a figure."""
    out: dict[str, int] = {}
    for head, entries in trigger_lexicon(language).triggers.index.items():
        for rest, info, _ in entries:
            if info.strength < 1.0:
                reach = len(rest) + (WEAK_REACH if info.strength <= 0.5 else NEAR)
                out[head] = max(out.get(head, 0), reach)
    return out
