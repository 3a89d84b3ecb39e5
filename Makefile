# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install install-test lint benchmark quality clean

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

test: install-test
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check pipeline tests benchmarks

# Speed against bare GiNZA on the same text (not a test: timings vary by machine).
benchmark: install
	$(BIN)/python benchmarks/speed.py

# Dev-set figures (needs ../shared/dev_gold).
quality: install
	$(BIN)/python benchmarks/quality.py

clean:
	rm -rf $(VENV) build *.egg-info
