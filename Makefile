# Rungs: `make serve` to run it, `make test` to check everything. Both install what is missing.
SHELL := /bin/bash
WASM_ENV := source .ci/wasm-env
CARGO := PATH="$$HOME/.cargo/bin:$$PATH" cargo

.PHONY: setup serve dist test bench screenshots fmt clippy unit e2e clean check-data import export-csv

setup:
	@.ci/setup

# Served from its own folder: `trunk serve` adds a live-reload script that must never reach dist/.
serve: setup
	$(WASM_ENV) && trunk serve --offline --release --dist target/serve-dist

# The first view is prerendered into index.html (headless Chromium), so it paints before the wasm.
dist: setup
	@.ci/build-release dist

# `make test DATA=dir` also validates, builds and smoke-tests another data folder.
test: setup
	@DATA="$(DATA)" .ci/test

bench: setup
	@.ci/bench

# Every view, desktop and phone, light and dark, from a release build of DATA (data/ unless
# `make screenshots DATA=dir`), into docs/screenshots/ for the README.
screenshots: setup
	@RUNGS_DATA_DIR="$(abspath $(DATA))" .ci/build-release target/screenshots-dist
	cd tests/e2e && node screenshots.js ../../target/screenshots-dist ../../docs/screenshots

# Validates a data folder natively in seconds: `make check-data DATA=path/to/data`.
DATA ?= data
check-data:
	$(CARGO) run --quiet -p rungs-data -- check "$(DATA)"

# A spreadsheet into a data folder: `make import CSV=framework.csv DATA=dir [LAYOUT=wide]
# [FORCE=1] [NAME="Our ladder"]`. Validates before writing; writes nothing on any problem.
CSV ?=
import:
	@test -n "$(CSV)" || { echo "usage: make import CSV=framework.csv DATA=dir [LAYOUT=wide] [FORCE=1]"; exit 2; }
	$(CARGO) run --quiet -p rungs-data -- import "$(CSV)" "$(DATA)" $(if $(filter wide,$(LAYOUT)),--wide) $(if $(FORCE),--force) $(if $(NAME),--name "$(NAME)")

# A data folder back into the long spreadsheet layout: `make export-csv DATA=dir CSV=out.csv`.
export-csv:
	@test -n "$(CSV)" || { echo "usage: make export-csv DATA=dir CSV=out.csv"; exit 2; }
	$(CARGO) run --quiet -p rungs-data -- export "$(DATA)" "$(CSV)"

fmt: setup
	PATH="$$HOME/.cargo/bin:$$PATH" leptosfmt src/ > /dev/null
	$(CARGO) fmt --all

clean:
	rm -rf dist target
