"""A place mention found in running text (`geo.mentions`, `geo.lands`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from geo.place import Place


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

