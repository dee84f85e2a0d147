#!/usr/bin/env bash
# Prints the path of the reference interpreter: MicroPython's native unix port, built once per
# machine (and compiler) in the tree from scripts/compat-source.sh. Progress goes to stderr.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TOP=$(bash "$HERE/compat-source.sh")
# The issue's configuration: the standard variant minus what needs external libraries.
MAKE_ARGS=(VARIANT=standard MICROPY_PY_FFI=0 MICROPY_PY_BTREE=0 MICROPY_PY_SSL=0 FROZEN_MANIFEST=)
BIN="$TOP/ports/unix/build-standard/micropython"
STAMP="$TOP/ports/unix/build-standard/mpsb.stamp"
ID="$(gcc --version | head -n1) ${MAKE_ARGS[*]}"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$ID" ]; then
  echo "[native] building MicroPython's unix port in $TOP (about 2 minutes, once)" >&2
  rm -rf "$TOP/ports/unix/build-standard"
  make -C "$TOP/mpy-cross" -j"$(nproc)" >&2
  make -C "$TOP/ports/unix" -j"$(nproc)" "${MAKE_ARGS[@]}" >&2
  echo "$ID" > "$STAMP"
fi
echo "$BIN"
