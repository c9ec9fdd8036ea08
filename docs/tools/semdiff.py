"""semdiff.py A B: like dumpdiff but only articles whose compact content (type, modality, dates,
places, actors, claims) differs — span-only changes are left out."""
import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
from common import line
a, b = (json.load(open(p)) for p in sys.argv[1:3])
n = 0
for k in sorted(set(a) | set(b)):
    la = [line(e) for e in a.get(k, [])]; lb = [line(e) for e in b.get(k, [])]
    if la == lb: continue
    n += 1
    print(f"== {k}: {len(la)} -> {len(lb)}")
    for x in la:
        if x not in lb: print("  -", x)
    for x in lb:
        if x not in la: print("  +", x)
print(f"# {n} articles changed in content")
