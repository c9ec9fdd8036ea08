"""fastscore.py [score.py args]: the dev-set scorer with extraction in-process (run from a tree with
.venv/bin/python); output identical to ../shared/devset/score.py."""
import json, os, sys, tempfile
from datetime import date
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]  # the project, these tools
import common
sys.path.insert(0, os.path.join(common.SHARED, "devset"))
import score
from events.ingest import extract_events
from events.reader import read_article

def run_extract(project, text, published, language):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text); path = f.name
    try:
        art = read_article(path, published=date.fromisoformat(published) if published else None,
                           language=language)
        out = json.loads(json.dumps([e.to_dict() for e in extract_events(art)], ensure_ascii=False))
    except Exception as exc:
        return None, [f"error: {exc}"]
    finally:
        os.unlink(path)
    return out, None

score.run_extract = run_extract
score.main()
