#!/usr/bin/env bash
# `npm test`: set up, build, then every test: Rust (native), Rust API in Node (wasm-bindgen-test),
# and the JS suites in Node.
source "$(dirname "$0")/env.sh"
bash "$ROOT/scripts/build.sh"
cd "$ROOT"

log "cargo test (native: pure-Rust parts)"
cargo test -q

log "cargo test --target wasm32-unknown-unknown (Rust API in Node)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -q --target wasm32-unknown-unknown --test wasm

log "node --test (JS API and CLI in Node $(node --version))"
node --test tests/js/
