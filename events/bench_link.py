"""``python -m events bench link``: how well linking finds the reports of one incident.

The gold file (``data/demo/links_gold.yaml``, see its header) lists incidents, each with the
articles that report it — from the bundled demo corpus and the test articles of
``tests/fixtures/incidents/`` — and what identifies the incident's event in each article (its
type family, a day, a place). Distinct incidents close in time and space are listed too: they
are what a careless linker merges.

The articles are ingested into a fresh store (linking runs as it does on every ingest); each
gold report is matched to its event; then, over those events, pairwise precision (of the pairs
that share an incident, how many are gold pairs) and recall (of the gold pairs, how many share
an incident). Reports whose event extraction did not produce are counted apart: they are
extraction's misses, not linking's.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import func, select

from events.flat import event_point
from events.incidents import FAMILIES
from events.lexicon import ROOT
from events.model import Event

GOLD = ROOT / "data" / "demo" / "links_gold.yaml"
ARTICLE_DIRS = [ROOT / "data" / "demo" / "fakes", ROOT / "data" / "demo" / "snn",
                ROOT / "data" / "articles", ROOT / "tests" / "fixtures" / "incidents"]
CACHE = ROOT / ".cache" / "bench" / "link"


@dataclass(frozen=True)
class GoldIncident:
    key: str
    family: str
    day: date
    places: tuple[str, ...]  # the drawn place's name, or its governorate (admin1)
    reports: tuple[str, ...]  # article ids


def load_gold(path: Path = GOLD) -> list[GoldIncident]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for d in data["incidents"]:
        places = d["place"] if isinstance(d["place"], list) else [d["place"]]
        out.append(GoldIncident(key=d["id"], family=d["family"],
                                day=date.fromisoformat(str(d["day"])),
                                places=tuple(places), reports=tuple(d["reports"])))
    return out


def article_path(article_id: str) -> Path:
    for folder in ARTICLE_DIRS:
        if (folder / f"{article_id}.txt").exists():
            return folder / f"{article_id}.txt"
    raise FileNotFoundError(f"gold article {article_id} is in none of {ARTICLE_DIRS}")


def matches(event: Event, gold: GoldIncident) -> int:
    """0 when the event is not the gold incident's; else 2 (its place) or 1 (its
    governorate)."""
    if FAMILIES.get(event.event_type, event.event_type) != gold.family or event.background:
        return 0
    first, last = event.date_start or event.date_end, event.date_end or event.date_start
    if first is None or not first[:10] <= gold.day.isoformat() <= last[:10]:
        return 0
    place, _ = event_point(event)
    if place is None:
        return 0
    if place.name in gold.places or (place.name_ar or "") in gold.places:
        return 2
    return 1 if place.admin1 in gold.places else 0


def _days(event: Event) -> int:
    first, last = event.date_start or event.date_end, event.date_end or event.date_start
    return (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days  # type: ignore[index]


def pick(found: list[Event], gold: GoldIncident) -> Event | None:
    """The article's event for the gold incident: its place over its governorate, then the
    tightest date, then the first in the article."""
    scored = [(matches(e, gold), -_days(e), -i, e) for i, e in enumerate(found)]
    scored = [s for s in scored if s[0]]
    return max(scored, key=lambda s: s[:3])[3] if scored else None


def pairwise(chosen: dict[tuple[str, str], Event]) -> dict[str, Any]:
    """Precision and recall over the pairs of chosen events (keys: gold incident, article)."""
    items = sorted(chosen.items())
    gold_pairs = predicted = both = 0
    for (ka, ea), (kb, eb) in combinations(items, 2):
        if ka[1] == kb[1]:
            continue  # one article's events are never one incident
        same_gold, same_found = ka[0] == kb[0], ea.incident_id == eb.incident_id
        gold_pairs += same_gold
        predicted += same_found
        both += same_gold and same_found
    return {"gold_pairs": gold_pairs, "linked_pairs": predicted, "correct_pairs": both,
            "precision": round(both / predicted, 3) if predicted else 1.0,
            "recall": round(both / gold_pairs, 3) if gold_pairs else 1.0}


def run(gold_path: Path = GOLD, workdir: Path = CACHE) -> dict[str, Any]:
    from events.ingest import ingest_paths
    from events.store import Store, events, incidents

    gold = load_gold(gold_path)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    store = Store(f"sqlite:///{workdir / 'athar.db'}")
    ids = sorted({a for g in gold for a in g.reports})
    summary = ingest_paths([article_path(a) for a in ids], store)
    by_article: dict[str, list[Event]] = {}
    for event in store.events():
        by_article.setdefault(event.article_id, []).append(event)
    chosen: dict[tuple[str, str], Event] = {}
    missed = []
    for g in gold:
        for article_id in g.reports:
            event = pick(by_article.get(article_id, []), g)
            if event is None:
                missed.append(f"{g.key}/{article_id}")
            else:
                chosen[g.key, article_id] = event
    with store.engine.connect() as conn:
        shared = conn.execute(select(func.count()).where(incidents.c.reports > 1)).scalar()
        mixed = conn.execute(select(func.count()).select_from(
            select(events.c.incident_id).group_by(events.c.incident_id)
            .having(func.count(events.c.country.distinct()) > 1).subquery())).scalar()
    figures = {"link.gold_incidents": len(gold), "link.articles": len(ids),
               "link.failed_articles": summary.failed,
               "link.reports": sum(len(g.reports) for g in gold),
               "link.reports_not_extracted": len(missed),
               "link.incidents_of_several_articles": shared,
               "link.incidents_mixing_countries": mixed}
    figures.update({f"link.{k}": v for k, v in pairwise(chosen).items()})
    figures["link.not_extracted"] = missed
    return figures
