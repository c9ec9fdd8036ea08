"""Numbers in running text: digits, number words, vague plurals (``data/lexicon/numbers.yaml``,
``data/lexicon/en/numbers.yaml``).

Not a pipeline step of its own: `events.extract.quantities` reads claims around the numbers
found here. Digits are already Western in ``doc.norm``. Number words are parsed the way Arabic
builds them: unit + عشر (teens), unit + "و" + ten (ستة وثلاثين = 36), hundred words (ثلاثمئة,
ثلاث مئة), scales (ثلاثة آلاف, 3 آلاف, 1.5 مليون). أحد/إحدى count only inside teens (alone they
mean "someone"); ordinals (ثاني، ثالث) are not in the lexicon, so they never count. English
number words are read the English way (thirty-one, two hundred and fifty, 1.5 million), and a
vague amount the lexicon gives no figure for ("several", "a number of") is a vague number of
value 0: a claim with no low bound.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from events import lexicon
from events.language import DEFAULT
from text import PhraseMatcher, Token, normalize

log = logging.getLogger(__name__)

# No report claims more killed, wounded, captured or destroyed than this in one statement (the
# deadliest wars count millions over years): a longer figure is a typo, an ID or a hostile input.
# It stays in the text and is logged, never counted or stored (SQLite INTEGER ends at 2**63-1).
MAX_COUNT = 10_000_000

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_GAP = re.compile(r"\s*")


@dataclass
class Number:
    start: int  # normalised offsets, half-open
    end: int
    first: int  # token indexes, half-open
    last: int
    value: float
    vague: bool = False


def over_ceiling(value: float, text: str, article_id: str) -> bool:
    """Whether a claimed count is above `MAX_COUNT`; such a claim is logged and dropped."""
    if value <= MAX_COUNT:
        return False
    shown = text if len(text) <= 60 else text[:57] + "…"
    log.warning("%s: %r is above the ceiling of %s and is not counted as a claim",
                article_id or "text", shown, f"{MAX_COUNT:,}")
    return True


def _n(text: str) -> str:
    return normalize(str(text)).norm.strip().lower()


class _Words:
    """numbers.yaml as word -> {class: value}; a word may be a unit and a teen part (عشر)."""

    def __init__(self, language: str) -> None:
        raw = lexicon.load("numbers", language)
        self.english = language == "en"
        self.classes: dict[str, dict[str, float]] = {}
        self.vague_phrases: PhraseMatcher[float] = PhraseMatcher()
        self.joiners: frozenset[str] = frozenset(raw.get("joiners") or ())
        if self.english:
            for cls in ("units", "tens", "scales"):
                for w, v in raw[cls].items():
                    self.classes.setdefault(w, {})[cls] = float(v)
            for w, v in raw["vague"].items():  # no figure ("several") → 0: vague, no low bound
                self.vague_phrases.add(w, float(v or 0))
                if " " not in w:
                    self.classes.setdefault(w, {})["vague"] = float(v or 0)
        else:
            for cls in ("units", "teen_units", "tens", "hundreds", "scales", "vague"):
                for value, words in raw[cls].items():
                    for w in words:
                        self.classes.setdefault(_n(w), {})[cls] = float(value)
            for w in raw["teen_tens"]:
                self.classes.setdefault(_n(w), {})["teen_tens"] = 10.0
        # fractions count only beside a scale: kept apart from the number words (`is_count`)
        self.fractions: dict[str, float] = {_n(w): float(v) for v, ws in (
            raw.get("fractions") or {}).items() for w in ws} if not self.english else {}
        # Every key a number's first token can have: a quick filter before parsing.
        self.starters = set(self.classes) | {c + k for k in self.classes for c in "وف"}
        self.starters |= set(self.fractions) | {c + k for k in self.fractions for c in "وف"}
        self.starters |= {k.split()[0] for k in raw["vague"]} if self.english else set()
        self.vague_stems = {k for k, c in self.classes.items() if "vague" in c}

    def of(self, key: str) -> dict[str, float]:
        return self.classes.get(key, {})

    def first(self, tok: Token) -> tuple[str, dict[str, float]]:
        """Classes of a number's first word, allowing a leading و/ف (and ب/ل on vague words)."""
        key = tok.key
        if key in self.classes:
            return "", self.classes[key]
        if key[:1] in "وف" and key[1:] in self.classes:
            return key[:1], self.classes[key[1:]]
        for stem in tok.stems[1:]:
            c = self.classes.get(stem, {})
            if "vague" in c:
                return key[: len(key) - len(stem)] if key.endswith(stem) else "", {"vague": c["vague"]}
        return "", {}


@functools.cache
def _words(language: str = DEFAULT) -> _Words:
    return _Words(language)


def is_number_word(key: str, language: str = DEFAULT) -> bool:
    """Whether a token key is a number word of the lexicon (ثلاثة، اثنين، عشرات…)."""
    return key in _words(language).classes


def is_count(key: str, language: str = DEFAULT) -> bool:
    """Whether a token key is a figure: digits ("12") or a number word ("ثلاثة")."""
    return key[:1].isdigit() or is_number_word(key, language)


def _digit_value(text: str) -> float | None:
    """12 / 1,500 / 1.5: a comma before exactly three digits groups thousands."""
    if "," in text:
        head, *groups = text.split(",")
        if all(len(g) == 3 for g in groups):
            return float(head + "".join(groups))
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _adjacent(norm: str, tokens: list[Token], j: int) -> bool:
    """Token j follows token j-1 with only whitespace between (no comma, no quote)."""
    return 0 < j < len(tokens) and bool(_GAP.fullmatch(norm, tokens[j - 1].end, tokens[j].start))


def _scale_after(norm: str, tokens: list[Token], j: int, words: _Words) -> float | None:
    if _adjacent(norm, tokens, j):
        return words.of(tokens[j].key).get("scales")
    return None


def _fraction_of_scale(norm: str, tokens: list[Token], i: int, words: _Words) -> Number | None:
    """"نصف مليون", "وربع مليون": a fraction right before a scale."""
    key = tokens[i].key
    clitic = key[0] if key[:1] in "وف" and key[1:] in words.fractions else ""
    frac = words.fractions.get(key[len(clitic):])
    scale = _scale_after(norm, tokens, i + 1, words) if frac else None
    if not frac or not scale:
        return None
    return Number(tokens[i].start + len(clitic), tokens[i + 1].end, i, i + 2, frac * scale)


def _fraction_after(norm: str, tokens: list[Token], j: int, words: _Words) -> float | None:
    """"… ونصف" right after a scale: its fraction, or None."""
    if not _adjacent(norm, tokens, j):
        return None
    key = tokens[j].key
    return words.fractions.get(key[1:]) if key[:1] == "و" else None


_LATIN = re.compile(r"[a-z]+")


def _digits_joined(norm: str, tokens: list[Token], j: int, words: _Words,
                   below: float) -> tuple[float, int] | None:
    """"71 ألفا و781", "3 آلاف و 200", "1.5 مليون و200 ألف": digits joined by a bare "و" to a
    scaled figure are its lower part (71,781), when smaller than the scale; the value to add
    and the token after it. Read alone, the last part would be the claim ("781 مدنيا")."""
    if j + 1 >= len(tokens) or tokens[j].key != "و" or not (
            _adjacent(norm, tokens, j) and _adjacent(norm, tokens, j + 1)
            and _DIGITS.fullmatch(tokens[j + 1].key)):
        return None
    value, k = _digit_value(tokens[j + 1].key), j + 2
    if value is None:
        return None
    if scale := _scale_after(norm, tokens, k, words):
        value, k = value * scale, k + 1
    return (value, k) if value < below else None


def _designation(norm: str, tokens: list[Token], i: int) -> bool:
    """Digits hyphened to Latin letters right before them ("Mi-8", "T-72", "F-16", "Su-24")
    name a model of aircraft or tank: part of a name, never a count of them."""
    return i > 0 and tokens[i - 1].end == tokens[i].start - 1 and norm[tokens[i - 1].end] == "-" \
        and bool(_LATIN.fullmatch(tokens[i - 1].key))


def parse_at(norm: str, tokens: list[Token], i: int, language: str = DEFAULT) -> Number | None:
    """The number starting at token ``i``, or None."""
    words = _words(language)
    tok = tokens[i]
    if _DIGITS.fullmatch(tok.key):
        value = _digit_value(tok.key)
        if value is None or _designation(norm, tokens, i):
            return None
        j = i + 1
        scale = _scale_after(norm, tokens, j, words)
        if scale:
            value, j = value * scale, j + 1
            if (more := _digits_joined(norm, tokens, j, words, scale)) is not None:
                value, j = value + more[0], more[1]
            elif (half := _fraction_after(norm, tokens, j, words)) is not None:
                value, j = value + half * scale, j + 1  # "3 ملايين ونصف"
        return Number(tok.start, tokens[j - 1].end, i, j, value)
    if words.english:
        return _parse_english(norm, tokens, i, words)
    if (frac := _fraction_of_scale(norm, tokens, i, words)) is not None:
        return frac
    clitic, cls = words.first(tok)
    if not cls:
        return None
    start = tok.start + len(clitic)
    if "vague" in cls and not cls.keys() & {"units", "tens", "hundreds"}:
        value, j = cls["vague"], i + 1
        if _adjacent(norm, tokens, j):  # عشرات الآلاف: tens of thousands
            more = words.of(tokens[j].key)
            more = more or next((words.of(s) for s in tokens[j].stems[1:] if words.of(s)), {})
            mult = more.get("vague") or more.get("scales")
            if mult and mult > value:
                value, j = value * mult, j + 1
        return Number(start, tokens[j - 1].end, i, j, value, vague=True)
    return _parse_words(norm, tokens, i, start, cls, words)


def _parse_words(norm: str, tokens: list[Token], i: int, start: int,
                 cls: dict[str, float], words: _Words) -> Number | None:
    """Number words: teens, unit + hundred, coordinated parts (و), scales."""
    nxt = words.of(tokens[i + 1].key) if _adjacent(norm, tokens, i + 1) else {}
    total, j = 0.0, i + 1
    if "teen_tens" in nxt and ("teen_units" in cls or 1 < cls.get("units", 0) < 10):
        cur, j = cls.get("teen_units", cls.get("units", 0)) + 10, i + 2
    elif "teen_units" in cls and "units" not in cls:
        return None
    elif "units" in cls and "hundreds" in nxt and nxt["hundreds"] == 100 and cls["units"] < 10:
        cur, j = cls["units"] * 100, i + 2
    elif cls.keys() & {"units", "tens", "hundreds"}:
        cur = cls.get("units") or cls.get("tens") or cls["hundreds"]
    elif "scales" in cls:
        cur, total = 0.0, cls["scales"]
    else:
        return None
    last_part = cur or total
    while j < len(tokens):
        scale = _scale_after(norm, tokens, j, words)
        if scale and cur and scale > cur:
            total, cur, last_part, j = total + cur * scale, 0.0, scale, j + 1
            continue
        key = tokens[j].key
        if total and not cur and (half := _fraction_after(norm, tokens, j, words)) is not None:
            total, j = total + half * last_part, j + 1  # "مليون ونصف"
            break
        if not (_adjacent(norm, tokens, j) and key[:1] == "و"):
            break
        part = words.of(key[1:])
        value = part.get("units") or part.get("tens") or part.get("hundreds")
        if not value or "vague" in part:
            break
        if not (value < last_part or ("tens" in part and last_part < 10)):
            break
        cur, last_part, j = cur + value, value, j + 1
    more = _digits_joined(norm, tokens, j, words, last_part) if total and not cur else None
    if more is not None:
        cur, j = more  # "ألف و200", "ثلاثة آلاف و500"
    return Number(start, tokens[j - 1].end, i, j, total + cur)


def find_numbers(norm: str, tokens: list[Token], language: str = DEFAULT,
                 starts: list[int] | None = None) -> list[Number]:
    """Every number in the text, left to right, non-overlapping (``starts``: the tokens that
    may start one, when the caller has them — `Doc.positions` of ``NUMBER_START``)."""
    out: list[Number] = []
    words = _words(language)
    starters, vague = words.starters, words.vague_stems
    free = 0  # the first token not inside a number already found
    # one pass picks the tokens that may start a number (a digit or a number word: few)
    if starts is None:
        starts = [k for k, tok in enumerate(tokens)
                  if tok.key[0].isdigit() or tok.key in starters or tok.stems[-1] in vague]
    for i in starts:
        if i < free:
            continue
        num = parse_at(norm, tokens, i, language)
        if num:
            out.append(num)
            free = num.last
    return out


_EN_GAP = re.compile(r"[\s-]*")


def _parse_english(norm: str, tokens: list[Token], i: int, words: _Words) -> Number | None:
    """"thirty-one", "two hundred and fifty", "three thousand", "dozens", "a number of",
    "tens of thousands" (a vague word times a larger one)."""
    m = words.vague_phrases.match_at(norm, tokens, i)
    if m is not None:
        value, j = m.payloads[0], m.last
        links = j + 1 if j < len(tokens) and tokens[j].key == "of" else j
        more = words.of(tokens[links].key) if links < len(tokens) else {}
        mult = more.get("vague") or more.get("scales")
        if value and mult and mult > value and _EN_GAP.fullmatch(norm, tokens[j - 1].end, tokens[j].start):
            value, j = value * mult, links + 1
        return Number(m.start, tokens[j - 1].end, i, j, value, vague=True)
    total, cur, j, last_cls = 0.0, 0.0, i, ""
    while j < len(tokens):
        if j > i and not _EN_GAP.fullmatch(norm, tokens[j - 1].end, tokens[j].start):
            break
        key, c = tokens[j].key, words.of(tokens[j].key)
        if key in words.joiners and last_cls == "scales" and j + 1 < len(tokens) \
                and words.of(tokens[j + 1].key).keys() & {"units", "tens"}:
            j += 1  # "two hundred and fifty"
            continue
        if "units" in c and (cur % 100 == 0 or (cur % 100 >= 20 and cur % 10 == 0)):
            cur += c["units"]
        elif "tens" in c and cur % 100 == 0:
            cur += c["tens"]
        elif "scales" in c and c["scales"] == 100 and cur and cur < 100:
            cur *= 100
        elif "scales" in c and c["scales"] > 100 and (cur or total) and j > i:
            total, cur = total + (cur or 1) * c["scales"], 0.0
        else:
            break
        last_cls = next(k for k in ("units", "tens", "scales") if k in c)
        j += 1
    if j == i:
        return None
    return Number(tokens[i].start, tokens[j - 1].end, i, j, total + cur)
