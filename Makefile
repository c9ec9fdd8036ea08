# Athar: `make run` (set up and open the dashboard) and `make test` (set up and run every test).
# The interpreter the venv is made from (an existing .venv is kept; `make setup PYTHON=...` picks
# another): Debian's own python3.11 when it has venv and ensurepip — a static executable that
# extracts about a fifth faster than the plain source build of 3.11 `python3` finds on these
# machines (pyenv's; docs/quality.md, thirty-ninth session) — else python3.
PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1 \
            && echo /usr/bin/python3.11 || echo python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
# What `make run` ingests: the bundled article and the demo corpus (data/demo/), or your own
# folder(s) with `make run ATHAR_ARTICLES=/path/to/folder`, kept in a database of their own.
ifdef ATHAR_ARTICLES
ARTICLES := $(ATHAR_ARTICLES)
DB       := data/own.db
else
ARTICLES := data/articles data/demo/fakes data/demo/snn
DB       := data/athar.db
endif
export ATHAR_DB_URL ?= sqlite:///$(CURDIR)/$(DB)

.PHONY: run test setup setup-test assets db e2e-deps pg-deps clean bench
.DEFAULT_GOAL := run

setup: $(VENV)/.installed assets
setup-test: $(VENV)/.installed-test assets

# A download that arrives damaged (pip: "do not match the hashes") is retried once without
# pip's cache, so one bad transfer or cached wheel does not fail a clean checkout's setup.
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
$(VENV)/.installed: requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.txt || $(PIP) --no-cache-dir -r requirements.txt
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PIP) -r requirements-test.txt || $(PIP) --no-cache-dir -r requirements-test.txt
	@touch $@

# The database is rebuilt when articles, lexicons, gazetteer or extraction code change;
# ingest is idempotent, so a rebuild only touches articles whose extraction changed. Articles
# that fail (exit 2: each is named on stderr) do not stop the dashboard from opening.
db: $(DB)
$(DB): $(VENV)/.installed $(foreach d,$(ARTICLES),$(wildcard $(d)/*)) \
       $(wildcard data/lexicon/*.yaml data/lexicon/*/*.yaml) $(wildcard data/gazetteer/*) \
       $(wildcard events/*.py events/extract/*.py geo/*.py text/*.py)
	$(BIN)/python -m events ingest $(ARTICLES) --db "$(ATHAR_DB_URL)" || [ $$? -eq 2 ]
	@touch $@

run: setup db
	@echo "Athar dashboard: http://127.0.0.1:$(PORT)"
	@($(BIN)/python -c "import time, webbrowser; time.sleep(3); webbrowser.open('http://127.0.0.1:$(PORT)')" >/dev/null 2>&1 &)
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT) \
	    --server.headless true --browser.gatherUsageStats false

# The map's JavaScript and CSS (Leaflet, Leaflet.markercluster), served by Streamlit from static/
# so the map works offline: npm packages pinned in static/package-lock.json, installed into the
# git-ignored static/node_modules (reinstalled only when the lock file changes).
assets: static/node_modules/.package-lock.json
static/node_modules/.package-lock.json: static/package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq npm >/dev/null; \
	  else echo "npm missing: run 'sudo apt-get install npm'" >&2; exit 1; fi; }
	cd static && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# Browser tests need Debian's chromium (driven by Playwright with executable_path).
e2e-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: run 'sudo apt-get install chromium'" >&2; exit 1; fi; }

# The store, query and ingest tests also run on PostgreSQL: Debian's server binaries, started by
# the tests themselves as a throwaway cluster on a loopback port (tests/pg_server.py).
pg-deps:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq postgresql >/dev/null; \
	  else echo "postgresql missing: run 'sudo apt-get install postgresql' (its tests are skipped)" >&2; fi; }

test: setup-test e2e-deps pg-deps
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: ERROR: pytest collected no tests" >&2; fi; exit $$rc

bench: setup
	$(BIN)/python -m events bench

clean:
	rm -rf $(VENV) data/athar.db* data/own.db* .pytest_cache static/node_modules
