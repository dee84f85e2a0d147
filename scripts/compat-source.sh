#!/usr/bin/env bash
# Prints the path of a pristine (unpatched) MicroPython source tree, unpacked once per machine from
# the same sha256-checked Debian tarball the guest is built from. Its tests/ drive `npm run compat`
# and the bench. Progress goes to stderr.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${MPSB_CACHE:-"$HOME/.cache/micropython-sandbox"}

# Name and checksum come from guest/build.sh, the only place that downloads the tarball.
setting() { sed -n "s/^$1=//p" "$REPO/guest/build.sh"; }
ORIG=$(setting ORIG)
ORIG_SHA256=$(setting ORIG_SHA256)
MP_VERSION=$(setting MP_VERSION)
TARBALL="$CACHE/src/$ORIG"
verify() { [ -f "$TARBALL" ] && echo "$ORIG_SHA256  $TARBALL" | sha256sum -c --status; }
if ! verify; then
  # With a cached guest wasm, guest/build.sh skips the fetch: force a build into a scratch file.
  echo "[source] fetching $ORIG through guest/build.sh" >&2
  MPSB_NO_CACHE=1 bash "$REPO/guest/build.sh" "$CACHE/fetch-only.wasm" >&2
  rm -f "$CACHE"/fetch-only*.wasm
  verify || { echo "[source] ERROR: $TARBALL is missing or fails its sha256 check" >&2; exit 1; }
fi

DIR="$CACHE/source/${ORIG_SHA256:0:16}"
if [ ! -f "$DIR/unpacked" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  tar -C "$DIR" -xf "$TARBALL"
  touch "$DIR/unpacked"
fi
echo "$DIR/micropython-$MP_VERSION"
