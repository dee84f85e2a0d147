#!/usr/bin/env bash
# `npm run cli`: build if needed (its output only on failure), then run the CLI.
source "$(dirname "$0")/env.sh"
mkdir -p "$ROOT/build"
if ! bash "$ROOT/scripts/build.sh" >"$ROOT/build/cli-build.log" 2>&1; then
  cat "$ROOT/build/cli-build.log" >&2
  exit 1
fi
exec node "$ROOT/pkg/bin/cli.js" "$@"
