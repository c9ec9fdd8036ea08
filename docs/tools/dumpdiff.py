"""dumpdiff.py A B [--brief]: articles whose events differ between two dumps, with compact lines."""
import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
from common import line
a, b = (json.load(open(p)) for p in sys.argv[1:3])
brief = "--brief" in sys.argv
changed = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
for k in changed:
    print(f"== {k}: {len(a.get(k, []))} -> {len(b.get(k, []))}")
    if brief:
        continue
    la = [line(e) for e in a.get(k, [])]; lb = [line(e) for e in b.get(k, [])]
    for x in la:
        if x not in lb: print("  -", x)
    for x in lb:
        if x not in la: print("  +", x)
na = sum(map(len, a.values())); nb = sum(map(len, b.values()))
print(f"# {len(changed)} articles changed; events {na} in {len(a)} -> {nb} in {len(b)}")
