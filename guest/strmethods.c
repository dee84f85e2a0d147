// str, bytes and bytearray methods as CPython 3.11 has them: the ones MicroPython lacks, and
// those it has without keyword arguments, without Unicode (isalpha, upper, ... were ASCII-only)
// or with different results (center, splitlines, rsplit(None, n), encode/decode's encodings and
// errors). Patch 0040 puts them into py/objstr.c's locals table. Unicode data: unidata.h.
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objarray.h"
#include "py/objexcept.h"
#include "py/objlist.h"
#include "strmethods.h"
#include "unidata.h"

// ---- Unicode lookups ---------------------------------------------------------------------

static unsigned uni_flags(unichar c) {
    if (c < 256) {
        return uni_latin1[c];
    }
    size_t lo = 0, hi = MP_ARRAY_SIZE(uni_runs);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((uni_runs[mid] >> UNI_FLAG_BITS) <= c) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return uni_runs[lo] & ((1 << UNI_FLAG_BITS) - 1);
}

bool mpsb_uni_isprintable(unichar c) {
    return uni_flags(c) & UNI_PRINT;
}

static unichar uni_simple(const int32_t (*tab)[2], size_t n, unichar c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((unichar)(tab[mid][0] & 0x1fffff) <= c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return c;
    }
    uint32_t w = tab[lo - 1][0];
    unichar start = w & 0x1fffff, stride = ((w >> 21) & 1) + 1, count = (w >> 22) + 1;
    if ((c - start) % stride == 0 && (c - start) / stride < count) {
        return c + tab[lo - 1][1];
    }
    return c;
}

enum { MAP_UPPER, MAP_LOWER, MAP_TITLE, MAP_FOLD };

// The full case mapping of c (one to three characters, as CPython's str methods).
static size_t uni_map(unichar c, int kind, unichar *out) {
    uint32_t key = c << 2 | kind;
    size_t lo = 0, hi = MP_ARRAY_SIZE(uni_special);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_special[mid].key < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo < MP_ARRAY_SIZE(uni_special) && uni_special[lo].key == key) {
        size_t n = 0;
        while (n < 3 && uni_special[lo].to[n]) {
            out[n] = uni_special[lo].to[n];
            n++;
        }
        return n;
    }
    switch (kind) {
        case MAP_UPPER:
            out[0] = uni_simple(uni_upper, MP_ARRAY_SIZE(uni_upper), c);
            return 1;
        case MAP_LOWER:
            out[0] = uni_simple(uni_lower, MP_ARRAY_SIZE(uni_lower), c);
            return 1;
        case MAP_TITLE:
            return uni_map(c, MAP_UPPER, out);
        default:
            return uni_map(c, MAP_LOWER, out);
    }
}

// ---- access to self and arguments ----------------------------------------------------------

typedef struct {
    const mp_obj_type_t *type;
    const byte *data;
    size_t len;
    bool uni; // str (UTF-8, Unicode rules) rather than bytes/bytearray (bytes, ASCII rules)
} sm_str_t;

static void sm_self(mp_obj_t self, sm_str_t *s) {
    mp_check_self(mp_obj_is_str_or_bytes(self) || mp_obj_is_type(self, &mp_type_bytearray));
    s->type = mp_obj_get_type(self);
    s->uni = s->type == &mp_type_str;
    GET_STR_DATA_LEN(self, data, len);
    s->data = data;
    s->len = len;
}

static inline unichar sm_next(const sm_str_t *s, const byte **p) {
    unichar c = **p;
    if (c < 0x80 || !s->uni) {
        ++*p;
        return c;
    }
    c = utf8_get_char(*p);
    *p = utf8_next_char(*p);
    return c;
}

static size_t sm_charlen(const sm_str_t *s) {
    return s->uni ? utf8_charlen(s->data, s->len) : s->len;
}

// An argument of the same kind as self: a str for str, any bytes-like object for bytes.
static const byte *sm_arg(const sm_str_t *s, mp_obj_t arg, size_t *len) {
    if (s->uni) {
        arg = mp_obj_native_base_or_self(arg, &mp_type_str);
        if (!mp_obj_is_str(arg)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("must be str, not %s"), mp_obj_get_type_str(arg));
        }
        return (const byte *)mp_obj_str_get_data(arg, len);
    }
    mp_buffer_info_t buf;
    if (mp_obj_is_str(arg) || !mp_get_buffer(arg, &buf, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"), mp_obj_get_type_str(arg));
    }
    *len = buf.len;
    return buf.buf;
}

static mp_obj_t sm_new(const mp_obj_type_t *type, vstr_t *vstr) {
    if (type == &mp_type_str) {
        return mp_obj_new_str_from_utf8_vstr(vstr);
    }
    if (type == &mp_type_bytes) {
        return mp_obj_new_bytes_from_vstr(vstr);
    }
    mp_obj_t res = mp_obj_new_bytearray(vstr->len, vstr->buf);
    vstr_clear(vstr);
    return res;
}

// self unchanged: the object itself when immutable, a copy for bytearray.
static mp_obj_t sm_same(mp_obj_t self, const sm_str_t *s) {
    if (s->type == &mp_type_bytearray) {
        return mp_obj_new_bytearray(s->len, s->data);
    }
    return self;
}

static void sm_add(const sm_str_t *s, vstr_t *vstr, unichar c) {
    if (s->uni) {
        vstr_add_char(vstr, c);
    } else {
        vstr_add_byte(vstr, c);
    }
}

// Character classes: Unicode for str, ASCII for bytes (as CPython's bytes methods, where
// \x1c-\x1f are not whitespace and no byte past 0x7f is in any class).
static inline unsigned sm_flags(const sm_str_t *s, unichar c) {
    if (c < 0x80) {
        unsigned f = uni_latin1[c];
        return s->uni || c < 0x1c || c > 0x1f ? f : f & ~UNI_SPACE;
    }
    return s->uni ? uni_flags(c) : 0;
}

// Steps *p back to the previous character's first byte.
static void sm_prev(const sm_str_t *s, const byte **p) {
    do {
        --*p;
    } while (s->uni && *p > s->data && UTF8_IS_CONT(**p));
}

#define SM_CASED (UNI_UPPER | UNI_LOWER | UNI_TITLE)

static void sm_add_mapped(const sm_str_t *s, vstr_t *vstr, unichar c, int kind) {
    // ASCII maps as in bytes (no special cases there), without the tables' searches.
    if (!s->uni || c < 0x80) {
        if (kind == MAP_UPPER || kind == MAP_TITLE) {
            c = unichar_toupper(c);
        } else {
            c = unichar_tolower(c);
        }
        vstr_add_byte(vstr, c);
        return;
    }
    unichar out[3];
    size_t n = uni_map(c, kind, out);
    for (size_t i = 0; i < n; i++) {
        vstr_add_char(vstr, out[i]);
    }
}

// ---- predicates ------------------------------------------------------------------------------

enum { IS_ALL, IS_UPPER, IS_LOWER, IS_TITLE, IS_IDENT, IS_ASCII };

static mp_obj_t sm_is(mp_obj_t self, int how, unsigned mask) {
    sm_str_t s;
    sm_self(self, &s);
    const byte *p = s.data, *top = s.data + s.len;
    if (how == IS_ASCII) {
        for (; p < top; p++) {
            if (*p >= 0x80) {
                return mp_const_false;
            }
        }
        return mp_const_true;
    }
    if (p == top) {
        // Only isprintable() is true of the empty string.
        return mp_obj_new_bool(mask == UNI_PRINT);
    }
    bool cased = false, prev_cased = false;
    for (bool first = true; p < top; first = false) {
        unsigned f = sm_flags(&s, sm_next(&s, &p));
        switch (how) {
            case IS_ALL:
                if (!(f & mask)) {
                    return mp_const_false;
                }
                break;
            case IS_UPPER:
            case IS_LOWER:
                if (f & (how == IS_UPPER ? UNI_LOWER | UNI_TITLE : UNI_UPPER | UNI_TITLE)) {
                    return mp_const_false;
                }
                cased |= (f & SM_CASED) != 0;
                break;
            case IS_TITLE:
                if (f & (UNI_UPPER | UNI_TITLE)) {
                    if (prev_cased) {
                        return mp_const_false;
                    }
                    prev_cased = cased = true;
                } else if (f & UNI_LOWER) {
                    if (!prev_cased) {
                        return mp_const_false;
                    }
                    prev_cased = cased = true;
                } else {
                    prev_cased = false;
                }
                break;
            default: // IS_IDENT
                if (!(f & (first ? UNI_ID_START : UNI_ID_CONT))) {
                    return mp_const_false;
                }
        }
    }
    return mp_obj_new_bool(how == IS_ALL || how == IS_IDENT || cased);
}

#define SM_PREDICATE(name, how, mask) \
    static mp_obj_t mpsb_str_##name(size_t n_args, const mp_obj_t *args) { \
        return sm_is(args[0], how, mask); \
    } \
    MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_##name##_obj, 1, 1, mpsb_str_##name);

SM_PREDICATE(isalpha, IS_ALL, UNI_ALPHA)
SM_PREDICATE(isdigit, IS_ALL, UNI_DIGIT)
SM_PREDICATE(isdecimal, IS_ALL, UNI_DECIMAL)
SM_PREDICATE(isnumeric, IS_ALL, UNI_NUMERIC)
SM_PREDICATE(isalnum, IS_ALL, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC)
SM_PREDICATE(isspace, IS_ALL, UNI_SPACE)
SM_PREDICATE(isprintable, IS_ALL, UNI_PRINT)
SM_PREDICATE(isupper, IS_UPPER, 0)
SM_PREDICATE(islower, IS_LOWER, 0)
SM_PREDICATE(istitle, IS_TITLE, 0)
SM_PREDICATE(isidentifier, IS_IDENT, 0)
SM_PREDICATE(isascii, IS_ASCII, 0)

// ---- case conversions ---------------------------------------------------------------------

// A capital sigma ending a word lowers to final sigma (CPython's rule, without its skipping of
// case-ignorable characters): a cased character before it, none right after it.
static bool sm_final_sigma(const sm_str_t *s, const byte *after) {
    const byte *before = after;
    sm_prev(s, &before);
    if (before == s->data) {
        return false;
    }
    sm_prev(s, &before);
    if (!(uni_flags(utf8_get_char(before)) & SM_CASED)) {
        return false;
    }
    return after == s->data + s->len || !(uni_flags(utf8_get_char(after)) & SM_CASED);
}

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

static mp_obj_t sm_case(mp_obj_t self, int how) {
    sm_str_t s;
    sm_self(self, &s);
    vstr_t vstr;
    vstr_init(&vstr, s.len);
    bool prev_cased = false;
    for (const byte *p = s.data, *top = s.data + s.len; p < top;) {
        // ASCII text lowered or uppered byte by byte into the buffer (the common case).
        if (*p < 0x80 && how <= CASE_UPPER && vstr.len < vstr.alloc) {
            vstr.buf[vstr.len++] = how == CASE_LOWER ? unichar_tolower(*p) : unichar_toupper(*p);
            p++;
            continue;
        }
        bool first = p == s.data;
        unichar c = sm_next(&s, &p);
        unsigned f = sm_flags(&s, c);
        int kind;
        switch (how) {
            case CASE_LOWER:
                kind = MAP_LOWER;
                break;
            case CASE_UPPER:
                kind = MAP_UPPER;
                break;
            case CASE_FOLD:
                kind = MAP_FOLD;
                break;
            case CASE_SWAP:
                if (!(f & (UNI_UPPER | UNI_LOWER))) {
                    sm_add(&s, &vstr, c);
                    continue;
                }
                kind = f & UNI_UPPER ? MAP_LOWER : MAP_UPPER;
                break;
            case CASE_TITLE:
                kind = prev_cased ? MAP_LOWER : MAP_TITLE;
                prev_cased = (f & SM_CASED) != 0;
                break;
            default: // CASE_CAPITALIZE
                kind = first ? MAP_TITLE : MAP_LOWER;
        }
        if (c == 0x3a3 && kind == MAP_LOWER && s.uni && sm_final_sigma(&s, p)) {
            vstr_add_char(&vstr, 0x3c2);
            continue;
        }
        sm_add_mapped(&s, &vstr, c, kind);
    }
    return sm_new(s.type, &vstr);
}

#define SM_CASE(name, how) \
    static mp_obj_t mpsb_str_##name(size_t n_args, const mp_obj_t *args) { \
        return sm_case(args[0], how); \
    } \
    MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_##name##_obj, 1, 1, mpsb_str_##name);

SM_CASE(lower, CASE_LOWER)
SM_CASE(upper, CASE_UPPER)
SM_CASE(swapcase, CASE_SWAP)
SM_CASE(title, CASE_TITLE)
SM_CASE(capitalize, CASE_CAPITALIZE)
SM_CASE(casefold, CASE_FOLD)

// ---- padding ------------------------------------------------------------------------------

// The fill character of ljust/rjust/center: one character (str) or one byte (bytes).
static unichar sm_fill(const sm_str_t *s, size_t n_args, const mp_obj_t *args, qstr name) {
    if (n_args < 3) {
        return ' ';
    }
    if (s->uni) {
        mp_obj_t a = mp_obj_native_base_or_self(args[2], &mp_type_str);
        if (!mp_obj_is_str(a)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("The fill character must be a unicode character, not %s"),
                mp_obj_get_type_str(a));
        }
        size_t len;
        const byte *d = (const byte *)mp_obj_str_get_data(a, &len);
        if (utf8_charlen(d, len) != 1) {
            mp_raise_TypeError(MP_ERROR_TEXT("The fill character must be exactly one character long"));
        }
        return utf8_get_char(d);
    }
    mp_buffer_info_t buf;
    if (mp_obj_is_str(args[2]) || !mp_get_buffer(args[2], &buf, MP_BUFFER_READ) || buf.len != 1) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() argument 2 must be a byte string of length 1, not %s"),
            name, mp_obj_get_type_str(args[2]));
    }
    return *(const byte *)buf.buf;
}

static mp_obj_t sm_pad(size_t n_args, const mp_obj_t *args, int align, qstr name) {
    sm_str_t s;
    sm_self(args[0], &s);
    mp_int_t width = mp_obj_get_int(args[1]);
    unichar fill = sm_fill(&s, n_args, args, name);
    size_t len = sm_charlen(&s);
    if (width <= (mp_int_t)len) {
        return sm_same(args[0], &s);
    }
    size_t marg = width - len, left;
    if (align < 0) {
        left = 0;
    } else if (align > 0) {
        left = marg;
    } else {
        left = marg / 2 + (marg & width & 1);
    }
    vstr_t vstr;
    vstr_init(&vstr, s.len + marg);
    for (size_t i = 0; i < marg; i++) {
        if (i == left) {
            vstr_add_strn(&vstr, (const char *)s.data, s.len);
        }
        sm_add(&s, &vstr, fill);
    }
    if (left == marg) {
        vstr_add_strn(&vstr, (const char *)s.data, s.len);
    }
    return sm_new(s.type, &vstr);
}

static mp_obj_t mpsb_str_ljust(size_t n_args, const mp_obj_t *args) {
    return sm_pad(n_args, args, -1, MP_QSTR_ljust);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_ljust_obj, 2, 3, mpsb_str_ljust);

static mp_obj_t mpsb_str_rjust(size_t n_args, const mp_obj_t *args) {
    return sm_pad(n_args, args, 1, MP_QSTR_rjust);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_rjust_obj, 2, 3, mpsb_str_rjust);

static mp_obj_t mpsb_str_center(size_t n_args, const mp_obj_t *args) {
    return sm_pad(n_args, args, 0, MP_QSTR_center);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_center_obj, 2, 3, mpsb_str_center);

static mp_obj_t mpsb_str_zfill(size_t n_args, const mp_obj_t *args) {
    sm_str_t s;
    sm_self(args[0], &s);
    mp_int_t width = mp_obj_get_int(args[1]);
    size_t len = sm_charlen(&s);
    if (width <= (mp_int_t)len) {
        return sm_same(args[0], &s);
    }
    vstr_t vstr;
    vstr_init(&vstr, width);
    size_t sign = s.len > 0 && (s.data[0] == '+' || s.data[0] == '-');
    vstr_add_strn(&vstr, (const char *)s.data, sign);
    for (size_t i = len; i < (size_t)width; i++) {
        vstr_add_byte(&vstr, '0');
    }
    vstr_add_strn(&vstr, (const char *)s.data + sign, s.len - sign);
    return sm_new(s.type, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_zfill_obj, 2, 2, mpsb_str_zfill);

static mp_obj_t mpsb_str_expandtabs(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_tabsize, MP_ARG_INT, {.u_int = 8} },
    };
    mp_arg_val_t arg[1];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 1, allowed, arg);
    sm_str_t s;
    sm_self(pos_args[0], &s);
    mp_int_t tabsize = arg[0].u_int;
    vstr_t vstr;
    vstr_init(&vstr, s.len);
    size_t col = 0;
    for (const byte *p = s.data, *top = s.data + s.len; p < top;) {
        unichar c = sm_next(&s, &p);
        if (c == '\t') {
            if (tabsize > 0) {
                size_t n = tabsize - col % tabsize;
                col += n;
                while (n--) {
                    vstr_add_byte(&vstr, ' ');
                }
            }
            continue;
        }
        col = c == '\n' || c == '\r' ? 0 : col + 1;
        sm_add(&s, &vstr, c);
    }
    return sm_new(s.type, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_expandtabs_obj, 1, mpsb_str_expandtabs);

// ---- prefixes, translation ------------------------------------------------------------------

static mp_obj_t sm_remove_fix(size_t n_args, const mp_obj_t *args, bool suffix) {
    sm_str_t s;
    sm_self(args[0], &s);
    size_t len;
    const byte *fix = sm_arg(&s, args[1], &len);
    if (len == 0 || len > s.len || memcmp(s.data + (suffix ? s.len - len : 0), fix, len) != 0) {
        return sm_same(args[0], &s);
    }
    return mp_obj_new_str_of_type(s.type, s.data + (suffix ? 0 : len), s.len - len);
}

static mp_obj_t mpsb_str_removeprefix(size_t n_args, const mp_obj_t *args) {
    return sm_remove_fix(n_args, args, false);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_removeprefix_obj, 2, 2, mpsb_str_removeprefix);

static mp_obj_t mpsb_str_removesuffix(size_t n_args, const mp_obj_t *args) {
    return sm_remove_fix(n_args, args, true);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_removesuffix_obj, 2, 2, mpsb_str_removesuffix);

// str.translate: table[ord(c)] is a str, a code point or None (delete); a LookupError keeps c.
static void sm_translate_str(const sm_str_t *s, mp_obj_t table, vstr_t *vstr) {
    for (const byte *p = s->data, *top = s->data + s->len; p < top;) {
        const byte *start = p;
        mp_obj_t key = MP_OBJ_NEW_SMALL_INT(sm_next(s, &p));
        mp_obj_t to;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            to = mp_obj_subscr(table, key, MP_OBJ_SENTINEL);
            nlr_pop();
        } else if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type), MP_OBJ_FROM_PTR(&mp_type_LookupError))) {
            vstr_add_strn(vstr, (const char *)start, p - start);
            continue;
        } else {
            nlr_jump(nlr.ret_val);
        }
        if (to == mp_const_none) {
            continue;
        }
        if (mp_obj_is_str(to)) {
            size_t len;
            const char *d = mp_obj_str_get_data(to, &len);
            vstr_add_strn(vstr, d, len);
        } else if (mp_obj_is_int(to)) {
            mp_int_t c = mp_obj_get_int(to);
            if (c < 0 || c > 0x10ffff) {
                mp_raise_ValueError(MP_ERROR_TEXT("character mapping must be in range(0x110000)"));
            }
            vstr_add_char(vstr, c);
        } else {
            mp_raise_TypeError(MP_ERROR_TEXT("character mapping must return integer, None or str"));
        }
    }
}

static mp_obj_t mpsb_str_translate(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    sm_str_t s;
    sm_self(pos_args[0], &s);
    vstr_t vstr;
    vstr_init(&vstr, s.len);
    if (s.uni) {
        if (n_args != 2 || kw_args->used) {
            mp_raise_TypeError(MP_ERROR_TEXT("translate() takes exactly one argument"));
        }
        sm_translate_str(&s, pos_args[1], &vstr);
        return sm_new(s.type, &vstr);
    }
    // bytes.translate(table, /, delete=b'')
    static const mp_arg_t allowed[] = {
        { MP_QSTR_table, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_delete, MP_ARG_OBJ, {.u_obj = mp_const_empty_bytes} },
    };
    mp_arg_val_t arg[2];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 2, allowed, arg);
    const byte *table = NULL;
    size_t len;
    if (arg[0].u_obj != mp_const_none) {
        table = sm_arg(&s, arg[0].u_obj, &len);
        if (len != 256) {
            mp_raise_ValueError(MP_ERROR_TEXT("translation table must be 256 characters long"));
        }
    }
    const byte *del = sm_arg(&s, arg[1].u_obj, &len);
    for (size_t i = 0; i < s.len; i++) {
        if (memchr(del, s.data[i], len) == NULL) {
            vstr_add_byte(&vstr, table ? table[s.data[i]] : s.data[i]);
        }
    }
    return sm_new(s.type, &vstr);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_translate_obj, 1, mpsb_str_translate);

static mp_obj_t sm_ord1(mp_obj_t key) {
    size_t len;
    const byte *d = (const byte *)mp_obj_str_get_data(key, &len);
    if (utf8_charlen(d, len) != 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("string keys in translate table must be of length 1"));
    }
    return MP_OBJ_NEW_SMALL_INT(utf8_get_char(d));
}

// str.maketrans(dict) / (x, y) / (x, y, z)
static mp_obj_t mpsb_str_maketrans_fun(size_t n_args, const mp_obj_t *args) {
    mp_obj_t res = mp_obj_new_dict(0);
    if (n_args == 1) {
        mp_obj_t d = mp_obj_native_base_or_self(args[0], &mp_type_dict);
        if (!mp_obj_is_type(d, &mp_type_dict)) {
            mp_raise_TypeError(MP_ERROR_TEXT("if you give only one argument to maketrans it must be a dict"));
        }
        mp_map_t *map = mp_obj_dict_get_map(d);
        for (size_t i = 0; i < map->alloc; i++) {
            if (!mp_map_slot_is_filled(map, i)) {
                continue;
            }
            mp_obj_t key = map->table[i].key;
            if (mp_obj_is_str(key)) {
                key = sm_ord1(key);
            } else if (!mp_obj_is_int(key)) {
                mp_raise_TypeError(MP_ERROR_TEXT("keys in translate table must be strings or integers"));
            }
            mp_obj_dict_store(res, key, map->table[i].value);
        }
        return res;
    }
    size_t xl, yl;
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError(MP_ERROR_TEXT("first maketrans argument must be a string if there is a second argument"));
    }
    const byte *x = (const byte *)mp_obj_str_get_data(args[0], &xl);
    const byte *y = (const byte *)mp_obj_str_get_data(args[1], &yl);
    if (utf8_charlen(x, xl) != utf8_charlen(y, yl)) {
        mp_raise_ValueError(MP_ERROR_TEXT("the first two maketrans arguments must have equal length"));
    }
    for (const byte *xt = x + xl; x < xt; x = utf8_next_char(x), y = utf8_next_char(y)) {
        mp_obj_dict_store(res, MP_OBJ_NEW_SMALL_INT(utf8_get_char(x)), MP_OBJ_NEW_SMALL_INT(utf8_get_char(y)));
    }
    if (n_args == 3) {
        const byte *z = (const byte *)mp_obj_str_get_data(args[2], &xl);
        for (const byte *zt = z + xl; z < zt; z = utf8_next_char(z)) {
            mp_obj_dict_store(res, MP_OBJ_NEW_SMALL_INT(utf8_get_char(z)), mp_const_none);
        }
    }
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_maketrans_fun_obj, 1, 3, mpsb_str_maketrans_fun);
MP_DEFINE_CONST_STATICMETHOD_OBJ(mpsb_str_maketrans_obj, MP_ROM_PTR(&mpsb_str_maketrans_fun_obj));

// bytes.maketrans(frm, to): a 256-byte table.
static mp_obj_t mpsb_bytes_maketrans_fun(mp_obj_t frm_in, mp_obj_t to_in) {
    sm_str_t s = { &mp_type_bytes, NULL, 0, false };
    size_t fl, tl;
    const byte *frm = sm_arg(&s, frm_in, &fl), *to = sm_arg(&s, to_in, &tl);
    if (fl != tl) {
        mp_raise_ValueError(MP_ERROR_TEXT("maketrans arguments must have same length"));
    }
    vstr_t vstr;
    vstr_init_len(&vstr, 256);
    for (size_t i = 0; i < 256; i++) {
        vstr.buf[i] = i;
    }
    for (size_t i = 0; i < fl; i++) {
        vstr.buf[frm[i]] = to[i];
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mpsb_bytes_maketrans_fun_obj, mpsb_bytes_maketrans_fun);
MP_DEFINE_CONST_STATICMETHOD_OBJ(mpsb_bytes_maketrans_obj, MP_ROM_PTR(&mpsb_bytes_maketrans_fun_obj));

// str.format_map(mapping): the fields' values are looked up with mapping[name] (so a dict
// subclass's __missing__ works) and handed to str.format as keywords.
static mp_obj_t mpsb_str_format_map(size_t n_args, const mp_obj_t *args) {
    sm_str_t s;
    sm_self(args[0], &s);
    mp_obj_t kw = mp_obj_new_dict(0);
    for (const byte *p = s.data, *top = s.data + s.len; p < top; p++) {
        if (*p != '{') {
            continue;
        }
        if (p + 1 < top && p[1] == '{') {
            p++;
            continue;
        }
        const byte *name = ++p;
        while (p < top && !strchr(".[!:{}", *p)) {
            p++;
        }
        if (p == name || unichar_isdigit(*name)) {
            mp_raise_ValueError(MP_ERROR_TEXT("Format string contains positional fields"));
        }
        mp_obj_t key = mp_obj_new_str((const char *)name, p - name);
        mp_obj_dict_store(kw, key, mp_obj_subscr(args[1], key, MP_OBJ_SENTINEL));
        p--;
    }
    return mp_obj_str_format(1, args, mp_obj_dict_get_map(kw));
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_str_format_map_obj, 2, 2, mpsb_str_format_map);

// ---- splitting ----------------------------------------------------------------------------

static bool sm_isspace(const sm_str_t *s, unichar c) {
    return sm_flags(s, c) & UNI_SPACE;
}

static void sm_list_reverse(mp_obj_t list) {
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        mp_obj_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

static const mp_arg_t split_args[] = {
    { MP_QSTR_sep, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    { MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = -1} },
};

// split(sep=None, maxsplit=-1) and rsplit: whitespace is Unicode whitespace for str.
static mp_obj_t sm_split(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, bool right) {
    mp_arg_val_t arg[2];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 2, split_args, arg);
    sm_str_t s;
    sm_self(pos_args[0], &s);
    mp_obj_t sep = arg[0].u_obj;
    mp_int_t splits = arg[1].u_int;
    mp_obj_t res = mp_obj_new_list(0, NULL);
    if (sep != mp_const_none) {
        if (!right || splits < 0) {
            mp_obj_t a[3] = { pos_args[0], sep, MP_OBJ_NEW_SMALL_INT(splits) };
            return mp_obj_str_split(3, a);
        }
        size_t sep_len;
        const byte *sep_data = sm_arg(&s, sep, &sep_len);
        if (sep_len == 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("empty separator"));
        }
        const byte *end = s.data + s.len;
        for (const byte *p = end; splits != 0 && p - s.data >= (mp_int_t)sep_len;) {
            if (memcmp(p - sep_len, sep_data, sep_len) == 0) {
                mp_obj_list_append(res, mp_obj_new_str_of_type(s.type, p, end - p));
                p -= sep_len;
                end = p;
                splits--;
            } else {
                p--;
            }
        }
        mp_obj_list_append(res, mp_obj_new_str_of_type(s.type, s.data, end - s.data));
        sm_list_reverse(res);
        return res;
    }
    // Whitespace (runs of it separate, none at either end counts); once maxsplit is reached
    // the rest is one part, its whitespace kept on the far side (as CPython).
    const byte *lo = s.data, *hi = s.data + s.len;
    for (;;) {
        // Skip whitespace from the working end, then take a word.
        const byte *p = right ? hi : lo;
        while (right ? p > lo : p < hi) {
            const byte *q = p, *r;
            if (right) {
                sm_prev(&s, &q);
            }
            r = q;
            if (!sm_isspace(&s, sm_next(&s, &r))) {
                break;
            }
            p = right ? q : r;
        }
        if (right ? p <= lo : p >= hi) {
            break;
        }
        if (right) {
            hi = p;
        } else {
            lo = p;
        }
        if (splits == 0) {
            mp_obj_list_append(res, mp_obj_new_str_of_type(s.type, lo, hi - lo));
            break;
        }
        while (right ? p > lo : p < hi) {
            const byte *q = p, *r;
            if (right) {
                sm_prev(&s, &q);
            }
            r = q;
            if (sm_isspace(&s, sm_next(&s, &r))) {
                break;
            }
            p = right ? q : r;
        }
        mp_obj_list_append(res, right ? mp_obj_new_str_of_type(s.type, p, hi - p) : mp_obj_new_str_of_type(s.type, lo, p - lo));
        if (right) {
            hi = p;
        } else {
            lo = p;
        }
        splits--;
    }
    if (right) {
        sm_list_reverse(res);
    }
    return res;
}

static mp_obj_t mpsb_str_split(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return sm_split(n_args, pos_args, kw_args, false);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_split_obj, 1, mpsb_str_split);

static mp_obj_t mpsb_str_rsplit(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return sm_split(n_args, pos_args, kw_args, true);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_rsplit_obj, 1, mpsb_str_rsplit);

// splitlines(keepends=False): str also breaks at \v \f \x1c-\x1e \x85 \u2028 \u2029.
static mp_obj_t mpsb_str_splitlines(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_keepends, MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t arg[1];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 1, allowed, arg);
    sm_str_t s;
    sm_self(pos_args[0], &s);
    mp_obj_t res = mp_obj_new_list(0, NULL);
    const byte *top = s.data + s.len;
    for (const byte *p = s.data, *start = p; p < top;) {
        const byte *q = p;
        unichar c = sm_next(&s, &q);
        bool brk = c == '\n' || c == '\r' || (s.uni && (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)
            || c == 0x85 || c == 0x2028 || c == 0x2029));
        if (!brk) {
            p = q;
            if (p == top) {
                mp_obj_list_append(res, mp_obj_new_str_of_type(s.type, start, p - start));
            }
            continue;
        }
        if (c == '\r' && q < top && *q == '\n') {
            q++;
        }
        mp_obj_list_append(res, mp_obj_new_str_of_type(s.type, start, (arg[0].u_bool ? q : p) - start));
        p = start = q;
    }
    return res;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_splitlines_obj, 1, mpsb_str_splitlines);

// ---- encodings ----------------------------------------------------------------------------

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };

static const char *const enc_names[] = { "utf-8", "ascii", "latin-1" };

static int sm_encoding(mp_obj_t enc) {
    if (enc == MP_OBJ_NULL) {
        return ENC_UTF8;
    }
    size_t len;
    const char *e = mp_obj_str_get_data(enc, &len);
    char buf[16];
    if (len < sizeof(buf)) {
        // Normalised as CPython's codec lookup: case and '_' / ' ' against '-' do not matter.
        for (size_t i = 0; i <= len; i++) {
            char c = i < len ? e[i] : 0;
            buf[i] = c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        static const struct { char name[12]; byte enc; } names[] = {
            {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8},
            {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII},
            {"latin-1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"iso-8859-1", ENC_LATIN1},
            {"iso8859-1", ENC_LATIN1}, {"l1", ENC_LATIN1},
        };
        for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
            if (strcmp(buf, names[i].name) == 0) {
                return names[i].enc;
            }
        }
    }
    mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unknown encoding: %s"), e);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF };

static int sm_errors(mp_obj_t errors) {
    if (errors == MP_OBJ_NULL) {
        return ERR_STRICT;
    }
    static const qstr names[] = { MP_QSTR_strict, MP_QSTR_ignore, MP_QSTR_replace, MP_QSTR_backslashreplace, MP_QSTR_xmlcharrefreplace };
    qstr q = mp_obj_str_get_qstr(errors);
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (q == names[i]) {
            return i;
        }
    }
    mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unknown error handler name '%q'"), q);
}

// UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError: str() of
// one is CPython's message, the attributes are its arguments. Printing never raises (it runs
// while a traceback is shown): arguments of other types print as a plain exception's.
static void unicode_error_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    mp_obj_exception_t *o = MP_OBJ_TO_PTR(o_in);
    mp_print_kind_t k = kind & ~PRINT_EXC_SUBCLASS;
    mp_obj_t *a = o->args != NULL && o->args->len == 5 ? o->args->items : NULL;
    if ((k != PRINT_STR && k != PRINT_EXC) || a == NULL || !mp_obj_is_str(a[0]) || !mp_obj_is_small_int(a[2])
        || !mp_obj_is_small_int(a[3]) || !mp_obj_is_str(a[4])) {
        mp_obj_exception_print(print, o_in, kind);
        return;
    }
    if (k == PRINT_EXC) {
        if (!(kind & PRINT_EXC_SUBCLASS)) {
            mp_print_str(print, qstr_str(o->base.type->name));
        }
        mp_print_str(print, ": ");
    }
    mp_int_t start = MP_OBJ_SMALL_INT_VALUE(a[2]), end = MP_OBJ_SMALL_INT_VALUE(a[3]);
    bool decode = o->base.type == &mpsb_type_UnicodeDecodeError;
    mp_printf(print, "'%s' codec can't %s ", mp_obj_str_get_str(a[0]), decode ? "decode" : "encode");
    // The one byte or character in error, when the object has it.
    mp_buffer_info_t buf;
    const byte *at = NULL;
    if (end - start == 1 && start >= 0 && mp_get_buffer(a[1], &buf, MP_BUFFER_READ) && (mp_uint_t)start < buf.len) {
        at = (const byte *)buf.buf;
        if (decode) {
            at += start;
        } else if (mp_obj_is_str(a[1])) {
            const byte *top = at + buf.len;
            for (mp_int_t i = 0; i < start && at < top; i++) {
                at = utf8_next_char(at);
            }
            at = at < top ? at : NULL;
        } else {
            at = NULL;
        }
    }
    if (at != NULL && decode) {
        mp_printf(print, "byte 0x%02x in position %d: ", *at, (int)start);
    } else if (at != NULL) {
        unichar c = utf8_get_char(at);
        mp_printf(print, c < 0x100 ? "character '\\x%02x'" : c < 0x10000 ? "character '\\u%04x'" : "character '\\U%08x'", c);
        mp_printf(print, " in position %d: ", (int)start);
    } else {
        mp_printf(print, "%s in position %d-%d: ", decode ? "bytes" : "characters", (int)start, (int)end - 1);
    }
    mp_obj_print_helper(print, a[4], PRINT_STR);
}

static void unicode_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_exception_t *o = MP_OBJ_TO_PTR(self_in);
    static const qstr names[] = { MP_QSTR_encoding, MP_QSTR_object, MP_QSTR_start, MP_QSTR_end, MP_QSTR_reason };
    if (dest[0] == MP_OBJ_NULL && o->args != NULL && o->args->len == 5) {
        for (size_t i = 0; i < 5; i++) {
            if (attr == names[i]) {
                dest[0] = o->args->items[i];
                return;
            }
        }
    }
    mp_obj_exception_attr(self_in, attr, dest);
}

MP_DEFINE_CONST_OBJ_TYPE(mpsb_type_UnicodeDecodeError, MP_QSTR_UnicodeDecodeError, MP_TYPE_FLAG_NONE,
    make_new, mp_obj_exception_make_new, print, unicode_error_print, attr, unicode_error_attr,
    parent, &mp_type_UnicodeError);
MP_DEFINE_CONST_OBJ_TYPE(mpsb_type_UnicodeEncodeError, MP_QSTR_UnicodeEncodeError, MP_TYPE_FLAG_NONE,
    make_new, mp_obj_exception_make_new, print, unicode_error_print, attr, unicode_error_attr,
    parent, &mp_type_UnicodeError);

static MP_NORETURN void sm_raise_unicode(const mp_obj_type_t *type, int enc, mp_obj_t obj, size_t start, size_t end, const char *reason) {
    mp_obj_t a[5] = { mp_obj_new_str_from_cstr(enc_names[enc]), obj, MP_OBJ_NEW_SMALL_INT(start), MP_OBJ_NEW_SMALL_INT(end),
                      mp_obj_new_str_from_cstr(reason) };
    nlr_raise(mp_obj_exception_make_new(type, 5, 0, a));
}

// The length of the valid UTF-8 sequence at p (0: invalid) and, when invalid, in *bad how many
// bytes the error covers (CPython's maximal invalid prefix) and why.
static size_t sm_utf8_seq(const byte *p, const byte *top, size_t *bad, const char **reason) {
    byte b = p[0];
    if (b < 0x80) {
        return 1;
    }
    size_t need;
    byte lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        lo = b == 0xe0 ? 0xa0 : 0x80;
        hi = b == 0xed ? 0x9f : 0xbf;
    } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        lo = b == 0xf0 ? 0x90 : 0x80;
        hi = b == 0xf4 ? 0x8f : 0xbf;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t i = 1; i <= need; i++) {
        if (p + i >= top) {
            *bad = i;
            *reason = "unexpected end of data";
            return 0;
        }
        if (p[i] < lo || p[i] > hi) {
            *bad = i;
            *reason = "invalid continuation byte";
            return 0;
        }
        lo = 0x80;
        hi = 0xbf;
    }
    return need + 1;
}

mp_obj_t mpsb_decode(mp_obj_t data, mp_obj_t encoding, mp_obj_t errors) {
    int enc = sm_encoding(encoding);
    mp_buffer_info_t buf;
    mp_get_buffer_raise(data, &buf, MP_BUFFER_READ);
    const byte *d = buf.buf, *top = d + buf.len;
    if (enc == ENC_UTF8) {
        // Valid UTF-8 (no surrogates, no overlong forms) is the str's data as it is.
        const byte *p = d;
        size_t n, bad;
        const char *reason;
        while (p < top) {
            if (*p < 0x80) {
                p++;
            } else if ((n = sm_utf8_seq(p, top, &bad, &reason)) != 0) {
                p += n;
            } else {
                break;
            }
        }
        if (p == top) {
            vstr_t vstr;
            vstr_init_len(&vstr, buf.len);
            memcpy(vstr.buf, d, buf.len);
            return mp_obj_new_str_from_utf8_vstr(&vstr);
        }
    }
    vstr_t vstr;
    vstr_init(&vstr, buf.len);
    for (const byte *p = d; p < top;) {
        size_t n = 1, bad = 1;
        const char *reason = "ordinal not in range(128)";
        if (enc == ENC_LATIN1 || *p < 0x80) {
            vstr_add_char(&vstr, *p++);
            continue;
        }
        if (enc == ENC_UTF8 && (n = sm_utf8_seq(p, top, &bad, &reason)) != 0) {
            vstr_add_strn(&vstr, (const char *)p, n);
            p += n;
            continue;
        }
        // The error handler's name is only looked up when there is an error (as CPython).
        switch (sm_errors(errors)) {
            case ERR_STRICT:
                sm_raise_unicode(&mpsb_type_UnicodeDecodeError, enc, data, p - d, p - d + bad, reason);
            case ERR_REPLACE:
                vstr_add_char(&vstr, 0xfffd);
                break;
            case ERR_BACKSLASH:
                for (size_t i = 0; i < bad; i++) {
                    vstr_printf(&vstr, "\\x%02x", p[i]);
                }
                break;
            case ERR_XMLCHARREF:
                mp_raise_TypeError(MP_ERROR_TEXT("don't know how to handle UnicodeDecodeError in error callback"));
        }
        p += bad;
    }
    return mp_obj_new_str_from_utf8_vstr(&vstr);
}

mp_obj_t mpsb_encode(mp_obj_t str, mp_obj_t encoding, mp_obj_t errors) {
    int enc = sm_encoding(encoding);
    size_t len;
    const byte *d = (const byte *)mp_obj_str_get_data(str, &len), *top = d + len;
    if (enc == ENC_UTF8) {
        return mp_obj_new_bytes(d, len);
    }
    unichar limit = enc == ENC_ASCII ? 0x80 : 0x100;
    vstr_t vstr;
    vstr_init(&vstr, len);
    size_t index = 0;
    for (const byte *p = d; p < top; index++) {
        unichar c = utf8_get_char(p);
        p = utf8_next_char(p);
        if (c < limit) {
            vstr_add_byte(&vstr, c);
            continue;
        }
        switch (sm_errors(errors)) {
            case ERR_STRICT: {
                size_t end = index + 1;
                while (p < top && utf8_get_char(p) >= limit) {
                    p = utf8_next_char(p);
                    end++;
                }
                sm_raise_unicode(&mpsb_type_UnicodeEncodeError, enc, str, index, end,
                    limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)");
            }
            case ERR_REPLACE:
                vstr_add_byte(&vstr, '?');
                break;
            case ERR_BACKSLASH:
                vstr_printf(&vstr, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
                break;
            case ERR_XMLCHARREF:
                vstr_printf(&vstr, "&#%u;", (unsigned)c);
                break;
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}

static const mp_arg_t codec_args[] = {
    { MP_QSTR_encoding, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_errors, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
};

static mp_obj_t mpsb_str_encode(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t arg[2];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 2, codec_args, arg);
    return mpsb_encode(pos_args[0], arg[0].u_obj, arg[1].u_obj);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_encode_obj, 1, mpsb_str_encode);

static mp_obj_t mpsb_str_decode(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t arg[2];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 2, codec_args, arg);
    return mpsb_decode(pos_args[0], arg[0].u_obj, arg[1].u_obj);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_decode_obj, 1, mpsb_str_decode);

// bytes.hex(sep=, bytes_per_sep=1): sep every bytes_per_sep bytes, counted from the right
// (from the left when negative). memoryview.hex shares it.
static mp_obj_t mpsb_str_hex(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_sep, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_bytes_per_sep, MP_ARG_INT, {.u_int = 1} },
    };
    mp_arg_val_t arg[2];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 2, allowed, arg);
    mp_buffer_info_t buf;
    mp_get_buffer_raise(pos_args[0], &buf, MP_BUFFER_READ);
    byte sep = 0;
    if (arg[0].u_obj != MP_OBJ_NULL) {
        size_t len;
        const char *d = mp_obj_str_get_data(arg[0].u_obj, &len);
        if (len != 1) {
            mp_raise_ValueError(MP_ERROR_TEXT("sep must be length 1."));
        }
        if ((byte)d[0] >= 0x80) {
            mp_raise_ValueError(MP_ERROR_TEXT("sep must be ASCII."));
        }
        sep = d[0];
    }
    mp_int_t per = arg[1].u_int;
    size_t group = per < 0 ? -per : per;
    vstr_t vstr;
    vstr_init(&vstr, buf.len * 3);
    const byte *b = buf.buf;
    for (size_t i = 0; i < buf.len; i++) {
        size_t pos = per < 0 ? i : buf.len - i;
        if (sep && group && i > 0 && pos % group == 0) {
            vstr_add_byte(&vstr, sep);
        }
        vstr_printf(&vstr, "%02x", b[i]);
    }
    return mp_obj_new_str_from_utf8_vstr(&vstr);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mpsb_str_hex_obj, 1, mpsb_str_hex);

// ---- bytearray ----------------------------------------------------------------------------

static mp_obj_array_t *sm_bytearray(mp_obj_t self) {
    mp_check_self(mp_obj_is_type(self, &mp_type_bytearray));
    return MP_OBJ_TO_PTR(self);
}

static byte sm_byte_value(mp_obj_t v) {
    mp_int_t b = mp_obj_get_int(v);
    if (b < 0 || b > 255) {
        mp_raise_ValueError(MP_ERROR_TEXT("byte must be in range(0, 256)"));
    }
    return b;
}

static mp_obj_t mpsb_bytearray_insert(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *self = sm_bytearray(args[0]);
    mp_int_t i = mp_obj_get_int(args[1]);
    byte v = sm_byte_value(args[2]);
    mp_int_t len = self->len;
    i = i < 0 ? MAX(i + len, 0) : MIN(i, len);
    // Grow by one through append (its growth policy), then shift the tail up.
    mp_call_function_2(MP_OBJ_FROM_PTR(&mp_obj_array_append_obj), args[0], MP_OBJ_NEW_SMALL_INT(0));
    byte *items = self->items;
    memmove(items + i + 1, items + i, len - i);
    items[i] = v;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_bytearray_insert_obj, 3, 3, mpsb_bytearray_insert);

static void sm_bytearray_del(mp_obj_array_t *self, size_t i) {
    byte *items = self->items;
    memmove(items + i, items + i + 1, self->len - i - 1);
    self->len--;
    self->free++;
}

static mp_obj_t mpsb_bytearray_remove(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *self = sm_bytearray(args[0]);
    byte v = sm_byte_value(args[1]);
    byte *p = memchr(self->items, v, self->len);
    if (p == NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("value not found in bytearray"));
    }
    sm_bytearray_del(self, p - (byte *)self->items);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_bytearray_remove_obj, 2, 2, mpsb_bytearray_remove);

static mp_obj_t mpsb_bytearray_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *self = sm_bytearray(args[0]);
    if (self->len == 0) {
        mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("pop from empty bytearray"));
    }
    mp_int_t i = n_args > 1 ? mp_obj_get_int(args[1]) : -1;
    if (i < 0) {
        i += self->len;
    }
    if (i < 0 || i >= (mp_int_t)self->len) {
        mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("pop index out of range"));
    }
    byte v = ((byte *)self->items)[i];
    sm_bytearray_del(self, i);
    return MP_OBJ_NEW_SMALL_INT(v);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_bytearray_pop_obj, 1, 2, mpsb_bytearray_pop);

static mp_obj_t mpsb_bytearray_reverse(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *self = sm_bytearray(args[0]);
    byte *items = self->items;
    for (size_t i = 0, j = self->len; i + 1 < j; i++, j--) {
        byte t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_bytearray_reverse_obj, 1, 1, mpsb_bytearray_reverse);

static mp_obj_t mpsb_bytearray_clear(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *self = sm_bytearray(args[0]);
    self->free += self->len;
    self->len = 0;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_bytearray_clear_obj, 1, 1, mpsb_bytearray_clear);

static mp_obj_t mpsb_bytearray_copy(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *self = sm_bytearray(args[0]);
    return mp_obj_new_bytearray(self->len, self->items);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mpsb_bytearray_copy_obj, 1, 1, mpsb_bytearray_copy);
