#!/usr/bin/env bash
# Builds the guest, the host, and the package in pkg/ (also linked as node_modules/micropython-sandbox
# so examples and tests import it by name). Quiet when nothing changed.
source "$(dirname "$0")/env.sh"
bash "$ROOT/scripts/setup.sh"

bash "$ROOT/guest/build.sh" "$ROOT/build/guest/micropython.wasm"

cargo build -q --release --target wasm32-unknown-unknown --manifest-path "$ROOT/Cargo.toml"
if [ ! -f "$ROOT/build/host/host_bg.wasm" ] || [ "$HOST_WASM" -nt "$ROOT/build/host/host_bg.wasm" ]; then
  log "wasm-bindgen"
  wasm-bindgen --target web --remove-name-section --remove-producers-section \
    --out-dir "$ROOT/build/host" --out-name host "$HOST_WASM"
fi

rm -rf "$ROOT/pkg.tmp"
mkdir -p "$ROOT/pkg.tmp"
cp -R "$ROOT/pkg-template/." "$ROOT/pkg.tmp/"
cp "$ROOT/build/host/host.js" "$ROOT/build/host/host_bg.wasm" "$ROOT/build/guest/micropython.wasm" "$ROOT/pkg.tmp/"
node "$ROOT/scripts/wasm-types-stub.mjs" "$ROOT/build/guest/micropython.wasm" "$ROOT/pkg.tmp/micropython.types.wasm"
rm -rf "$ROOT/pkg"
mv "$ROOT/pkg.tmp" "$ROOT/pkg"
mkdir -p "$ROOT/node_modules"
ln -sfn ../pkg "$ROOT/node_modules/micropython-sandbox"
