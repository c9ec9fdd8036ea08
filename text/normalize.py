"""Normalised text and tokens: the two things every matcher of Athar reads.

* `normalize` — one normalised copy of the text for matching (no tashkeel or tatweel, one alef,
  ى→ي, ة→ه, Persian letters, Western digits, plain quotes and dashes, no bidi marks, letters for
  the presentation forms a page's glyphs were pasted as: ﻻ→لا, ﺍ→ا) with a map back to original
  offsets, so every span we report points into the article as written.
* `tokenize` — word tokens over the normalised text, each with its clitic-stripped stems
  (و/ف, then ب/ل/ك/لل, then ال). Stemmers are not used: they damage names (تدمر→دمر).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress, count, islice
from operator import attrgetter, not_
from dataclasses import dataclass, field

_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ي": "ي",
    "ک": "ك", "ؤ": "و", "ئ": "ي", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
    "‟": '"', "‹": '"', "›": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "ـ": "",
    "٫": ".", "٬": ",",
}
_ONE_TO_ONE.update({chr(0x0660 + i): str(i) for i in range(10)})
_ONE_TO_ONE.update({chr(0x06F0 + i): str(i) for i in range(10)})
# Tashkeel, superscript alef, tatweel, bidi and zero-width marks: removed before matching.
_DELETED = "[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]"
_DELETED_RE = re.compile(_DELETED)
_TABLE = str.maketrans({k: v for k, v in _ONE_TO_ONE.items() if v})
_TABLE.update({ord(c): None for c in "ـ"})
# `str.translate` with a dict looks every character up (a third of normalising); one
# `str.replace` per character that changes, skipped when absent, gives the same text twelve
# times faster: every change is one character to at most one, and no character a change
# writes is one that a later change reads (checked here), so the order does not matter.
_REPLACE = tuple((k, v) for k, v in _ONE_TO_ONE.items() if k != v)
assert not {v for _, v in _REPLACE} & {k for k, _ in _REPLACE}


def _one_to_one(text: str) -> str:
    """``text.translate(_TABLE)``, by replacing."""
    for old, new in _REPLACE:
        if old in text:
            text = text.replace(old, new)
    return text


@dataclass
class NormText:
    """The original text, its normalised copy, and the map between their offsets."""
    original: str
    norm: str
    _shifts: list[int] = field(default_factory=list, repr=False)
    # where a ligature's second letter stands in the unfolded text (see `_unfold`)
    _inserts: list[int] = field(default_factory=list, repr=False)

    def to_orig(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (a start offset)."""
        j = i + bisect_right(self._shifts, i) if self._shifts else i
        return j - bisect_left(self._inserts, j) if self._inserts else j

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a normalised half-open span.

        The end takes along marks removed right after the span's last letter (a final
        tanween or shadda belongs to the word: "إرهابياً", not "إرهابيا").
        """
        if start >= end:
            return self.to_orig(start), self.to_orig(start)
        if end >= len(self.norm):
            return self.to_orig(start), len(self.original)
        return self.to_orig(start), self.to_orig(end)

    def original_text(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


_PRESENTATION_RE = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE]")


def _unfold(text: str) -> tuple[str, list[int]]:
    """Arabic presentation forms (glyphs pasted as characters: "اﻷمن", "ﺍﻟﺤﻮﺛﻲ") as the
    letters they show, and the positions of the letters a ligature added ("ﻻ" is two: ل and
    ا), which map back to the ligature's end."""
    # (no byte 0xEF in the UTF-8, which every character of U+F000-U+FFFF starts with: none of
    # them — a test in C, half the cost of the regex's scan, which walks every character)
    if b"\xef" not in text.encode("utf-8", "surrogatepass") or not _PRESENTATION_RE.search(text):
        return text, []
    out: list[str] = []
    inserts: list[int] = []
    pos = length = 0
    for m in _PRESENTATION_RE.finditer(text):
        letters = unicodedata.normalize("NFKC", m.group())
        out += [text[pos:m.start()], letters]
        length += m.start() - pos
        inserts += range(length + 1, length + len(letters))
        length += len(letters)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), inserts


def normalize(text: str) -> NormText:
    unfolded, inserts = _unfold(text)
    # The text cut at its deleted marks (each one character): the stripped text is the pieces
    # joined, and the k-th mark stood where the first k + 1 pieces end in it (its offset less
    # the k marks before it) — one scan, where a search, a match object per mark and a
    # substitution scanned the text three times.
    pieces = _DELETED_RE.split(unfolded)
    if len(pieces) == 1:
        return NormText(text, _one_to_one(unfolded), [], inserts)
    shifts = list(accumulate(map(len, pieces[:-1])))
    return NormText(text, _one_to_one("".join(pieces)), shifts, inserts)


@functools.lru_cache(maxsize=1 << 16)
def normalize_key(text: str) -> str:
    """The matching key of a lexicon or gazetteer entry: normalised, lower-cased, one space.
    Remembered: the rules ask it of the same names again and again (a capital's name for every
    mention of it, an anaphor's words), and each call builds a `NormText` and tokens."""
    return " ".join(t.key for t in tokenize(normalize(text).norm))


# Letters first: most words are letters, and no character starts both alternatives (a digit is
# no `[^\W\d_]`), so the order changes no match — only how soon the letters' one is tried.
# A run of letters is `[^\W\d_]+`, read as a run of Arabic letters (U+0621–U+064A, each of
# them a `[^\W\d_]`: a range test per character, where the class asks the Unicode tables
# whether it is a word character, a digit or "_") or any one letter, then any letters after
# it: the same maximal run, cut a seventh faster over SaudiNewsNet.
# The letter class is written `[^\s\W\d_]`: the same characters (no whitespace is a word
# character), but the space that ends most words, tried against it at each word's end and at
# each gap, is ruled out by the class's first test (whitespace), not after asking the Unicode
# tables whether it is a letter, a digit or a numeral; and the runs are possessive (`++`,
# `*+`: a run followed by what cannot continue it gives back nothing, so nothing is lost by
# not remembering where to backtrack). The split is a sixth faster, the pieces the same.
# A figure's separated groups (`(?:[.,]\d+)*`) are greedy, not possessive: nothing follows them
# in the pattern, so the match is the same, and the engine of Python 3.11.0–3.11.4 (Debian 12's
# 3.11.2 among them) kept the separator of a group that failed inside a possessive repeat
# ("25. " cut as "25.": CPython gh-106052, fixed in 3.11.5): the same pieces on every 3.11.
_TOKEN_RE = re.compile(r"(?:[\u0621-\u064a]++|[^\s\W\d_])[^\s\W\d_]*+|\d++(?:[.,]\d+)*")
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")


@dataclass(slots=True)
class Token:
    start: int  # offsets into the normalised text
    end: int
    key: str  # normalised, lower-cased surface
    stems: tuple[str, ...]  # clitic-stripped candidates, least stripped first
    heads: tuple[str, ...] = ()  # the stems without ال: the keys `PhraseMatcher` indexes by


_CLITIC_FIRSTS = frozenset("وفبلك")  # the letters `_stems` strips a word's first letter for


@functools.lru_cache(maxsize=200_000)
def clitic_stems(word: str) -> tuple[str, ...]:
    """Candidate bare forms of an Arabic word (see `_stems`), remembered."""
    return _stems(word)


def _stems(word: str) -> tuple[str, ...]:
    """Candidate bare forms of an Arabic word: و/ف, then ب/ل/ك or لل (=ل+ال), then ال.

    ``وبالرقه`` → (وبالرقه, بالرقه, رقه); the caller tries them in order.
    """
    # `_ARABIC_RE.match(word)` as a comparison: the first letter in U+0600-U+06FF (this runs
    # at each new word's first sight, 264,000 of them over SaudiNewsNet)
    if not "\u0600" <= word[:1] <= "\u06ff":
        return (word,)
    first = word[0]
    if first not in _CLITIC_FIRSTS and not word.startswith("ال"):
        return (word,)  # no proclitic and no ال: nothing to strip (most words)
    cands = [word]
    if word[0] in "وف" and len(word) > 3:
        cands.append(word[1:])
    for c in list(cands):
        if c.startswith("لل") and len(c) > 4:
            cands.append(c[2:])
        elif c[0] in "بلك" and len(c) > 3:
            cands.append(c[1:])
    out: list[str] = []
    for c in cands:
        bare = c[2:] if c.startswith("ال") and len(c) > 4 else c
        for form in (c, bare):
            if form not in out:
                out.append(form)
    return tuple(out)


@functools.lru_cache(maxsize=200_000)
def clitic_heads(word: str) -> tuple[str, ...]:
    """`bare` of each of `clitic_stems`, computed once per word."""
    return _heads(clitic_stems(word))


def _heads(stems: tuple[str, ...]) -> tuple[str, ...]:
    """`bare` of each stem (written out: this runs for every new word of every article); the
    stems' own tuple when no stem has ال to drop (most words: see `_word`)."""
    heads = tuple([s[2:] if len(s) > 4 and s.startswith("ال") else s for s in stems])
    return stems if heads == stems else heads


# A word as written -> (key, stems, heads): one dict lookup per token instead of a lower() and
# two cached calls (tokenising was a third of all extraction time). Bounded: emptied when full.
_WORDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
WORDS_MAX = 400_000


def _word(surface: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The key, stems and heads of a word as written, computed once and remembered."""
    if len(_WORDS) >= WORDS_MAX:
        _WORDS.clear()
    key = surface.lower()
    # An Arabic word (and a lower-case one) is its own key: the word as written, kept, instead
    # of an equal copy — with the heads the stems' tuple when the same, one object where there
    # were two. A token reads its key, stems and heads from the objects the word cache's
    # lookup has just touched, and the caches hold a quarter of a million fewer objects.
    if key == surface:
        key = surface
    stems = _stems(key)  # uncached: this cache is the one that remembers the word
    entry = _WORDS[surface] = (key, stems, _heads(stems))
    return entry


def word_forms(surface: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The (key, stems, heads) a token of this written word gets (from the same cache)."""
    return _WORDS.get(surface) or _word(surface)


def split_words(norm: str) -> list[str]:
    """The text cut at its words: gap, word, gap, word, …, gap (`re.split` of the token
    regex). Word i is ``pieces[2 * i + 1]`` and starts where the pieces before it end, so a
    test on the words alone (``pieces[1::2]``) needs no token, and `tokenize` can reuse them."""
    return _SPLIT_RE.split(norm)


def words_of(norm: str) -> list[str]:
    """The written words `tokenize` makes tokens of, in order (word i is token i)."""
    return _TOKEN_RE.findall(norm)


def tokenize(norm: str, pieces: list[str] | None = None,
             forms: list[tuple[str, tuple[str, ...], tuple[str, ...]]] | None = None
             ) -> list[Token]:
    """The word tokens of a normalised text (``pieces``: its `split_words`, and ``forms``: the
    `word_forms` of its words, when the caller has them). Offsets come from the pieces' running
    lengths and each word's key, stems and heads from one dict lookup; the tokens are filled in
    place, without a call per token (this ran over every word of every article: a third of
    extraction time)."""
    if pieces is None:
        pieces, forms = _SPLIT_RE.split(norm), None
    entries = forms
    if entries is None:
        words = pieces[1::2]
        entries = list(map(_WORDS.get, words))
        if None in entries:
            entries = [e or word_forms(w) for w, e in zip(words, entries)]
    ends = list(accumulate(map(len, pieces)))
    new = Token.__new__
    out: list[Token] = []
    append = out.append
    for start, end, (key, stems, heads) in zip(ends[0::2], ends[1::2], entries):
        tok = new(Token)
        tok.start = start
        tok.end = end
        tok.key = key
        tok.stems = stems
        tok.heads = heads
        append(tok)
    return out


_STEMS = attrgetter("stems")


def stem_positions(tokens: list[Token], words: AbstractSet[str], stop: int | None = None
                   ) -> list[int]:
    """The indexes (below ``stop``) of the tokens one of whose stems is in ``words``:
    ``[k for k, t in enumerate(tokens[:stop]) if not words.isdisjoint(t.stems)]`` as one pass
    in C (a prefilter that runs over every token of an article)."""
    n = len(tokens) if stop is None else max(0, min(stop, len(tokens)))
    return list(compress(count(), map(not_, map(words.isdisjoint, map(_STEMS, islice(tokens, n))))))


_KEY = attrgetter("key")


def key_positions(tokens: list[Token], keys: AbstractSet[str]) -> list[int]:
    """The indexes of the tokens whose key is in ``keys``: ``[k for k, t in enumerate(tokens)
    if t.key in keys]`` as one pass in C (a rule that walks every token for a handful of
    words reads only these)."""
    return list(compress(count(), map(keys.__contains__, map(_KEY, tokens))))


def bare(key: str) -> str:
    """An entry's first word without ال, the form `PhraseMatcher` indexes by."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key
