#!/usr/bin/env bash
# Build the MicroPython guest: build/guest/micropython.wasm (or the path given as $1).
#
#   guest/build.sh [OUTPUT]
#   guest/build.sh --fetch-only    (fetch and check the source tarball, print its path)
#
# 1. Fetches Debian's source package micropython 1.26.1+ds-1 with apt (private
#    config, nothing in /etc touched), checks the orig tarball's sha256.
# 2. Unpacks it into build/guest/ (git-ignored), applies guest/patches/*.patch.
# 3. Builds with MicroPython's make infrastructure (guest/Makefile), clang-16.
# 4. Runs binaryen (flatten + spill-pointers) so the GC sees pointers held in
#    wasm locals, then strips names.
# 5. Adds fuel metering (guest/meter): a counter the host sets per run, counted
#    down in every loop and function, calling mp_sandbox_fuel_exhausted at zero.
# The source download and the final wasm are cached in
# ${MPSB_CACHE:-$HOME/.cache/micropython-sandbox}; the wasm is keyed by a hash of
# guest/ and the toolchain versions, so an unchanged guest is just copied.
# Progress goes to stderr. Environment: MPSB_CACHE, MPSB_NO_CACHE=1 (always build).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GUEST="$REPO/guest"
FETCH_ONLY=
if [ "${1:-}" = "--fetch-only" ]; then FETCH_ONLY=1; shift; fi
OUT=${1:-"$REPO/build/guest/micropython.wasm"}
CACHE=${MPSB_CACHE:-"$HOME/.cache/micropython-sandbox"}
WORK="$REPO/build/guest"

MP_VERSION=1.26.1
DEB_VERSION=1.26.1+ds-1
ORIG=micropython_1.26.1+ds.orig.tar.xz
ORIG_SHA256=f5ad2ec89d3e921f753d448955af98b6005655f84ba26087dde6ba0e8d062f34
DEB_ARCHIVE=http://deb.debian.org/debian
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

CLANG=clang-16
WASM_LD=wasm-ld-16
WASM_OPT="$REPO/node_modules/binaryen/bin/wasm-opt"
# Binaryen passes that make collect-anywhere GC sound: flatten + coalesce so
# every pointer lives in a local, spill-pointers to put them on the shadow
# stack (needs the __stack_pointer name). -g keeps function names for the
# metering pass's --skip; they are stripped after it.
# mpsb_fuel_charge must stay a function of its own for the metering pass's --charge-fn.
WASM_OPT_PASSES=(--no-inline=mpsb_fuel_charge --flatten --coalesce-locals --reorder-locals --spill-pointers -O2 -g)
# Not metered per iteration: the GC's scanning loops (gc_alloc's search for free blocks;
# gc_collect, with the root scan, marking, rescans, finalisers and sweep inlined). They charge
# fuel in bulk every 1024 steps instead (MICROPY_GC_HOOK_LOOP in mpconfigport.h), which costs
# less than a check per step.
METER_SKIP=(gc_alloc gc_collect)
# Bulk memory instructions (memory.copy/fill/init) charge one unit per 2^MPSB_BULK_SHIFT bytes
# and memory.grow as much per page (its first touch); main.c needs the shift too.
METER_BULK_SHIFT=$(sed -n 's/^#define MPSB_BULK_SHIFT *(\([0-9]*\)).*/\1/p' "$GUEST/mpconfigport.h")
# A wasm throw (NLR's longjmp: one per C frame with nlr_push on the way up) costs V8 about 1 us:
# charge it like that much ordinary code.
METER_THROW_COST=2048

START_MS=$(date +%s%3N)
log() { local t=$(( $(date +%s%3N) - START_MS )); printf '[guest %d.%03ds] %s\n' $((t / 1000)) $((t % 1000)) "$*" >&2; }
die() { printf '[guest] ERROR: %s\n' "$*" >&2; exit 1; }

# ---- toolchain ------------------------------------------------------------------
for tool in "$CLANG" "$WASM_LD" node make python3 apt-get sha256sum xz patch; do
    command -v "$tool" >/dev/null || die "missing tool: $tool (Debian: clang-16 lld-16 libclang-rt-16-dev-wasm32 wasi-libc nodejs make python3 xz-utils patch)"
done
[ -f /usr/include/wasm32-wasi/wasi/api.h ] || die "wasi-libc is not installed (apt-get install wasi-libc)"
if [ ! -f "$WASM_OPT" ]; then
    log "binaryen missing: npm install in $REPO"
    (cd "$REPO" && npm install --no-audit --no-fund >&2) || die "npm install failed"
fi
[ -f "$WASM_OPT" ] || die "binaryen's wasm-opt not found at $WASM_OPT"

toolchain_id() {
    "$CLANG" --version | head -n1
    "$WASM_LD" --version | head -n1
    node -p 'require(process.argv[1]).version' "$REPO/node_modules/binaryen/package.json"
    dpkg-query -W -f='${Package} ${Version}\n' wasi-libc libclang-rt-16-dev-wasm32 2>/dev/null || true
    echo "micropython $DEB_VERSION $ORIG_SHA256"
}

# ---- cache key: guest/ (including this script) + toolchain ---------------------------
guest_files_hash() {
    (cd "$GUEST" && find . -path ./meter/target -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
}
KEY=$({ guest_files_hash; toolchain_id; } | sha256sum | cut -c1-32)
CACHED="$CACHE/wasm/micropython-$KEY.wasm"
# The same guest without fuel metering, for the bench's metering-overhead row only (never shipped).
UNMETERED_OUT="${OUT%.wasm}.unmetered.wasm"
UNMETERED_CACHED="${CACHED%.wasm}.unmetered.wasm"
mkdir -p "$(dirname "$OUT")"
if [ -z "$FETCH_ONLY" ] && [ -z "${MPSB_NO_CACHE:-}" ] && [ -f "$CACHED" ] && [ -f "$UNMETERED_CACHED" ]; then
    cp "$CACHED" "$OUT.tmp.$$" && mv "$OUT.tmp.$$" "$OUT"
    cp "$UNMETERED_CACHED" "$UNMETERED_OUT.tmp.$$" && mv "$UNMETERED_OUT.tmp.$$" "$UNMETERED_OUT"
    log "cached guest $KEY -> $OUT"
    exit 0
fi
[ -n "$FETCH_ONLY" ] || log "building guest $KEY"

# ---- MicroPython source ----------------------------------------------------------------
SRC_CACHE="$CACHE/src"
mkdir -p "$SRC_CACHE"
verify_orig() {
    [ -f "$SRC_CACHE/$ORIG" ] && echo "$ORIG_SHA256  $SRC_CACHE/$ORIG" | sha256sum -c --status
}
if ! verify_orig; then
    log "fetching Debian source package micropython=$DEB_VERSION with apt"
    APT="$CACHE/apt"
    mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial"
    echo "deb-src [signed-by=$KEYRING] $DEB_ARCHIVE sid main" > "$APT/sources.list"
    APT_OPTS=(-o "Dir::Etc::SourceList=$APT/sources.list" -o Dir::Etc::SourceParts=/nonexistent
        -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT/cache"
        -o Debug::NoLocking=1 -o APT::Sandbox::User=root -qq)
    apt-get "${APT_OPTS[@]}" update >&2 || die "apt-get update (private sources.list) failed"
    rm -f "$SRC_CACHE/$ORIG"
    (cd "$SRC_CACHE" && apt-get "${APT_OPTS[@]}" source --download-only "micropython=$DEB_VERSION" >&2) \
        || die "apt-get source micropython=$DEB_VERSION failed"
    [ -f "$SRC_CACHE/$ORIG" ] || die "apt did not produce $ORIG"
    if ! verify_orig; then
        echo "[guest] expected sha256 $ORIG_SHA256" >&2
        sha256sum "$SRC_CACHE/$ORIG" >&2
        mv "$SRC_CACHE/$ORIG" "$SRC_CACHE/$ORIG.bad"
        die "SHA-256 MISMATCH for $ORIG: refusing to build (bad file moved to $ORIG.bad)"
    fi
fi
if [ -n "$FETCH_ONLY" ]; then
    echo "$SRC_CACHE/$ORIG"
    exit 0
fi
log "source ok: $ORIG (sha256 verified)"

# Unpack + patch, again only when the tarball or the patches change.
SRC_STAMP=$({ echo "$ORIG_SHA256"; cat "$GUEST"/patches/*.patch 2>/dev/null; } | sha256sum | cut -c1-32)
TOP="$WORK/micropython-$MP_VERSION"
if [ "$(cat "$WORK/src.stamp" 2>/dev/null)" != "$SRC_STAMP" ]; then
    log "unpacking and patching"
    rm -rf "$TOP" "$WORK/obj" "$WORK/src.stamp"
    mkdir -p "$WORK"
    tar -C "$WORK" -xf "$SRC_CACHE/$ORIG"
    [ -d "$TOP/py" ] || die "unexpected tarball layout (no micropython-$MP_VERSION/py)"
    for p in "$GUEST"/patches/*.patch; do
        [ -f "$p" ] || continue
        patch -d "$TOP" -p1 --batch --quiet --no-backup-if-mismatch < "$p" >&2 || die "patch failed: $p"
    done
    echo "$SRC_STAMP" > "$WORK/src.stamp"
fi

# Objects are rebuilt from scratch when the toolchain or the Makefile changes
# (make's own dependency tracking covers sources and headers).
OBJ_STAMP=$({ echo "$SRC_STAMP"; toolchain_id; cat "$GUEST/Makefile" "$GUEST/build.sh"; } | sha256sum | cut -c1-32)
if [ "$(cat "$WORK/obj.stamp" 2>/dev/null)" != "$OBJ_STAMP" ]; then
    rm -rf "$WORK/obj"
    mkdir -p "$WORK/obj"
    echo "$OBJ_STAMP" > "$WORK/obj.stamp"
fi

# ---- frozen standard library: a native mpy-cross ---------------------------------------
# guest/lib/*.py are compiled to bytecode by mpy-cross and linked in (guest/manifest.py). mpy-cross
# is built for this machine from the same patched tree, so it compiles exactly the language the
# guest runs; cached by the patched source's stamp and the native compiler.
# guest/format.c (CPython's string formatting) is part of MicroPython's core as py/objstrformat.c
# (patches/0050 lists it in py/py.mk), so mpy-cross, which links objstr.c, has it too.
cmp -s "$GUEST/format.c" "$TOP/py/objstrformat.c" || cp "$GUEST/format.c" "$TOP/py/objstrformat.c"
MPY_CROSS_ID=$({ echo "$SRC_STAMP"; cat "$GUEST/format.c"; cc --version | head -n1; } | sha256sum | cut -c1-32)
MPY_CROSS_CACHED="$CACHE/mpy-cross/mpy-cross-$MPY_CROSS_ID"
if [ ! -x "$MPY_CROSS_CACHED" ]; then
    log "building mpy-cross (native)"
    command -v cc >/dev/null || die "missing tool: cc (Debian: gcc), for mpy-cross"
    rm -rf "$WORK/mpy-cross-obj"
    MICROPY_GIT_TAG="v$MP_VERSION" MICROPY_GIT_HASH="$DEB_VERSION" \
        make -C "$TOP/mpy-cross" -j2 BUILD="$WORK/mpy-cross-obj" >&2 || die "building mpy-cross failed"
    mkdir -p "$CACHE/mpy-cross"
    cp "$WORK/mpy-cross-obj/mpy-cross" "$MPY_CROSS_CACHED.tmp.$$" && mv "$MPY_CROSS_CACHED.tmp.$$" "$MPY_CROSS_CACHED"
fi
# Read by py/mkenv.mk and tools/makemanifest.py.
export MICROPY_MPYCROSS="$MPY_CROSS_CACHED"
# ---- end of the frozen standard library block ----------------------------------------------

# ---- compile and link ------------------------------------------------------------------
log "make (this takes a minute from scratch)"
# The version comes from the Debian release, not from `git describe` of whatever repo we sit in.
MICROPY_GIT_TAG="v$MP_VERSION" MICROPY_GIT_HASH="$DEB_VERSION" \
    make -C "$GUEST" -j2 TOP="$TOP" BUILD="$WORK/obj" CLANG="$CLANG" >&2 || die "make failed"
LINKED="$WORK/obj/micropython.linked.wasm"

# ---- binaryen ------------------------------------------------------------------------------
# --spill-pointers finds the shadow stack pointer by its name: make sure it has one.
node "$REPO/node_modules/binaryen/bin/wasm-dis" "$LINKED" > "$WORK/obj/linked.wat"
grep -q '^ (global \$__stack_pointer (mut i32)' "$WORK/obj/linked.wat" \
    || die "linked module has no named __stack_pointer global: --spill-pointers would do nothing"
rm -f "$WORK/obj/linked.wat"
log "wasm-opt ${WASM_OPT_PASSES[*]}"
node "$WASM_OPT" "$LINKED" "${WASM_OPT_PASSES[@]}" -o "$WORK/micropython.named.wasm" >&2 || die "wasm-opt failed"

# ---- fuel metering -----------------------------------------------------------------------------
# After binaryen's -O2, so what is counted is the code that runs.
log "fuel metering"
cargo build -q --release --manifest-path "$GUEST/meter/Cargo.toml" >&2 || die "building guest/meter failed"
METER="${CARGO_TARGET_DIR:-$GUEST/meter/target}/release/guest-meter"
skip_args=()
for f in "${METER_SKIP[@]}"; do skip_args+=(--skip "$f"); done
"$METER" "$WORK/micropython.named.wasm" "$WORK/micropython.metered-named.wasm" \
    --handler mp_sandbox_fuel_exhausted --bulk-handler mp_sandbox_fuel_exhausted_bulk \
    "${skip_args[@]}" --charge-fn mpsb_fuel_charge \
    --bulk-shift "$METER_BULK_SHIFT" --throw-cost "$METER_THROW_COST" >&2 || die "fuel metering failed"
strip_names() { node "$WASM_OPT" "$1" --strip-debug --strip-producers -o "$2" >&2 || die "stripping $1 failed"; }
strip_names "$WORK/micropython.named.wasm" "$WORK/micropython.opt.wasm"
strip_names "$WORK/micropython.metered-named.wasm" "$WORK/micropython.metered.wasm"

# ---- check the module's interface ------------------------------------------------------------
node - "$WORK/micropython.metered.wasm" <<'EOF' >&2 || die "interface check failed"
const m = new WebAssembly.Module(require('fs').readFileSync(process.argv[2]));
const allowed = new Set(['env.memory', 'wasi_snapshot_preview1.fd_write',
  'wasi_snapshot_preview1.clock_time_get', 'wasi_snapshot_preview1.random_get', 'sandbox.poll',
  'sandbox.host_call', 'sandbox.host_reply']);
// The filesystem (guest/vfs.c, src/vfs.rs).
for (const n of ['open', 'close', 'read', 'write', 'seek', 'stat', 'listdir', 'mkdir', 'rmdir', 'remove',
  'rename', 'chdir', 'getcwd', 'statvfs']) allowed.add('sandbox.fs_' + n);
const bad = WebAssembly.Module.imports(m).map(i => i.module + '.' + i.name).filter(n => !allowed.has(n));
if (bad.length) { console.error('unexpected imports: ' + bad.join(', ')); process.exit(1); }
const ex = new Set(WebAssembly.Module.exports(m).map(e => e.name));
for (const n of ['_initialize', 'mp_sandbox_init', 'mp_sandbox_input', 'mp_sandbox_exec', 'mp_sandbox_resume', 'mp_sandbox_define', 'mp_sandbox_fuel_exhausted', 'mp_sandbox_fuel_exhausted_bulk', 'fuel'])
  if (!ex.has(n)) { console.error('missing export ' + n); process.exit(1); }
EOF

mkdir -p "$CACHE/wasm"
cp "$WORK/micropython.metered.wasm" "$CACHED.tmp.$$" && mv "$CACHED.tmp.$$" "$CACHED"
cp "$WORK/micropython.opt.wasm" "$UNMETERED_CACHED.tmp.$$" && mv "$UNMETERED_CACHED.tmp.$$" "$UNMETERED_CACHED"
cp "$WORK/micropython.opt.wasm" "$UNMETERED_OUT.tmp.$$" && mv "$UNMETERED_OUT.tmp.$$" "$UNMETERED_OUT"
cp "$WORK/micropython.metered.wasm" "$OUT.tmp.$$" && mv "$OUT.tmp.$$" "$OUT"
log "built $OUT ($(stat -c %s "$OUT") bytes), cached as $CACHED"
