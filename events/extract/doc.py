"""The document every extraction step reads and annotates (the spaCy ``Doc`` idea).

Each step is ``def step(doc: Doc) -> None``: it reads what earlier steps left and appends its
own mentions. All mention offsets are into the *normalised* text (``doc.norm``); only
assembly converts them to original offsets, through ``doc.span``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from events.model import Place
from events.text import NormText, Token, normalize, tokenize


@dataclass
class Mention:
    start: int  # normalised offsets, half-open
    end: int
    text: str  # the original surface form
    sentence: int  # index into doc.sentences


@dataclass
class ActorMention(Mention):
    actor_id: str = ""
    name: str = ""
    name_ar: str | None = None
    actor_type: str = ""  # state_force|non_state_armed_group|government_body|person|media|monitor
    side: str | None = None


@dataclass
class PlaceMention(Mention):
    place: Place | None = None
    cue: str | None = None  # governorate|countryside|city|town|village|river|region|capital
    alternatives: list[Place] = field(default_factory=list)


@dataclass
class DateMention(Mention):
    date_start: date | None = None
    date_end: date | None = None
    date_prec: int | None = None  # UCDP 1-5
    kind: str = ""  # absolute|relative|weekday|hijri|range|year|month


@dataclass
class LossMention(Mention):
    category: str = "other"
    who: str = "unknown"
    qualifier: str = "exact"
    low: int | None = None
    best: int | None = None
    high: int | None = None
    number_start: int = 0  # the number (or number words) alone
    number_end: int = 0


@dataclass
class TriggerMention(Mention):
    event_type: str = "other"
    strength: float = 1.0


@dataclass
class ModalityMention(Mention):
    modality: str = "actual"


@dataclass
class Attribution(Mention):
    """A speaker frame ("قال X", "وفقا لـ X", "في بيان"); binds claims in its sentence."""
    claimant: str | None = None  # canonical actor name
    carries_over: bool = False  # "وأضاف" / "وأشار البيان": continues the previous speaker


@dataclass
class Sentence:
    start: int  # normalised offsets
    end: int
    tokens: tuple[int, int]  # token index range, half-open


@dataclass
class Doc:
    text: str
    published: date | None = None
    language: str = "ar"
    article_id: str = ""
    nt: NormText = field(init=False)
    tokens: list[Token] = field(init=False)
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    losses: list[LossMention] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    modalities: list[ModalityMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.nt = normalize(self.text)
        self.tokens = tokenize(self.nt.norm)

    @property
    def norm(self) -> str:
        return self.nt.norm

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of a normalised span."""
        return self.nt.span(start, end)

    def surface(self, start: int, end: int) -> str:
        """The original text of a normalised span."""
        return self.nt.original_text(start, end)

    def sentence_of(self, norm_offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= norm_offset < s.end:
                return i
        return max(0, len(self.sentences) - 1)
