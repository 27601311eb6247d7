# Pressroom: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The suite runs in one process per core (pytest-xdist), at most four (each
# migrates a database and may serve a demo site for the browser tests), a
# test file at a time in each; the tests about the demo run beside them.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ "$$n" -gt 4 ] && n=4; echo $$n)

.DEFAULT_GOAL := help
.PHONY: help install install-dev test-tools run migrate demo test screenshots lint format messages bench bench-search bench-http bench-render serve-prod stop-prod clean

# $(call debian-package,COMMAND,PACKAGE): when COMMAND is missing, install Debian's
# PACKAGE if running as root (as CI does), otherwise stop and say how to install it.
define debian-package
@command -v $(1) >/dev/null 2>&1 || { \
	if [ "$$(id -u)" = 0 ]; then \
		echo "Installing Debian's $(2) (the tests need $(1))"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2); \
	else \
		echo "The tests need $(1), which is missing. Install it with:"; \
		echo "    sudo apt-get update && sudo apt-get install -y $(2)"; \
		exit 1; \
	fi; }
endef

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Pressroom needs Python 3.11 or newer as $(PYTHON)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-base: requirements/base.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.installed-dev: requirements/dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	touch $(VENV)/.installed-base $@

install: $(VENV)/.installed-base ## Create the virtualenv with the pinned dependencies

# axe-core for the accessibility tests, from package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	$(call debian-package,npm,npm)
	npm ci --include=dev --no-audit --no-fund
	@touch $@

install-dev: $(VENV)/.installed-dev node_modules/.package-lock.json ## Add what the tests and linters need

# The browser tests drive Debian's Chromium; the Nu HTML checker runs on Java;
# the served-site tests stop and start Redis under a running server.
test-tools: install-dev
	$(call debian-package,/usr/bin/chromium,chromium)
	$(call debian-package,java,default-jre-headless)
	$(call debian-package,redis-server,redis-server)
	$(call debian-package,/usr/sbin/nginx,nginx)
	$(call debian-package,openssl,openssl)

migrate: install
	@mkdir -p var
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content (idempotent)
	$(MANAGE) load_demo
	$(MANAGE) rebuild_search_index

# Links in e-mails and the login hint name the address served (HOST, PORT).
run: export SITE_URL ?= http://$(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST)):$(PORT)
run: demo ## Install, migrate, load the demo and serve http://127.0.0.1:8000/ (HOST, PORT)
	@# The task worker sends e-mail; the scheduler publishes scheduled pages and
	@# runs the daily jobs. Both stop with the server (Ctrl-C).
	@$(MANAGE) db_worker --backend background --queue-name '*' --no-reload --verbosity 0 & \
	worker=$$!; \
	$(MANAGE) run_scheduler & \
	scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

test: test-tools ## Install what the tests need (Chromium, Java, axe-core) and run the whole suite
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=pressroom.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=pressroom.settings.test $(MANAGE) makemigrations --check --dry-run
	@# The tests about the demo content run beside the others, in a process of
	@# their own on the demo loaded once; their report follows the others'.
	@echo "pytest --demo-only $(PYTEST_ARGS) > var/demo-tests.log (beside the others)"
	@$(BIN)/python -m pytest --demo-only $(PYTEST_ARGS) > var/demo-tests.log 2>&1 & demo=$$!; \
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS); others=$$?; \
	wait $$demo; about_demo=$$?; \
	echo "== The tests about the demo content (var/demo-tests.log)"; cat var/demo-tests.log; \
	[ $$about_demo = 5 ] && about_demo=0; \
	exit $$(( others || about_demo ))

serve-prod: install ## Start the production setup (nginx, granian, Redis, PostgreSQL) on http://127.0.0.1:8080/
	PYTHON=$(BIN)/python deploy/serve-prod start

stop-prod: ## Stop what serve-prod started
	PYTHON=$(BIN)/python deploy/serve-prod stop

screenshots: test-tools ## Picture home and an article, every language, phone and desktop (test-artifacts/)
	$(BIN)/python -m pressroom.tests.browser.screenshots

lint: install-dev ## Check code style (ruff), template style (djhtml) and security (bandit)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')
	$(BIN)/bandit --quiet --recursive pressroom bench --severity-level high

format: install-dev ## Fix code and template style
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

messages: install-dev ## Update the Serbian catalogues (Latin derived from Cyrillic) and compile them
	cd pressroom && $(abspath $(BIN))/python $(CURDIR)/manage.py makemessages --locale sr --no-obsolete --no-location --ignore 'demo/*'
	$(MANAGE) latinize_catalogue
	cd pressroom && $(abspath $(BIN))/python $(CURDIR)/manage.py compilemessages --locale sr --locale sr_Latn

bench: install-dev ## Run the benchmarks (see bench/README.md)
	$(BIN)/python bench/transliteration.py
	$(BIN)/python bench/press_release_fanout.py

bench-search: install-dev ## Reader search on 100,000 generated articles (SQLite; long, see bench/README.md)
	$(BIN)/python bench/search_at_scale.py

bench-http: install-dev ## Serve 10,000 articles through the production setup and measure it with wrk (bench/README.md)
	PYTHON=$(BIN)/python $(BIN)/python bench/http_load.py

bench-render: install-dev ## Uncached render time of article, home and newsroom on 10,000 articles, in process (bench/README.md)
	$(BIN)/python bench/page_render.py

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) var media static_collected node_modules test-artifacts
