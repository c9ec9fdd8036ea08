"""Helpers the extraction specs share: what a test reads off the events of a sentence."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from events.extract.pipeline import extract
from events.model import Event


def places_on(day: date, language: str = "en") -> Callable[[str], list[str | None]]:
    """``places(text)``: the place name of each event read from ``text`` published on ``day``,
    in order (None for an event with no place)."""
    def places(text: str) -> list[str | None]:
        return [e.location.name if e.location else None
                for e in extract(text, published=day, language=language)]
    return places


def types_on(day: date, language: str = "en") -> Callable[[str], list[str]]:
    """``types(text)``: the type of each event read from ``text`` published on ``day``, in
    order."""
    def types(text: str) -> list[str]:
        return [e.event_type for e in extract(text, published=day, language=language)]
    return types


def roles_of(events: list[Event], name: str) -> set[str]:
    """The roles the actor ``name`` plays across ``events``."""
    return {a.role for e in events for a in e.actors if a.name == name}


def roles(e: Event) -> dict[str, str]:
    """An event's actors by name: their role."""
    return {a.name: a.role for a in e.actors}


def modalities_on(day: date, language: str = "ar") -> Callable[[str], list[tuple[str, str]]]:
    """``modalities(text)``: (event type, modality) of each event read from ``text``."""
    def modalities(text: str) -> list[tuple[str, str]]:
        return [(e.event_type, e.modality)
                for e in extract(text, published=day, language=language)]
    return modalities
