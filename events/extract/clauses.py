"""Step: cut each sentence into clauses (``doc.clauses``).

Arabic news packs several events into one sentence — "قصفت قوات النظام دوما، فيما شن الطيران
الروسي غارات على حرستا ثم سيطرت الفصائل على تل" — and each clause brings its own actors, place
and date. A clause opens at:
* an opener of ``data/lexicon/clauses.yaml`` (فيما، بينما، ثم، كما، حيث، مما، في حين…), with or
  without و/ف — not one followed by a date, which only tells the time ("وعقب فجر اليوم");
* a trigger matched as a verb that carries و/ف ("…على الرقة وسيطرت القوات على…"), follows a
  conjunction of the language ("… and seized the town") or a comma ("…على الرقة، قتل فيها 5"):
  a new finite verb is a new predication;
* an attribution frame (a new speaker reports something else);
* a relative pronoun after an armed side and before a verb of ground taken that a date of its
  own follows ("الحوثيين الذين سيطروا على العاصمة في سبتمبر"): a dated fact of the past told
  in passing, with its own date, place and actors — a background event, which must neither
  date nor absorb the clause's news. Undated, the relative verb only says who holds what
  (`candidates`); after a place ("المدينة التي سيطر عليها التنظيم في مايو") who took it is
  seldom named, and the clause is not cut.
A trigger right after an opener stays in the opener's clause; the sentence's first clause
starts at the sentence.
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass

from events import lexicon
from events.language import DEFAULT
from events.extract.actor_registry import ARMED_TYPES
from events.extract.dates import timed_by
from events.extract.doc import ActorMention, Clause, Doc, PlaceMention, Trigger
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_words import trigger_lexicon
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
    person_relatives: frozenset[str] = frozenset()  # "الذين", "who": said of people only
    object_endings: tuple[str, ...] = ()  # "نفذوها": the relative's verb takes its antecedent
    place_openers: frozenset[str] = frozenset()  # "وفي X، قالت": a place the news is from
    kind_place_openers: frozenset[str] = frozenset()  # the same before "X city", "X province"
    place_kinds: frozenset[str] = frozenset()  # … the kinds: "city", "province"


@functools.cache
def clause_lexicon(language: str = DEFAULT) -> ClauseLexicon:
    raw = lexicon.load("clauses", language)
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add_all((w, normalize_key(w).startswith("ال")) for w in raw["openers"])
    firsts: PhraseMatcher[str] = PhraseMatcher()
    closings = frozenset(normalize_key(c) for c in raw.get("correlatives") or {})
    for closing, halves in (raw.get("correlatives") or {}).items():
        firsts.add_all((h, normalize_key(closing)) for h in halves)
    kinds = raw.get("kind_place_openers") or {}
    return ClauseLexicon(m, tuple(raw.get("verb_prefixes") or ()),
                         frozenset(raw.get("conjunctions") or ()),
                         tuple(raw.get("noun_prefixes") or ()),
                         frozenset(normalize_key(w) for w in raw.get("comma_openers") or ()),
                         firsts, closings,
                         frozenset(normalize_key(w) for w in raw.get("person_relatives") or ()),
                         tuple(normalize_key(w) for w in raw.get("object_endings") or ()),
                         frozenset(c + normalize_key(w) for w in raw.get("place_openers") or ()
                                   for c in ("", "و", "ف")),
                         frozenset(normalize_key(w) for w in kinds.get("openers") or ()),
                         frozenset(normalize_key(w) for w in kinds.get("kinds") or ()))


def _cuts(doc: Doc, lo: int, hi: int, comma_words: list[int]) -> dict[int, str]:
    """Token indexes in [lo, hi) where a new clause opens, with the word that opens it.
    ``comma_words``: the tokens of the document whose word may open a clause after a comma
    (`comma_openers`), in order (`split_clauses` lists them once for all sentences)."""
    lex = clause_lexicon(doc.language)
    cuts: dict[int, str] = {}
    toks, commas = doc.tokens, lex.comma_openers
    openers = set(lex.openers.starts(toks, lo + 1, hi))
    free = lo + 1  # the first token not inside an opener already found
    # only the words that may open a clause are looked at (most words open none)
    for k in sorted(openers.union(
            comma_words[bisect_left(comma_words, lo + 1):bisect_left(comma_words, hi)])):
        if k < free or k in doc.actor_tokens:
            continue
        m = lex.openers.match_at(doc.norm, toks, k) if k in openers else None
        if m is not None and m.last <= hi and (not m.clitic or m.clitic in lex.verb_prefixes) \
                and not _definite(toks[k].key, m) and not _closes_pair(doc, lex, lo, k, m.last) \
                and not _dated(doc, m.last):
            cuts[k] = toks[k].key
            free = m.last
            continue
        if toks[k].key in commas and doc.gap_has(k - 1, k, "،,"):
            cuts[k] = toks[k].key
    for t in doc.triggers:
        if not (lo < t.first < hi) or not t.verb:
            continue
        clitic = doc.norm[doc.tokens[t.first].start:t.start]
        if clitic[-1:] and clitic[-1:] in lex.noun_prefixes:
            continue  # "، لقصف": a preposition makes it a verbal noun of the clause before
        prefixed = clitic[:1] in lex.verb_prefixes or doc.tokens[t.first - 1].key in lex.conjunctions
        after_comma = doc.gap_has(t.first - 1, t.first, "،,;")
        if (prefixed or after_comma) and not _opener_just_before(cuts, t.first):
            cuts.setdefault(t.first, doc.tokens[t.first].key)
    for a in doc.attributions:
        if lo < a.first < hi and not _opener_just_before(cuts, a.first):
            cuts.setdefault(a.first, doc.tokens[a.first].key)
    for t in doc.triggers:
        if lo + 1 < t.first < hi and (after := _dated_relative(doc, t, hi)) is not None:
            cuts.setdefault(t.first - 1, doc.tokens[t.first - 1].key)
            if after < hi:  # the sentence goes on after the date: "…في 21 مايو، بعد معارك"
                cuts.setdefault(after, doc.tokens[after].key)
    return cuts


RELATIVE_REACH = 8  # words from a relative verb to a date of its own


def relative_taking(doc: Doc, t: Trigger) -> bool:
    """A past verb of ground taken right after a relative pronoun ("التي سيطر عليها التنظيم",
    "التي سقطت في يد المعارضة"): the taking told to say who holds the place."""
    return (t.event_type == "territory_change" and t.tense in ("past", "") and t.first > 0
            and doc.tokens[t.first - 1].key in trigger_lexicon(doc.language).relatives)


def _dated_relative(doc: Doc, t: Trigger, hi: int) -> int | None:
    """A `relative_taking` after an armed side (`side_before`), with a date a few words on
    that closes the relative clause, and no comma or other event word between ("التي سيطر
    عليها التنظيم في 21 مايو،"): the token after the date (``hi`` at the sentence's end). A
    since-date ("الذين سيطروا عليها منذ مارس") tells a standing state, not the taking."""
    if not (relative_taking(doc, t) and side_before(doc, t.first - 1) is not None):
        return None
    lex = trigger_lexicon(doc.language)
    others = {x.first for x in doc.triggers if x is not t}
    for k in range(t.last, min(hi, t.last + RELATIVE_REACH)):
        if k in others or doc.gap_has(k - 1, k, "،,;:"):
            return None
        d = next((d for d in doc.dates if d.start == doc.tokens[k].start), None)
        if d is not None:
            if not all(lex.since.isdisjoint(doc.tokens[j].stems)
                       for j in range(max(t.last, k - 3), k)):
                return None
            return _closing(doc, d.end, k, hi)
    return None


def _closing(doc: Doc, end: int, k: int, hi: int) -> int | None:
    """The token after a date ending at offset ``end`` when the date closes the relative
    clause — the sentence ends or a punctuation mark follows; else None: the sentence's own
    words after it ("…التي سيطرت على صنعاء في سبتمبر من عدن") would be cut off from it."""
    k = next((j for j in range(k, hi) if doc.tokens[j].start >= end), hi)
    return k if k >= hi or any(c in doc.norm[end:doc.tokens[k].start] for c in "،,;:.-–)") else None


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
    commas = clause_lexicon(doc.language).comma_openers
    # one pass over the document, not a generator over each sentence's words (0.7% of all
    # extraction time, py-spy over SaudiNewsNet)
    comma_words = [k for k, tok in enumerate(doc.tokens) if tok.key in commas]
    for si, s in enumerate(doc.sentences):
        lo, hi = s.tokens
        cuts = _cuts(doc, lo, hi, comma_words)
        starts = [lo] + sorted(cuts)
        for i, a in enumerate(starts):
            b = starts[i + 1] if i + 1 < len(starts) else hi
            doc.clauses.append(Clause(si, a, b, cuts.get(a, "")))


def relative_clause(doc: Doc, clause: int) -> bool:
    """The clause is a dated relative clause (`_dated_relative`): its subject or the ground it
    tells of is the word before the relative pronoun that opens it."""
    return doc.clauses[clause].opener in trigger_lexicon(doc.language).relatives


ANTECEDENT_REACH = 2  # words between a name and its relative pronoun ("مدينة تدمر الأثرية التي")
PERSON_REACH = 4  # … and between a side and "الذين" ("الحوثيين المتحالفين مع إيران الذين")


def antecedent(doc: Doc, clause: int) -> ActorMention | None:
    """The armed side a dated relative clause ``clause`` speaks of (`side_before`)."""
    return side_before(doc, doc.clauses[clause].first) if relative_clause(doc, clause) else None


def side_before(doc: Doc, start: int) -> ActorMention | None:
    """The armed side named last before the relative pronoun at token ``start`` — at most
    `ANTECEDENT_REACH` words before it (`PERSON_REACH` before a pronoun said of people,
    "الحوثيين المتحالفين مع إيران الذين"), no punctuation between, no place named nearer
    ("مدينة تدمر التي" speaks of the town; after "الذين", only people count)."""
    people = doc.tokens[start].key in clause_lexicon(doc.language).person_relatives
    reach = PERSON_REACH if people else ANTECEDENT_REACH
    near = [m for m in (*doc.actors, *(() if people else doc.places))
            if start - reach <= m.last <= start and m.first < start
            and not doc.gap_has(m.last - 1, start, "،,;:.")]
    m = max(near, key=lambda m: (m.last, isinstance(m, ActorMention)), default=None)
    return m if isinstance(m, ActorMention) and m.actor_type in ARMED_TYPES else None


SIDE_RELATIVE_REACH = 12  # words from the relative pronoun to the date ("which launched an
# air war against ISIL in Syria last September")


def side_relative(doc: Doc, k: int, upto: int) -> bool:
    """English: token ``k`` lies a few words after a relative pronoun that follows an armed side
    (`side_before`), in its clause, no punctuation between, and a speaker frame follows it by
    token ``upto`` ("The coalition which launched an air war in Syria last September said it
    had struck Raqqa"): words that say who the speaker is, none of what it says. Arabic cuts
    its dated relatives (`_dated_relative`)."""
    if not role_lexicon(doc.language).subject_first or not any(
            k < a.first <= upto for a in doc.attributions):
        return False
    relatives = trigger_lexicon(doc.language).relatives
    first = doc.clauses[clause_of(doc, k)].first
    return any(doc.tokens[j].key in relatives and side_before(doc, j) is not None
               and not doc.punctuated(j, k) for j in range(max(first, k - SIDE_RELATIVE_REACH), k))


def relative_antecedent(doc: Doc, k: int, last: int) -> PlaceMention | Trigger | None:
    """What a relative clause closed by token ``k`` (a date's first) speaks of, when it opens
    after the event words ending at ``last``: a place ending within `ANTECEDENT_REACH` words
    before the pronoun, a comma allowed ("قتل شرطيان في البنجاب، التي قسمت في 1947"), or an
    event word right before it ("المدمرة بفعل المعركة التي دارت بين التنظيم والوحدات بين سبتمبر
    ويناير") — not one timed by a word before it ("في أعقاب الهجمات التي …": dates.yaml
    ``timed_by``). The pronoun stands within `RELATIVE_REACH` words before the date, actors'
    names not counted, no stop between."""
    relatives = trigger_lexicon(doc.language).relatives
    words, rel = 0, None
    for j in range(k - 1, last, -1):
        if doc.tokens[j].key in relatives:
            rel = j
            break
        words += j not in doc.actor_tokens
        if words > RELATIVE_REACH:
            return None
    if rel is None or doc.punctuated(rel, k):
        return None
    place = max((p for p in doc.places
                 if last < p.last and rel - ANTECEDENT_REACH <= p.last <= rel),
                key=lambda p: p.last, default=None)
    if place is not None:
        return place
    timed = timed_by(doc.language)
    return next((t for t in doc.triggers if t.last == rel and t.first > last and not (
        t.first > 0 and not timed.isdisjoint(doc.tokens[t.first - 1].stems))), None)


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
