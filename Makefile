# company-kg: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLE ?= ../shared/corpus/wikipedia/SenseTime.wiki
OUT    ?= out

.DEFAULT_GOAL := help
.PHONY: help venv browser run test check lint format bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,plot,dask]'
	touch $(STAMP)

venv: $(STAMP) ## create .venv and install the package with its test extras

run: $(STAMP) ## build the bundled SenseTime example, validate it and print its profile
	@mkdir -p $(OUT)
	$(BIN)/kg build $(EXAMPLE) -o $(OUT)/sensetime.ttl
	$(BIN)/kg validate $(OUT)/sensetime.ttl
	$(BIN)/kg query profile --graph $(OUT)/sensetime.ttl --param company=SenseTime

# Headless Chromium for the browser tests (Debian packages; installed when missing).
BROWSER := /usr/bin/chromium /usr/bin/chromedriver

$(BROWSER):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null

browser: $(BROWSER) ## install headless Chromium and its driver (Debian) for the browser tests

test: $(STAMP) $(BROWSER) ## run the whole test suite (installs headless Chromium when missing)
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff
	$(BIN)/ruff check kg tests benchmarks tools

check: lint test ## lint + tests

bench: $(STAMP) ## throughput and query benchmarks, reported as ratios
	$(BIN)/python -m benchmarks

clean: ## remove the virtual environment and build outputs
	rm -rf $(VENV) $(OUT) .pytest_cache *.egg-info
