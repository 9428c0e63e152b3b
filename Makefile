# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint install dev bench quality clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

$(VENV)/.runtime: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[dev]"
	touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime
dev: $(VENV)/.dev

## Load the sample data into the embedded store and print what was found.
demo: $(VENV)/.runtime
	$(BIN)/sinergi demo

## Run the test suite (Neo4j tests run when SINERGI_TEST_NEO4J_URI is set).
test: $(VENV)/.dev
	$(BIN)/pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.dev
	$(BIN)/python bench/load.py

quality: $(VENV)/.dev
	bash bench/extract_quality.sh

clean:
	rm -rf $(VENV) sinergi-data
