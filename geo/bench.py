"""Benchmarks: warm lookup throughput, and place recognition against NewsFANE gold.

NewsFANE (Alotaibi & Lee 2014, CC BY-SA 3.0) is read from ``../shared/corpus`` by path and never
copied. Scoring is entity-level with *overlap* matching (a predicted span counts if it shares a
character with a gold span — NewsFANE splits clitics into their own tokens, so exact span
equality mostly measures tokenisation); exact-span figures are reported alongside.
"""
from __future__ import annotations

import importlib
import json
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from geographiclib.geodesic import Geodesic

from geo.gazetteer import Gazetteer

DEFAULT_NEWSFANE = (Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
                    / "newsfane" / "NewsFANE_Gold_2014_170K.txt")
PLACE_CLASSES = ("Nation", "Population-Center", "State-or-Province", "County-or-District",
                 "Water-Body")
# NewsFANE classes each Place kind agrees with (its class is not what we predict, so precision
# is given per predicted kind: any place class overlapping counts; agreement is reported too).
KIND_CLASSES = {"country": ("Nation",), "capital": ("Population-Center",),
                "populated_place": ("Population-Center",),
                "governorate": ("State-or-Province", "County-or-District"),
                "region": ("County-or-District", "State-or-Province"),
                "river": ("Water-Body",), "water": ("Water-Body",)}
_SENTENCE_END = {".", "!", "?", "؟"}
_WORDS = ("الرقة", "بتدمر", "Palmyra", "محافظة حمص", "موسكو", "نهر الفرات", "ادلب", "Hama")


def lookup_rate(seconds: float = 2.0, gazetteer: Gazetteer | None = None) -> dict[str, float]:
    """Warm offline lookups per second (cached path, a mix of Arabic, clitics and English).
    ``per_cpu_second`` counts this process's CPU time only: on a busy machine it is the
    figure to compare."""
    gaz = gazetteer or Gazetteer.default()
    for w in _WORDS:
        gaz.lookup(w, country="SY")
    n, t0, c0 = 0, time.perf_counter(), time.process_time()
    deadline = t0 + seconds
    while time.perf_counter() < deadline:
        for w in _WORDS:
            gaz.lookup(w, country="SY")
        n += len(_WORDS)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"lookups": n, "seconds": round(elapsed, 3), "per_second": round(n / elapsed),
            "per_cpu_second": round(n / cpu) if cpu else None}


def load_time(repeat: int = 3) -> dict[str, float]:
    """Seconds to load the gazetteer in a new process's shoes: compiling the TSV (first use
    after a change, into a scratch cache) and loading the compiled form (every later start);
    best of ``repeat``, wall and CPU."""
    with tempfile.TemporaryDirectory() as tmp:
        t0, c0 = time.perf_counter(), time.process_time()
        g = Gazetteer(cache_dir=Path(tmp))
        compile_wall, compile_cpu = time.perf_counter() - t0, time.process_time() - c0
        walls, cpus = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            Gazetteer(cache_dir=Path(tmp))
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
    return {"entries": len(g), "names": sum(len(v) for v in g.matcher.index.values()),
            "compile_seconds": round(compile_wall, 3), "compile_cpu_seconds": round(compile_cpu, 3),
            "load_seconds": round(min(walls), 3), "load_cpu_seconds": round(min(cpus), 3)}


@dataclass
class Sentence:
    text: str
    gold: list[tuple[int, int, str]]  # char spans and class


def read_newsfane(path: Path | str) -> list[Sentence]:
    """Sentences of the gold file: tokens joined by spaces, place entities as char spans."""
    out: list[Sentence] = []
    toks: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    cur: tuple[int, int, str] | None = None

    def flush() -> None:
        nonlocal toks, spans, pos, cur
        if cur:
            spans.append(cur)
        if toks:
            out.append(Sentence(" ".join(toks), spans))
        toks, spans, pos, cur = [], [], 0, None

    with open(path, encoding="utf-8-sig", newline=None) as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            word, _, tag = line.partition("\t")
            word = word.replace("\u200e", "").strip()
            if not word:
                continue
            start = pos + (1 if toks else 0)
            end = start + len(word)
            toks.append(word)
            pos = end
            bio, _, cls = tag.strip().partition("-")
            if cur and not (bio == "I" and cls == cur[2]):
                spans.append(cur)
                cur = None
            if cls in PLACE_CLASSES:
                if bio == "B" or cur is None:
                    cur = (start, end, cls)
                else:
                    cur = (cur[0], end, cls)
            if word in _SENTENCE_END:
                flush()
    flush()
    return out


# The recogniser measured by default: the extraction pipeline's places after its context step,
# which adds what geo alone cannot know (actor names, operation names, the article's focus).
# Named, not imported: geo does not depend on events; without it the bench measures
# `geo.mentions.find_places` alone.
PIPELINE_RECOGNISER = "events.extract.place_context:place_mentions"


def _recogniser(spec: str | None = PIPELINE_RECOGNISER
                ) -> tuple[str, Callable[[str], list[tuple[int, int, str]]]]:
    """``module:function`` returning mentions with ``start``, ``end``, ``place`` — or geo's own."""
    find = None
    if spec:
        module, _, func = spec.partition(":")
        try:
            find = getattr(importlib.import_module(module), func)
        except Exception:  # not installed alongside: measure geo alone
            find = None
    if find is not None:
        def named(text: str) -> list[tuple[int, int, str]]:
            return [(m.start, m.end, _kind(m.place)) for m in find(text)]
        named.__wrapped__ = find  # type: ignore[attr-defined]
        return spec.replace(":", "."), named  # type: ignore[union-attr]

    from geo.mentions import find_places
    from text import normalize, tokenize

    def hits(text: str) -> list:
        nt = normalize(text)
        return find_places(nt, tokenize(nt.norm))

    def geo_only(text: str) -> list[tuple[int, int, str]]:
        return [(h.start, h.end, _kind(h.place)) for h in hits(text)]
    geo_only.__wrapped__ = hits  # type: ignore[attr-defined]
    return "geo.mentions.find_places", geo_only


def _kind(place: object) -> str:
    """The Place kind, with seas (kind region, id ``sea:…``) told apart as water."""
    if place is None:
        return ""
    if (getattr(place, "gazetteer_id", "") or "").startswith("sea:"):
        return "water"
    return str(getattr(place, "kind", ""))


def newsfane(path: str | Path = DEFAULT_NEWSFANE, limit: int | None = None,
             errors: int = 0, recogniser: str | None = PIPELINE_RECOGNISER) -> dict:
    """Precision/recall of place recognition per class (overlap matching; exact alongside)."""
    name, recognise = _recogniser(recogniser)
    sents = read_newsfane(path)[:limit]
    gold_n, gold_hit, gold_exact = Counter(), Counter(), Counter()
    pred_n, pred_hit, pred_agree = Counter(), Counter(), Counter()
    pred_total = pred_any = pred_exact = 0
    misses: list[str] = []
    false: list[str] = []
    t0 = time.perf_counter()
    for s in sents:
        preds = recognise(s.text)
        for gs, ge, gc in s.gold:
            gold_n[gc] += 1
            if any(ps < ge and gs < pe for ps, pe, _ in preds):
                gold_hit[gc] += 1
            elif len(misses) < errors:
                misses.append(f"{gc}: {s.text[gs:ge]} | {s.text[max(0, gs - 30):ge + 30]}")
            if any(ps == gs and pe == ge for ps, pe, _ in preds):
                gold_exact[gc] += 1
        for ps, pe, kind in preds:
            pred_total += 1
            pred_n[kind] += 1
            over = [gc for gs, ge, gc in s.gold if ps < ge and gs < pe]
            if over:
                pred_any += 1
                pred_hit[kind] += 1
                pred_agree[kind] += any(c in KIND_CLASSES.get(kind, ()) for c in over)
            elif len(false) < errors:
                false.append(f"{kind}: {s.text[ps:pe]} | {s.text[max(0, ps - 30):pe + 30]}")
            pred_exact += any(ps == gs and pe == ge for gs, ge, _ in s.gold)
    elapsed = time.perf_counter() - t0
    total_gold = sum(gold_n.values())
    per_class = {c: {"gold": gold_n[c], "recall": _ratio(gold_hit[c], gold_n[c]),
                     "recall_exact": _ratio(gold_exact[c], gold_n[c])}
                 for c in PLACE_CLASSES}
    per_kind = {k: {"predicted": n, "precision": _ratio(pred_hit[k], n),
                    "class_agreement": _ratio(pred_agree[k], pred_hit[k])}
                for k, n in sorted(pred_n.items())}
    result = {
        "recogniser": name, "matching": "overlap", "sentences": len(sents),
        "gold": total_gold, "predicted": pred_total,
        "recall": _ratio(sum(gold_hit.values()), total_gold),
        "precision": _ratio(pred_any, pred_total),
        "recall_exact": _ratio(sum(gold_exact.values()), total_gold),
        "precision_exact": _ratio(pred_exact, pred_total),
        "per_class": per_class, "per_kind": per_kind, "seconds": round(elapsed, 2),
    }
    if errors:
        result["misses"], result["false_positives"] = misses, false
    return result


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


DEFAULT_DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset"


def devset_places(lang: str = "ar", path: Path | str = DEFAULT_DEVSET,
                  recogniser: str | None = PIPELINE_RECOGNISER) -> dict:
    """Share of the development set's gold places (not those only "mentioned") that some place
    mention of their article lands on: 25 km, 150 km for governorates, regions, rivers and
    countries — the dev set's own tolerances. Events aside, this is what places alone reach;
    ``score.py``'s place recall also needs the event to be found."""
    name, recognise = _recogniser(recogniser)
    root = Path(path)
    n = hit = 0
    for gold_path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("language", "ar") != lang:
            continue
        raw = (root / "articles" / gold["article"]).read_text(encoding="utf-8")
        text = raw.split("\n---\n", 1)[1] if "\n---\n" in raw[:3000] else raw
        points = [(p.lat, p.lon) for p in _places(recognise, text)]
        for ev in gold["events"]:
            for gp in ev.get("places", []):
                if gp.get("lat") is None or gp.get("role") == "mentioned":
                    continue
                tol = 150.0 if gp.get("kind") in ("governorate", "river", "region", "country") \
                    else 25.0
                n += 1
                hit += any(_km((gp["lat"], gp["lon"]), q) <= tol for q in points)
    return {"recogniser": name, "lang": lang, "gold_places": n, "reached": hit,
            "recall": _ratio(hit, n)}


def _places(recognise: Callable, text: str) -> list:
    """The recogniser's Places (the pipeline's mentions carry them; geo's hits too)."""
    out = []
    for m in recognise.__wrapped__(text):  # type: ignore[attr-defined]
        p = getattr(m, "place", None)
        if p is not None and p.lat is not None:
            out.append(p)
    return out


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1], Geodesic.DISTANCE)["s12"] / 1000.0
