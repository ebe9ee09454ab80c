# quizapp — `make run` to serve, `make test` to test. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# A Python >= 3.12: $(PYTHON) if given, else from PATH, else one installed under pyenv.
PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $(HOME)/.pyenv)
CANDIDATES := $(PYTHON) python3.12 python3.13 python3 \
	$(sort $(wildcard $(PYENV_ROOT)/versions/3.1[2-9]*/bin/python3.1[2-9]))
is_recent = $(shell command -v $(1) >/dev/null 2>&1 && \
	$(1) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && echo $(1))
BASE_PYTHON = $(firstword $(foreach c,$(CANDIDATES),$(call is_recent,$(c))))

STATIC_SOURCES := $(shell find quizapp/static -type f 2>/dev/null)

.PHONY: help setup run dev test lint format chromium clean

help:
	@echo "make run    set everything up (venv, database, content, admin) and serve on http://$(HOST):$(PORT)"
	@echo "make setup  the same without serving"
	@echo "make dev    setup, then Django's runserver with DEBUG on"
	@echo "make test   install what the tests need (Python packages, axe-core, chromium) and run the suite"
	@echo "make lint   ruff check and format check"

$(VENV)/.installed: requirements.txt
	@if [ ! -x $(PY) ]; then \
	  py="$(BASE_PYTHON)"; \
	  if [ -z "$$py" ]; then echo "error: Python 3.12 or newer is needed (not on PATH nor under pyenv)." >&2; \
	    echo "Install one, or run: make PYTHON=/path/to/python3.12" >&2; exit 1; fi; \
	  echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	@touch $@

var/static/staticfiles.json: $(VENV)/.installed $(STATIC_SOURCES)
	$(PY) manage.py collectstatic --noinput --verbosity 0

setup: $(VENV)/.installed var/static/staticfiles.json
	$(PY) manage.py migrate --noinput --verbosity 0
	$(PY) manage.py ingest
	$(PY) manage.py build_bank
	$(PY) manage.py ensure_admin

run: setup
	@echo "Serving quizapp on http://$(HOST):$(PORT)  (Ctrl-C stops it)"
	@$(PY) manage.py db_worker --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; \
	$(VENV)/bin/gunicorn quizapp.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

dev: setup
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	fi

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: $(VENV)/.installed-test node_modules/.installed chromium lint
	$(PY) -m pytest

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
