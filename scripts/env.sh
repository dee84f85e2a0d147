# Shared settings for the project's scripts (sourced, not run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Downloads and build products that survive a fresh clone on the same machine.
export MPSB_CACHE="${MPSB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/micropython-sandbox}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$MPSB_CACHE/target}"
export PATH="$HOME/.cargo/bin:$PATH"
HOST_WASM="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/micropython_sandbox.wasm"
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
# Holds build/.lock until the calling script exits, so builds in one checkout take turns (the
# scripts that build take it; one called by another that holds it does not wait for itself).
build_lock() {
  [ -n "${MPSB_BUILD_LOCKED:-}" ] && return
  mkdir -p "$ROOT/build"
  exec 9>"$ROOT/build/.lock"
  flock 9
  export MPSB_BUILD_LOCKED=1
}
