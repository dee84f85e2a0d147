// setjmp/longjmp runtime for LLVM 16's WebAssembly-EH-based SjLj lowering
// (-mexception-handling -mllvm -wasm-enable-sjlj). LLVM rewrites every function
// that calls setjmp to keep a per-invocation table of (id, label) pairs:
//   table = malloc(40); table[0].id = 0; size = 4;
//   setjmp(env)     -> table = saveSetjmp(env, label, table, size); size = getTempRet0();
//   longjmp(env, v) -> __wasm_longjmp(env, v)   (throws tag __c_longjmp)
//   catch __c_longjmp -> label = testSetjmp(*env, table, size); 0 = not ours, rethrow
// The protocol is the one of emscripten's emscripten_setjmp.c of that era.

#include <stdint.h>
#include <stdlib.h>

typedef struct {
    uint32_t id;
    uint32_t label;
} sjlj_entry_t;

static uint32_t sjlj_next_id;
static uint32_t sjlj_temp_ret0;

void setTempRet0(uint32_t value) {
    sjlj_temp_ret0 = value;
}

uint32_t getTempRet0(void) {
    return sjlj_temp_ret0;
}

// Record that env was set by setjmp call site `label` of the current invocation.
// If env already carries an id from this invocation's table (the same jmp_buf
// set again, e.g. nlr_push in a loop), that entry is reused instead of
// appending: otherwise try/except in a loop makes the table, and every
// testSetjmp scan, grow without bound (quadratic time).
sjlj_entry_t *saveSetjmp(uint32_t *env, uint32_t label, sjlj_entry_t *table, uint32_t size) {
    uint32_t old = env[0];
    uint32_t i = 0;
    for (; i < size && table[i].id != 0; ++i) {
        if (old != 0 && table[i].id == old) {
            table[i].label = label;
            sjlj_temp_ret0 = size;
            return table;
        }
    }
    uint32_t id = ++sjlj_next_id;
    if (id == 0) {
        id = ++sjlj_next_id; // 0 means "empty"; skip it on wrap-around
    }
    env[0] = id;
    if (i == size) {
        // Table full: double it (one extra slot for the terminating zero id).
        sjlj_entry_t *bigger = realloc(table, sizeof(sjlj_entry_t) * (2 * size + 1));
        if (bigger == NULL) {
            abort();
        }
        table = bigger;
        size *= 2;
    }
    table[i].id = id;
    table[i].label = label;
    table[i + 1].id = 0;
    sjlj_temp_ret0 = size;
    return table;
}

// Label of the setjmp call site that set `id` in this invocation, or 0.
uint32_t testSetjmp(uint32_t id, sjlj_entry_t *table, uint32_t size) {
    for (uint32_t i = 0; i < size && table[i].id != 0; ++i) {
        if (table[i].id == id) {
            return table[i].label;
        }
    }
    return 0;
}

struct wasm_longjmp_args {
    void *env;
    int val;
};

static struct wasm_longjmp_args longjmp_args;

_Noreturn void __wasm_longjmp(void *env, int val) {
    longjmp_args.env = env;
    longjmp_args.val = val == 0 ? 1 : val;
    __builtin_wasm_throw(1, &longjmp_args); // tag 1 = __c_longjmp
}
