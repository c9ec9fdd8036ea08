"""Step: names the gazetteer does not know, asked of an online geocoder (opt-in).

With ``ATHAR_ONLINE_GEOCODER`` set (`settings`), a word right after a place cue word (مدينة،
بلدة، قرية، حي، مخيم، محافظة…, "the town of") that no place mention covers is a place the
bundled gazetteer lacks. Its name — one word, or two when the first is a name head such as
تل، عين، دير، كفر ("تل حميس") or the second carries the article ("دير الزور") — goes to the
online geocoder with the article's focus country (`Doc.place_focus`), through the persistent
cache in the store's database and the rate limiter of `geo.geocoder`: a name is asked once,
ever. Off by default and in tests (which use a local stub server); a miss or a failure leaves
the word unplaced and never stops extraction.
"""
from __future__ import annotations

import functools

import settings
from events.extract.doc import Doc, PlaceMention
from geo.gazetteer import Gazetteer
from geo.geocoder import Geocoder, GeocoderChain, OnlineGeocoder
from geo.cache import GeocodeCache

# Cue kinds after which an unknown word is a place name worth asking about.
ASK_AFTER = ("governorate", "district", "city", "town", "village", "countryside")
_NAME_HEADS = frozenset({"تل", "عين", "دير", "كفر", "بير", "بئر", "خربه", "ابو", "راس", "جسر",
                         "بيت", "قصر", "ام", "جبل", "وادي", "tal", "tell", "ain", "deir", "kafr"})
_PUNCT = ".,،;:!?؟()\"«»\n"


@functools.cache
def _geocoder(s: settings.Settings) -> Geocoder | None:
    if not s.online_geocoder:
        return None
    backend = OnlineGeocoder(s.online_geocoder, user_agent=s.geocoder_user_agent,
                             domain=s.geocoder_domain, scheme=s.geocoder_scheme,
                             timeout=s.geocoder_timeout, min_delay=s.geocoder_min_delay)
    return GeocoderChain([backend], GeocodeCache(s.db_url))


def find_online_places(doc: Doc, config: settings.Settings | None = None) -> None:
    """Add the places an online geocoder finds for cued names the gazetteer lacks."""
    geocoder = _geocoder(config or settings.get())
    if geocoder is None or not doc.tokens:
        return
    gaz = Gazetteer.default()
    covered = {k for m in doc.places for k in range(m.first, m.last)}
    country = doc.place_focus[0] if doc.place_focus else None
    found: list[PlaceMention] = []
    toks = doc.tokens
    for i in range(len(toks) - 1):
        cue = gaz.cue_of(toks[i])
        j = i + 1
        if cue not in ASK_AFTER or j in covered or j in doc.actor_tokens or i in covered:
            continue
        if toks[i].key in ("the",) or _gap(doc, i, j):
            continue
        end = j + 1
        if end < len(toks) and not _gap(doc, j, end) and end not in covered and (
                toks[j].key in _NAME_HEADS or (toks[end].key.startswith("ال")
                                               and not toks[j].key.startswith("ال"))):
            end += 1
        name = doc.surface(toks[j].start, toks[end - 1].end)
        place = geocoder.geocode(name, country=country)
        if place is None:
            continue
        found.append(PlaceMention(toks[j].start, toks[end - 1].end, name,
                                  doc.sentence_of(toks[j].start), j, end, place=place, cue=cue))
        covered.update(range(j, end))
    if found:
        doc.places[:] = sorted([*doc.places, *found], key=lambda m: m.start)


def _gap(doc: Doc, a: int, b: int) -> bool:
    """Punctuation between tokens a < b."""
    return any(ch in _PUNCT for ch in doc.norm[doc.tokens[a].end:doc.tokens[b].start])
