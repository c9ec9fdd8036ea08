"""evs.py DUMP ID...: compact events of articles in a dump."""
import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
from common import line
d = json.load(open(sys.argv[1]))
for k in sys.argv[2:]:
    print("==", k)
    for e in d.get(k, []):
        print("  ", line(e))
        for ev in e.get("evidence") or []:
            print("      «" + (ev.get("sentence") or "")[:200] + "»")
