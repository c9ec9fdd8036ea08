"""fakes_dump.py OUT.json: FA-KES dump (all articles, no publication date, English)."""
import os, runpy, sys
sys.argv = [sys.argv[0], sys.argv[1], "--fakes"]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "dump.py"), run_name="__main__")
