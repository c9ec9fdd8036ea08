"""art.py ID: the text of a SaudiNewsNet article (DAY/INDEX) as extraction sees it (title + content)."""
import json, os, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
day, i = sys.argv[1].split("/")
with zipfile.ZipFile(os.path.join(common.SHARED, "corpus", "saudinewsnet", f"{day}.zip")) as zf:
    rec = json.loads(zf.read(f"{day}.json"))[int(i)]
print(rec.get("source"), rec.get("url"))
t = rec.get("title") or ""
print(f"{t}\n{rec.get('content')}" if t else rec.get("content"))
