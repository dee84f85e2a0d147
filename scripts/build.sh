#!/usr/bin/env bash
# Builds the guest, the host, and the package in pkg/ (also linked as node_modules/micropython-sandbox
# so examples and tests import it by name). Quiet when nothing changed; one build at a time per
# checkout (build_lock in env.sh), and pkg/ is swapped in whole (scripts/package.sh).
source "$(dirname "$0")/env.sh"
build_lock
bash "$ROOT/scripts/setup.sh"

bash "$ROOT/guest/build.sh" "$ROOT/build/guest/micropython.wasm"

cargo build -q --release --target wasm32-unknown-unknown --manifest-path "$ROOT/Cargo.toml"
if [ ! -f "$ROOT/build/host/host_bg.wasm" ] || [ "$HOST_WASM" -nt "$ROOT/build/host/host_bg.wasm" ]; then
  log "wasm-bindgen"
  wasm-bindgen --target web --remove-name-section --remove-producers-section \
    --out-dir "$ROOT/build/host" --out-name host "$HOST_WASM"
fi

bash "$ROOT/scripts/package.sh"
