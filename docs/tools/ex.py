"""ex.py "TEXT" [YYYY-MM-DD] [--en]: extract from a sentence (run from a tree: .venv/bin/python)."""
import os, sys
from datetime import date
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
from common import line
from events.extract.pipeline import extract
args = [a for a in sys.argv[1:] if not a.startswith("--")]
day = date.fromisoformat(args[1]) if len(args) > 1 else date(2015, 8, 1)
for e in extract(args[0], published=day, language="en" if "--en" in sys.argv else "ar"):
    d = e.to_dict(); print(line(d))
    for ev in d.get("evidence") or []: print("      «" + (ev.get("sentence") or "")[:200] + "»")
