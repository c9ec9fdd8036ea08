"""samplev.py DUMP SEED N: N random events with their first evidence sentences."""
import os, json, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
from common import line
d = json.load(open(sys.argv[1]))
pool = [(k, i) for k in sorted(d) for i in range(len(d[k]))]
for k, i in random.Random(int(sys.argv[2])).sample(pool, int(sys.argv[3])):
    e = d[k][i]
    print(k, "#", i, line(e)[:170])
    for ev in e["evidence"][:2]:
        print("     «" + ev["sentence"][:280] + "»")
