# Rungs: `make serve` to run it, `make test` to check everything. Both install what is missing.
SHELL := /bin/bash
WASM_ENV := source .ci/wasm-env
CARGO := PATH="$$HOME/.cargo/bin:$$PATH" cargo

.PHONY: setup serve dist test bench fmt clippy unit e2e clean

setup:
	@.ci/setup

serve: setup
	$(WASM_ENV) && trunk serve --offline --release

dist: setup
	$(WASM_ENV) && trunk build --offline --release

test: setup
	@.ci/test

bench: setup
	@.ci/bench

fmt:
	$(CARGO) fmt

clean:
	rm -rf dist target
