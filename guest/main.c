// micropython-sandbox guest: the exports of the guest ABI (docs/architecture.md)
// and the port glue MicroPython needs (GC roots, NLR failure, HAL).

#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

#include "py/compile.h"
#include "py/cstack.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "hostcall.h"

#define EXPORT(name) __attribute__((export_name(#name), visibility("default")))

// Bounds of the shadow stack (wasm-ld symbols; --stack-first puts it first).
extern char __stack_low;
extern char __stack_high;

// Malloc head-room checked at init: LLVM's SjLj lowering mallocs a small
// table in every call of a function that uses nlr_push, unchecked.
#define MALLOC_RESERVE (256 * 1024)

enum { STATUS_OK = 0, STATUS_EXCEPTION = 1, STATUS_EXIT = 2, STATUS_ABORTED = 3, STATUS_PENDING = 4 };

// The GC heap starts this small and grows on demand up to heap_limit.
#define INITIAL_HEAP (64 * 1024)

// ---- growable text buffers outside the GC heap (usable after MemoryError) -------

typedef struct {
    char *buf;
    size_t len;
    size_t alloc;
} text_t;

static void text_clear(text_t *t) {
    t->len = 0;
}

static void text_add(text_t *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->alloc) {
        size_t want = t->alloc ? t->alloc : 256;
        while (want < t->len + n + 1) {
            want *= 2;
        }
        char *b = realloc(t->buf, want);
        if (b == NULL) {
            return; // out of memory: the text is truncated
        }
        t->buf = b;
        t->alloc = want;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
}

static void text_print_strn(void *env, const char *s, size_t n) {
    text_add((text_t *)env, s, n);
}

static text_t type_text, msg_text, tb_text;
static uint32_t result[8];

// ---- stack helpers ---------------------------------------------------------------

// An address inside the caller's frame region: everything the callers hold
// (including binaryen's pointer spills) lies at or above it.
__attribute__((noinline)) static uintptr_t stack_here(void) {
    volatile char here = 0;
    uintptr_t addr = (uintptr_t)&here;
    __asm__ volatile ("" : "+r"(addr)); // launder: we want the address itself
    return addr;
}

// Zero the unused part of the shadow stack so stale pointers left by earlier
// runs cannot keep garbage alive (gc_collect scans conservatively).
__attribute__((noinline)) static void clear_unused_stack(void) {
    uintptr_t here = stack_here();
    uintptr_t low = (uintptr_t)&__stack_low;
    if (here > low + 256) {
        size_t n = here - 256 - low;
        // Housekeeping, not the program's work: pay in advance what the fill is charged (~60 000
        // units), so that it neither uses the run's fuel nor makes the guest poll.
        mpsb_fuel_charge(-(int32_t)(n >> MPSB_BULK_SHIFT));
        memset((void *)low, 0, n);
    }
}

static void grow_if_crowded(size_t allocated);

// Volatile, as everything the fuel handler reads: it runs at calls the metering pass inserts
// after compilation, so the compiler may otherwise drop or move the stores around them.
static volatile bool collecting; // inside gc_collect: see mp_sandbox_fuel_exhausted
static volatile bool gc_charging; // inside mpsb_gc_charge: see mp_sandbox_fuel_exhausted
static uint32_t stop_collections; // collections begun since the run's stop: see extra_grace
static void count_stop_collection(void);

void gc_collect(void) {
    // Bytes allocated since the previous collection (gc_collect_start resets the count).
    size_t allocated = MP_STATE_MEM(gc_alloc_amount) * MICROPY_BYTES_PER_GC_BLOCK;
    collecting = true;
    count_stop_collection();
    gc_collect_start();
    uintptr_t sp = stack_here() & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t top = (uintptr_t)MP_STATE_THREAD(stack_top);
    gc_collect_root((void **)sp, (top - sp) / sizeof(void *));
    gc_collect_end();
    collecting = false;
    // Not under gc.threshold(): collecting often is then what the program asked for.
    if (MP_STATE_MEM(gc_alloc_threshold) == (size_t)-1) {
        grow_if_crowded(allocated);
    }
}

// An exception with no handler: cannot happen below our exports' nlr_push.
void nlr_jump_fail(void *val) {
    (void)val;
    __builtin_trap();
}

// ---- HAL ---------------------------------------------------------------------------

uint64_t mpsb_clock_ns(int realtime) {
    __wasi_timestamp_t t = 0;
    (void)!__wasi_clock_time_get(realtime ? __WASI_CLOCKID_REALTIME : __WASI_CLOCKID_MONOTONIC, 1000, &t);
    return t;
}

uint32_t mpsb_random_u32(void) {
    uint32_t v = 0;
    (void)!__wasi_random_get((uint8_t *)&v, sizeof(v));
    return v;
}

static void busy_wait_ns(uint64_t ns) {
    uint64_t start = mpsb_clock_ns(0);
    while (mpsb_clock_ns(0) - start < ns) {
        MICROPY_EVENT_POLL_HOOK
    }
}

void mp_hal_delay_ms(unsigned int ms) {
    busy_wait_ns((uint64_t)ms * 1000000u);
}

void mp_hal_delay_us(unsigned int us) {
    busy_wait_ns((uint64_t)us * 1000u);
}

// ---- growable heap ------------------------------------------------------------------

static size_t heap_limit;

// The reserve: the last part of heap_limit, held back from growth while a program runs and given
// up when a run ends in MemoryError, so that the next run can still parse and execute (e.g.
// `del x`) even when a global filled the heap. Held again at the start of a later run (not the
// one right after the MemoryError) if the heap has not grown into it. Costs nothing to hold: it is
// room the heap may not grow into, not an allocation.
static size_t reserve_size;
static bool reserve_held;
static bool reserve_skip_once; // the last run ended in MemoryError or filled the heap: leave the room free

static size_t heap_total(void) {
    size_t total = 0;
    for (mp_state_mem_area_t *a = &MP_STATE_MEM(area); a != NULL; a = a->next) {
        total += a->gc_pool_end - a->gc_alloc_table_start;
    }
    return total;
}

static void reserve_hold(void) {
    reserve_held = heap_total() + reserve_size <= heap_limit;
}

// How much more the heap may grow: what the limit (less the reserve while it is held) leaves
// after the areas so far. malloc failing (the memory cap) also stops growth.
static size_t room_to_grow(void) {
    size_t limit = heap_limit - (reserve_held ? reserve_size : 0);
    size_t total = heap_total();
    return total < limit ? limit - total : 0;
}

// Asked by the GC when an allocation does not fit (MICROPY_GC_SPLIT_HEAP_AUTO). A heap within a
// reserve of its limit may be full of live data, even if the program caught its MemoryError: the
// next run then starts with the reserve free, so it can still run (`del x`).
size_t gc_get_max_new_split(void) {
    size_t room = room_to_grow();
    if (reserve_held && room < reserve_size) {
        reserve_skip_once = true;
    }
    return room;
}

// Double the heap (within the limit) when the program allocated less than half of it between two
// collections, i.e. the heap was more than half full of live data. MicroPython's own policy grows
// only when an allocation fails outright, which keeps the heap just above the live data and
// collects again after every few allocations; a heap about twice the live data bounds the GC's
// share of the work.
static void grow_if_crowded(size_t allocated) {
    size_t total = 0;
    for (mp_state_mem_area_t *a = &MP_STATE_MEM(area); a != NULL; a = a->next) {
        total += a->gc_pool_end - a->gc_pool_start;
    }
    if (allocated >= total / 2) {
        return;
    }
    size_t room = room_to_grow();
    size_t size = (total < room ? total : room) & ~(size_t)15;
    if (size < 16 * 1024) {
        return;
    }
    void *area = malloc(size);
    if (area != NULL) {
        gc_add(area, (char *)area + size);
    }
}

// ---- limits -----------------------------------------------------------------------------
// The metering pass (guest/meter) counts fuel down in every loop and function entry and calls
// mp_sandbox_fuel_exhausted when it runs out. The host's poll either refills it (more budget,
// deadline not reached, output within limits) or decides the run must stop and grants a little
// grace fuel: we request a VM abort, which lands at the next bytecode or C safe point. Code still
// stuck in C when the grace is gone cannot be unwound safely: we trap, and the host discards the
// instance. Work that cannot be interrupted but is bounded may get more grace instead, so that
// stopping does not cost the session: a garbage collection in progress, a bulk memory operation,
// the throws that unwind the run; up to EXTRA_GRACES more (the host grants STOP_GRACE each time).

__attribute__((import_module("sandbox"), import_name("poll"))) int32_t mpsb_host_poll(void);

static enum { RUNNING, STOPPING, STOPPED } stop_state;

#define EXTRA_GRACES 16
static uint32_t extra_graces;
// A collection in progress at the stop, and the first STOP_COLLECTIONS begun after it, always get
// to finish (so does the allocator's search meanwhile): their work is bounded by the heap, and a
// collection cut short would cost the session (a 32 MiB heap of live data takes more than 16
// graces). Past that, collections get only the 16 graces: a C loop that keeps allocating after
// the stop (gc.threshold(1) made each allocation collect) would otherwise run unbounded.
#define STOP_COLLECTIONS 2
// The program's gc.threshold(), put aside from the stop to the next run: unwinding a stopped run
// collects only when the heap is full.
static size_t threshold_at_stop;
static bool threshold_set_aside;

static void count_stop_collection(void) {
    if (stop_state == STOPPING) {
        stop_collections++;
    }
}

static bool extra_grace(void) {
    bool gc_work = (collecting || gc_charging) && stop_collections <= STOP_COLLECTIONS;
    if (!gc_work) {
        if (extra_graces == EXTRA_GRACES) {
            return false;
        }
        extra_graces++;
    }
    (void)mpsb_host_poll(); // stopping: the host grants grace again
    return true;
}

EXPORT(mp_sandbox_fuel_exhausted) void mp_sandbox_fuel_exhausted(void) {
    // The functions called here are metered: while the fuel is still negative they call back.
    static bool polling;
    if (polling) {
        return;
    }
    if (stop_state == STOPPING) {
        if (!(collecting || gc_charging) || !extra_grace()) {
            __builtin_trap();
        }
        return;
    }
    polling = true;
    mpsb_flush_if_idle();
    bool stop = mpsb_host_poll() != 0;
    polling = false;
    if (!stop || stop_state == STOPPED) {
        return;
    }
    stop_state = STOPPING;
    extra_graces = 0;
    stop_collections = 0;
    threshold_at_stop = MP_STATE_MEM(gc_alloc_threshold);
    threshold_set_aside = true;
    MP_STATE_MEM(gc_alloc_threshold) = (size_t)-1;
    mp_sched_vm_abort();
}

// What the metering pass calls when a bulk memory operation's charge (by its length) or a throw's
// ran the fuel out, just before the operation (unwinding is how a stopped run ends).
EXPORT(mp_sandbox_fuel_exhausted_bulk) void mp_sandbox_fuel_exhausted_bulk(void) {
    if (stop_state == STOPPING && extra_grace()) {
        return;
    }
    mp_sandbox_fuel_exhausted();
}

// Charges `units` of fuel for work counted in C: the GC's unmetered scanning loops
// (MICROPY_GC_HOOK_LOOP) and the host's side of a host call (hostcall.c). The metering pass (--charge-fn) replaces this body with its fuel check;
// guest/build.sh keeps it out of binaryen's inliner, and the export keeps binaryen from
// specialising its parameter away (every call may pass the same constant).
EXPORT(mpsb_fuel_charge) __attribute__((noinline)) void mpsb_fuel_charge(int32_t units) {
    static volatile int32_t sink;
    sink = units;
}

// MICROPY_GC_HOOK_LOOP: steps of the GC's loops left before the next charge.
uint32_t mpsb_gc_steps = MPSB_GC_CHARGE_EVERY;

// gc_charging: the GC's own loops are charging, in a collection or not (gc_alloc's search for
// free blocks): bounded work that may finish on extra grace, like a collection.
__attribute__((noinline)) void mpsb_gc_charge(void) {
    mpsb_gc_steps = MPSB_GC_CHARGE_EVERY;
    gc_charging = true;
    mpsb_fuel_charge(MPSB_GC_CHARGE);
    gc_charging = false;
}

uint32_t mpsb_call_depth;
static uint32_t max_call_depth; // set per run; UINT32_MAX leaves only the stack check

void mpsb_call_enter(void) {
    if (++mpsb_call_depth > max_call_depth) {
        mpsb_call_depth--;
        mp_raise_recursion_depth();
    }
}

// ---- exports -----------------------------------------------------------------------

void mpsb_vfs_init(void); // vfs.c

static bool initialised;
static char *input_buf;
static size_t input_alloc;

EXPORT(mp_sandbox_init) int mp_sandbox_init(uint32_t heap_bytes) {
    if (initialised) {
        return 2;
    }
    heap_limit = heap_bytes & ~(uint32_t)15;
    size_t initial = heap_limit < INITIAL_HEAP ? heap_limit : INITIAL_HEAP;
    if (initial < 16 * 1024) {
        return 1;
    }
    char *heap = malloc(initial);
    if (heap == NULL) {
        return 1;
    }
    void *reserve = malloc(MALLOC_RESERVE);
    if (reserve == NULL) {
        free(heap);
        return 1;
    }
    free(reserve);

    mp_cstack_init_with_top(&__stack_high, &__stack_high - &__stack_low);
    gc_init(heap, heap + initial);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_init();
        mpsb_host_module_init();
        mpsb_vfs_init();
        nlr_pop();
    } else {
        return 1; // the heap is too small even to start
    }
    reserve_size = heap_limit / 32;
    if (reserve_size > 256 * 1024) {
        reserve_size = 256 * 1024;
    }
    reserve_hold();
    initialised = true;
    return 0;
}

EXPORT(mp_sandbox_input) uint32_t mp_sandbox_input(uint32_t len) {
    size_t want = (size_t)len + 1;
    if (want > input_alloc) {
        free(input_buf);
        input_alloc = 0;
        input_buf = malloc(want);
        if (input_buf == NULL) {
            return 0;
        }
        input_alloc = want;
    }
    return (uint32_t)(uintptr_t)input_buf;
}

// Print `exc` with `kind` into `t`; a failure while printing (a user __str__
// that raises, MemoryError) leaves whatever was printed so far.
static void print_obj_into(text_t *t, mp_obj_t obj, mp_print_kind_t kind) {
    mp_print_t print = {t, text_print_strn};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_helper(&print, obj, kind);
        nlr_pop();
    }
}

static void print_exception_into(text_t *t, mp_obj_t exc) {
    mp_print_t print = {t, text_print_strn};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_exception(&print, exc);
        nlr_pop();
    } else {
        const char *name = qstr_str(mp_obj_get_type(exc)->name);
        text_add(t, name, strlen(name));
        text_add(t, "\n", 1);
    }
}

// SystemExit's .code as CPython reads it (None, the argument, or the tuple of them); None when a
// subclass's code attribute raises.
static mp_obj_t exit_code(mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t code = mp_load_attr(exc, MP_QSTR_code);
        nlr_pop();
        return code;
    }
    return mp_const_none;
}

static void handle_exception(mp_obj_t exc) {
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    const char *name = qstr_str(type->name);
    text_add(&type_text, name, strlen(name));
    print_obj_into(&msg_text, exc, PRINT_STR);

    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
        result[0] = STATUS_EXIT;
        mp_obj_t value = exit_code(exc);
        if (value == mp_const_none) {
            result[1] = 0;
        } else if (mp_obj_is_int(value)) {
            result[1] = (uint32_t)mp_obj_int_get_truncated(value);
        } else {
            // Like CPython: a non-int code is printed to stderr, exit status 1.
            result[1] = 1;
            text_t *t = &tb_text;
            print_obj_into(t, value, PRINT_STR);
            text_add(t, "\n", 1);
            mpsb_write(2, t->buf, t->len);
            text_clear(t);
        }
        return;
    }
    result[0] = STATUS_EXCEPTION;
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_MemoryError))) {
        reserve_held = false;
        reserve_skip_once = true;
    }
    print_exception_into(&tb_text, exc);
    mpsb_write(2, tb_text.buf, tb_text.len);
}

// ---- top-level await ----------------------------------------------------------------------
// A program that awaits at top level compiles to a generator (MicroPython's
// MICROPY_COMP_ALLOW_TOP_LEVEL_AWAIT). We drive it: each pending HostPromise it yields ends the
// export call with STATUS_PENDING and the promise's id; mp_sandbox_resume settles the promise and
// drives on. Between the two calls the guest is idle and the host's event loop runs.

MP_REGISTER_ROOT_POINTER(mp_obj_t mpsb_main_gen);
MP_REGISTER_ROOT_POINTER(mp_obj_t mpsb_awaiting);

static void drive(void) {
    mp_obj_t gen = MP_STATE_VM(mpsb_main_gen);
    mp_obj_t throw = MP_OBJ_NULL;
    for (;;) {
        mp_obj_t value;
        mp_vm_return_kind_t kind = mp_resume(gen, throw == MP_OBJ_NULL ? mp_const_none : MP_OBJ_NULL, throw, &value);
        if (kind != MP_VM_RETURN_YIELD) {
            MP_STATE_VM(mpsb_main_gen) = MP_OBJ_NULL;
            if (kind == MP_VM_RETURN_EXCEPTION) {
                nlr_raise(value);
            }
            return;
        }
        if (mpsb_is_pending_promise(value)) {
            MP_STATE_VM(mpsb_awaiting) = value;
            result[0] = STATUS_PENDING;
            result[1] = mpsb_promise_id(value);
            return;
        }
        throw = mp_obj_new_exception_msg(&mp_type_TypeError,
            MP_ERROR_TEXT("top-level await can only wait for host functions and coroutines awaiting them"));
    }
}

static void forget_pending(void) {
    MP_STATE_VM(mpsb_main_gen) = MP_OBJ_NULL;
    MP_STATE_VM(mpsb_awaiting) = MP_OBJ_NULL;
}

typedef struct {
    const char *src;
    size_t src_len;
    const char *name;
    size_t name_len;
    uint32_t flags;
} source_t;

static void compile_and_run(void *arg) {
    source_t *in = arg;
    if (!utf8_check((const byte *)in->name, in->name_len)) {
        in->name = "<input>";
        in->name_len = strlen(in->name);
    }
    qstr source_name = qstr_from_strn(in->name, in->name_len);
    if (!utf8_check((const byte *)in->src, in->src_len)) {
        mp_obj_t exc = mp_obj_new_exception_msg(&mp_type_SyntaxError,
            MP_ERROR_TEXT("source is not valid UTF-8"));
        mp_obj_exception_add_traceback(exc, source_name, 1, MP_QSTRnull);
        nlr_raise(exc);
    }
    mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, in->src, in->src_len, 0);
    bool single = (in->flags & 1) != 0;
    mp_parse_tree_t tree = mp_parse(lex, single ? MP_PARSE_SINGLE_INPUT : MP_PARSE_FILE_INPUT);
    mp_compile_allow_top_level_await = true;
    mp_obj_t module_fun = mp_compile(&tree, source_name, single);
    mp_compile_allow_top_level_await = false;
    mp_obj_t ret = mp_call_function_0(module_fun);
    if (mp_obj_is_type(ret, &mp_type_gen_instance)) {
        MP_STATE_VM(mpsb_main_gen) = ret;
        drive();
    }
}

typedef struct {
    const byte *reply;
    size_t len;
} reply_t;

static void settle_and_drive(void *arg) {
    reply_t *in = arg;
    mp_obj_t promise = MP_STATE_VM(mpsb_awaiting);
    MP_STATE_VM(mpsb_awaiting) = MP_OBJ_NULL;
    mpsb_promise_settle(promise, in->reply, in->len);
    drive();
}

// Runs `body` with the run's error handling: exceptions and aborts end up in `result`.
static void guarded(void (*body)(void *), void *arg) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        nlr_set_abort(&nlr);
        body(arg);
        nlr_pop();
    } else {
        mp_compile_allow_top_level_await = false;
        forget_pending();
        if (nlr.ret_val == NULL) {
            // A VM abort (fuel, deadline, output): the host knows why.
            stop_state = STOPPED;
            result[0] = STATUS_ABORTED;
        } else {
            handle_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
        }
    }
    nlr_set_abort(NULL);
}

static void start_export(void) {
    memset(result, 0, sizeof(result));
    text_clear(&type_text);
    text_clear(&msg_text);
    text_clear(&tb_text);
}

static uint32_t finish_result(void) {
    result[2] = (uint32_t)(uintptr_t)type_text.buf;
    result[3] = type_text.len;
    result[4] = (uint32_t)(uintptr_t)msg_text.buf;
    result[5] = msg_text.len;
    result[6] = (uint32_t)(uintptr_t)tb_text.buf;
    result[7] = tb_text.len;
    return (uint32_t)(uintptr_t)result;
}

EXPORT(mp_sandbox_exec) uint32_t mp_sandbox_exec(uint32_t src_len, uint32_t name_len, uint32_t flags, uint32_t max_depth) {
    start_export();
    if (!initialised || input_buf == NULL || (size_t)src_len + name_len > input_alloc) {
        // Not initialised, or the input does not fit the buffer from mp_sandbox_input.
        result[0] = STATUS_EXCEPTION;
        text_add(&type_text, "SystemError", 11);
        return finish_result();
    }

    clear_unused_stack();
    // A previous run may have left the heap locked (micropython.heap_lock())
    // or an exception scheduled: start clean.
    MP_STATE_THREAD(gc_lock_depth) = 0;
    MP_STATE_THREAD(mp_pending_exception) = MP_OBJ_NULL;
    // A previous run may have been aborted mid-call: limits start fresh.
    MP_STATE_VM(vm_abort) = false;
    // Callbacks a previous run scheduled (micropython.schedule) but did not reach are dropped, not
    // run in this one; a scheduler left locked by a callback that was aborted is unlocked.
    MP_STATE_VM(sched_len) = 0;
    MP_STATE_VM(sched_idx) = 0;
    memset(MP_STATE_VM(sched_queue), 0, sizeof(MP_STATE_VM(sched_queue)));
    MP_STATE_VM(sched_state) = MP_SCHED_IDLE;
    stop_state = RUNNING;
    if (threshold_set_aside) {
        MP_STATE_MEM(gc_alloc_threshold) = threshold_at_stop;
        threshold_set_aside = false;
    }
    collecting = false; // an abort may have unwound out of a collection (a native finaliser)
    mpsb_call_depth = 0;
    max_call_depth = max_depth;
    // Every run starts in __main__, whatever the previous run left behind.
    mp_globals_set(&MP_STATE_VM(dict_main));
    mp_locals_set(&MP_STATE_VM(dict_main));

    if (reserve_skip_once) {
        reserve_skip_once = false;
        reserve_held = false;
    } else {
        reserve_hold();
    }
    forget_pending(); // a run left waiting (timed out, cancelled) is over
    source_t source = {input_buf, src_len, input_buf + src_len, name_len, flags};
    guarded(compile_and_run, &source);
    mpsb_flush();
    return finish_result();
}

// Goes on with a run that ended in STATUS_PENDING: `len` bytes of reply (the settled value, in the
// value codec) are in the input buffer.
EXPORT(mp_sandbox_resume) uint32_t mp_sandbox_resume(uint32_t len) {
    start_export();
    if (MP_STATE_VM(mpsb_awaiting) == MP_OBJ_NULL || (size_t)len > input_alloc) {
        result[0] = STATUS_EXCEPTION;
        text_add(&type_text, "SystemError", 11);
        return finish_result();
    }
    reply_t reply = {(const byte *)input_buf, len};
    guarded(settle_and_drive, &reply);
    mpsb_flush();
    return finish_result();
}

// Defines the host functions: NUL-separated names in the input buffer. 0 on success.
EXPORT(mp_sandbox_define) int mp_sandbox_define(uint32_t len) {
    if (!initialised || (size_t)len > input_alloc) {
        return 1;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mpsb_host_define(input_buf, len);
        nlr_pop();
        return 0;
    }
    return 1;
}
