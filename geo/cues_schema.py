"""The shape of ``data/gazetteer/cues.yaml``, checked when the gazetteer is compiled: an analyst
who misspells a key or writes a word where a list belongs gets an error at start naming the
file and the key, not a rule that silently reads an empty list (the lexicons of
``data/lexicon/`` are checked the same way by `events.lexicon`). Every key is optional — a
small gazetteer of one's own may leave rules out — but no unknown key is accepted."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from geo.exc import GazetteerError

_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}


def _obj(props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": props, "additionalProperties": False}


SCHEMA = _obj({
    # cue kind -> the words that name it before a place ("محافظة", "قرية", "near")
    "cues": {"type": "object", "additionalProperties": _WORDS},
    "plural": _WORDS, "need_cue": _WORDS, "streets": _WORDS, "titles_after": _WORDS,
    # «شارعي الثورة وبغداد»: a dual street word names two streets, joined by و
    "street_pairs": _WORDS,
    "names_before": _WORDS, "agreements": _WORDS, "toponym_heads": _WORDS,
    # "في الأراضي السورية": a land word, then a country's adjective -> its ISO code
    "lands": _obj({"words": _WORDS, "inner": _WORDS, "capitals": _WORDS,
                   "adjectives": {"type": "object",
                                  "additionalProperties": {"type": "string",
                                                           "pattern": "^[A-Z]{2}$"}}}),
    "directions": _WORDS, "locative": _WORDS, "not_places": _WORDS,
    # a quoted name after these is a newspaper ("قال لـ«الرياض» إن")
    "outlets": _obj({"papers": _WORDS, "told": _WORDS, "then": _WORDS}),
    "english": _obj({"before": _WORDS, "types": _WORDS, "common_words": _WORDS, "dates": _WORDS,
                     "streets": _WORDS, "directions": _WORDS, "parts": _WORDS,
                     "part_joins": _WORDS, "list_heads": _WORDS, "name_openers": _WORDS,
                     "toponym_heads": _WORDS, "patronymics": _WORDS, "operation_words": _WORDS,
                     "strong_population": {"type": "integer", "minimum": 0}}),
    "context": _obj({"actor_before": _WORDS, "verbs_after": _WORDS, "launch": _WORDS,
                     "venue": _WORDS, "residence": _WORDS, "designation": _WORDS,
                     "agent_after": _WORDS, "auxiliaries": _WORDS, "undergoing": _WORDS,
                     "progressive": _WORDS, "progressive_before": _WORDS, "witnessing": _WORDS,
                     "progressive_endings": _WORDS, "sources": _WORDS, "wider": _WORDS, "source_links": _WORDS,
                     "border": _WORDS, "border_links": _WORDS, "border_verbs": _WORDS, "allies": _WORDS, "launch_links": _WORDS,
                     "border_of": _WORDS, "within_borders": _WORDS,
                     "backers": _WORDS, "backer_links": _WORDS,
                     "offices": _WORDS, "office_links": _WORDS,
                     "transfers": _WORDS, "transfer_links": _WORDS,
                     "designation_links": _WORDS, "seat_after": _WORDS, "articles": _WORDS,
                     "pair_links": _WORDS, "name_links": _WORDS, "quarters": _WORDS, "locals": _WORDS,
                     "quarters_before": _WORDS, "quarter_links": _WORDS,
                     "homeland": _WORDS, "homeland_fillers": _WORDS,
                     "team_before": _WORDS, "team_after": _WORDS,
                     "dateline_marks": {"type": "string"},
                     # "تبعد 600 كيلومتر عن العاصمة": unit -> kilometres, and how far is far
                     "distance_units": {"type": "object",
                                        "additionalProperties": {"type": "number",
                                                                 "exclusiveMinimum": 0}},
                     "far_km": {"type": "number", "minimum": 0},
                     "comparisons": _WORDS, "comparison_links": _WORDS,
                     "comparison_joins": _WORDS,
                     # "المدينة" -> the kind of place it refers back to
                     "anaphora": {"type": "object", "additionalProperties": {
                         "enum": ["city", "town", "village", "governorate", "capital", "area"]}},
                     # "قرية الجنادية" (unplaced) -> "القرية" after it refers to no earlier place
                     "unplaced_named": {"type": "object", "additionalProperties": _WORDS}}),
})


def check(cues: Any, path: Path) -> None:
    """Raise `GazetteerError` for the first way ``cues`` (cues.yaml as loaded) breaks the schema."""
    errors = sorted(jsonschema.Draft202012Validator(SCHEMA).iter_errors(cues),
                    key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        e = errors[0]
        where = ".".join(map(str, e.absolute_path)) or "(top)"
        raise GazetteerError(f"{path}: {where}: {e.message}")
