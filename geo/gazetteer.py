"""The offline gazetteer: load ``data/gazetteer/gazetteer.tsv`` once, look names up fast.

Every name goes through `text` (one normaliser for the whole project), so a lookup of
``بالرقة``, ``الرقه`` or ``Ar-Raqqah`` lands on the same entry. Ranking is a static prior
(kind, population) plus context (country focus, cue word); the context-free part is
precomputed per key, so a warm lookup is one dict hit.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

import yaml

from geo.place import Place
from geo import compiled, cues_schema
from geo.english import EnglishCues
from geo.variants import LatinVariantIndex, VariantIndex
from text import PhraseMatcher, Token, bare, normalize, normalize_key, tokenize

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
TSV_PATH = DATA_DIR / "gazetteer.tsv"
CUES_PATH = DATA_DIR / "cues.yaml"
EVERYDAY_PATH = DATA_DIR / "everyday_words.txt"  # generated: `python -m geo everyday-words`
EXTENSION_DIR = DATA_DIR / "extension"

CUE_KINDS = ("governorate", "district", "site", "city", "town", "village", "river", "region",
             "capital", "near", "countryside")
_POPULATED = ("populated_place", "capital")
# How much a cue word favours each kind of entry (missing = 0).
_CUE_BONUS: dict[str, dict[str, float]] = {
    "governorate": {"governorate": 1.0, "populated_place": -0.2, "capital": -0.2},
    "district": {"district": 1.0, "governorate": 0.2, "populated_place": -0.1},
    "site": {"site": 1.0, "populated_place": -0.2, "district": -0.3, "governorate": -0.3},
    "city": {"populated_place": 0.3, "capital": 0.3, "governorate": -0.3},
    "town": {"populated_place": 0.3, "capital": 0.2, "governorate": -0.3},
    "village": {"populated_place": 0.3, "governorate": -0.3},
    "river": {"river": 1.0},
    "region": {"region": 0.5, "river": -0.3},
    "capital": {"capital": 0.6, "populated_place": 0.1, "governorate": -0.3},
    "near": {"populated_place": 0.1, "capital": 0.1},
    "countryside": {"region": 0.5, "governorate": 0.2},
}
_NISBA_END = ("يه", "ي")


class Entry(NamedTuple):
    """One gazetteer row. Immutable: `place()` hands out a fresh `Place` each time."""
    id: str
    kind: str
    name: str
    name_ar: str | None
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    population: int
    geo_precision: int
    where_prec: int
    names: tuple[str, ...]
    points: tuple[tuple[float, float], ...] = ()

    @property
    def prior(self) -> float:
        """Context-free plausibility: big places and countries first, villages last."""
        p = min(math.log10(self.population + 10) / 7.0, 1.0)
        if self.kind == "country":
            return 0.8
        if self.kind == "capital":
            return 0.45 + 0.4 * p
        if self.kind == "populated_place":
            return 0.2 + 0.4 * p
        if self.kind == "governorate":
            return 0.15 + 0.4 * p
        if self.kind == "district":
            return 0.1 + 0.4 * p  # a district is named after its seat: the town comes first
        if self.kind == "site":
            return 0.55
        return 0.6  # rivers, regions: curated, so meant

    def place(self) -> Place:
        return Place(name=self.name, name_ar=self.name_ar, lat=self.lat, lon=self.lon,
                     kind=self.kind, admin1=self.admin1, country=self.country,
                     geo_precision=self.geo_precision, where_prec=self.where_prec,
                     gazetteer_id=self.id)


@dataclass(slots=True)
class Candidate:
    """A ranked answer to a lookup; higher ``score`` is better (not a probability)."""
    place: Place
    score: float
    entry: Entry = field(repr=False)


def read_tsv(path: Path) -> list[Entry]:
    out: list[Entry] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
            pts = tuple(tuple(float(x) for x in p.split(",")) for p in r["points"].split(";")
                        if p) if r.get("points") else ()
            out.append(Entry(
                id=r["id"], kind=r["kind"], name=r["name"], name_ar=r["name_ar"] or None,
                lat=float(r["lat"]), lon=float(r["lon"]), country=r["country"] or None,
                admin1=r["admin1"] or None, population=int(r["population"] or 0),
                geo_precision=int(r["geo_precision"]), where_prec=int(r["where_prec"]),
                names=tuple(n for n in r["names"].split("|") if n), points=pts))  # type: ignore[arg-type]
    return out


def _compile(files: list[Path], cues_path: Path) -> compiled.Compiled:
    """Entries of ``files`` (the first file wins on a repeated id), their name index and the
    cue words."""
    cues = yaml.load(cues_path.read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    cues_schema.check(cues, cues_path)
    if EVERYDAY_PATH.exists():  # measured everyday words: they need a cue like `need_cue`
        cues["everyday"] = [w.strip() for w in EVERYDAY_PATH.read_text(encoding="utf-8")
                            .splitlines() if w.strip() and not w.startswith("#")]
    entries: dict[str, Entry] = {}
    for f in files:
        for e in read_tsv(f):
            entries.setdefault(e.id, e)  # the bundled file wins over the extension
    rows = list(entries.values())
    matcher: PhraseMatcher[NameRef] = PhraseMatcher()
    compiled.index_names(((n, i) for i, e in enumerate(rows)
                          for n in (e.name, e.name_ar or "", *e.names)), matcher)
    for phrase in cues.get("not_places") or []:
        matcher.add(normalize_key(phrase), (-1, normalize_key(phrase)))
    return compiled.Compiled([tuple(e) for e in rows], matcher.index, matcher.max_len, cues)


# A matcher payload: (index of the entry in `Gazetteer.rows`, or -1 for a phrase that is not a
# place such as «ريال مدريد»; the name key it matched through, for the nisba rule).
NameRef = tuple[int, str]


class Gazetteer:
    """Names -> ranked places. Build once (`Gazetteer.default()`); lookups are read-only."""

    def __init__(self, paths: Iterable[Path] | None = None, cues_path: Path = CUES_PATH,
                 extension_dir: Path | None = EXTENSION_DIR,
                 cache_dir: Path | None = compiled.CACHE_DIR) -> None:
        files = list(paths) if paths is not None else [TSV_PATH]
        if extension_dir is not None and extension_dir.is_dir():
            files += sorted(extension_dir.glob("*.tsv"))
        built = compiled.load([*files, cues_path, EVERYDAY_PATH],
                              lambda: _compile(files, cues_path), cache_dir)
        cfg = self.cues = built.cues  # cues.yaml as loaded, for the context rules too
        self.cue_words: dict[str, str] = {}
        for cue, words in cfg["cues"].items():
            for w in words:
                self.cue_words.setdefault(normalize_key(w), cue)
        # the same words as a set, for the per-token prefilter of `geo.mentions` (a frozenset
        # answers `isdisjoint` about a quarter faster than a dict's keys view)
        self.cue_word_set = frozenset(self.cue_words)
        self.plural_cues = {normalize_key(w) for w in cfg.get("plural") or []}
        # Bare forms (no ال), as the matcher indexes: «الخبر» and «خبر» are one word here.
        self.need_cue = {bare(normalize_key(w)) for w in cfg.get("need_cue") or []}
        # Measured everyday words need a cue too, and are never read as places without one
        # (`geo.mentions` weak hits are for the hand-made list only).
        self.everyday = {bare(normalize_key(w)) for w in cfg.get("everyday") or []} - self.need_cue
        self.need_cue |= self.everyday
        self.english = EnglishCues.from_config(cfg.get("english") or {})
        words = lambda k: frozenset(normalize_key(w) for w in cfg.get(k) or ())  # noqa: E731
        self.streets, self.titles_after = words("streets"), words("titles_after")
        self.street_pairs = words("street_pairs")
        self.names_before, self.agreements = words("names_before"), words("agreements")
        self.toponym_heads = words("toponym_heads")
        # the unions `geo.mentions._names_something_else` tests a word against, made once here
        # (they were made again at every place hit: 0.5% of all extraction time)
        self.named_after_words = self.streets | self.agreements | self.street_pairs
        self.name_or_toponym_heads = self.names_before | self.toponym_heads
        self.directions, self.locative = words("directions"), words("locative")
        lands = cfg.get("lands") or {}
        self.land_words = frozenset(normalize_key(w) for w in lands.get("words") or ())
        self.land_countries = {normalize_key(a): iso
                               for a, iso in (lands.get("adjectives") or {}).items()}
        self.capital_words = frozenset(normalize_key(w) for w in lands.get("capitals") or ())
        self.land_or_capital_words = self.land_words | self.capital_words
        outlets = cfg.get("outlets") or {}
        self.outlet_papers, self.outlet_told, self.outlet_then = (
            frozenset(normalize_key(w) for w in outlets.get(k) or ()) for k in ("papers", "told", "then"))
        with compiled.no_gc():
            self.rows: list[Entry] = [Entry(*r) for r in built.rows]
        self.entries: dict[str, Entry] = {e.id: e for e in self.rows}
        self.matcher: PhraseMatcher[NameRef] = PhraseMatcher.from_index(built.index,
                                                                        built.max_len,
                                                                        clitic_heads=True)
        self._lookup_cache: dict[tuple[str, str | None, str | None], list[Candidate]] = {}
        self._variants: VariantIndex | None = None
        self._capitals: dict[str | None, Entry] | None = None
        self._seats: dict[tuple[str | None, float, float], Entry] | None = None
        self._latin_variants: LatinVariantIndex | None = None
        self._priors: list[float] | None = None  # `Entry.prior` of each row, made on first use
        # `rank`'s answers by payloads and context: (row, score) pairs, best first
        self._rank_cache: dict[tuple, tuple[tuple[int, float], ...]] = {}

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer (bundled TSV + local extension), loaded on first use."""
        return _default()

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def capital_of(self, iso: str) -> Entry | None:
        """The capital of the country with ISO code ``iso``, when the gazetteer holds it."""
        if self._capitals is None:
            self._capitals = {e.country: e for e in self.rows if e.kind == "capital"}
        return self._capitals.get(iso)

    def seat_of(self, governorate_id: str) -> Entry | None:
        """The town a governorate is named after and placed at (its row shares the town's
        point: محافظة تعز, تعز), when the gazetteer holds it."""
        gov = self.entries.get(governorate_id)
        if gov is None or gov.kind != "governorate":
            return None
        if self._seats is None:
            self._seats = {}
            for e in self.rows:
                if e.kind in ("populated_place", "capital"):
                    key = (e.country, round(e.lat, 4), round(e.lon, 4))
                    best = self._seats.get(key)
                    if best is None or e.population > best.population:
                        self._seats[key] = e
        return self._seats.get((gov.country, round(gov.lat, 4), round(gov.lon, 4)))

    def cue_of(self, token: Token) -> str | None:
        """The cue kind a word expresses (محافظة -> governorate), clitics allowed."""
        for s in token.stems:
            c = self.cue_words.get(s)
            if c:
                return c
        return None

    def variants(self, key: str) -> list[NameRef]:
        """Names spelled like ``key`` up to long vowels, spaces and the letter for g
        (`geo.variants`); the index is built on first use."""
        if self._variants is None:
            self._variants = VariantIndex((key, idx) for entries in self.matcher.index.values()
                                          for _, (idx, key), _definite in entries if idx >= 0)
        return self._variants.find(key)

    def latin_variants(self, name: str) -> list[NameRef]:
        """Latin-script names spelled like ``name`` up to vowels, doubled letters, the article
        and the final h ("Talbisseh" -> Talbiseh; `geo.variants.latin_skeleton`); the index is
        built on first use."""
        if self._latin_variants is None:
            self._latin_variants = LatinVariantIndex(
                (key, idx) for entries in self.matcher.index.values()
                for _, (idx, key), _definite in entries if idx >= 0)
        return self._latin_variants.find(name)

    def locative_word(self, token: Token) -> bool:
        """A preposition of place (cues.yaml `locative`), with its و/ف: في، وفي، ومن. (One set
        test of the stems, not a generator step per stem: asked before every place name.)"""
        k = token.key
        return not self.locative.isdisjoint(token.stems) or (
            k[:1] in ("و", "ف") and k[1:] in self.locative)

    def context_free_score(self, e: Entry, cue: str | None = None) -> float:
        """An entry's score before the article's context: its prior and the cue's bonus."""
        return e.prior + _CUE_BONUS.get(cue or "", {}).get(e.kind, 0.0)

    def rank(self, refs: Iterable[NameRef], mention_word: str = "", country: str | None = None,
             cue: str | None = None, clitic: str = "", in_text: bool = True) -> list[Candidate]:
        """Score matcher payloads in context; drop nisba adjectives and, in running text
        (``in_text``), everyday words that need a cue (الباب needs «مدينة الباب»; a direction
        is not enough: «جنوب البلاد» is "the south of the country"). The ranking (rows and
        scores) is remembered per payloads and context — the same few thousand come back tens
        of thousands of times a corpus (nine calls in ten); the candidates and their places are
        made anew at each call, the caller's to keep."""
        refs = tuple(refs)
        ck = (refs, mention_word, country, cue, clitic, in_text)
        ranked = self._rank_cache.get(ck)
        if ranked is None:
            ranked = self._ranked(refs, mention_word, country, cue, clitic, in_text)
            if len(self._rank_cache) >= RANK_CACHE_MAX:
                self._rank_cache.clear()
            self._rank_cache[ck] = ranked
        rows = self.rows
        return [Candidate(rows[idx].place(), s, rows[idx]) for idx, s in ranked]

    def _ranked(self, refs: tuple[NameRef, ...], mention_word: str, country: str | None,
                cue: str | None, clitic: str, in_text: bool) -> tuple[tuple[int, float], ...]:
        """`rank`'s answer as (row, score) pairs, best first."""
        bonus = _CUE_BONUS.get(cue or "", {})
        best: dict[str, tuple[int, float]] = {}
        priors = self._priors
        if priors is None:  # (`Entry.prior` takes a logarithm: once per row, not per mention)
            priors = self._priors = [e.prior for e in self.rows]
        for idx, key in refs:
            if idx < 0:
                return ()  # the longest match is a club or outlet named after a place
            e = self.rows[idx]
            if (_is_nisba(mention_word, key) or _lost_article(mention_word, key, clitic)
                    or _so_before_a_village(e, clitic)):
                continue
            if in_text and ((bare(key) in self.need_cue and cue in (None, "near"))
                            or key in self.cue_words):
                continue  # everyday words, and cue words themselves (مدينة), are not names
            s = priors[idx] + bonus.get(e.kind, 0.0)
            if country and e.country == country:
                s += 0.3
            if mention_word and key.split(" ")[0] == mention_word:
                s += 0.02  # the exact written form beats a match through ال-stripping
            if e.id not in best or s > best[e.id][1]:
                best[e.id] = (idx, round(s, 4))
        return tuple(sorted(best.values(), key=lambda c: (-c[1], self.rows[c[0]].id)))

    def lookup(self, name: str, country: str | None = None,
               cue: str | None = None) -> list[Candidate]:
        """Ranked candidates for a whole name (Arabic with clitics, or English).

        ``country`` (ISO alpha-2) is a preference, not a filter; ``cue`` one of `CUE_KINDS`.
        A leading cue word in ``name`` ("محافظة حمص" when not itself a name) is used as cue.
        Results are cached per (name, country, cue); the returned list is yours to keep.
        """
        ck = (name, country, cue)
        hit = self._lookup_cache.get(ck)
        if hit is None:
            hit = self._lookup(name, country, cue)
            if len(self._lookup_cache) > 200_000:
                self._lookup_cache.clear()
            self._lookup_cache[ck] = hit
        return [Candidate(_copy(c.place), c.score, c.entry) for c in hit]

    def best(self, name: str, country: str | None = None, cue: str | None = None) -> Place | None:
        cands = self.lookup(name, country, cue)
        return cands[0].place if cands else None

    def _lookup(self, name: str, country: str | None, cue: str | None) -> list[Candidate]:
        norm = normalize(name).norm
        tokens = tokenize(norm)
        if not tokens:
            return []
        m = self.matcher.match_at(norm, tokens, 0)
        if m and m.last == len(tokens):
            word = tokens[0].key[len(m.clitic):]
            return self.rank(m.payloads, word, country, cue, m.clitic, in_text=False)
        if len(tokens) > 1 and (c := self.cue_of(tokens[0])):
            rest = norm[tokens[1].start:]
            return self._lookup(rest, country, cue or c)
        return []


def _copy(p: Place) -> Place:
    """A shallow copy of a Place, ~8x cheaper than `dataclasses.replace` (the lookup hot path)."""
    if hasattr(p, "__dict__"):
        q = object.__new__(Place)
        q.__dict__.update(p.__dict__)
        return q
    return replace(p)


def _is_nisba(mention_word: str, name_key: str) -> bool:
    """«السورية», «الروسي», «المخمور»: the mention carries ال and the name does not — an
    adjective or a common noun, not the place (a name written with ال is listed with it)."""
    return (mention_word.startswith("ال") and not name_key.startswith("ال")
            and _ARABIC.match(name_key) is not None)


def _lost_article(mention_word: str, name_key: str, clitic: str) -> bool:
    """«ورقة» is not «الرقة»: a name written with ال keeps it in text, except after لل. And
    «كميناً» is an ambush, not ك + مينا: "like" takes a place only with its article (كالرقة)."""
    if clitic.endswith("ك") and not mention_word.startswith("ال"):
        return True
    return (bool(mention_word) and name_key.startswith("ال") and not mention_word.startswith("ال")
            and not clitic.endswith("لل") and _ARABIC.match(name_key) is not None)


SO_MIN_POPULATION = 50_000  # a town this big may follow a bare ف ("فعدن", "فسرت")


def _so_before_a_village(e: Entry, clitic: str) -> bool:
    """«فخورين» is "proud", «فارغا» "empty": ف glued to a name is rare, and a village's name
    after it is far more often the rest of an everyday word; only a town of some size, a
    country or a division is read after a bare ف."""
    return clitic == "ف" and e.kind == "populated_place" and e.population < SO_MIN_POPULATION


_ARABIC = re.compile(r"[\u0600-\u06FF]")
RANK_CACHE_MAX = 100_000  # `Gazetteer.rank`'s remembered answers (emptied when full)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer()


