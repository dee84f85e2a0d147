#!/usr/bin/env bash
# Assembles the package from pkg-template/ and the built wasm (build/): the template files, the
# wasm, the guest's types stub as a JS module, and the browser worker bundled into one file (what
# users of a bundler that leaves `new URL(…, import.meta.url)` alone must copy).
#
# Safe to run twice at once and a no-op when nothing changed: each version is assembled in a
# private temp folder, renamed to build/pkg-HASH (HASH of every input), and the symlinks `pkg` and
# node_modules/micropython-sandbox are swapped to it with one rename each, all under the build
# lock. A process already reading the package keeps reading its version: Node resolves the
# symlink to the folder, which stays until two newer versions exist.
source "$(dirname "$0")/env.sh"
build_lock
cd "$ROOT"

inputs() {
  find pkg-template -type f | LC_ALL=C sort | xargs sha256sum
  sha256sum build/host/host.js build/host/host_bg.wasm build/guest/micropython.wasm \
    scripts/package.sh scripts/wasm-types-stub.mjs scripts/types-module.mjs node_modules/esbuild/package.json
}
version="pkg-$(inputs | sha256sum | cut -c1-16)"

if [ ! -d "build/$version" ]; then
  log "package: build/$version"
  tmp=$(mktemp -d "build/$version.tmp.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  cp -R pkg-template/. "$tmp/"
  cp build/host/host.js build/host/host_bg.wasm build/guest/micropython.wasm "$tmp/"
  node scripts/wasm-types-stub.mjs build/guest/micropython.wasm "$tmp/micropython.types.wasm"
  node scripts/types-module.mjs "$tmp/micropython.types.wasm" "$tmp/micropython.types.js"
  rm "$tmp/micropython.types.wasm"
  node_modules/.bin/esbuild --bundle --format=esm --log-level=warning \
    --outfile="$tmp/browser-worker.js" --allow-overwrite "$tmp/browser-worker.js"
  chmod 755 "$tmp"
  mv -T "$tmp" "build/$version"
  trap - EXIT
fi

# Points symlink $1 at $2 with one rename (atomic for readers).
swap() {
  [ "$(readlink "$1" 2>/dev/null)" = "$2" ] && return 1
  ln -sfn "$2" "$1.new"
  mv -T "$1.new" "$1"
}
# pkg/ from before this scheme was a folder: replaced once.
if [ -d pkg ] && [ ! -L pkg ]; then rm -rf pkg; fi
mkdir -p node_modules
# Straight to the folder, not via pkg: Deno does not follow a symlink to a symlink here.
swap node_modules/micropython-sandbox "../build/$version" || true
if swap pkg "build/$version"; then
  # Keep the current and the previous version (a process may still be reading it); a temp folder
  # left here is a killed build's (we hold the lock).
  previous=$(ls -dt build/pkg-*/ | sed 's|/$||' | grep -v '\.tmp\.' | grep -vx "build/$version" | head -1 || true)
  for old in build/pkg-*/; do
    old=${old%/}
    [ "$old" = "build/$version" ] || [ "$old" = "$previous" ] || rm -rf "$old"
  done
fi
