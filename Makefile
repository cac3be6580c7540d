# Two commands on a fresh machine: `make html` builds the demo directory into output/,
# `make test` runs every test. Both create .venv and install what they need first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000

.PHONY: html test fuzz bench serve publish validate clean install install-locked install-test install-bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(BIN)/.installed-site: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(BIN)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(BIN)/.installed-site

# CI and deploy install exactly the pinned, hash-checked versions in requirements.lock
# (refresh it as docs/security.md, "Refreshing the dependency lock", says), then this package without its dependencies.
install-locked: $(BIN)/python node_modules/.package-lock.json
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(BIN)/.installed-site

$(BIN)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[bench]'
	touch $@ $(BIN)/.installed-site

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund

install: $(BIN)/.installed-site node_modules/.package-lock.json

install-test: $(BIN)/.installed-test node_modules/.package-lock.json

install-bench: $(BIN)/.installed-bench node_modules/.package-lock.json

html: install
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

validate: install
	$(BIN)/mentor-directory validate

test: install-test
	$(BIN)/pytest

# Long property-based fuzzing of the profile loader and photo cleaner: `make fuzz MINUTES=10`.
MINUTES ?= 10
fuzz: install-test
	$(BIN)/python tests/fuzz/run.py --minutes $(MINUTES)

# Benchmarks (issue #8): SIZES=30,1000 for a quicker run; writes benchmarks/report.md.
SIZES ?= 30,1000,5000,10000
ROUNDS ?= 3
BENCH_ARGS ?=
bench: install-bench
	$(BIN)/python -m benchmarks --sizes $(SIZES) --rounds $(ROUNDS) $(BENCH_ARGS)

serve: install
	$(PELICAN) --listen --autoreload $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT)

publish: install
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

clean:
	rm -rf $(OUTPUTDIR) $(VENV) node_modules .pytest_cache
