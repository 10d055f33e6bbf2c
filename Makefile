# Everyday commands. `make run` and `make test` work on a fresh clone with nothing else to type.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install dev run models test lint format messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

run: install
	$(BIN)/feedback db migrate
	$(BIN)/feedback models install
	$(BIN)/feedback models check
	# What works here and what does not (and how to fix it); a broken capability is printed,
	# not fatal: the service still starts.
	-$(BIN)/feedback doctor
	$(BIN)/feedback serve --host $(HOST) --port $(PORT)

# Download, check and convert a ready-made set of translation models (docs/models.md), on a
# machine that reaches huggingface.co (or HF_ENDPOINT). SET=open (MIT / CC BY-SA) or
# SET=recommended ACCEPT_LICENCE=cc-by-nc-4.0 (best quality; NLLB-200 is non-commercial only).
SET ?= open
ACCEPT_LICENCE ?=
models: install
	$(BIN)/feedback models fetch --set $(SET) $(foreach licence,$(ACCEPT_LICENCE),--accept-licence $(licence))
	$(BIN)/feedback models check

# Two processes (pytest-xdist), one test file at a time each: see the README's "Tests".
test: dev
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy feedback workers classifiers

format: dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Extract the interface strings and merge them into every catalogue.
messages: dev
	$(BIN)/pybabel extract -F babel.cfg -k _ -k N_ -o feedback/locale/messages.pot .
	# By path: Babel rejects codes such as ja-easy and zh-Hans as locale names.
	for po in feedback/locale/*/LC_MESSAGES/messages.po; do \
		locale=$$(sed -n 's/^"Language: \([A-Za-z_]*\).*/\1/p' $$po); \
		$(BIN)/pybabel update -i feedback/locale/messages.pot -o $$po -l $${locale:-en} --ignore-obsolete || exit 1; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
