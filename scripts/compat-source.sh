#!/usr/bin/env bash
# Prints the path of a pristine (unpatched) MicroPython source tree, unpacked once per machine from
# the same sha256-checked Debian tarball the guest is built from. Its tests/ drive `npm run compat`
# and the bench. Progress goes to stderr.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${MPSB_CACHE:-"$HOME/.cache/micropython-sandbox"}

# Name and checksum come from guest/build.sh.
setting() { sed -n "s/^$1=//p" "$REPO/guest/build.sh"; }
ORIG=$(setting ORIG)
ORIG_SHA256=$(setting ORIG_SHA256)
MP_VERSION=$(setting MP_VERSION)
# Fetched (or found) and sha256-checked by guest/build.sh, the only place that downloads it.
TARBALL=$(bash "$REPO/guest/build.sh" --fetch-only)

DIR="$CACHE/source/${ORIG_SHA256:0:16}"
if [ ! -f "$DIR/unpacked" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  tar -C "$DIR" -xf "$TARBALL"
  touch "$DIR/unpacked"
fi
echo "$DIR/micropython-$MP_VERSION"
