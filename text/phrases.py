"""`PhraseMatcher`: longest-match lookup of multi-word phrases (actors, places, triggers) over
normalised tokens, clitic-aware on the first word only."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from itertools import chain, count
from dataclasses import dataclass
from typing import Any, Generic, Iterable, Iterator, TypeVar

from text.normalize import Token, bare, normalize, tokenize

T = TypeVar("T")
_GAP_OK = re.compile(r"[\s\"'\-()]*")
_AFTER_INITIAL = re.compile(r"\.[\s\"'\-()]*")  # "U.S.-led", "U.N.": a dot after one letter


# An index entry: the phrase's words after the first, its payload, whether it needs its ال.
Entry = tuple[tuple[str, ...], T, bool]
LONG = 2  # entries under one first word beyond which they are picked by the second word

# The heads of every matcher made so far (only ever added to). Most tokens start no phrase of
# any matcher: one pass per token list (the pool) picks those some phrase may start at, and
# keeps beside each the bits of the matchers that may start one there (each matcher has a
# bit), and the tokens sorted by bit (`_by_bit`): a matcher's `starts` is a slice of its own
# list. (An AND per pool token at every call walked 1.3 million entries per 1,000 articles —
# each `find` the whole pool, rules asking sentence by sentence their slices — 2.3% of all
# samples on that one line.) The pass is remembered for the last token list, with the heads
# version it was made at. A head's bits are those of the matchers with a one-word phrase under it (``_ALONE_BITS``) and, by second
# word, of those with longer ones (``_SECOND_BITS``), read with the next token: "في" of "في
# حين" or a place's first name is no start before another word (`match_at` failed there on
# the second word 1.2 million times over SaudiNewsNet, a third of its calls).
_ANY_HEADS: set[str] = set()
_ALONE_BITS: dict[str, int] = {}
_SECOND_BITS: dict[str, dict[str, int]] = {}
_BIT_NUMBERS = count()
_VERSION = 0  # grows whenever some matcher gains a phrase's head or second word (`heads_version`)
# the head each growth was under, in order (``_GROWN[v]`` took the version from v to v + 1): an
# answer read at an older version is wrong only for words of these heads (`heads_grown_since`)
_GROWN: list[str] = []
Pooled = tuple[list[int], list[int], "dict[int, list[int]]"]  # tokens, their bits, by bit
_LAST: tuple[list[Token] | None, int, int, Pooled] = (None, 0, 0, ([], [], {}))
Starts = tuple[int, "dict[str, int] | None"]  # a word's `start_bits`


def heads_version() -> int:
    """A number that grows whenever some matcher gains a head or a second word under one: the
    version of any answer read from them (the pre-gate's `ANY_PHRASE` bit, `start_bits`)."""
    return _VERSION


def heads_grown_since(version: int) -> frozenset[str]:
    """The heads some matcher gained a phrase under (or a second word under) since
    ``version``: `start_bits` and `may_start_any` of forms none of which is among them give
    today what they gave then."""
    return frozenset(_GROWN[version:])


def forget_pool() -> None:
    """Drop the remembered pool (`_pool`) and the tokens it holds: an article's tokens then
    die with its `Doc`, instead of outliving it until the next article, where every collection
    of the cyclic GC between articles walked them (`events.extract.pipeline.extract`)."""
    global _LAST
    _LAST = (None, 0, 0, ([], [], {}))


def _register(head: str, bit: int, second: str | None) -> None:
    """The matcher of ``bit`` holds ``head`` (in its ``_heads``), with a phrase of one word
    (``second`` None) or one whose second word is ``second``."""
    global _VERSION
    _ANY_HEADS.add(head)
    table = _ALONE_BITS if second is None else _SECOND_BITS.setdefault(head, {})
    key = head if second is None else second
    bits = table.get(key, 0)
    if not bits & bit:
        table[key] = bits | bit
        _GROWN.append(head)
        _VERSION += 1


def may_start_any(forms: tuple[str, ...]) -> bool:
    """Whether some phrase of some matcher may start at a word of these heads (or stems)."""
    return not _ANY_HEADS.isdisjoint(forms)


def start_bits(forms: tuple[str, ...]) -> Starts:
    """The bits of the matchers with a one-word phrase under one of these heads (or stems),
    and by next word those with a longer phrase (None: none); read with the next token
    (`_resolve`), matcher m's bit is set exactly when ``m.may_start_at`` says yes."""
    alone = 0
    seconds: dict[str, int] | None = None
    for form in forms:
        alone |= _ALONE_BITS.get(form, 0)
        table = _SECOND_BITS.get(form)
        if table is None or table is seconds:
            continue
        if seconds is None:
            seconds = table  # shared, only read: a new second word bumps the version
        else:
            merged = dict(seconds)
            for second, bits in table.items():
                merged[second] = merged.get(second, 0) | bits
            seconds = merged
    if seconds is None:  # one shared pair per value (9 words in 10: (0, None)), not one per word
        return _ALONE_PAIRS.get(alone) or _ALONE_PAIRS.setdefault(alone, (alone, None))
    return alone, seconds


_ALONE_PAIRS: dict[int, Starts] = {}  # `start_bits` with no second-word table, by bits


def _resolve(tokens: list[Token], found: list[int], starts: list[Starts]) -> list[int]:
    """The bits of the tokens at ``found``, from their words' `start_bits`, each read with the
    key of the token after it."""
    last = len(tokens) - 1
    bits = []
    for i, (alone, seconds) in zip(found, starts):
        if seconds is not None and i < last:
            alone |= seconds.get(tokens[i + 1].key, 0)
        bits.append(alone)
    return bits


def seed_any_starts(tokens: list[Token], version: int, found: list[int],
                    starts: list[Starts] | None = None) -> Pooled:
    """Give `_any_starts` the answer for ``tokens``, found by the caller, with the `start_bits`
    of each token's word (the `Doc` reads both from the pre-gate's cache; without ``starts``
    they are computed here), and return the pool. Used while no matcher grows (``version``)."""
    global _LAST
    if starts is None:
        starts = [start_bits(tokens[i].heads or tokens[i].stems) for i in found]
    bits = _resolve(tokens, found, starts)
    pooled = (found, bits, _by_bit(found, bits))
    _LAST = (tokens, version, len(tokens), pooled)
    return pooled


def _by_bit(found: list[int], bits: list[int]) -> dict[int, list[int]]:
    """Per matcher bit, the tokens of ``found`` whose ``bits`` hold it, in order: one pass over
    the pool (a bit or two per token) instead of one per `starts` call."""
    out: dict[int, list[int]] = defaultdict(list)
    for i, b in zip(found, bits):
        while b:
            low = b & -b
            out[low].append(i)
            b ^= low
    return out


def _any_starts(tokens: list[Token]) -> list[int]:
    """The indexes of the tokens some phrase of some matcher may start at."""
    return _pool(tokens)[0]


def _pool(tokens: list[Token]) -> tuple[list[int], list[int]]:
    """`_any_starts`, and the bits of the matchers that may start a phrase at each token it
    picks, the next word read."""
    return _pooled(tokens)[:2]


def _pooled(tokens: list[Token]) -> Pooled:
    """`_pool`, and its tokens by matcher bit (`_by_bit`)."""
    last = _LAST  # one read: another thread may replace it
    if last[0] is tokens and last[1] == _VERSION and last[2] == len(tokens):
        return last[3]
    return _new_pool(tokens)


def _new_pool(tokens: list[Token]) -> Pooled:
    """`_pool` of tokens it does not hold yet (apart: the comprehension's closure cell is made
    only here, not at every call of `_pool`)."""
    version = _VERSION
    isdisjoint = _ANY_HEADS.isdisjoint
    return seed_any_starts(tokens, version, [i for i, tok in enumerate(tokens)
                                             if not isdisjoint(tok.heads or tok.stems)])


@dataclass(slots=True)
class Match(Generic[T]):
    first: int  # token indexes, half-open
    last: int
    start: int  # normalised character offsets, half-open
    end: int
    payloads: list[T]
    clitic: str  # proclitics stripped from the first word (و، ب، ل…), outside the span


def conjoined(head: str) -> tuple[str, ...]:
    """"و"/"ف" + a two-letter first word ("وفي حال", "ومن المقرر", "فلا"): the tokenizer leaves
    three-letter words whole (stripping "و" from "وقت" or "ورد" would make words of them)."""
    if not _two_letter(head):
        return ()
    return ("و" + head, "ف" + head)


# Proclitics a two-letter first word of a longer phrase may carry ("وتل أبيض", "بأم قصر"): the
# tokenizer leaves three-letter words whole, so these are looked up as written. Only phrases of
# two words or more: their next word must follow, so "ورد" never becomes a "رد".
PHRASE_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _two_letter(head: str) -> bool:
    return len(head) == 2 and "\u0621" <= head[0] <= "\u064a"


class PhraseMatcher(Generic[T]):
    """Longest-match, left-to-right lookup of phrases over tokens.

    Phrases are indexed by the bare form of their first word; the first word of a mention may
    carry clitics, later words must match exactly. Words may be separated by spaces, quotes,
    hyphens or brackets, not by commas or full stops (except the dot of an initial: "U.S.").
    """

    def __init__(self, *, particles: bool = False) -> None:
        # ``particles``: phrases open with particles ("في حال", "من المقرر"), indexed under their
        # conjoined spellings too ("وفي حال"); not for content words ("وفر" is "and fled" and
        # "provided", never part of "كر وفر")
        self._particles = particles
        self._index: dict[str, list[tuple[tuple[str, ...], T, bool]]] = {}
        self._heads: set[str] = set()  # the index's keys, for a fast skip
        self.max_len = 1
        # an entry list of more than `LONG` (محافظة + 377 names) split by second word: the one-word
        # entries, and per second word those with the phrases it is the second word of, in index
        # order; built on first use
        self._split: dict[str, tuple[list[Entry[T]], dict[str, list[Entry[T]]]]] = {}
        # a two-letter head of a longer phrase with a proclitic ("وتل") -> the bare head
        self._clitic_heads: dict[str, str] = {}
        self._bit = 1 << next(_BIT_NUMBERS)  # this matcher's bit in `start_bits`

    @classmethod
    def from_index(cls, index: dict[str, list[tuple[tuple[str, ...], T, bool]]],
                   max_len: int, *, clitic_heads: bool = False) -> PhraseMatcher[T]:
        """A matcher over an index saved from `index` (a compiled gazetteer, say).

        ``clitic_heads``: a two-letter first word of a longer phrase is matched with its
        proclitic too ("وتل أبيض", "بأم قصر"). For names: in a lexicon of verbs and nouns
        ("بشن حملة") the lexicon's own forms say which words count."""
        m: PhraseMatcher[T] = cls()
        m._index, m._heads, m.max_len = index, set(index), max_len
        if clitic_heads:
            for head, entries in index.items():
                if _two_letter(head) and any(rest for rest, _, _ in entries):
                    m._add_clitic_heads(head)
        for head, entries in index.items():
            for rest, _, _ in entries:
                m._register_phrase(head, rest)
        return m

    def _add_clitic_heads(self, head: str) -> None:
        for clitic in PHRASE_CLITICS:
            self._clitic_heads.setdefault(clitic + head, head)
            self._heads.add(clitic + head)

    def _register_phrase(self, head: str, rest: tuple[str, ...]) -> None:
        """Enter a phrase under ``head`` in the start tables (`_register`), and under the
        spellings with a proclitic `match_at` reads a two-letter head's phrases under ("وتل")."""
        second = rest[0] if rest else None
        _register(head, self._bit, second)
        if second is not None and self._clitic_heads and _two_letter(head):
            for clitic in PHRASE_CLITICS:
                if self._clitic_heads.get(clitic + head) == head:
                    _register(clitic + head, self._bit, second)

    @property
    def index(self) -> dict[str, list[tuple[tuple[str, ...], T, bool]]]:
        """First-word key -> (the phrase's other keys, payload, whether it needs its ال);
        plain data when payloads are."""
        return self._index

    def add(self, phrase: str, payload: T, *, definite: bool = False) -> None:
        """Index a phrase. ``definite``: a phrase written with ال matches only with it
        ("التنظيم" is the group named before; "تنظيم" alone is any organising)."""
        keys = [t.key for t in tokenize(normalize(phrase).norm)]
        if not keys:
            return
        head = bare(keys[0])
        strict = definite and keys[0].startswith("ال") and head != keys[0]
        for key in (head, *(conjoined(head) if self._particles else ())):
            self._index.setdefault(key, []).append((tuple(keys[1:]), payload, strict))
            self._split.pop(key, None)
            self._heads.add(key)
            self._register_phrase(key, tuple(keys[1:]))
        self.max_len = max(self.max_len, len(keys))

    def add_all(self, items: Iterable[tuple[str, T]]) -> None:
        for phrase, payload in items:
            self.add(phrase, payload)

    def __contains__(self, phrase: str) -> bool:
        return bool(self.lookup(phrase))

    def lookup(self, phrase: str) -> list[T]:
        """Payloads of a whole phrase (clitics allowed on its first word)."""
        norm = normalize(phrase).norm
        tokens = tokenize(norm)
        if not tokens:
            return []
        m = self.match_at(norm, tokens, 0)
        return m.payloads if m and m.last == len(tokens) else []

    def may_start(self, tok: Token) -> bool:
        """Whether some phrase may start at this token (a set test, before `match_at`)."""
        return not self._heads.isdisjoint(tok.heads or tok.stems)

    def may_start_at(self, tokens: list[Token], i: int) -> bool:
        """Whether some phrase may start at token ``i``: a one-word phrase under one of its heads
        (or stems), or a longer one whose second word is the next token's key (also the longer
        phrases of a two-letter head with a proclitic, "وتل"). `starts` is this walk."""
        tok = tokens[i]
        after = tokens[i + 1].key if i + 1 < len(tokens) else None
        for form in tok.heads or tok.stems:
            entries = list(self._index.get(form, ()))
            short = self._clitic_heads.get(form)
            if short is not None:
                entries += [e for e in self._index.get(short, ()) if e[0]]
            if any(not rest or rest[0] == after for rest, _, _ in entries):
                return True
        return False

    def match_at(self, norm: str, tokens: list[Token], i: int,
                 stop: int | None = None) -> Match[T] | None:
        """The longest phrase starting at token ``i`` (and ending by token ``stop``)."""
        tok = tokens[i]
        if tok.heads and self._heads.isdisjoint(tok.heads) and tok.key not in self._clitic_heads:
            return None  # no entry under any head of the word (most calls): one set test
        best: Match[T] | None = None
        limit = len(tokens) if stop is None else min(stop, len(tokens))
        heads = tok.heads or tuple(bare(s) for s in tok.stems)
        pairs: Iterable[tuple[str, str]] = zip(tok.stems, heads)
        # "وتل أبيض": a two-letter head the tokenizer left whole with its proclitic, tried
        # last and for phrases of two words or more only (the clitic is what precedes it)
        short = self._clitic_heads.get(tok.key)
        if short is not None:
            pairs = chain(pairs, ((short, short),))
        for stem, head in pairs:
            entries = self._index.get(head)
            if not entries:
                continue
            phrases_only = stem == short
            if len(entries) > LONG:
                entries = self._following(head, entries,
                                          tokens[i + 1].key if i + 1 < limit else None)
            for rest, payload, strict in entries:
                if strict and not (stem.startswith("ال") or tok.key[: len(tok.key) - len(stem)]
                                   .endswith("لل")):
                    continue
                j = i + 1 + len(rest)
                if j > limit or (best and j < best.last) or (phrases_only and not rest):
                    continue
                # most phrases fail on their second word: test it before walking the rest
                if rest and (tokens[i + 1].key != rest[0] or not _rest_follows(norm, tokens, i,
                                                                                rest)):
                    continue
                if best and j == best.last:
                    if payload not in best.payloads:
                        best.payloads.append(payload)
                    continue
                clitic = tok.key[: len(tok.key) - len(stem)]
                best = Match(i, j, tok.start + len(clitic), tokens[j - 1].end, [payload], clitic)
            if best:
                break
        return best

    def _following(self, head: str, entries: list[Entry[T]], after: str | None) -> list[Entry[T]]:
        """The entries under ``head`` that can match when ``after`` is the next word (None: no
        word may follow), in index order: one word alone, or a phrase whose second word it is.
        The others would fail on their second word; a long list is not walked for them. The
        lists are made once per head (on first use, again after `add` grows it) and shared:
        callers only read them."""
        split = self._split.get(head)
        if split is None:
            split = self._split[head] = _by_second_word(entries)
        singles, by_second = split
        if after is None:
            return singles
        return by_second.get(after, singles)

    def ending_at(self, norm: str, tokens: list[Token], end: int) -> int | None:
        """Where a phrase ends right before token ``end`` starts ("من قبل" before its agent, "تحت"
        before "سيطرة"): the earliest such start, each start read longest-first; else None.
        Only the tokens `starts` picks are read (a phrase can start nowhere else): most calls
        find none of the `max_len` tokens before ``end`` to read."""
        for k in self.starts(tokens, max(0, end - self.max_len), end):
            m = self.match_at(norm, tokens, k)
            if m is not None and m.last == end:
                return k
        return None

    def find(self, norm: str, tokens: list[Token], skip: set[int] | None = None) -> list[Match[T]]:
        """All non-overlapping longest matches, left to right; tokens in ``skip`` never match."""
        out: list[Match[T]] = []
        free = 0  # the first token not inside a match already found
        for i in self.starts(tokens):
            if i < free or (skip and i in skip):
                continue
            m = self.match_at(norm, tokens, i)
            if m and skip:
                blocked = next((k for k in range(m.first, m.last) if k in skip), None)
                if blocked is not None:  # a shorter phrase may end before the skipped token
                    m = self.match_at(norm, tokens, i, stop=blocked) if blocked > i else None
            if m:
                out.append(m)
                free = m.last
        return out

    def matches_in(self, norm: str, tokens: list[Token], lo: int, hi: int
                   ) -> Iterator[tuple[int, Match[T]]]:
        """(k, match) for each token k in [lo, hi) a phrase starts at, in order: ``match_at``
        of every token of the range, asked only of the tokens `starts` picks (a phrase can
        start nowhere else). Rules that ask "one of these phrases in this clause?" walked every
        token through `match_at` (a fifth of all its calls, for a handful of matches)."""
        match_at = self.match_at
        for k in self.starts(tokens, lo, hi):
            m = match_at(norm, tokens, k)
            if m is not None:
                yield k, m

    def any_in(self, norm: str, tokens: list[Token], lo: int, hi: int) -> bool:
        """Some phrase starts at a token in [lo, hi) (`matches_in`)."""
        return next(self.matches_in(norm, tokens, lo, hi), None) is not None

    def _walked_starts(self, tokens: list[Token], lo: int, hi: int | None) -> list[int]:
        """`starts` as a walk of every token through `may_start_at` (negative ``lo``)."""
        hi = len(tokens) if hi is None else min(hi, len(tokens))
        return [i for i in range(lo, hi) if self.may_start_at(tokens, i)]

    def starts(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[int]:
        """The tokens in [lo, hi) some phrase may start at, the next word read (`may_start_at`
        of each): a slice of the pool's tokens of this matcher's bit (`_by_bit`)."""
        if lo < 0:  # (no caller asks for this) the walk as it was, negative indexes included
            return self._walked_starts(tokens, lo, hi)
        mine = _pooled(tokens)[2].get(self._bit)
        if mine is None:
            return []
        hi = len(tokens) if hi is None else min(hi, len(tokens))
        return mine[bisect_left(mine, lo):bisect_left(mine, hi)]


def load_phrases(entries: Iterable[tuple[str, Any]]) -> PhraseMatcher[Any]:
    matcher: PhraseMatcher[Any] = PhraseMatcher()
    matcher.add_all(entries)
    return matcher


def _by_second_word(entries: list[Entry[T]]) -> tuple[list[Entry[T]], dict[str, list[Entry[T]]]]:
    """The one-word entries, and per second word the one-word entries with the phrases whose
    second word it is, each list in index order (what `match_at` may match when that word
    follows)."""
    singles: list[tuple[int, Entry[T]]] = []
    seconds: dict[str, list[tuple[int, Entry[T]]]] = {}
    for pos, entry in enumerate(entries):
        if entry[0]:
            seconds.setdefault(entry[0][0], []).append((pos, entry))
        else:
            singles.append((pos, entry))
    by_second = {second: [e for _, e in sorted(singles + more)] for second, more in seconds.items()}
    return [e for _, e in singles], by_second


def _rest_follows(norm: str, tokens: list[Token], i: int, rest: tuple[str, ...]) -> bool:
    """The words of ``rest`` after its first are the tokens after token i + 1, and each token of
    the phrase from i + 1 on is `_joined` to the one before. (A function of its own: the
    generators `match_at` had for these made its ``norm``, ``tokens`` and ``i`` closure cells
    at every call, 40,000 calls per 300 articles, most of which never reach them.)"""
    for k in range(1, len(rest)):
        if tokens[i + 1 + k].key != rest[k]:
            return False
    for k in range(i + 1, i + 1 + len(rest)):
        if not _joined(norm, tokens, k):
            return False
    return True


def _joined(norm: str, tokens: list[Token], k: int) -> bool:
    """Tokens k-1 and k belong to one phrase: only spaces, quotes, hyphens or brackets between
    them, or the dot of an initial ("U.S.")."""
    a, b = tokens[k - 1].end, tokens[k].start
    return bool(_GAP_OK.fullmatch(norm, a, b) or (
        tokens[k - 1].end - tokens[k - 1].start == 1 and _AFTER_INITIAL.fullmatch(norm, a, b)))
