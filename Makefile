# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast install install-test browser lint benchmark quality clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

# Run the pipeline on the seed document into outputs/.
run: install
	$(BIN)/python -m pipeline run seeds --out outputs --quiet

# Headless Chromium for the tests of graph.html (Debian's package, where it is missing; needs root).
browser:
	scripts/install_browser.sh

# tests/model_guard.py fails any test not marked `model` that loads a model or starts the pipeline.
test: install-test browser
	$(BIN)/python -m pytest -q -p tests.model_guard

# The tests that need no model: a few seconds.
test-fast: install-test
	$(BIN)/python -m pytest -q -m "not model" -p tests.model_guard

LINTED := pipeline tests benchmarks scripts

# Both checks run, whichever fails.
lint: install-test
	status=0; \
	$(BIN)/ruff check $(LINTED) || status=1; \
	$(BIN)/ruff format --check --output-format concise $(LINTED) || status=1; \
	exit $$status

# Speed against bare GiNZA on the same text (not a test: timings vary by machine).
benchmark: install
	$(BIN)/python benchmarks/speed.py

# Dev-set figures (needs ../shared/dev_gold).
quality: install
	$(BIN)/python benchmarks/quality.py

clean:
	rm -rf $(VENV) build *.egg-info
