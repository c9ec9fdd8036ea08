"""Shared bits of the session tools: corpus readers and a compact event line."""
import csv, json, os, sys
from datetime import datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
SHARED = os.path.normpath(os.path.join(os.path.dirname(os.path.dirname(HERE)), "..", "shared"))
SNN = os.path.join(SHARED, "corpus", "saudinewsnet")

def snn_articles():
    from events.extract.bench import corpus_articles
    return corpus_articles(SNN)

def fakes_articles():
    rows = list(csv.DictReader(open(os.path.join(SHARED, "corpus", "fakes", "FA-KES-Dataset.csv"), encoding="utf-8", errors="replace")))
    for r in rows:
        yield "fakes_" + r["unit_id"], r["article_title"].strip() + "\n\n" + r["article_content"].strip(), None

def place(p):
    return p.get("name") if isinstance(p, dict) else None

def line(e):
    """One compact line for an event dict (to_dict output)."""
    locs = [place(e.get(k)) for k in ("location", "origin", "destination")]
    where = "/".join(x or "-" for x in locs).rstrip("/-") or "-"
    roles = {"actor1": "a1", "actor2": "a2", "associated": "as"}
    actors = ",".join(f"{roles.get(a.get('role'), a.get('role'))}:{a.get('name')}"
                      for a in e.get("actors") or [])
    def num(c):
        lo, hi = c.get("low"), c.get("high")
        return f"{lo}+" if hi is None and lo is not None else (f"{lo}" if lo == hi else f"{lo}-{hi}")
    claims = ";".join(f"{c.get('category')}:{c.get('who') or ''}={num(c)}[{c.get('claimant') or '-'}]"
                      for c in e.get("claims") or [])
    bg = " BG" if e.get("background") else ""
    return (f"{e.get('event_type')}/{e.get('modality')}{bg} {e.get('date_start')}..{e.get('date_end')} "
            f"@{where} | {actors} | cl={e.get('claimant')} | {claims}")
