"""The gazetteer's TSV format: its columns, which names it keeps, and how a row is written.

Shared by the build (`geo.build`), the optional GeoNames extension (`geo.fetch`) and the
reader (`geo.gazetteer.read_tsv`), so the three agree on one format.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from typing import Any, Iterable

COLUMNS = ("id", "kind", "name", "name_ar", "lat", "lon", "country", "admin1", "population",
           "geo_precision", "where_prec", "names", "points")

# Pure Arabic letters (no Persian/Kurdish/Urdu extensions: those forms are other languages'
# spellings and add false positives), and Latin-script names.
_ARABIC_NAME = re.compile(r"[\u0621-\u063A\u0641-\u0652 ]+")
_LATIN_NAME = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'‘’`ʿʾʻ .\-]+")
_CODE = re.compile(r"[A-Z]{2,4}")


def is_arabic_name(name: str) -> bool:
    return bool(_ARABIC_NAME.fullmatch(name)) and len(name.replace(" ", "")) >= 3


def is_latin_name(name: str) -> bool:
    # Lower-case GeoNames "names" are machine romanisations of the Arabic (alrqt): noise.
    return (bool(_LATIN_NAME.fullmatch(name)) and not _CODE.fullmatch(name) and len(name) >= 3
            and not name[0].islower())


def pick_names(alternates: Iterable[str], drop: set[str]) -> tuple[list[str], list[str]]:
    """(Arabic names, Latin names) among ``alternates``, without those in ``drop``."""
    ar, la = [], []
    for n in alternates:
        n = n.strip()
        if n in drop:
            continue
        if is_arabic_name(n):
            ar.append(n)
        elif is_latin_name(n):
            la.append(n)
    return ar, la


def fold(name: str) -> str:
    """ASCII form of a romanised name (Maʿarrat an Nuʿmān -> Maarrat an Numan)."""
    s = unicodedata.normalize("NFKD", name.replace("ı", "i"))  # Turkish dotless ı has no base
    s = "".join(ch for ch in s if not unicodedata.combining(ch) and ch not in "'‘’`ʿʾʻ")
    return s if s.isascii() else name


def joined_forms(name: str) -> list[str]:
    """The other spelling of a «كفر» (village of) name: the press writes «كفر شوبا» and
    «كفرشوبا», «كفرنبل» and «كفر نبل» alike. Only with a rest of three letters or more, so no
    form of the verb (كفروا، كفره) is split off as a name."""
    head, sep, rest = name.partition(" ")
    if head == "كفر" and sep and " " not in rest and len(rest) >= 3:
        return [head + rest]
    if name.startswith("كفر") and " " not in name and len(name) >= 6:
        return [f"كفر {name[3:]}"]
    return []


def make_row(**kw: Any) -> dict[str, str]:
    """One TSV row; ``names`` gets each Latin name's ASCII fold and each «كفر» name's other
    spelling (`joined_forms`) too, sorted and unique."""
    raw = [n for n in kw.pop("names", []) if n]
    names = sorted({*raw, *(fold(n) for n in raw if is_latin_name(n)),
                    *(j for n in raw if n.startswith("كفر") for j in joined_forms(n))})
    pts = kw.pop("points", None) or []
    row = {c: "" for c in COLUMNS}
    for k, v in kw.items():
        if v is None:
            continue
        row[k] = f"{v:.5f}" if isinstance(v, float) else str(v)
    row["names"] = "|".join(names)
    row["points"] = ";".join(f"{la:.4f},{lo:.4f}" for la, lo in pts)
    return row


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                       quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()
