#!/usr/bin/env bash
# Assembles pkg/ from pkg-template/ and the built wasm (build/), also linked as
# node_modules/micropython-sandbox so examples and tests import it by name: the template files, the
# wasm, the guest's types stub as a JS module, and the browser worker bundled into one file (what
# users of a bundler that leaves `new URL(…, import.meta.url)` alone must copy).
source "$(dirname "$0")/env.sh"
rm -rf "$ROOT/pkg.tmp"
mkdir -p "$ROOT/pkg.tmp"
cp -R "$ROOT/pkg-template/." "$ROOT/pkg.tmp/"
cp "$ROOT/build/host/host.js" "$ROOT/build/host/host_bg.wasm" "$ROOT/build/guest/micropython.wasm" "$ROOT/pkg.tmp/"
node "$ROOT/scripts/wasm-types-stub.mjs" "$ROOT/build/guest/micropython.wasm" "$ROOT/build/guest/micropython.types.wasm"
node "$ROOT/scripts/types-module.mjs" "$ROOT/build/guest/micropython.types.wasm" "$ROOT/pkg.tmp/micropython.types.js"
"$ROOT/node_modules/.bin/esbuild" --bundle --format=esm --log-level=warning \
  --outfile="$ROOT/pkg.tmp/browser-worker.js" --allow-overwrite "$ROOT/pkg.tmp/browser-worker.js"
rm -rf "$ROOT/pkg"
mv "$ROOT/pkg.tmp" "$ROOT/pkg"
mkdir -p "$ROOT/node_modules"
ln -sfn ../pkg "$ROOT/node_modules/micropython-sandbox"
