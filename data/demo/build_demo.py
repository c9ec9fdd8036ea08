"""Build the bundled demo corpus (``data/demo/fakes`` and ``data/demo/snn``) from ``../shared/corpus``.

    .venv/bin/python data/demo/build_demo.py [--corpus ../shared/corpus]

- ``fakes/``: the 784 English articles of FA-KES (CC BY 4.0) on the Syrian war, 2011-2018, one
  ``<id>.txt`` + ``<id>.json`` each. FA-KES gives the date of the casualty event the article
  reports; the publication date is read from the dateline when the text opens with one
  ("Wed 05 Apr 2017 ...", "12 February 2015 ..."), else the event date is used as an estimate.
- ``snn/``: the 400 SaudiNewsNet articles of ``demo-snn`` (CC BY-NC-SA 4.0) on the wars of
  summer 2015, already in Athar's article format: copied, titles with HTML entities unescaped.

The output is deterministic (same input, same bytes) and replaces the previous build; each
folder keeps its licence README. Run it again only when the source corpora change.
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import re
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent.parent / "shared" / "corpus"
MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
DATELINES = [  # (pattern, order of day/month/year groups), searched in a text's first words
    (re.compile(rf"\b(\d{{1,2}})\s+{MONTH}\s+(\d{{4}})\b"), "dmy"),  # 05 Apr 2017
    (re.compile(rf"\b{MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b"), "mdy"),  # Jun 24 2016
    (re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b"), "dmy"),  # 27.05.2017, 01-08-2016
]
FAKES_NOTE = ("FA-KES (Abu Salem et al., ICWSM 2019), CC BY 4.0; unit {unit}; data set label: "
              "{label}; event date {event} ({location}) per the Violations Documentation Center")


def _write(folder: Path, article_id: str, text: str, meta: dict) -> None:
    (folder / f"{article_id}.txt").write_text(text.strip() + "\n", encoding="utf-8")
    (folder / f"{article_id}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _fresh(folder: Path) -> None:
    """Remove a previous build's articles, keeping the licence README."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in folder.iterdir():
        if p.suffix in (".txt", ".json"):
            p.unlink()


def dateline(text: str, near: date) -> date | None:
    """The publication date a text opens with ("Wed 05 Apr 2017", "Published November 13
    2017", "27.05.2017"), if it is plausible for an article on an event of day ``near``."""
    head = text[:80]
    for pattern, order in DATELINES:
        m = pattern.search(head)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        month = parts["m"]
        try:
            month_no = int(month) if month.isdigit() else \
                datetime.strptime(month[:3], "%b").month
            found = date(int(parts["y"]), month_no, int(parts["d"]))
        except ValueError:
            continue
        if -7 <= (found - near).days <= 120:
            return found
    return None


def build_fakes(csv_path: Path, out: Path) -> int:
    _fresh(out)
    n = 0
    with csv_path.open(encoding="utf-8", errors="replace", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            text = html.unescape(row["article_content"] or "").strip()
            if not any(ch.isalpha() for ch in text):
                continue
            event_day = datetime.strptime(row["date"].strip(), "%m/%d/%Y").date()
            published = dateline(text, event_day)
            label = {"1": "credible", "0": "fake"}.get(row["labels"].strip(), "unlabelled")
            _write(out, f"fakes{i:04d}", text, {  # FA-KES repeats some unit ids
                "title": html.unescape(row["article_title"] or "").strip(),
                "outlet": row["source"].strip(),
                "published": (published or event_day).isoformat(),
                "published_is_estimate": published is None,
                "language": "en",
                "notes": FAKES_NOTE.format(unit=row["unit_id"].strip(), label=label, event=event_day.isoformat(),
                                           location=row["location"].strip()),
            })
            n += 1
    return n


def build_snn(source: Path, out: Path) -> int:
    _fresh(out)
    n = 0
    for txt in sorted(source.glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        meta["title"] = html.unescape(meta.get("title") or "")
        _write(out, txt.stem, txt.read_text(encoding="utf-8"), meta)
        n += 1
    return n


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="the shared corpus folder (holds fakes/ and demo-snn/)")
    args = parser.parse_args(argv)
    fakes = build_fakes(args.corpus / "fakes" / "FA-KES-Dataset.csv", HERE / "fakes")
    snn = build_snn(args.corpus / "demo-snn", HERE / "snn")
    print(f"data/demo: {fakes} English articles (fakes/), {snn} Arabic articles (snn/)")


if __name__ == "__main__":
    main()
