"""Step: cut each sentence into clauses (``doc.clauses``).

Arabic news packs several events into one sentence — "قصفت قوات النظام دوما، فيما شن الطيران
الروسي غارات على حرستا ثم سيطرت الفصائل على تل" — and each clause brings its own actors, place
and date. A clause opens at:
* an opener of ``data/lexicon/clauses.yaml`` (فيما، بينما، ثم، كما، حيث، مما، في حين…), with or
  without و/ف — not one followed by a date, which only tells the time ("وعقب فجر اليوم");
* a trigger matched as a verb that carries و/ف ("…على الرقة وسيطرت القوات على…"), follows a
  conjunction of the language ("… and seized the town") or a comma ("…على الرقة، قتل فيها 5"):
  a new finite verb is a new predication;
* an attribution frame (a new speaker reports something else).
A trigger right after an opener stays in the opener's clause; the sentence's first clause
starts at the sentence.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from events import lexicon
from events.language import DEFAULT
from events.extract.doc import Clause, Doc
from text import Match, PhraseMatcher, normalize_key


@dataclass(frozen=True)
class ClauseLexicon:
    openers: PhraseMatcher[bool]  # payload: the opener is written with the article
    verb_prefixes: tuple[str, ...]
    conjunctions: frozenset[str]
    noun_prefixes: tuple[str, ...]
    comma_openers: frozenset[str] = frozenset()
    correlatives: PhraseMatcher[str] = PhraseMatcher()  # first half → the opener closing it
    closings: frozenset[str] = frozenset()  # the openers that close a pair


@functools.cache
def clause_lexicon(language: str = DEFAULT) -> ClauseLexicon:
    raw = lexicon.load("clauses", language)
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add_all((w, normalize_key(w).startswith("ال")) for w in raw["openers"])
    firsts: PhraseMatcher[str] = PhraseMatcher()
    closings = frozenset(normalize_key(c) for c in raw.get("correlatives") or {})
    for closing, halves in (raw.get("correlatives") or {}).items():
        firsts.add_all((h, normalize_key(closing)) for h in halves)
    return ClauseLexicon(m, tuple(raw.get("verb_prefixes") or ()),
                         frozenset(raw.get("conjunctions") or ()),
                         tuple(raw.get("noun_prefixes") or ()),
                         frozenset(normalize_key(w) for w in raw.get("comma_openers") or ()),
                         firsts, closings)


def _cuts(doc: Doc, lo: int, hi: int) -> dict[int, str]:
    """Token indexes in [lo, hi) where a new clause opens, with the word that opens it."""
    lex = clause_lexicon(doc.language)
    cuts: dict[int, str] = {}
    toks, commas = doc.tokens, lex.comma_openers
    openers = set(lex.openers.starts(toks, lo + 1, hi))
    free = lo + 1  # the first token not inside an opener already found
    # only the words that may open a clause are looked at (most words open none)
    for k in sorted(openers.union(k for k in range(lo + 1, hi) if toks[k].key in commas)):
        if k < free or k in doc.actor_tokens:
            continue
        m = lex.openers.match_at(doc.norm, toks, k) if k in openers else None
        if m is not None and m.last <= hi and (not m.clitic or m.clitic in lex.verb_prefixes) \
                and not _definite(toks[k].key, m) and not _closes_pair(doc, lex, lo, k, m.last) \
                and not _dated(doc, m.last):
            cuts[k] = toks[k].key
            free = m.last
            continue
        if toks[k].key in commas and any(c in doc.gap(k - 1, k) for c in "،,"):
            cuts[k] = toks[k].key
    for t in doc.triggers:
        if not (lo < t.first < hi) or not t.verb:
            continue
        clitic = doc.norm[doc.tokens[t.first].start:t.start]
        if clitic[-1:] and clitic[-1:] in lex.noun_prefixes:
            continue  # "، لقصف": a preposition makes it a verbal noun of the clause before
        prefixed = clitic[:1] in lex.verb_prefixes or doc.tokens[t.first - 1].key in lex.conjunctions
        after_comma = any(c in doc.gap(t.first - 1, t.first) for c in "،,;")
        if (prefixed or after_comma) and not _opener_just_before(cuts, t.first):
            cuts.setdefault(t.first, doc.tokens[t.first].key)
    for a in doc.attributions:
        if lo < a.first < hi and not _opener_just_before(cuts, a.first):
            cuts.setdefault(a.first, doc.tokens[a.first].key)
    return cuts


def _definite(key: str, m: Match[bool]) -> bool:
    """"في ذلك الحين": an opener is a particle, which takes no article; with one it is a noun
    (the matcher indexes words without their ال)."""
    return key[len(m.clitic):].startswith("ال") and not any(m.payloads)


def _closes_pair(doc: Doc, lex: ClauseLexicon, lo: int, k: int, end: int) -> bool:
    """"بين X من جهة، وY من جهة أخرى": the opener at k closes a pair whose first half stands
    earlier in the sentence."""
    closing = doc.norm[doc.tokens[k].start:doc.tokens[end - 1].end]
    if not any(closing.endswith(p) for p in lex.closings):
        return False
    for j in range(lo, k):
        m = lex.correlatives.match_at(doc.norm, doc.tokens, j, stop=k)
        if m is not None and any(closing.endswith(p) for p in m.payloads):
            return True
    return False


def _dated(doc: Doc, k: int) -> bool:
    """A date begins at token ``k``, right after an opener: "نفذت الطائرات مساء أمس وعقب فجر
    اليوم غارات" — the opener only tells the time, and the clause goes on."""
    return k < len(doc.tokens) and any(d.start == doc.tokens[k].start for d in doc.dates)


def _opener_just_before(cuts: dict[int, str], k: int) -> bool:
    """An opener one or two words before: "فيما شنت", "ثم قامت بقصف" — the same clause."""
    return any(j in cuts for j in (k - 1, k - 2))


def split_clauses(doc: Doc) -> None:
    """Fill ``doc.clauses``: every sentence is covered, clauses in text order."""
    for si, s in enumerate(doc.sentences):
        lo, hi = s.tokens
        cuts = _cuts(doc, lo, hi)
        starts = [lo] + sorted(cuts)
        for i, a in enumerate(starts):
            b = starts[i + 1] if i + 1 < len(starts) else hi
            doc.clauses.append(Clause(si, a, b, cuts.get(a, "")))


def clause_of(doc: Doc, tok: int) -> int:
    """Index of the clause holding token ``tok`` (clauses are in text order)."""
    lo, hi = 0, len(doc.clauses)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.clauses[mid].last <= tok:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(doc.clauses) - 1)
