#!/usr/bin/env bash
# `npm run playground [-- --build [DIR] | --port N]`: builds the package, then builds the playground
# (www/) into build/www/ and serves it on 127.0.0.1, or only builds it (scripts/playground.mjs).
source "$(dirname "$0")/env.sh"
bash "$ROOT/scripts/build.sh"
exec node "$ROOT/scripts/playground.mjs" "$@"
