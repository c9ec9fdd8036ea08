"""demo_dump.py OUT.json: events of the bundled demo SNN articles (data/demo/snn), as ingest reads them."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
from pathlib import Path
from events.ingest import extract_events
from events.reader import read_article
out = {}
for p in sorted((Path(HERE).parents[1] / "data" / "demo" / "snn").glob("*.txt")):
    evs = extract_events(read_article(p))
    if evs:
        out[p.stem] = [e.to_dict() for e in evs]
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False, sort_keys=True)
print(sum(map(len, out.values())), "events in", len(out), "articles")
