# The two commands the README promises: `make run` and `make test`.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
UIC   := $(VENV)/bin/pyside6-uic
LUPDATE  := $(VENV)/bin/pyside6-lupdate -no-obsolete -locations none
LRELEASE := $(VENV)/bin/pyside6-lrelease -silent
TS_DIR   := resources/translations

.PHONY: run test test-slow check demo forms translations clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/bfpp-desktop $(ARGS)

demo: $(STAMP)
	$(VENV)/bin/bfpp-desktop --demo $(ARGS)

test: check
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# The long proofs left out of `make test` (see [tool.pytest.ini_options]).
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow --timeout 600 $(PYTEST_ARGS)

# Lint, and the layer rules of docs/architecture.md (import-linter contracts in pyproject.toml).
check: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	PYTHONPATH=src $(VENV)/bin/lint-imports

# Compile Qt Designer forms into committed Python modules.
forms: $(STAMP)
	@for ui in forms/*.ui; do \
	  name=$$(basename $$ui .ui); \
	  out=src/bfpp_desktop/ui/forms/ui_$$name.py; \
	  $(UIC) $$ui -o $$out.tmp && \
	  { echo '# generated — do not edit: compiled from forms/'$$name'.ui by `make forms`'; cat $$out.tmp; } > $$out && rm $$out.tmp; \
	  echo "compiled $$ui"; \
	done

# Collect every string into the .ts catalogues, then compile the .qm files the app loads
# (both are committed; tests/unit/test_translations.py checks they are up to date).
# The forms' own .ui files too: lupdate does not find the strings in uic's generated code.
# No line numbers: the catalogue then changes only when the words do, so branches merge.
# English has a catalogue of its plural forms only ("1 entry", "%n entries").
translations: $(STAMP)
	$(LUPDATE) $$(find src -name '*.py' | sort) forms/*.ui -target-language es -ts $(TS_DIR)/bfpp_es.ts
	$(LUPDATE) -pluralonly $$(find src -name '*.py' | sort) forms/*.ui -target-language en -ts $(TS_DIR)/bfpp_en.ts
	$(LRELEASE) $(TS_DIR)/bfpp_es.ts $(TS_DIR)/bfpp_en.ts

clean:
	rm -rf $(VENV) .pytest_cache
