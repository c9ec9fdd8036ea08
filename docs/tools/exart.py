"""exart.py ID: extract one SNN article with the current tree (run from a tree with .venv/bin/python)."""
import json, os, sys, zipfile
from datetime import date
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
import common
from common import line
from events.extract.pipeline import extract
day, i = sys.argv[1].split("/")
with zipfile.ZipFile(os.path.join(common.SHARED, "corpus", "saudinewsnet", f"{day}.zip")) as zf:
    rec = json.loads(zf.read(f"{day}.json"))[int(i)]
t = rec.get("title") or ""; text = f"{t}\n{rec.get('content')}" if t else rec.get("content")
for e in extract(text, published=date.fromisoformat(day), language="ar", article_id=sys.argv[1]):
    d = e.to_dict(); print(line(d))
    for ev in d.get("evidence") or []: print("      «" + (ev.get("sentence") or "")[:200] + "»")
