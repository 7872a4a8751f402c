# The two commands a newcomer needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
QT_OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint typecheck pytest forms screenshots benchmark package clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "coprod-desktop needs Python 3.11 or newer; $(PYTHON) is older." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	$(BIN)/coprod-desktop

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(QT_OFFSCREEN) $(BIN)/pytest

# Regenerate the Python forms from the Qt Designer files in ui/ (the tests check they match).
# Unused imports are then removed: each Qt class named in an import is built on first use,
# which made start-up measurably slower.
forms: $(STAMP)
	for f in ui/*.ui; do \
		out=coprod_desktop/gui/forms/ui_$$(basename "$$f" .ui).py; \
		$(BIN)/pyside6-uic --from-imports "$$f" -o "$$out" || exit 1; \
		$(BIN)/ruff check --isolated --quiet --select F401 --fix "$$out" || exit 1; \
	done

# Screenshots of the real app for README.md and docs/, taken under Xvfb.
screenshots: $(STAMP)
	xvfb-run -a -s '-screen 0 1400x900x24' $(BIN)/python docs/take_screenshots.py

benchmark: $(STAMP)
	$(BIN)/python benchmarks/register_benchmark.py
	$(BIN)/python benchmarks/payments_benchmark.py
	$(BIN)/python benchmarks/actions_benchmark.py
	$(BIN)/python benchmarks/records_export_benchmark.py
	$(BIN)/python benchmarks/funder_report_benchmark.py

package: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --distpath build/dist --workpath build/work build/coprod-desktop.spec

clean:
	rm -rf $(VENV) build/dist build/work .mypy_cache .ruff_cache .pytest_cache
