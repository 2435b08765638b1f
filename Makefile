# The two commands a fresh machine needs: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Local development defaults; a real deployment sets its own environment.
export DEBUG ?= 1

.PHONY: run test lint format venv migrate clean browser-tools bench

# Pick the first interpreter that is Python >= 3.12, or say which are missing.
PYTHON_FOR_VENV := $(shell for p in python3.13 python3.12 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { echo $$p; break; }; done)

$(VENV)/.installed: pyproject.toml
	@if [ -z "$(PYTHON_FOR_VENV)" ]; then \
		echo "error: Python >= 3.12 is needed; none of python3.13, python3.12, python3 on PATH is new enough." >&2; \
		exit 1; fi
	@test -x $(PY) || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

venv: $(VENV)/.installed

migrate: venv
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_seed

# With TASKS_BACKEND set to django-tasks-db's backend, a worker runs beside the server.
DB_TASKS := django_tasks_db.DatabaseBackend
run: migrate
	@if [ "$${TASKS_BACKEND:-}" = "$(DB_TASKS)" ]; then \
		$(PY) manage.py db_worker & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	fi; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The browser tests drive Debian's Chromium and check pages with the Nu Html Checker
# (vnu-jar from npm, run with Java); `.ci/run` installs the system packages.
export CHROMIUM ?= /usr/bin/chromium
VNU_JAR := node_modules/vnu-jar/build/dist/vnu.jar

$(VNU_JAR): package.json package-lock.json
	@command -v npm >/dev/null || { echo "error: npm is needed to install vnu-jar." >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

browser-tools: $(VNU_JAR)
	@test -x "$(CHROMIUM)" || { echo "error: the browser tests need Chromium at $(CHROMIUM):" \
		"apt-get install -y chromium (or run pytest -m 'not browser')." >&2; exit 1; }
	@command -v java >/dev/null || { echo "error: the HTML checker needs Java:" \
		"apt-get install -y default-jre-headless (or run pytest -m 'not browser')." >&2; exit 1; }

# The suite runs on SQLite by default, on PostgreSQL when DATABASE_URL is set.
test: venv browser-tools
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest -n auto -p no:cacheprovider

# The benchmark (bench/run.py): builds or reuses the corpus in the PostgreSQL database
# newsroom_bench, serves it with gunicorn as docs/deploy.md says and loads it with wrk.
# BENCH_DB, BENCH_ARTICLES, BENCH_ENTITIES, BENCH_SECONDS... are described in bench/run.py.
bench: venv
	@command -v wrk >/dev/null || { echo "== Installing wrk"; \
		export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q wrk; }
	$(PY) bench/run.py

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
