"""combo_check.py BASE FINAL BRANCH_DUMP...: each article the final dump changes must equal the dump of
the one branch that changed it (articles changed by several branches are listed for reading)."""
import json, sys
base, final = (json.load(open(p)) for p in sys.argv[1:3])
branches = {p: json.load(open(p)) for p in sys.argv[3:]}
bad = 0
for k in sorted(set(base) | set(final)):
    if base.get(k) == final.get(k): continue
    who = [p for p, d in branches.items() if d.get(k) != base.get(k)]
    if len(who) == 1 and branches[who[0]].get(k) == final.get(k): continue
    if len(who) > 1: print("several:", k, who); continue
    bad += 1; print("DIFFERS:", k, who)
print("# mismatches:", bad)
