"""dump.py OUT.json [--fakes]: events of every SNN (or FA-KES) article with any, {id: [event dicts]}.
Run from a project tree with its venv: cd TREE && WORKERS=2 .venv/bin/python docs/tools/dump.py OUT.json"""
import json, os, sys, time
from multiprocessing import Pool
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
import common

def work(item):
    from events.extract.pipeline import extract
    aid, text, day = item
    lang = "en" if aid.startswith("fakes_") else "ar"
    try:
        if lang == "en":  # as ingest reads it: no publication date, the dateline estimates one
            from events.ingest import extract_events
            from events.model import Article
            evs = extract_events(Article(article_id=aid, text=text, language="en"))
        else:
            evs = extract(text, published=day, language=lang, article_id=aid)
    except Exception as exc:
        return aid, [{"ERROR": repr(exc)}]
    return aid, [e.to_dict() for e in evs]

def main():
    out = sys.argv[1]
    items = list(common.fakes_articles() if "--fakes" in sys.argv else common.snn_articles())
    t = time.time()
    res = {}
    with Pool(int(os.environ.get("WORKERS", "2"))) as pool:
        for aid, evs in pool.imap(work, items, chunksize=20):
            if evs:
                res[aid] = evs
    json.dump(res, open(out, "w"), ensure_ascii=False, sort_keys=True)
    n = sum(len(v) for v in res.values())
    print(f"{n} events in {len(res)} articles of {len(items)} ({time.time()-t:.0f}s) -> {out}")

if __name__ == "__main__":
    main()
