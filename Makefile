# CoProDesk — `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help run test lint bench clean forms translations wheel-check bundle bundle-check icons

help:  ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## Install and start the app (a demo meeting is created on first start)
	$(BIN)/coprodesk

test: $(STAMP)  ## Install with test extras and run the whole suite headless
	$(BIN)/ruff check coprodesk tests benchmarks
	$(BIN)/python -m pytest

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

wheel-check: $(STAMP)  ## Build the wheel, install it in a fresh venv outside the checkout, run it
	bash packaging/check.sh wheel

bundle: $(STAMP)  ## Build the one-folder PyInstaller bundle in dist/coprodesk/
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

bundle-check: bundle  ## Build the bundle and run the bundled binary (offscreen) like a user would
	bash packaging/check.sh bundle dist/coprodesk/coprodesk

icons: $(STAMP)  ## Render the app icon into the standard sizes (resources/icons/)
	$(BIN)/python packaging/make_icons.py

clean:  ## Remove the venv and caches
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis

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
