# Two commands do all set-up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install browser bench score clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## the main job on the embedded default: bundled sample articles into a SQLite file
demo: $(STAMP)
	$(BIN)/marsad analyze marsad/data/samples --db demo.db --jsonl demo.jsonl
	$(BIN)/marsad corpus --db demo.db --json demo-corpus.json
	$(BIN)/marsad summary --db demo.db

## lint, then the whole test suite
test: $(STAMP) browser
	$(BIN)/ruff check marsad tests benchmarks
	$(BIN)/python -m pytest

## Debian's chromium for the browser tests (Playwright cannot download its own here)
browser:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  ( (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core >/dev/null) || \
	    echo "chromium could not be installed: browser tests will be skipped" )

lint: $(STAMP)
	$(BIN)/ruff check marsad tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_analyze.py

score: $(STAMP)
	$(BIN)/marsad analyze ../shared/seeds --db seeds.db --jsonl seeds.jsonl --force
	$(BIN)/marsad corpus --db seeds.db --json corpus.json
	python3 ../shared/eval/score.py seeds.jsonl ../shared/gold --corpus corpus.json --errors

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache demo.db demo.jsonl demo-corpus.json
