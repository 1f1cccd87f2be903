# The two commands that matter: `make site` (build site/ from seeds/) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: site build serve test lint clean venv

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

venv: $(STAMP)

build: $(STAMP)
	$(PY) -m build_tools build

# The three languages are built by parallel MkDocs processes and merged, then indexed by Pagefind
# (hooks/build_parallel.py); `$(PY) -m mkdocs build` gives the same site, one language after another.
site: build
	$(PY) hooks/build_parallel.py --docs build/docs --site site

serve: build
	$(PY) -m mkdocs serve

# The offline bundle dist/policy-digest-<version>.zip: unzip, open index.html from the folder (file://, no server).
# `make vendor` refreshes the committed docs/assets/vendor/ from the npm packages pinned in package-lock.json.
.PHONY: bundle vendor
bundle: build
	$(PY) -m build_tools.bundle

vendor: $(STAMP)
	npm ci --no-audit --no-fund
	$(PY) -m build_tools.bundle --vendor

lint: $(STAMP)
	$(PY) -m build_tools lint
	$(PY) -m ruff check build_tools tests

# axe-core for the accessibility checks of the browser tests, pinned in package-lock.json.
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: the browser accessibility checks will be skipped"; fi

test: $(STAMP) $(NODE_STAMP)
	$(PY) -m ruff check build_tools tests
	$(PY) -m pytest -q

clean:
	rm -rf site build dist test-artifacts bench-results .pytest_cache .ruff_cache .hypothesis

# The build at archive scale (synthetic archives of 100 and 1,000 bulletins): table on stdout, bench-results/.
# BENCH_ARGS passes options, e.g. make bench BENCH_ARGS="--sizes 100 --profile" (see bench/run.py --help);
# PATHOLOGICAL_ARGS those of bench/pathological.py, e.g. PATHOLOGICAL_ARGS="--sizes 0.5 1 --cases paragraphs".
BENCH_ARGS ?=
.PHONY: bench
bench: $(STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)
	$(PY) bench/pathological.py $(PATHOLOGICAL_ARGS)  # 1, 2, 4 MB single-paragraph and legal inputs: peak memory, time
