"""Synthetic article files: ``python -m events synth --articles N --out DIR [--seed S]``.

Arabic and English news items written from phrasings the extraction reads (Arabic and English
strike, shelling and clash reports), about towns of the gazetteer and actors of the lexicon,
each with its sidecar ``.json`` metadata like ``data/articles/``. Every article plants one event
(type, town, day, killed toll) and ``planted.json`` lists them, so ingest speed is measured on
text the pipeline really processes, and a test checks that extraction recovers what was planted.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path

from events.model import Place
from events.synth import DAYS, FIRST_DAY, world

# (language, event type, sentence): {p} the town, {n} the toll; the event is "yesterday".
TEMPLATES = [
    ("ar", "airstrike", "شنت طائرات حربية روسية غارات على مدينة {p} يوم أمس، ما أدى إلى مقتل "
                        "{n} مدنيا، بحسب المرصد السوري لحقوق الإنسان."),
    ("ar", "shelling", "قصفت قوات النظام السوري بالمدفعية الثقيلة مدينة {p} يوم أمس، ما أدى إلى "
                       "مقتل {n} مدنيا."),
    ("en", "airstrike", "Russian warplanes carried out airstrikes on the city of {p} yesterday, "
                        "killing {n} civilians, the Syrian Observatory for Human Rights said."),
    ("en", "shelling", "Syrian government artillery shelling killed {n} civilians in {p} "
                       "yesterday."),
]
CONTEXT = {"ar": "وتأتي هذه التطورات في ظل تصعيد متواصل تشهده المنطقة منذ أسابيع.",
           "en": "The developments come amid an escalation the region has seen for weeks."}


@dataclass(frozen=True)
class Planted:
    """What an article reports, as extraction should find it."""
    article_id: str
    language: str
    event_type: str
    place: str  # the gazetteer id
    day: str
    killed: int


def towns() -> list[Place]:
    """Towns whose names say one place: at least 50,000 people, an Arabic and an English name
    (in plain letters) that no other gazetteer entry has among its names."""
    names, population = _gazetteer()
    return sorted((p for p in world().places
                   if names[p.name_ar] == 1 and names[p.name.casefold()] == 1
                   and p.name.replace(" ", "").replace("-", "").isascii()
                   and p.name.replace(" ", "").replace("-", "").isalpha()
                   and population.get(p.gazetteer_id or "", 0) >= 50_000),
                  key=lambda p: p.gazetteer_id or "")


def _gazetteer() -> tuple[Counter[str], dict[str, int]]:
    """How many entries bear each name (any spelling), and each entry's population."""
    import csv

    from events.lexicon import DATA_DIR

    names: Counter[str] = Counter()
    population: dict[str, int] = {}
    with (DATA_DIR / "gazetteer" / "gazetteer.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            spellings = {n.casefold() for n in (r["names"] or "").split("|") if n}
            names.update(spellings | {r["name"].casefold(), r["name_ar"]})
            population[r["id"]] = int(r["population"] or 0)
    return names, population


def write(out: Path, n: int, seed: int = 0) -> list[Planted]:
    """Write ``n`` articles (``synthNNNNNN.txt`` + ``.json``) and ``planted.json`` to ``out``."""
    rnd, pool = random.Random(seed), towns()
    out.mkdir(parents=True, exist_ok=True)
    planted = []
    for i in range(n):
        language, kind, sentence = rnd.choice(TEMPLATES)
        town, toll = rnd.choice(pool), rnd.randint(2, 60)
        published = FIRST_DAY + timedelta(days=rnd.randrange(1, DAYS))
        name = town.name_ar if language == "ar" else town.name
        text = sentence.format(p=name, n=toll) + " " + CONTEXT[language]
        article_id = f"synth{i:06d}"
        (out / f"{article_id}.txt").write_text(text + "\n", encoding="utf-8")
        (out / f"{article_id}.json").write_text(json.dumps({
            "title": text.split("،")[0].split(",")[0][:80], "outlet": "synthetic",
            "published": published.isoformat(), "published_is_estimate": False,
            "language": language, "notes": f"events.synth_articles seed {seed}"},
            ensure_ascii=False, indent=1), encoding="utf-8")
        planted.append(Planted(article_id, language, kind, town.gazetteer_id or "",
                               (published - timedelta(days=1)).isoformat(), toll))
    (out / "planted.json").write_text(json.dumps([asdict(p) for p in planted], indent=1),
                                      encoding="utf-8")
    return planted
