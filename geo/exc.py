"""Errors of the geo package, in one place (the geopy way): catch `GeoError` for all of them."""
from __future__ import annotations


class GeoError(Exception):
    """Base class of every error raised by `geo`."""


class GazetteerError(GeoError):
    """The gazetteer data is missing or malformed."""


class GeocoderUnavailable(GeoError):
    """An online geocoder could not be reached, timed out, or answered 5xx/429.

    The chain catches it and falls back to the offline answer; it is raised only by a single
    online backend used on its own.
    """


class GeocoderConfigError(GeoError):
    """A geocoder was asked for by a name geopy does not know, or misconfigured."""


class FetchError(GeoError):
    """Downloading or reading a GeoNames dump failed."""
