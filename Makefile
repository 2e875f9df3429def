# Rungs: `make serve` to run it, `make test` to check everything. Both install what is missing.
SHELL := /bin/bash
WASM_ENV := source .ci/wasm-env
CARGO := PATH="$$HOME/.cargo/bin:$$PATH" cargo

.PHONY: setup serve dist test bench fmt clippy unit e2e clean check-data

setup:
	@.ci/setup

# Served from its own folder: `trunk serve` adds a live-reload script that must never reach dist/.
serve: setup
	$(WASM_ENV) && trunk serve --offline --release --dist target/serve-dist

dist: setup
	$(WASM_ENV) && trunk build --offline --release

# `make test DATA=dir` also validates, builds and smoke-tests another data folder.
test: setup
	@DATA="$(DATA)" .ci/test

bench: setup
	@.ci/bench

# Validates a data folder natively in seconds: `make check-data DATA=path/to/data`.
DATA ?= data
check-data:
	$(CARGO) run --quiet -p rungs-data -- check "$(DATA)"

fmt: setup
	PATH="$$HOME/.cargo/bin:$$PATH" leptosfmt src/ > /dev/null
	$(CARGO) fmt --all

clean:
	rm -rf dist target
