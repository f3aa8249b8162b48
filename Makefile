# Clientfit: `make run` opens the app, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint cli bench package clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/clientfit

# The whole suite, after the lint; PYTEST_ARGS="-m 'not slow'" leaves the slow tests out while you work.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# ruff, and the layer contracts of pyproject.toml ([tool.importlinter], see ARCHITECTURE.md)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

translations: $(STAMP)
	$(BIN)/python scripts/update_translations.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

package: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info desktop/*.egg-info
