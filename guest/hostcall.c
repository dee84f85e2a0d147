// Host functions: JS functions the application grants, callable from Python as globals and as
// `host.<name>`. Arguments and results cross as bytes in one small tagged format (the value
// codec, docs/architecture.md), decoded on the far side; no Python object ever leaves the guest.
//
// A JS function that returns a Promise gives Python a HostPromise. Awaiting it yields the
// HostPromise up to the top-level driver (main.c), which ends the export call with status
// PENDING; the host awaits the Promise and calls mp_sandbox_resume with the settled value.
// Nothing blocks, so this works without SharedArrayBuffer or JSPI.

#include <string.h>

#include "py/builtin.h"
#include "py/mpz.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/parsenum.h"
#include "py/smallint.h"
#include "py/runtime.h"
#include "hostcall.h"

enum {
    TAG_NONE = 0, TAG_FALSE, TAG_TRUE, TAG_INT, TAG_BIGINT, TAG_FLOAT, TAG_STR, TAG_BYTES,
    TAG_LIST, TAG_TUPLE, TAG_DICT, TAG_PROMISE, TAG_ERROR, TAG_SETTLED,
};

// `sandbox.host_call`: the request is at req; a reply of up to cap bytes is written to buf.
// Returns the reply's length; when it is larger than cap, `sandbox.host_reply` copies it.
__attribute__((import_module("sandbox"), import_name("host_call")))
uint32_t mpsb_host_call(const void *req, uint32_t req_len, void *buf, uint32_t cap);
__attribute__((import_module("sandbox"), import_name("host_reply")))
void mpsb_host_reply(void *buf);

MP_DEFINE_EXCEPTION(HostError, Exception)

MP_REGISTER_ROOT_POINTER(mp_obj_t mpsb_host_module);

// ---- Python -> bytes -------------------------------------------------------------------

static void put_u32(vstr_t *out, uint32_t v) {
    memcpy(vstr_add_len(out, 4), &v, 4);
}

static void put_tagged(vstr_t *out, byte tag, const void *data, size_t len) {
    vstr_add_byte(out, tag);
    put_u32(out, (uint32_t)len);
    vstr_add_strn(out, data, len);
}

static void put_f64(vstr_t *out, byte tag, double d) {
    vstr_add_byte(out, tag);
    memcpy(vstr_add_len(out, 8), &d, 8);
}

// Containers nest at most this deep, in both directions (pkg-template/codec.js has the same limit):
// a value is at depth 0, its items at 1, and so on.
#define MAX_DEPTH (256)

static void encode(vstr_t *out, mp_obj_t obj, size_t depth);

static void encode_items(vstr_t *out, byte tag, size_t n, const mp_obj_t *items, size_t depth) {
    vstr_add_byte(out, tag);
    put_u32(out, (uint32_t)n);
    for (size_t i = 0; i < n; i++) {
        encode(out, items[i], depth);
    }
}

// Fuel for the host's side of one value (the JS codec decodes or encodes it, unmetered: 50-300 ns
// per small value, as much as ~500 units of guest code); the bytes are charged by src/bridge.rs.
#define HOST_VALUE_FUEL 512

static void encode(vstr_t *out, mp_obj_t obj, size_t depth) {
    if (depth > MAX_DEPTH) {
        // A list that contains itself ends here too.
        mp_raise_msg(&mp_type_TypeError,
            MP_ERROR_TEXT("value passed to the host is nested more than 256 deep (a cycle?)"));
    }
    mp_cstack_check();
    MICROPY_C_SAFE_POINT();
    mpsb_fuel_charge(HOST_VALUE_FUEL);
    if (obj == mp_const_none) {
        vstr_add_byte(out, TAG_NONE);
    } else if (obj == mp_const_false || obj == mp_const_true) {
        vstr_add_byte(out, obj == mp_const_true ? TAG_TRUE : TAG_FALSE);
    } else if (mp_obj_is_small_int(obj)) {
        put_f64(out, TAG_INT, (double)MP_OBJ_SMALL_INT_VALUE(obj));
    } else if (mp_obj_is_exact_type(obj, &mp_type_int)) {
        // Beyond a small int: decimal digits; the host makes a Number or a BigInt of them.
        vstr_t digits;
        vstr_init(&digits, 32);
        mp_print_t print;
        vstr_init_print(&digits, 32, &print);
        mp_obj_print_helper(&print, obj, PRINT_REPR);
        put_tagged(out, TAG_BIGINT, digits.buf, digits.len);
        vstr_clear(&digits);
    } else if (mp_obj_is_float(obj)) {
        put_f64(out, TAG_FLOAT, mp_obj_float_get(obj));
    } else if (mp_obj_is_str(obj)) {
        size_t len;
        const char *s = mp_obj_str_get_data(obj, &len);
        put_tagged(out, TAG_STR, s, len);
    } else if (mp_obj_is_type(obj, &mp_type_bytes) || mp_obj_is_type(obj, &mp_type_bytearray)) {
        mp_buffer_info_t buf;
        mp_get_buffer_raise(obj, &buf, MP_BUFFER_READ);
        put_tagged(out, TAG_BYTES, buf.buf, buf.len);
    } else if (mp_obj_is_type(obj, &mp_type_list) || mp_obj_is_type(obj, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(obj, &n, &items);
        encode_items(out, mp_obj_is_type(obj, &mp_type_list) ? TAG_LIST : TAG_TUPLE, n, items, depth + 1);
    } else if (mp_obj_is_dict_or_ordereddict(obj)) {
        mp_map_t *map = mp_obj_dict_get_map(obj);
        vstr_add_byte(out, TAG_DICT);
        put_u32(out, (uint32_t)map->used);
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                if (!mp_obj_is_str(map->table[i].key)) {
                    mp_raise_msg_varg(&mp_type_TypeError,
                        MP_ERROR_TEXT("dict keys passed to the host must be str, not '%s'"),
                        mp_obj_get_type_str(map->table[i].key));
                }
                encode(out, map->table[i].key, depth + 1);
                encode(out, map->table[i].value, depth + 1);
            }
        }
    } else {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("can't pass '%s' to the host (None, bool, int, float, str, bytes, list, tuple and dict can)"),
            mp_obj_get_type_str(obj));
    }
}

// ---- bytes -> Python ----------------------------------------------------------------------

typedef struct {
    const byte *p;
    const byte *end;
} reader_t;

static MP_NORETURN void bad_reply(void) {
    mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("malformed reply from the host"));
}

static const byte *take(reader_t *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        bad_reply();
    }
    const byte *at = r->p;
    r->p += n;
    return at;
}

static uint32_t take_u32(reader_t *r) {
    uint32_t v;
    memcpy(&v, take(r, 4), 4);
    return v;
}

static double take_f64(reader_t *r) {
    double d;
    memcpy(&d, take(r, 8), 8);
    return d;
}

static mp_obj_t take_str(reader_t *r) {
    uint32_t len = take_u32(r);
    return mp_obj_new_str((const char *)take(r, len), len);
}

static mp_obj_t new_promise(uint32_t id, mp_obj_t value, mp_obj_t error);

// Exceptions the host may name; anything else arrives as HostError.
static const mp_obj_type_t *const raisable[] = {
    &mp_type_TypeError, &mp_type_ValueError, &mp_type_KeyError, &mp_type_IndexError,
    &mp_type_RuntimeError, &mp_type_OSError, &mp_type_NotImplementedError, &mp_type_MemoryError,
};

static mp_obj_t take_error(reader_t *r) {
    mp_obj_t type_name = take_str(r);
    mp_obj_t message = take_str(r);
    const mp_obj_type_t *type = &mp_type_HostError;
    for (size_t i = 0; i < MP_ARRAY_SIZE(raisable); i++) {
        if (mp_obj_str_get_qstr(type_name) == raisable[i]->name) {
            type = raisable[i];
        }
    }
    return mp_obj_new_exception_arg1(type, message);
}

static mp_obj_t decode(reader_t *r) {
    mp_cstack_check();
    mpsb_fuel_charge(HOST_VALUE_FUEL);
    byte tag = *take(r, 1);
    switch (tag) {
        case TAG_NONE:
            return mp_const_none;
        case TAG_FALSE:
            return mp_const_false;
        case TAG_TRUE:
            return mp_const_true;
        case TAG_INT: {
            long long v = (long long)take_f64(r); // the host sends only integers within 2^53
            bool small = v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX;
            return small ? MP_OBJ_NEW_SMALL_INT((mp_int_t)v) : mp_obj_new_int_from_ll(v);
        }
        case TAG_BIGINT: {
            uint32_t len = take_u32(r);
            const char *s = (const char *)take(r, len);
            return mp_parse_num_integer(s, len, 10, NULL);
        }
        case TAG_FLOAT:
            return mp_obj_new_float(take_f64(r));
        case TAG_STR:
            return take_str(r);
        case TAG_BYTES: {
            uint32_t len = take_u32(r);
            return mp_obj_new_bytes(take(r, len), len);
        }
        case TAG_LIST:
        case TAG_TUPLE: {
            uint32_t n = take_u32(r);
            if (n > (size_t)(r->end - r->p)) { // every item takes at least a byte
                bad_reply();
            }
            mp_obj_t seq = tag == TAG_LIST ? mp_obj_new_list(n, NULL) : mp_obj_new_tuple(n, NULL);
            size_t len;
            mp_obj_t *items;
            mp_obj_get_array(seq, &len, &items);
            for (size_t i = 0; i < n; i++) {
                items[i] = decode(r);
            }
            return seq;
        }
        case TAG_DICT: {
            uint32_t n = take_u32(r);
            if (n > (size_t)(r->end - r->p) / 2) {
                bad_reply();
            }
            mp_obj_t dict = mp_obj_new_dict(n);
            for (size_t i = 0; i < n; i++) {
                mp_obj_t key = decode(r);
                mp_obj_dict_store(dict, key, decode(r));
            }
            return dict;
        }
        case TAG_PROMISE:
            return new_promise(take_u32(r), MP_OBJ_NULL, MP_OBJ_NULL);
        case TAG_SETTLED: {
            if (r->p < r->end && *r->p == TAG_ERROR) {
                r->p++;
                return new_promise(0, MP_OBJ_NULL, take_error(r));
            }
            return new_promise(0, decode(r), MP_OBJ_NULL);
        }
        default:
            bad_reply();
    }
}

// A whole reply: a value, or an error to raise.
static mp_obj_t decode_reply(const byte *buf, size_t len) {
    reader_t r = {buf, buf + len};
    if (len > 0 && *buf == TAG_ERROR) {
        r.p++;
        nlr_raise(take_error(&r));
    }
    mp_obj_t value = decode(&r);
    if (r.p != r.end) {
        bad_reply();
    }
    return value;
}

// ---- HostPromise ------------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    uint32_t id;       // the host's handle while pending
    mp_obj_t value;    // MP_OBJ_NULL until resolved
    mp_obj_t error;    // MP_OBJ_NULL unless rejected
} host_promise_t;

static const mp_obj_type_t host_promise_type;

static mp_obj_t new_promise(uint32_t id, mp_obj_t value, mp_obj_t error) {
    host_promise_t *p = mp_obj_malloc(host_promise_t, &host_promise_type);
    p->id = id;
    p->value = value;
    p->error = error;
    return MP_OBJ_FROM_PTR(p);
}

// `await promise` is `yield from promise`: while pending it yields itself (to the driver);
// once settled it returns the value or raises the error.
static mp_obj_t promise_iternext(mp_obj_t self_in) {
    host_promise_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->error != MP_OBJ_NULL) {
        nlr_raise(self->error);
    }
    if (self->value != MP_OBJ_NULL) {
        return mp_make_stop_iteration(self->value);
    }
    return self_in;
}

static void promise_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    host_promise_t *self = MP_OBJ_TO_PTR(self_in);
    const char *state = self->error != MP_OBJ_NULL ? "rejected" : self->value != MP_OBJ_NULL ? "resolved" : "pending";
    mp_printf(print, "<HostPromise %s: use await>", state);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    host_promise_type,
    MP_QSTR_HostPromise,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    print, promise_print,
    iter, promise_iternext
    );

bool mpsb_is_pending_promise(mp_obj_t obj) {
    if (!mp_obj_is_type(obj, &host_promise_type)) {
        return false;
    }
    host_promise_t *p = MP_OBJ_TO_PTR(obj);
    return p->value == MP_OBJ_NULL && p->error == MP_OBJ_NULL;
}

uint32_t mpsb_promise_id(mp_obj_t promise) {
    return ((host_promise_t *)MP_OBJ_TO_PTR(promise))->id;
}

void mpsb_promise_settle(mp_obj_t promise, const byte *reply, size_t len) {
    host_promise_t *p = MP_OBJ_TO_PTR(promise);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        p->value = decode_reply(reply, len);
        nlr_pop();
    } else {
        p->error = MP_OBJ_FROM_PTR(nlr.ret_val);
    }
}

// ---- host functions ---------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    uint32_t index; // position in the host's list of names
    qstr name;
} host_function_t;

static byte reply_buf[512]; // most replies fit: one copy fewer

static mp_obj_t host_function_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    host_function_t *self = MP_OBJ_TO_PTR(self_in);
    vstr_t req;
    vstr_init(&req, 64);
    put_u32(&req, self->index);
    encode_items(&req, TAG_TUPLE, n_args, args, 0); // the arguments are values (depth 0), as a reply is
    if (n_kw == 0) {
        vstr_add_byte(&req, TAG_NONE);
    } else {
        // Keyword arguments: one dict, which JS receives as a trailing plain object.
        vstr_add_byte(&req, TAG_DICT);
        put_u32(&req, (uint32_t)n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            encode(&req, args[n_args + 2 * i], 0);
            encode(&req, args[n_args + 2 * i + 1], 0);
        }
    }
    uint32_t len = mpsb_host_call(req.buf, req.len, reply_buf, sizeof(reply_buf));
    vstr_clear(&req);
    if (len <= sizeof(reply_buf)) {
        return decode_reply(reply_buf, len);
    }
    byte *big = m_new(byte, len);
    mpsb_host_reply(big);
    mp_obj_t value = decode_reply(big, len);
    m_del(byte, big, len);
    return value;
}

static void host_function_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    host_function_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<host function %q>", self->name);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    host_function_type,
    MP_QSTR_host_function,
    MP_TYPE_FLAG_NONE,
    call, host_function_call,
    print, host_function_print
    );

// The `host` module, made at start-up: HostError and, once defined, the functions.
void mpsb_host_module_init(void) {
    mp_obj_t module = mp_obj_new_module(MP_QSTR_host);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_obj_module_get_globals(module)),
        MP_OBJ_NEW_QSTR(MP_QSTR_HostError), MP_OBJ_FROM_PTR(&mp_type_HostError));
    MP_STATE_VM(mpsb_host_module) = module;
}

void mpsb_host_define(const char *names, size_t len) {
    mp_obj_t globals = MP_OBJ_FROM_PTR(mp_obj_module_get_globals(MP_STATE_VM(mpsb_host_module)));
    uint32_t index = 0;
    for (const char *p = names, *end = names + len; p < end; index++) {
        const char *stop = memchr(p, '\0', end - p);
        if (stop == NULL) {
            stop = end;
        }
        host_function_t *f = mp_obj_malloc(host_function_t, &host_function_type);
        f->index = index;
        f->name = qstr_from_strn(p, stop - p);
        mp_obj_t key = MP_OBJ_NEW_QSTR(f->name);
        mp_obj_dict_store(globals, key, MP_OBJ_FROM_PTR(f));
        mp_obj_dict_store(MP_OBJ_FROM_PTR(&MP_STATE_VM(dict_main)), key, MP_OBJ_FROM_PTR(f));
        p = stop + 1;
    }
}
