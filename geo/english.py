"""English (Latin-script) place names in running text: when a capitalised word is a place.

A gazetteer of 80,000 names, matched case-insensitively, finds a "place" in most capitalised
words of an English article: months (March, in Afghanistan), first names (Rami), acronyms
(SAMS), one word of a longer name (Bab Sharqi, Daraa al-Balad, Samir al-Asmar, Asharq
Al-Awsat). The rules of `english_place`, with their words in cues.yaml ``english``:

1. **Case.** A name needs a capital letter; a lower-case word is never a place ("cars" is not
   Kars, "hit" not Hīt), nor part of one unless it says a division's kind ("Helmand
   province"), a place word at its end ("Homs city") or a direction at its head ("eastern Ghouta" is Eastern Ghouta, ``directions``);
   a strong name (rule 5) that opens with a capital may go on in lower case ("Deir ezzor",
   "Deir el-zour": the press writes a seat's second word as it likes).
   An upper-case word of four letters or fewer is an acronym (SAMS, SANA), unless
   it names a country (UAE).
2. **Dates.** Month and weekday names (``dates``) are never places ("in March").
3. **Streets.** A name followed by a street word (``streets``: "Nile Street") names a street.
4. **Longer names.** Proper names are runs of capitalised words (with al-/el-/bin particles).
   When the match covers only part of a run, the rest is a name the gazetteer does not know,
   and the match is a word of it: "Bab Sharqi", "Bani Zaid", "Zara Power Plant", "Rami Abdel
   Rahman". Neighbours that make no longer name: a place word (``types``: "Idlib Province"),
   a date word, a sentence's first word ("In Iraq"), a strong name ("Homs Hama and Idlib" once
   commas are lost). A strong name (rule 5) is one word of a longer name only as its second
   half after al- ("Samir al-Asmar", "Asharq Al-Awsat"): texts that lost their punctuation
   put capitalised words right next to it ("Syrias Aleppo", "Aleppo Russian sources said"),
   and "Daraa al-Balad" is a quarter of Daraa. Title-case text (a headline: no lower-case
   word nearby) says nothing about runs, and this rule is skipped there. A name right before
   "bin"/"ibn" and a name is a man's (``patronymics``: "the al-Zubair bin Awam brigade"); one
   before a word of `operation_words` names an operation ("Operation Euphrates Shield").
5. **Context.** A name needs a place context: a word of ``before`` right before it ("in Hit"),
   a place word right after or two before it ("Tabqa dam", "the town of Bab") — unless it is
   a strong name (a country, governorate, site, a big town) that is not an English word
   (``common_words``: "Van").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from text import Token

if TYPE_CHECKING:
    from geo.gazetteer import Candidate, Entry, Gazetteer

# Lower-case particles inside a transliterated name: "Daraa al-Balad", "Hayat bin Ali".
PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh",
                       "bin", "ibn", "bint", "abu", "de", "des", "du", "la", "le"})
ACRONYM_MAX = 4
TITLE_WINDOW = 6  # words each side looked at to tell a headline from running text
TITLE_MIN_WORDS = 4
LIST_WINDOW = 12  # tokens back from a name to the "of" that opens its list
_DIVISIONS = frozenset({"governorate", "district", "region"})  # "Helmand province" as written
_SENTENCE_OPENERS = '.!?:;"“”«»()[]\n|-–—'


@dataclass(frozen=True)
class EnglishCues:
    """What makes a Latin-script word a place in running text (cues.yaml `english`)."""
    before: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    strong_population: int = 50_000
    directions: frozenset[str] = frozenset()  # "eastern Ghouta": lower case opens a region's name
    parts: frozenset[str] = frozenset()  # "in northern/rebel-held X": still after "in"
    part_joins: frozenset[str] = frozenset()  # "in eastern and northern X"
    list_heads: frozenset[str] = frozenset()  # "the villages of A B and C": a list of names
    name_openers: frozenset[str] = frozenset()  # "Kafar Hamra": a longer name, even in a list
    toponym_heads: frozenset[str] = frozenset()  # "Tal Hamis": a place name, however spelt
    patronymics: frozenset[str] = frozenset()  # "al-Zubair bin Awam": a man's name
    operation_words: frozenset[str] = frozenset()  # "Euphrates Shield": an operation's name

    @classmethod
    def from_config(cls, cfg: dict[str, Any]) -> EnglishCues:
        words = lambda k: frozenset(w.lower() for w in cfg.get(k) or ())  # noqa: E731
        return cls(words("before"), words("types"), words("common_words"), words("dates"),
                   words("streets"), int(cfg.get("strong_population") or cls.strong_population),
                   words("directions"), words("parts"), words("part_joins"), words("list_heads"),
                   words("name_openers"), words("toponym_heads"), words("patronymics"),
                   words("operation_words"))

    def strong(self, e: Entry, key: str) -> bool:
        """A name that needs no context beyond its capital letter."""
        if key in self.common_words:
            return False
        return (e.kind in ("country", "capital", "governorate", "region", "river", "site")
                or e.population >= self.strong_population)


def english_place(gaz: Gazetteer, norm: str, tokens: list[Token], first: int, last: int,
                  best: Candidate) -> bool:
    """Whether the Latin-script match ``tokens[first:last]`` is a place (the module's rules)."""
    en = gaz.english
    span = tokens[first:last]
    cased = [norm[t.start].isupper() for t in span]
    key = " ".join(t.key for t in span)
    tail_ok = cased[0] and len(span) > 1 and en.strong(best.entry, key)  # "Deir ezzor"
    if not any(cased) or any(not c and t.end - t.start > 3  # al-, ez-, bin: lower case is fine
                             and not (t.key in en.types and (best.entry.kind in _DIVISIONS
                                                             or i == len(span) - 1))
                             and not (i == 0 and t.key in en.directions)  # "eastern Ghouta"
                             and not (i > 0 and tail_ok)
                             for i, (c, t) in enumerate(zip(cased, span))):  # "Helmand province"
        return False
    text = norm[span[0].start:span[-1].end]
    if (len(text) <= ACRONYM_MAX and text.isupper() and best.entry.kind != "country") or (
            key in en.dates):
        return False
    if last < len(tokens) and tokens[last].key in en.streets and _glued(norm, tokens, last - 1):
        return False
    if key not in en.common_words | en.name_openers and _listed(gaz, norm, tokens, first, last):
        return True  # (a common word or an opener, "Ain" of "Ain Tarma", opens a longer name)
    if _in_longer_name(gaz, norm, tokens, first, last, best.entry) or _fathered(
            gaz, norm, tokens, last):
        return False
    if en.strong(best.entry, key):
        return True
    before = [tokens[k].key for k in range(max(0, first - 2), first)]
    if before and before[-1] in en.before:
        return True
    if any(w in en.types for w in before) or (last < len(tokens) and tokens[last].key in en.types):
        return True
    return False


def _fathered(gaz: Gazetteer, norm: str, tokens: list[Token], last: int) -> bool:
    """Rule 4b: a name right before "bin"/"ibn" and a capitalised name is a man's ("the
    al-Zubair bin Awam brigade", "Khalid ibn al-Walid"; cues ``patronymics``), however big the
    town it also names (Az Zubayr in Iraq)."""
    if last + 1 >= len(tokens) or tokens[last].key not in gaz.english.patronymics:
        return False
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].key in PARTICLES and not capital(norm, tokens[k]):
        k += 1  # "ibn al-Walid"
    return (_glued(norm, tokens, last - 1) and _glued(norm, tokens, last)
            and capital(norm, tokens[k]))


def _listed(gaz: Gazetteer, norm: str, tokens: list[Token], first: int, last: int) -> bool:
    """The match is a name of a list after a plural place word and "of" ("the suburbs of
    Zamalka Arbeen and Ein Tarma"): only capitalised words, particles, "and" and commas
    between (``list_heads``) — and no name opener right before it nor a particle right after
    it ("Kafar Hamra", "Habreh al-Sharqi": words of a longer name)."""
    en = gaz.english
    if (tokens[first - 1].key in en.name_openers and _glued(norm, tokens, first - 1)
            or last < len(tokens) and tokens[last].key in PARTICLES and _glued(norm, tokens, last - 1)):
        return False
    for k in range(first - 1, max(0, first - 1 - LIST_WINDOW), -1):
        if norm[tokens[k].end:tokens[k + 1].start].strip(" ,-") or "\n" in norm[
                tokens[k].end:tokens[k + 1].start]:
            return False
        key = tokens[k].key
        if key == "of":
            return k > 0 and tokens[k - 1].key in en.list_heads
        if not (capital(norm, tokens[k]) or key in PARTICLES or key in en.part_joins):
            return False
    return False


def _glued(norm: str, tokens: list[Token], k: int) -> bool:
    """Tokens k and k+1 are one run: only spaces or a hyphen between them."""
    gap = norm[tokens[k].end:tokens[k + 1].start]
    return gap.strip(" -") == "" and gap.count("-") <= 1 and "\n" not in gap


def capital(norm: str, t: Token) -> bool:
    """The token is written with a capital first letter."""
    return norm[t.start].isupper()


def _opens_sentence(norm: str, tokens: list[Token], k: int) -> bool:
    if k == 0:
        return True
    gap = norm[tokens[k - 1].end:tokens[k].start]
    return any(ch in _SENTENCE_OPENERS for ch in gap.replace("-", "")) or "\n" in gap


def _neighbour(norm: str, tokens: list[Token], k: int, step: int) -> tuple[int, bool] | None:
    """The capitalised word glued to the run at token k, going ``step`` (-1 left, +1 right),
    and whether a particle joins them ("Daraa al-Balad"); None when the run ends there."""
    j, particle = k, tokens[k].key in PARTICLES and step < 0
    while True:
        nxt = j + step
        if not 0 <= nxt < len(tokens) or not _glued(norm, tokens, min(j, nxt)):
            return None
        t = tokens[nxt]
        if t.key in PARTICLES and not capital(norm, t):
            j, particle = nxt, True
            continue
        return (nxt, particle) if capital(norm, t) and t.key.isalpha() else None


def _title_case(norm: str, tokens: list[Token], first: int, last: int) -> bool:
    """A headline: every longer word around the match is capitalised (running text has a
    lower-case verb or noun within a few words)."""
    words = [t for t in tokens[max(0, first - TITLE_WINDOW):last + TITLE_WINDOW]
             if t.end - t.start > 3 and t.key.isalpha() and t.key.isascii()]
    return len(words) >= TITLE_MIN_WORDS and all(capital(norm, t) for t in words)


def _in_longer_name(gaz: Gazetteer, norm: str, tokens: list[Token], first: int, last: int,
                    entry: Entry) -> bool:
    """Rule 4: the match is one word of a longer capitalised name the gazetteer lacks."""
    en = gaz.english
    left = _neighbour(norm, tokens, first, -1)
    right = _neighbour(norm, tokens, last - 1, +1)
    if left is None and right is None:
        return False

    def free(n: tuple[int, bool]) -> bool:  # a neighbour that makes no longer name with it
        k, particle = n
        key = tokens[k].key
        return (key in en.types or key in en.dates or key in en.before
                or (not particle and _strong_at(gaz, norm, tokens, k)))

    key = " ".join(t.key for t in tokens[first:last])
    if right is not None and not right[1] and tokens[right[0]].key in en.operation_words:
        return True  # "Operation Euphrates Shield": an operation's name, no river
    if key in en.name_openers and right is not None and not free(right):
        return True  # "Tal Hamis", "Tal al-Jabiyeh": the head of a name, not At Tall itself
    if en.strong(entry, key):
        longer = left is not None and left[1] and not free(left)
    else:
        longer = ((left is not None and not free(left)
                   and not _opens_sentence(norm, tokens, left[0]))
                  or (right is not None and not free(right)))
    return longer and not _title_case(norm, tokens, first, last)


def _strong_at(gaz: Gazetteer, norm: str, tokens: list[Token], k: int) -> bool:
    """A strong name starts at token k: two strong names side by side are a list whose comma
    was lost ("Turkey Russia and Iran"), not one longer name."""
    m = gaz.matcher.match_at(norm, tokens, k)
    if m is None:
        return False
    key = " ".join(t.key for t in tokens[m.first:m.last])
    return any(idx >= 0 and gaz.english.strong(gaz.rows[idx], key) for idx, _ in m.payloads)
