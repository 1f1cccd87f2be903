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

site: build
	$(PY) -m mkdocs build --strict --quiet --site-dir site

serve: build
	$(PY) -m mkdocs serve

lint: $(STAMP)
	$(PY) -m build_tools lint
	$(PY) -m ruff check build_tools tests

test: $(STAMP)
	$(PY) -m ruff check build_tools tests
	$(PY) -m pytest -q

clean:
	rm -rf site build dist test-artifacts .pytest_cache .ruff_cache .hypothesis
