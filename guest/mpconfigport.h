// MicroPython configuration for the micropython-sandbox guest (wasm32 reactor).
// Every option set here is listed with the reason it is set; anything not set
// keeps py/mpconfig.h's default for the ROM level below.

#include <stdint.h>
#include <stdlib.h> // gc.c grows the heap with malloc (MP_PLAT_ALLOC_HEAP) and expects it declared
#include <alloca.h>

// Base feature set: the same level as the unix "standard" variant's core language.
#define MICROPY_CONFIG_ROM_LEVEL            (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// ---- core runtime -------------------------------------------------------------

// The host talks to us in source text, so the compiler is needed.
#define MICROPY_ENABLE_COMPILER             (1)
// Garbage-collected heap.
#define MICROPY_ENABLE_GC                   (1)
// The heap starts small and grows (new areas from malloc) up to the limit given to
// mp_sandbox_init: an idle sandbox costs little, and peak memory means something.
#define MICROPY_GC_SPLIT_HEAP               (1)
#define MICROPY_GC_SPLIT_HEAP_AUTO          (1)
// Areas, once added, stay (patches/0003): wasm memory never shrinks anyway, and giving them back
// after each sweep makes the heap shrink to the live data and the GC run constantly.
#define MICROPY_GC_SPLIT_HEAP_AUTO_FREE     (0)
// Python floats are doubles, as in CPython.
#define MICROPY_FLOAT_IMPL                  (MICROPY_FLOAT_IMPL_DOUBLE)
// hash() of a whole float is its int's hash, as in CPython ({10**20: 1}[1e20] finds the key).
#define MICROPY_FLOAT_HIGH_QUALITY_HASH     (1)
// Arbitrary-precision ints, as in CPython.
#define MICROPY_LONGINT_IMPL                (MICROPY_LONGINT_IMPL_MPZ)
// Full error messages: users read them.
#define MICROPY_ERROR_REPORTING             (MICROPY_ERROR_REPORTING_DETAILED)
// Tracebacks (and uncaught-exception output) go to fd 2, not stdout.
#define MICROPY_ERROR_PRINTER               (&mp_stderr_print)
// Lets a MemoryError carry a traceback even when the heap is exhausted.
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF (1)
// Size of that emergency buffer.
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE (256)
// Deep recursion must end in RuntimeError before the shadow or native stack overflows.
#define MICROPY_STACK_CHECK                 (1)
// Head-room kept below the stack-check limit for C code between two checks.
#define MICROPY_STACK_CHECK_MARGIN          (MPSB_STACK_MARGIN)
// Parser rule-stack depth limit (our patch): deep nesting ends in SyntaxError, fast.
#define MICROPY_PARSE_MAX_RULE_DEPTH        (MPSB_PARSE_MAX_RULE_DEPTH)
// errno values come from MicroPython, not from wasi-libc.
#define MICROPY_USE_INTERNAL_ERRNO          (1)
// gc.threshold(): lets users (and our tests) collect on every allocation.
#define MICROPY_GC_ALLOC_THRESHOLD          (1)
// The GC's mark stack (default 64 entries): when it overflows, the collector rescans the whole
// heap, so wide structures (a list of 100 000 lists) made one collection 10x slower. 32 KiB.
#define MICROPY_ALLOC_GC_STACK_SIZE         (4096)
// Warnings (e.g. DeprecationWarning) are printed to stderr like CPython.
#define MICROPY_WARNINGS                    (1)
// Keyboard interrupt exception object (needed by mp_sched/KeyboardInterrupt type).
#define MICROPY_KBD_EXCEPTION               (1)
// time.time() counts from 1970 like CPython, not from 2000.
#define MICROPY_EPOCH_IS_1970               (1)
// Bound-method equality compares self too, as in CPython.
#define MICROPY_PY_BOUND_METHOD_FULL_EQUALITY_CHECK (1)

// ---- off on purpose: nothing may reach outside the sandbox ---------------------

#define MICROPY_READER_POSIX                (0)  // no host files: imports read through the VFS
#define MICROPY_VFS_POSIX                   (0)  // the host's filesystem is never mounted
#define MICROPY_VFS_FAT                     (0)  // no block devices
#define MICROPY_VFS_LFS1                    (0)
#define MICROPY_VFS_LFS2                    (0)
#define MICROPY_VFS_ROM                     (0)
#define MICROPY_PY_VFS                      (0)  // the `vfs` module: os.mount/umount suffice
#define MICROPY_PY_SELECT                   (0)  // no fds to poll
#define MICROPY_PY_ASYNCIO                  (0)  // needs select and frozen code
#define MICROPY_PY_UCTYPES                  (0)  // raw memory access
#define MICROPY_PY_MACHINE                  (0)  // hardware access
#define MICROPY_PY_FRAMEBUF                 (0)  // not useful here
#define MICROPY_PY_PLATFORM                 (0)  // not useful here
#define MICROPY_PY_THREAD                   (0)  // single-threaded guest
#define MICROPY_PY_BUILTINS_EXECFILE        (0)  // no files
#define MICROPY_PERSISTENT_CODE_LOAD        (0)  // no .mpy loading
#define MICROPY_PY_MICROPYTHON_MEM_INFO     (0)  // prints internals; not needed
#define MICROPY_PY_MICROPYTHON_RINGIO       (0)  // not needed
#define MICROPY_HELPER_REPL                 (0)  // no line-editing REPL in the guest
#define MICROPY_USE_INTERNAL_PRINTF         (0)  // we never call printf (keeps libc stdio out)

// ---- virtual files (vfs.c; host side in src/vfs.rs) ----------------------------------

// MicroPython's VFS layer with one backend of ours mounted at "/": open(), the os functions and
// imports reach only the sandbox's in-memory filesystem.
#define MICROPY_VFS                         (1)
// import from .py files in that filesystem (sys.path is ['', '/lib']).
#define MICROPY_ENABLE_EXTERNAL_IMPORT      (1)
#define MICROPY_READER_VFS                  (1)
// os: chdir/getcwd/listdir/ilistdir/mkdir/remove/rename/rmdir/stat/statvfs/mount/umount.
#define MICROPY_PY_OS                       (1)
// A NUL inside a path is a ValueError, not the end of the path (patches/0004).
#define MICROPY_VFS_REJECT_NUL              (1)
// errno values the filesystem raises that py/mperrno.h lacks (Linux numbers, as the rest).
#define MP_ENAMETOOLONG                     (36)
#define MP_ENOTEMPTY                        (39)
// errno names: MicroPython's default list plus the filesystem's.
#define MICROPY_PY_ERRNO_LIST \
    X(EPERM) X(ENOENT) X(EIO) X(EBADF) X(EAGAIN) X(ENOMEM) X(EACCES) X(EFAULT) X(EEXIST) \
    X(ENODEV) X(ENOTDIR) X(EISDIR) X(EINVAL) X(EMFILE) X(EFBIG) X(ENOSPC) X(EROFS) \
    X(ENAMETOOLONG) X(ENOTEMPTY) X(EOPNOTSUPP) X(EADDRINUSE) X(ECONNABORTED) X(ECONNRESET) \
    X(ENOBUFS) X(ENOTCONN) X(ETIMEDOUT) X(ECONNREFUSED) X(EHOSTUNREACH) X(EALREADY) X(EINPROGRESS)

// ---- modules -------------------------------------------------------------------

// sys: sys.exit, sys.stdout/sys.stderr, sys.version, sys.maxsize ...
#define MICROPY_PY_SYS                      (1)
// sys.stdin/stdout/stderr objects (ours, in stdio.c).
#define MICROPY_PY_SYS_STDFILES             (1)
// sys.exit() -> status 2 in the result record.
#define MICROPY_PY_SYS_EXIT                 (1)
// sys.maxsize, used by common code.
#define MICROPY_PY_SYS_MAXSIZE              (1)
// sys.stdout.buffer etc. (bytes output; stdio.c).
#define MICROPY_PY_SYS_STDIO_BUFFER         (1)
// sys.exc_info() for code written for CPython.
#define MICROPY_PY_SYS_EXC_INFO             (1)
// sys.platform value.
#define MICROPY_PY_SYS_PLATFORM             "micropython-sandbox"
// io: StringIO / BytesIO.
#define MICROPY_PY_IO                       (1)
// json (dumps/loads).
#define MICROPY_PY_JSON                     (1)
// re (regular expressions, via re1.5).
#define MICROPY_PY_RE                       (1)
// re.sub.
#define MICROPY_PY_RE_SUB                   (1)
// match.groups(), as in CPython.
#define MICROPY_PY_RE_MATCH_GROUPS          (1)
// match.span()/start()/end(), as in CPython.
#define MICROPY_PY_RE_MATCH_SPAN_START_END  (1)
// math.
#define MICROPY_PY_MATH                     (1)
// math.gamma, erf, ... .
#define MICROPY_PY_MATH_SPECIAL_FUNCTIONS   (1)
// math.factorial.
#define MICROPY_PY_MATH_FACTORIAL           (1)
// math.isclose.
#define MICROPY_PY_MATH_ISCLOSE             (1)
// math.inf, math.nan, math.tau.
#define MICROPY_PY_MATH_CONSTANTS           (1)
// cmath.
#define MICROPY_PY_CMATH                    (1)
// binascii (hexlify, base64, crc32).
#define MICROPY_PY_BINASCII                 (1)
// binascii.crc32.
#define MICROPY_PY_BINASCII_CRC32           (1)
// hashlib.
#define MICROPY_PY_HASHLIB                  (1)
// hashlib.sha256.
#define MICROPY_PY_HASHLIB_SHA256           (1)
// random.
#define MICROPY_PY_RANDOM                   (1)
// random.randint/choice/uniform/... .
#define MICROPY_PY_RANDOM_EXTRA_FUNCS       (1)
// Seed random from the host's random_get at first import.
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC    (mpsb_random_u32())
// collections (namedtuple).
#define MICROPY_PY_COLLECTIONS              (1)
// collections.OrderedDict.
#define MICROPY_PY_COLLECTIONS_ORDEREDDICT  (1)
// collections.deque.
#define MICROPY_PY_COLLECTIONS_DEQUE        (1)
// iterating over a deque.
#define MICROPY_PY_COLLECTIONS_DEQUE_ITER   (1)
// deque[i].
#define MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR (1)
// namedtuple._asdict().
#define MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT (1)
// struct.
#define MICROPY_PY_STRUCT                   (1)
// heapq.
#define MICROPY_PY_HEAPQ                    (1)
// errno.
#define MICROPY_PY_ERRNO                    (1)
// time.
#define MICROPY_PY_TIME                     (1)
// time.time() / time.time_ns().
#define MICROPY_PY_TIME_TIME_TIME_NS        (1)
// time.localtime / gmtime / mktime (UTC).
#define MICROPY_PY_TIME_GMTIME_LOCALTIME_MKTIME (1)
// time.sleep() that rejects negative times and waits with ns precision.
#define MICROPY_PY_TIME_CUSTOM_SLEEP        (1)
// Our time.time/localtime getters, over clock_time_get.
#define MICROPY_PY_TIME_INCLUDEFILE         "modtime_port.c"
// deflate (DeflateIO decompression).
#define MICROPY_PY_DEFLATE                  (1)
// deflate compression too.
#define MICROPY_PY_DEFLATE_COMPRESS         (1)
// array.
#define MICROPY_PY_ARRAY                    (1)
// array slice assignment.
#define MICROPY_PY_ARRAY_SLICE_ASSIGN       (1)
// gc (collect, threshold, mem_free).
#define MICROPY_PY_GC                       (1)
// micropython module (const, opt_level, ...).
#define MICROPY_PY_MICROPYTHON              (1)

// ---- builtins and language -------------------------------------------------------

// str is unicode-aware, as in CPython.
#define MICROPY_PY_BUILTINS_STR_UNICODE     (1)
// f-strings.
#define MICROPY_PY_FSTRINGS                 (1)
// set.
#define MICROPY_PY_BUILTINS_SET             (1)
// frozenset.
#define MICROPY_PY_BUILTINS_FROZENSET       (1)
// property.
#define MICROPY_PY_BUILTINS_PROPERTY        (1)
// slice objects.
#define MICROPY_PY_BUILTINS_SLICE           (1)
// slice.start/stop/step.
#define MICROPY_PY_BUILTINS_SLICE_ATTRS     (1)
// slice.indices().
#define MICROPY_PY_BUILTINS_SLICE_INDICES   (1)
// memoryview.
#define MICROPY_PY_BUILTINS_MEMORYVIEW      (1)
// range == range, range[::].
#define MICROPY_PY_BUILTINS_RANGE_BINOP     (1)
// round(x, -n) on ints.
#define MICROPY_PY_BUILTINS_ROUND_INT       (1)
// str.center, partition, splitlines.
#define MICROPY_PY_BUILTINS_STR_CENTER      (1)
#define MICROPY_PY_BUILTINS_STR_PARTITION   (1)
#define MICROPY_PY_BUILTINS_STR_SPLITLINES  (1)
// bytes.hex / fromhex.
#define MICROPY_PY_BUILTINS_BYTES_HEX       (1)
// str/bytes/bytearray methods as CPython's, Unicode-aware (strmethods.c, patch 0040), and the
// UnicodeDecodeError/UnicodeEncodeError they raise.
#define MICROPY_MPSB_STRMETHODS             (1)
extern const struct _mp_obj_type_t mpsb_type_UnicodeDecodeError, mpsb_type_UnicodeEncodeError;
#define MICROPY_PORT_EXTRA_BUILTINS \
    { MP_ROM_QSTR(MP_QSTR_UnicodeDecodeError), MP_ROM_PTR(&mpsb_type_UnicodeDecodeError) }, \
    { MP_ROM_QSTR(MP_QSTR_UnicodeEncodeError), MP_ROM_PTR(&mpsb_type_UnicodeEncodeError) },
// help(), help(obj), help('modules'): harmless text, expected at a Python prompt.
#define MICROPY_PY_BUILTINS_HELP            (1)
#define MICROPY_PY_BUILTINS_HELP_MODULES    (1)
// compile(), eval(), exec().
#define MICROPY_PY_BUILTINS_COMPILE         (1)
#define MICROPY_PY_BUILTINS_EVAL_EXEC       (1)
// input(): raises EOFError (there is no stdin).
#define MICROPY_PY_BUILTINS_INPUT           (1)
// NotImplemented.
#define MICROPY_PY_BUILTINS_NOTIMPLEMENTED  (1)
// __setattr__/__delattr__ on classes.
#define MICROPY_PY_DELATTR_SETATTR          (1)
// __get__/__set__ descriptors.
#define MICROPY_PY_DESCRIPTORS              (1)
// All special methods (__matmul__ etc.), reverse and in-place variants.
#define MICROPY_PY_ALL_SPECIAL_METHODS      (1)
#define MICROPY_PY_ALL_INPLACE_SPECIAL_METHODS (1)
#define MICROPY_PY_REVERSE_SPECIAL_METHODS  (1)
// Function attributes (__name__, __dict__ ...).
#define MICROPY_PY_FUNCTION_ATTRS           (1)
// async/await syntax (generators-based coroutines).
#define MICROPY_PY_ASYNC_AWAIT              (1)
// `await` at the top level of a run (only there: main.c allows it while compiling the run's
// source), so `data = await fetch_json(url)` works without an event loop (hostcall.c).
#define MICROPY_COMP_ALLOW_TOP_LEVEL_AWAIT  (1)
// := operator.
#define MICROPY_PY_ASSIGN_EXPR              (1)
// Finalisers of native objects (MicroPython has no user-class __del__).
#define MICROPY_ENABLE_FINALISER            (1)
// Module-level __init__ runs on first import (random seeds itself there).
#define MICROPY_MODULE_BUILTIN_INIT         (1)
// Allow sys.stdout.write etc. to see str/bytes comparison warnings off (CPython-like).
#define MICROPY_PY_STR_BYTES_CMP_WARN       (0)

// ---- limits (main.c) --------------------------------------------------------------

// Fuel, deadline and output limits stop a run with a VM abort: it unwinds to the top level
// and no Python handler (not even `except BaseException`) sees it.
#define MICROPY_ENABLE_VM_ABORT             (1)
// C-level loops (sum, sorted, iteration, calls from C) act on a pending abort here
// (patches/0002); the VM loop checks it on its own.
#define MICROPY_C_SAFE_POINT() \
    do { \
        if (MP_STATE_VM(vm_abort)) { \
            mp_handle_pending(true); \
        } \
    } while (0)
// Bulk memory operations charge one fuel unit per 2^MPSB_BULK_SHIFT bytes (guest/build.sh reads
// this for the metering pass): about what other code costs per ns (docs/limits.md).
#define MPSB_BULK_SHIFT                     (2)
// The GC's scanning loops (allocation search, root scan, marking, rescans, finalisers, sweep) all
// run this hook once per step. gc_alloc and gc_collect (with everything it inlines) are not
// metered per iteration (guest/build.sh, METER_SKIP): a check per step cost more than the step.
// Instead every MPSB_GC_CHARGE_EVERY steps charge MPSB_GC_CHARGE fuel at once (main.c), about
// what the metered code costs per ns. Steps in metered code (marking, if binaryen keeps
// gc_mark_subtree apart) are charged twice: never less than their work.
#define MPSB_GC_CHARGE_EVERY                (1024)
#define MPSB_GC_CHARGE                      (4096)
#define MICROPY_GC_HOOK_LOOP(i) \
    do { \
        if (--mpsb_gc_steps == 0) { \
            mpsb_gc_charge(); \
        } \
    } while (0)
// maxRecursionDepth: counts nested Python calls (patches/0002).
#define MICROPY_FUN_BC_CALL_ENTER()         mpsb_call_enter()
#define MICROPY_FUN_BC_CALL_EXIT()          (mpsb_call_depth--)

// ---- port hooks ------------------------------------------------------------------

// time.sleep() busy-waits on clock_time_get; this is what runs inside the wait.
#define MICROPY_EVENT_POLL_HOOK \
    do { \
        extern void mp_handle_pending(bool); \
        mp_handle_pending(true); \
    } while (0);

// Stack sizes (bytes). The linker reserves MPSB_STACK_SIZE for the shadow stack.
// The stack check fires at MPSB_STACK_SIZE - MPSB_STACK_MARGIN = 160 KiB of shadow
// stack: ~350 nested Python calls. Measured in Node 20: the worst C recursion
// (repr/==/hash of nested containers) then needs under 400 KB of V8's native
// stack (default 984 KB), so RuntimeError comes well before a JS RangeError.
#define MPSB_STACK_SIZE                     (262144)
#ifndef MPSB_STACK_MARGIN
#define MPSB_STACK_MARGIN                   (98304)
#endif
#ifndef MPSB_PARSE_MAX_RULE_DEPTH
#define MPSB_PARSE_MAX_RULE_DEPTH           (4000)
#endif

// ---- machine types ---------------------------------------------------------------

typedef int mp_int_t;       // must be pointer size
typedef unsigned mp_uint_t; // must be pointer size
typedef long mp_off_t;
#define MP_SSIZE_MAX (0x7fffffff)

#define MICROPY_HW_BOARD_NAME "sandbox"
#define MICROPY_HW_MCU_NAME "wasm32"
#define MP_STATE_PORT MP_STATE_VM

extern const struct _mp_print_t mp_stderr_print;
uint32_t mpsb_random_u32(void);
extern uint32_t mpsb_call_depth;
void mpsb_call_enter(void);
void mpsb_fuel_charge(int32_t units);
extern uint32_t mpsb_gc_steps;
void mpsb_gc_charge(void);
