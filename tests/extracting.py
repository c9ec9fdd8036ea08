"""Helpers the extraction specs share: what a test reads off the events of a sentence."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from events.extract.pipeline import annotate, extract
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


def claimants_of(events: list[Event], category: str) -> set[str | None]:
    """Who claims the figures of one category across ``events`` (None: no one named)."""
    return {c.claimant for e in events for c in e.claims if c.category == category}


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


def place_uses_on(day: date) -> Callable[[str], dict[str, str]]:
    """``uses(text)``: each place named in ``text`` (published on ``day``) by name, with why it
    is no event's location ("" when it may be one)."""
    def uses(text: str) -> dict[str, str]:
        return {m.place.name: m.not_location for m in annotate(text, published=day).places
                if m.place}
    return uses


def mention_dates_on(day: date) -> Callable[[str], list[tuple[date | None, date | None]]]:
    """``dates(text)``: the (start, end) of each date told in ``text`` published on ``day``."""
    def dates(text: str) -> list[tuple[date | None, date | None]]:
        return [(d.date_start, d.date_end) for d in annotate(text, published=day).dates]
    return dates
