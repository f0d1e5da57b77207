# CoProDesk — `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help run test test-fast test-newest lock upgrade lint bench clean forms translations wheel-check bundle bundle-check icons

help:  ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

LOCK   := requirements.lock
# Every package the app, the tests, the bundle and the lock itself install: exact versions
# with hashes, resolved once for Linux, Windows and macOS and every Python that
# requires-python allows. `make lock` writes it, `make upgrade` moves it forward.
LOCK_ARGS := pyproject.toml --extra test --extra bundle --extra dev --extra archive --universal \
	--generate-hashes --python-version 3.11 --quiet --no-header --output-file $(LOCK)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs only what the lock names, checked against its hashes; then the project itself,
# built with the locked setuptools (no build environment fetched from the index).
$(STAMP): $(LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python packaging/lock.py check
	touch $(STAMP)

# uv (itself locked) resolves; installing the old lock first is enough to run it.
$(BIN)/uv: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)

lock: $(BIN)/uv  ## Re-resolve the lock after a change to pyproject.toml (keeps locked versions that still fit)
	$(BIN)/uv pip compile $(LOCK_ARGS)
	$(BIN)/python packaging/lock.py stamp

upgrade: $(BIN)/uv  ## Re-lock to the newest allowed versions, install them, run the whole suite
	$(BIN)/uv pip compile --upgrade $(LOCK_ARGS)
	$(BIN)/python packaging/lock.py stamp
	$(BIN)/uv pip sync --quiet --python $(BIN)/python --require-hashes $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)
	$(MAKE) test

run: $(STAMP)  ## Install and start the app (a demo meeting is created on first start)
	$(BIN)/coprodesk

test: $(STAMP)  ## Install from the lock and run the whole suite headless
	$(BIN)/ruff check coprodesk tests benchmarks
	$(BIN)/python -m pytest

test-fast: $(STAMP)  ## Every test not marked slow (no windows, none over 1 s): about a minute
	$(BIN)/python -m pytest -m "not slow" -q

test-newest: $(STAMP)  ## The suite against the newest versions the index serves (BISECT=1: which package breaks it)
	$(BIN)/python packaging/newest.py $(if $(BISECT),--bisect) $(ARGS)

lint: $(STAMP)  ## Ruff only
	$(BIN)/ruff check coprodesk tests benchmarks

bench: $(STAMP)  ## Print benchmark figures (never asserted in tests)
	$(BIN)/python benchmarks/floor_switch.py
	$(BIN)/python benchmarks/report_speed.py
	$(BIN)/python benchmarks/minutes_speed.py
	$(BIN)/python benchmarks/gui_cold_start.py
	$(BIN)/python benchmarks/run_view.py
	$(BIN)/python benchmarks/participant_cpu.py
	$(BIN)/python benchmarks/portable_speed.py
	$(BIN)/python benchmarks/series_speed.py
	$(BIN)/python benchmarks/devices_load.py
	$(BIN)/python benchmarks/archive_speed.py

wheel-check: $(STAMP)  ## Build the wheel, install it in a fresh venv outside the checkout, run it
	bash packaging/check.sh wheel

bundle: $(STAMP)  ## Build the one-folder PyInstaller bundle in dist/coprodesk/ (PyInstaller comes from the lock)
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

bundle-check: bundle  ## Build the bundle and run the bundled binary (offscreen) like a user would
	bash packaging/check.sh bundle dist/coprodesk/coprodesk

icons: $(STAMP)  ## Render the app icon into the standard sizes (resources/icons/)
	$(BIN)/python packaging/make_icons.py

clean:  ## Remove the venv and caches
	rm -rf $(VENV) .venv-newest build dist *.egg-info .pytest_cache .ruff_cache .hypothesis

forms: $(STAMP)  ## Regenerate Python from the Designer forms in ui/ (do not edit the output)
	@for f in ui/*.ui; do n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic --from-imports $$f -o coprodesk/gui/forms/ui_$$n.py; done
	@# uic imports ~40 names per form; each unused QtGui class costs start-up time (its enums)
	$(BIN)/ruff check --isolated --select F401 --fix -q coprodesk/gui/forms/

translations: $(STAMP)  ## Collect every tr() string into the template and each language's .ts (new ones unfinished); compile each to .qm
	$(BIN)/pyside6-lupdate ui/*.ui $$(find coprodesk/gui -name '*.py' -not -path '*/forms/*') \
	  coprodesk/minutes/source_words.py \
	  -ts resources/translations/coprodesk.ts $$(ls resources/translations/coprodesk_*.ts 2>/dev/null) \
	  -no-obsolete
	@for f in resources/translations/coprodesk_*.ts; do [ -e "$$f" ] || continue; \
	  $(BIN)/pyside6-lrelease "$$f" -qm "$${f%.ts}.qm"; done
