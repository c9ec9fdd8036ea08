"""A place mention found in running text (`geo.mentions`, `geo.spellings`, `geo.lands`), and
what the readers of mentions share: the kinds a cue word announces, the precision it implies."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from geo.gazetteer import Candidate
from geo.place import Place
from text import Token

MAX_ALTERNATIVES = 8
ARABIC = re.compile(r"[\u0600-\u06FF]")


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
    weak: bool = False  # an everyday word with no cue word, after a locative preposition


# The kinds of place a cue word announces, for a name read through its spelling variant.
# ("near" words such as جنوب، منطقة announce no kind: «جنوب محمد» is no place.)
VARIANT_KINDS = {"governorate": ("governorate",), "region": ("governorate", "region", "district"),
                  "district": ("district", "populated_place"), "city": ("populated_place", "capital"),
                  "town": ("populated_place",), "village": ("populated_place",)}


def apply_cue(c: Candidate, cue: str | None) -> Place:
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


def glued(norm: str, tokens: list[Token], k: int) -> bool:
    """Tokens k and k+1 are next to each other, with nothing but spaces between them."""
    return not norm[tokens[k].end:tokens[k + 1].start].strip()
