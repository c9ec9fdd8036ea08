"""Place names read through their spelling: a word the gazetteer does not know, read as a
variant of a name it knows when the context says a place of that kind stands there («محافظة
دياربكر», "the town of Talbisseh") or as a name whose apostrophe was lost ("Idlibs")."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from text import Token, bare
from text.normalize import stem_positions

from geo.english import PARTICLES, capital
from geo.gazetteer import Candidate, Gazetteer
from geo.hits import ARABIC, MAX_ALTERNATIVES, VARIANT_KINDS, PlaceHit, apply_cue, glued
from geo.variants import close_tail, glued_article, unglued


POSSESSIVE_MIN = 5  # "Homss", "Idlibs"; a shorter word ending in s is too often a word of its own


def lost_apostrophe(gaz: Gazetteer, norm: str, tokens: list[Token], skip: set[int],
                    hits: list[PlaceHit], country_focus: str | None) -> list[PlaceHit]:
    """A capitalised word the gazetteer does not know that is a strong name plus s: a
    possessive whose apostrophe the text lost ("Aleppos eastern districts", "in Idlibs
    countryside", "Daraas Manshiyah district"; FA-KES texts drop every apostrophe). Strong
    names only (a governorate, a town of `strong_population`), and no country: "Russias
    air force" and "Turkeys army" name who acts, not where — nor another reading of a
    country's name ("Iraqs second largest city" is not Arak, in Iran). A word of the actor lexicon
    ("Hamas") is in ``skip`` and is never tried."""
    covered = {k for h in hits for k in range(h.first, h.last)} | skip
    out: list[PlaceHit] = []
    for k, t in enumerate(tokens):
        key = t.key
        if (k in covered or len(key) < POSSESSIVE_MIN or not key.endswith("s")
                or not key.isascii() or not key.isalpha() or not capital(norm, t)):
            continue
        cands = gaz.lookup(norm[t.start:t.end - 1], country_focus)
        if any(c.entry.kind == "country" for c in cands):
            continue  # "Iraqs second city" is Iraq's, not Arak (Iran), its other reading
        cands = [c for c in cands if gaz.english.strong(c.entry, key[:-1])]
        if cands:
            out.append(PlaceHit(k, k + 1, t.start, t.end, cands[0].place, None,
                                [c.place for c in cands[1:1 + MAX_ALTERNATIVES]],
                                cands[0].score))
    return out


def spelling_variants(gaz: Gazetteer, norm: str, tokens: list[Token], skip: set[int],
                      hits: list[PlaceHit], cue_positions: list[int] | None = None
                      ) -> list[PlaceHit]:
    """A word the gazetteer does not know, right after a cue of kind, read as a spelling
    variant of a known name of that kind («إقليم باداخشان», «محافظة دياربكر»; `geo.variants`).
    The readings are ``weak``: the article's country must confirm them (`geo.context`)."""
    covered = {k for h in hits for k in range(h.first, h.last)} | skip
    out: list[PlaceHit] = []
    # only the words that are cue words (a set test each) are asked which cue they are
    if cue_positions is None:
        cue_positions = stem_positions(tokens, gaz.cue_word_set, len(tokens) - 1)
    else:
        cue_positions = cue_positions[:bisect_left(cue_positions, len(tokens) - 1)]
    for i in cue_positions:
        cue = gaz.cue_of(tokens[i])
        kinds = VARIANT_KINDS.get(cue or "")
        key = tokens[i + 1].key
        if (not kinds or i in skip or i + 1 in covered or not ARABIC.match(key)
                or bare(key) in gaz.need_cue or key in gaz.cue_words):
            continue
        refs = [r for r in gaz.variants(key) if gaz.rows[r[0]].kind in kinds]
        cands = gaz.rank(refs, "", None, cue, "", in_text=False)
        if cands:
            out.append(PlaceHit(i + 1, i + 2, tokens[i + 1].start, tokens[i + 1].end,
                                apply_cue(cands[0], cue), cue,
                                [c.place for c in cands[1:1 + MAX_ALTERNATIVES]],
                                cands[0].score, weak=True))
    return out


MAX_NAME_WORDS = 4  # "Ras al-Ain", "Orum al-Kubra", "Deir al-Zour": the longest run tried


def latin_spelling_variants(gaz: Gazetteer, norm: str, tokens: list[Token], skip: set[int],
                            hits: list[PlaceHit]) -> list[PlaceHit]:
    """A capitalised name the gazetteer does not know, introduced as a place of a kind ("the
    town of Talbisseh", "the village of al-Latamineh") or opened by a toponym head (cues.yaml
    ``english`` ``toponym_heads``: "Tal Hamis", "Khan Touman"), read as a spelling variant of
    a known name of that kind (`geo.variants.latin_skeleton`; a populated place after a head)
    in the country the article's other place names are mostly in. The longest run of
    capitalised words (with al-/el- particles) is tried first, then its shorter beginnings —
    after a head, never the head alone."""
    countries = Counter(h.place.country for h in hits if h.place.country and not h.weak)
    if not countries:
        return []
    top = countries.most_common(1)[0][0]
    covered = {k for h in hits for k in range(h.first, h.last)} | skip
    out: list[PlaceHit] = []
    for first, kinds, cue, shortest in _variant_starts(gaz, norm, tokens, skip, covered):
        run = _name_run(norm, tokens, first, covered)
        for n in range(len(run), shortest - 1, -1):
            last = run[n - 1]
            if not capital(norm, tokens[last]):
                continue
            name = unglued(norm[tokens[first].start:tokens[last].end])
            refs = [r for r in gaz.latin_variants(name)
                    if gaz.rows[r[0]].kind in kinds and gaz.rows[r[0]].country == top
                    and (shortest == 1 or close_tail(name, r[1]))]
            cands = gaz.rank(refs, "", None, cue, "", in_text=False) or _unglued_name(
                gaz, name, norm[tokens[first].start:tokens[last].end], kinds, top)
            if cands:
                out.append(PlaceHit(first, last + 1, tokens[first].start, tokens[last].end,
                                    apply_cue(cands[0], cue), cue,
                                    [c.place for c in cands[1:1 + MAX_ALTERNATIVES]],
                                    cands[0].score))
                covered.update(range(first, last + 1))
                break
    return out


def _unglued_name(gaz: Gazetteer, name: str, written: str, kinds: tuple[str, ...],
                  top: str) -> list[Candidate]:
    """"in Alwaer": a name whose glued article, split off, makes a name the gazetteer knows
    as written ("al-Waer"), of ``kinds`` in the country ``top``."""
    if name == written:
        return []
    return [c for c in gaz.lookup(name, top) if c.entry.kind in kinds and c.entry.country == top]


def _variant_starts(gaz: Gazetteer, norm: str, tokens: list[Token], skip: set[int],
                    covered: set[int]) -> list[tuple[int, tuple[str, ...], str | None, int]]:
    """Where a name read through its spelling may start: (token, kinds of place, cue, fewest
    words) — after "the town of", or at a capitalised toponym head not yet read as a place."""
    heads = gaz.english.toponym_heads
    starts = []
    for i in range(len(tokens) - 1):
        if tokens[i].key in heads and i not in covered and capital(norm, tokens[i]):
            starts.append((i, ("populated_place",), None, 2))
        elif (i > 0 and i not in covered and tokens[i - 1].key in gaz.english.before
              and glued_article(norm[tokens[i].start:tokens[i].end])):
            starts.append((i, ("populated_place",), None, 1))  # "in Alwaer", "near Almarj"
        if i + 2 < len(tokens) and tokens[i + 1].key == "of" and i not in skip:
            cue = gaz.cue_of(tokens[i])
            kinds = VARIANT_KINDS.get(cue or "")
            if kinds and glued(norm, tokens, i):
                starts.append((i + 2, kinds, cue, 1))
    return starts


def _name_run(norm: str, tokens: list[Token], j: int, covered: set[int]) -> list[int]:
    """Token indexes of the proper name starting at ``j``: capitalised words and the
    particles between them (al-, el-, bin), joined by spaces or hyphens only."""
    run: list[int] = []
    k = j
    while k < len(tokens) and len(run) < MAX_NAME_WORDS and k not in covered:
        t = tokens[k]
        if not (capital(norm, t) or t.key in PARTICLES):
            break
        if run and norm[tokens[k - 1].end:t.start].strip(" -"):
            break
        run.append(k)
        k += 1
    return run
