"""Place mentions in running text: gazetteer phrases + the context that disambiguates them.

The extraction pipeline calls `find_places` after it has matched actors, passing their token
indexes as ``skip`` — «قوات سوريا الديمقراطية» is an actor, and must not give the place Syria.
Context used, in order of strength: the cue word before a name (محافظة، مدينة، نهر، ريف،
العاصمة، قرب…), a dual/plural cue carried over a coordination ("محافظتي حمص وحماة" → two
governorates), the country focus (Syria first), then kind and population.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from geo.place import Place
from text import NormText, Token

from geo.gazetteer import Candidate, Gazetteer

MAX_ALTERNATIVES = 5


@dataclass
class PlaceHit:
    """A place mention. ``first``/``last`` are token indexes and ``start``/``end`` normalised
    character offsets (all half-open); the span excludes proclitics (و، ب، ل…)."""
    first: int
    last: int
    start: int
    end: int
    place: Place
    cue: str | None = None
    alternatives: list[Place] = field(default_factory=list)
    score: float = 0.0


def find_places(nt: NormText, tokens: list[Token], skip: set[int] | None = None,
                country_focus: str | None = "SY",
                gazetteer: Gazetteer | None = None) -> list[PlaceHit]:
    """All place mentions in ``tokens`` (over ``nt.norm``), left to right, non-overlapping."""
    gaz = gazetteer or Gazetteer.default()
    hits: list[PlaceHit] = []
    prev_cue: tuple[int, str] | None = None  # (token after the hit, plural cue it carries)
    for m in gaz.matcher.find(nt.norm, tokens, skip):
        cue, plural = _cue_before(gaz, tokens, m.first, skip)
        if cue is None and prev_cue and prev_cue[0] == m.first and m.clitic.startswith("و"):
            cue, plural = prev_cue[1], True
        word = tokens[m.first].key[len(m.clitic):]
        cands = gaz.rank(m.payloads, word, country_focus, cue, m.clitic)
        if not cands:
            prev_cue = None
            continue
        best = cands[0]
        place = _apply_cue(best, cue)
        hits.append(PlaceHit(m.first, m.last, m.start, m.end, place, cue,
                             [c.place for c in cands[1:1 + MAX_ALTERNATIVES]], best.score))
        prev_cue = (m.last, cue) if cue and plural else None
    return hits


def _cue_before(gaz: Gazetteer, tokens: list[Token], i: int,
                skip: set[int] | None) -> tuple[str | None, bool]:
    """The cue word right before token ``i``, and whether it is dual/plural."""
    j = i - 1
    if j < 0 or (skip and j in skip):
        return None, False
    cue = gaz.cue_of(tokens[j])
    if not cue:
        return None, False
    return cue, any(s in gaz.plural_cues for s in tokens[j].stems)


def _apply_cue(c: Candidate, cue: str | None) -> Place:
    """Adjust the precision codes to what the cue says about the mention."""
    p = c.place
    if cue == "near" and p.kind in ("populated_place", "capital"):
        # ACLED 2 "near a town", UCDP 2 "within ~25 km of a known place".
        return replace(p, geo_precision=2, where_prec=2)
    if cue == "countryside" and p.kind in ("populated_place", "capital", "governorate"):
        ar = f"ريف {p.name_ar}" if p.name_ar else None
        return replace(p, name=f"{p.name.removesuffix(' Governorate')} countryside", name_ar=ar,
                       kind="region", geo_precision=2 if p.kind != "governorate" else 3,
                       where_prec=2 if p.kind != "governorate" else 4)
    return p
