"""A country named by its adjective (cues.yaml ``lands``): after a word for its land, air or
depth ("في الأراضي السورية", "بالأجواء العراقية", "في العمق اليمني") it is that country; after
the word for a capital, with no name of its own after ("في قلب العاصمة التشادية"), it is that
country's capital. The adjective alone ("الجيش السوري") names no place (`geo.mentions`)."""
from __future__ import annotations

from bisect import bisect_left

from geo.gazetteer import Gazetteer
from geo.hits import PlaceHit
from text import Token
from text.normalize import stem_positions

LAND = "land"  # the cue of a country named by a land word and its adjective


def lands(gaz: Gazetteer, tokens: list[Token], skip: set[int], hits: list[PlaceHit],
          positions: list[int] | None = None) -> list[PlaceHit]:
    """The lands and capitals named by an adjective, each spanning both words without the
    proclitic. Words another hit or an actor covers are left alone; so is a capital whose
    name follows ("العاصمة السورية دمشق": the name is the hit). ``positions``: the tokens
    one of whose stems is in ``gaz.land_or_capital_words``, when the caller has them
    (`Doc.positions` of ``LAND_WORD``); else a pass over every token finds them."""
    covered = {k for h in hits for k in range(h.first, h.last)} | skip
    out: list[PlaceHit] = []
    if positions is None:
        positions = stem_positions(tokens, gaz.land_or_capital_words, len(tokens) - 1)
    else:
        positions = positions[:bisect_left(positions, len(tokens) - 1)]
    for i in positions:
        iso = gaz.land_countries.get(tokens[i + 1].key, "")
        if not iso or i in covered or i + 1 in covered:
            continue
        stem = next(s for s in tokens[i].stems if s in gaz.land_or_capital_words)
        if stem in gaz.land_words:
            entry, cue = gaz.get(f"country:{iso}"), LAND
        elif i + 2 not in covered and not _seat_of(hits, i, iso):
            entry, cue = gaz.capital_of(iso), "capital"
        else:
            continue
        if entry is not None:
            out.append(PlaceHit(i, i + 2, tokens[i].end - len(stem), tokens[i + 1].end,
                                entry.place(), cue=cue, score=entry.prior))
    return out


SEAT_REACH = 2  # tokens from a place to the capital it lies in ("متحف باردو في العاصمة")


def _seat_of(hits: list[PlaceHit], i: int, iso: str) -> bool:
    """A capital named right after a place of its own country ("في متحف باردو في العاصمة
    التونسية"): it says where that place lies; the place is the mention."""
    return any(i - SEAT_REACH <= h.last <= i and h.place.country == iso for h in hits)
