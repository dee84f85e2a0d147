// String formatting as CPython 3.11 does it, hooked into MicroPython by patches/0050: the
// format-spec mini-language (format(), str.format, f-strings), str.format's field names
// ({0[1]}, {a.b}) and conversions (!r !s !a), %-formatting, and floats printed with a given
// precision from their exact decimal value (round-half-even, as CPython's dtoa), which
// MicroPython's formatfloat.c does not give (0.125 -> '0.13', long precisions make up digits).
// A float's shortest repr is not made here: '{}'/'{:>8}' use repr(), as CPython does.

#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objint.h"
#include "py/objtype.h"
#include "py/builtin.h"

/******************************************************************************/
// Exact decimal digits of a double.

#define LIMBS 96 // base 10^9: 2^1024 and 2^53 * 5^1074 (< 10^768) fit

static void limbs_mul(uint32_t *l, int *n, uint32_t f) {
    uint64_t carry = 0;
    for (int i = 0; i < *n; i++) {
        uint64_t t = (uint64_t)l[i] * f + carry;
        l[i] = (uint32_t)(t % 1000000000u);
        carry = t / 1000000000u;
    }
    while (carry) {
        l[(*n)++] = (uint32_t)(carry % 1000000000u);
        carry /= 1000000000u;
    }
}

// The digits of v > 0 (or 0) rounded half-even to nd significant digits, or (fixed) to nd digits
// after the point, as _Py_dg_dtoa modes 2 and 3: no trailing zeros; the value is
// 0.DIGITS * 10^decpt; zero is "0" with decpt 1, a fixed result that rounds to zero is "" with
// decpt -nd. out must hold 800 bytes.
static size_t exact_digits(double v, bool fixed, int nd, char *out, int *decpt) {
    if (v == 0) {
        out[0] = '0';
        *decpt = 1;
        return 1;
    }
    int e2;
    uint64_t mant = (uint64_t)ldexp(frexp(v, &e2), 53);
    e2 -= 53;
    while (!(mant & 1)) {
        mant >>= 1;
        e2++;
    }
    uint32_t l[LIMBS];
    int n = 0;
    while (mant) {
        l[n++] = (uint32_t)(mant % 1000000000u);
        mant /= 1000000000u;
    }
    int e10 = 0;
    for (int k = e2; k > 0; k -= 29) {
        limbs_mul(l, &n, 1u << (k > 29 ? 29 : k));
    }
    if (e2 < 0) {
        // v = mant * 5^-e2 / 10^-e2
        e10 = e2;
        for (int k = -e2; k > 0; k -= 13) {
            uint32_t p = 1;
            for (int j = k > 13 ? 13 : k; j > 0; j--) {
                p *= 5;
            }
            limbs_mul(l, &n, p);
        }
    }
    size_t len = 0;
    for (int i = n - 1; i >= 0; i--) {
        char tmp[9];
        uint32_t x = l[i];
        for (int j = 8; j >= 0; j--) {
            tmp[j] = '0' + x % 10;
            x /= 10;
        }
        int skip = 0;
        if (i == n - 1) {
            while (skip < 8 && tmp[skip] == '0') {
                skip++;
            }
        }
        memcpy(out + len, tmp + skip, 9 - skip);
        len += 9 - skip;
    }
    *decpt = (int)len + e10;
    int cut = fixed ? *decpt + nd : nd;
    if (cut < (int)len) {
        if (cut < 0) {
            *decpt = -nd;
            return 0;
        }
        bool up = out[cut] > '5';
        if (out[cut] == '5') {
            bool rest = false;
            for (size_t i = cut + 1; i < len; i++) {
                rest |= out[i] != '0';
            }
            up = rest || (cut > 0 && (out[cut - 1] - '0') % 2);
        }
        len = cut;
        if (up) {
            int i = cut - 1;
            while (i >= 0 && out[i] == '9') {
                out[i--] = '0';
            }
            if (i >= 0) {
                out[i]++;
            } else {
                // all nines (or nothing) rounded up to the next power of ten
                out[0] = '1';
                len = 1;
                *decpt += 1;
            }
        } else if (len == 0) {
            *decpt = -nd;
            return 0;
        }
    }
    while (len > 0 && out[len - 1] == '0') {
        len--;
    }
    return len;
}

// round(val, ndigits) as CPython's float.__round__: the exact value rounded half-even to ndigits
// after the point, read back.
mp_float_t mp_format_round(mp_float_t val, mp_int_t ndigits) {
    if (!isfinite(val) || ndigits > 323) {
        return val;
    }
    if (ndigits < -308) {
        return val * 0;
    }
    char buf[800 + 16];
    int decpt;
    size_t len = exact_digits(fabs(val), true, ndigits, buf + 1, &decpt);
    buf[0] = '0';
    vstr_t e;
    vstr_init_fixed_buf(&e, 16, buf + 1 + len);
    vstr_printf(&e, "e%d", decpt - (int)len);
    vstr_null_terminated_str(&e);
    return copysign(strtod(buf, NULL), val);
}

// CPython's format_float_short (Python/pystrtod.c) for |d| finite with type e, f or g.
static void float_body(vstr_t *out, double d, char type, int prec, bool alt, bool add_dot_0) {
    int nd = type == 'e' ? prec + 1 : prec;
    if (type == 'g' && nd == 0) {
        nd = prec = 1;
    }
    char digits[800];
    int decpt;
    int len = (int)exact_digits(d, type == 'f', nd, digits, &decpt);
    int vend = len;
    bool use_exp = false;
    switch (type) {
        case 'e':
            use_exp = true;
            vend = nd;
            break;
        case 'f':
            vend = decpt + prec;
            break;
        default:
            use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
            if (alt) {
                vend = prec;
            }
            break;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    int min_end = (!use_exp && add_dot_0) ? decpt + 1 : decpt;
    if (vend < min_end) {
        vend = min_end;
    }
    // the digits vstart..vend of ...000DIGITS000..., with the point before digit decpt
    for (int i = vstart; i < vend; i++) {
        if (i == decpt) {
            vstr_add_byte(out, '.');
        }
        vstr_add_byte(out, i >= 0 && i < len ? digits[i] : '0');
    }
    if (vend == decpt && alt) {
        vstr_add_byte(out, '.');
    }
    if (use_exp) {
        vstr_printf(out, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

/******************************************************************************/
// The format-spec mini-language.

typedef struct {
    char fill[4];
    size_t fill_len;
    char align; // '<' '>' '^' '=' or 0 (the type's default)
    char sign;  // '+' '-' ' ' or 0
    bool z, alt;
    char sep;   // ',' '_' or 0
    int group;  // digits between separators
    mp_int_t width, prec; // -1: none
    unichar type; // 0: none
} spec_t;

static void spec_init(spec_t *sp) {
    memset(sp, 0, sizeof(*sp));
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->width = sp->prec = -1;
}

static MP_NORETURN void raise_type_char(const char *what, unichar c, const char *type_name) {
    if (c > 32 && c < 128) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("%s '%c' for object of type '%s'"), what, (int)c, type_name);
    }
    mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("%s '\\x%x' for object of type '%s'"), what, (unsigned)c, type_name);
}

static MP_NORETURN void raise_unknown_code(unichar c, mp_obj_t obj) {
    raise_type_char("Unknown format code", c, mp_obj_get_type_str(obj));
}

static const char *get_integer(const char *p, const char *end, mp_int_t *out) {
    if (p < end && unichar_isdigit(*p)) {
        mp_int_t v = 0;
        for (; p < end && unichar_isdigit(*p); p++) {
            if (v > (MP_SSIZE_MAX - 9) / 10) {
                mp_raise_ValueError(MP_ERROR_TEXT("Too many decimal digits in format string"));
            }
            v = v * 10 + (*p - '0');
        }
        *out = v;
    }
    return p;
}

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// CPython's parse_internal_render_format_spec; default_align is '>' for numbers, '<' for str.
static void spec_parse(spec_t *sp, const char *s, size_t len, unichar default_type, char default_align, mp_obj_t obj) {
    spec_init(sp);
    sp->type = default_type;
    const char *p = s, *end = s + len;
    bool fill_given = false, align_given = false;
    size_t cl = p < end ? (size_t)((const char *)utf8_next_char((const byte *)p) - p) : 0;
    if (cl && p + cl < end && is_align(p[cl])) {
        memcpy(sp->fill, p, cl);
        sp->fill_len = cl;
        sp->align = p[cl];
        fill_given = align_given = true;
        p += cl + 1;
    } else if (p < end && is_align(*p)) {
        sp->align = *p++;
        align_given = true;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        sp->sign = *p++;
    }
    if (p < end && *p == 'z') {
        sp->z = true;
        p++;
    }
    if (p < end && *p == '#') {
        sp->alt = true;
        p++;
    }
    if (!fill_given && p < end && *p == '0') {
        sp->fill[0] = '0';
        if (!align_given && default_align == '>') {
            sp->align = '=';
        }
        p++;
    }
    p = get_integer(p, end, &sp->width);
    if (p < end && *p == ',') {
        sp->sep = ',';
        p++;
    }
    if (p < end && *p == '_') {
        if (sp->sep) {
            mp_raise_ValueError(MP_ERROR_TEXT("Cannot specify both ',' and '_'."));
        }
        sp->sep = '_';
        p++;
    }
    if (p < end && *p == ',' && sp->sep == '_') {
        mp_raise_ValueError(MP_ERROR_TEXT("Cannot specify both ',' and '_'."));
    }
    if (p < end && *p == '.') {
        const char *q = get_integer(++p, end, &sp->prec);
        if (q == p) {
            mp_raise_ValueError(MP_ERROR_TEXT("Format specifier missing precision"));
        }
        p = q;
    }
    if (p < end) {
        if ((const char *)utf8_next_char((const byte *)p) != end) {
            mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Invalid format specifier '%.*s' for object of type '%s'"),
                (int)len, s, mp_obj_get_type_str(obj));
        }
        sp->type = utf8_get_char((const byte *)p);
    }
    if (!sp->align) {
        sp->align = default_align;
    }
    if (sp->sep) {
        sp->group = 3;
        switch (sp->type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (sp->sep == '_') {
                    sp->group = 4;
                    break;
                }
                MP_FALLTHROUGH
            default:
                if (sp->type > 32 && sp->type < 128) {
                    mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Cannot specify '%c' with '%c'."), sp->sep, (int)sp->type);
                }
                mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Cannot specify '%c' with '\\x%x'."), sp->sep, (unsigned)sp->type);
        }
    }
}

static void add_fill(vstr_t *out, const spec_t *sp, mp_int_t n) {
    for (; n > 0; n--) {
        vstr_add_strn(out, sp->fill, sp->fill_len);
    }
}

static size_t char_count(const char *s, size_t len) {
    return utf8_charlen((const byte *)s, len);
}

// CPython's calc_number_widths + fill_number: [fill][sign][prefix][= fill][digits][rest][fill]; with
// a separator and '0='-padding the zeros are grouped too (format(1234, '09,') == '0,001,234').
static void put_number(vstr_t *out, const spec_t *sp, bool neg, const char *prefix,
    const char *digits, size_t nd, const char *rest, size_t nrest) {
    char sign = neg ? '-' : (sp->sign == '+' || sp->sign == ' ') ? sp->sign : 0;
    mp_int_t other = (sign ? 1 : 0) + strlen(prefix) + char_count(rest, nrest);
    // with no separator the digits are used as they are (no copy: this is the common case)
    vstr_t grouped;
    vstr_init_fixed_buf(&grouped, nd, (char *)digits);
    grouped.len = nd;
    if (sp->group && nd) {
        vstr_init(&grouped, nd + nd / 3 + 1);
        mp_int_t min_width = (sp->fill_len == 1 && sp->fill[0] == '0' && sp->align == '=') ? sp->width - other : 0;
        mp_int_t remaining = nd;
        // right to left, reversed at the end
        for (bool first = true;; first = false) {
            mp_int_t l = MAX(MAX(remaining, min_width), 1);
            l = MIN(sp->group, l);
            mp_int_t zeros = MAX(0, l - remaining), chars = MAX(0, MIN(remaining, l));
            if (!first) {
                vstr_add_byte(&grouped, sp->sep);
            }
            for (mp_int_t i = 0; i < chars; i++) {
                vstr_add_byte(&grouped, digits[remaining - 1 - i]);
            }
            for (mp_int_t i = 0; i < zeros; i++) {
                vstr_add_byte(&grouped, '0');
            }
            remaining -= chars;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                break;
            }
            min_width -= 1;
        }
        for (size_t i = 0, j = grouped.len - 1; i < j; i++, j--) {
            char t = grouped.buf[i];
            grouped.buf[i] = grouped.buf[j];
            grouped.buf[j] = t;
        }
    }
    mp_int_t total = other + char_count(grouped.buf, grouped.len);
    mp_int_t pad = sp->width > total ? sp->width - total : 0;
    mp_int_t left = sp->align == '>' ? pad : sp->align == '^' ? pad / 2 : 0;
    add_fill(out, sp, left);
    if (sign) {
        vstr_add_byte(out, sign);
    }
    vstr_add_str(out, prefix);
    if (sp->align == '=') {
        add_fill(out, sp, pad);
        left = pad;
    }
    vstr_add_strn(out, grouped.buf, grouped.len);
    vstr_add_strn(out, rest, nrest);
    add_fill(out, sp, pad - left);
    if (grouped.buf != digits) {
        vstr_clear(&grouped);
    }
}

static void put_str(vstr_t *out, const spec_t *sp, const char *s, size_t len) {
    size_t n = char_count(s, len);
    if (sp->prec >= 0 && n > (size_t)sp->prec) {
        const byte *q = (const byte *)s;
        for (mp_int_t i = 0; i < sp->prec; i++) {
            q = utf8_next_char(q);
        }
        len = (const char *)q - s;
        n = sp->prec;
    }
    mp_int_t pad = sp->width > (mp_int_t)n ? sp->width - (mp_int_t)n : 0;
    mp_int_t left = sp->align == '>' ? pad : sp->align == '^' ? pad / 2 : 0;
    add_fill(out, sp, left);
    vstr_add_strn(out, s, len);
    add_fill(out, sp, pad - left);
}

// An int (small or big, not bool) in base 2/8/10/16; min_digits is %-format's precision.
static void put_int(vstr_t *out, const spec_t *sp, mp_obj_t v, mp_int_t min_digits) {
    int base = 10;
    const char *prefix = "";
    char base_char = 'a';
    switch (sp->type) {
        case 'b':
            base = 2;
            prefix = "0b";
            break;
        case 'o':
            base = 8;
            prefix = "0o";
            break;
        case 'x':
            base = 16;
            prefix = "0x";
            break;
        case 'X':
            base = 16;
            prefix = "0X";
            base_char = 'A';
            break;
    }
    char stack_buf[40];
    char *buf = stack_buf;
    size_t buf_size = sizeof(stack_buf), fmt_size;
    const char *str = mp_obj_int_formatted(&buf, &buf_size, &fmt_size, v, base, NULL, base_char, '\0');
    bool neg = *str == '-';
    str += neg;
    mp_int_t nd = strlen(str);
    if (min_digits > nd) {
        vstr_t digits;
        vstr_init(&digits, min_digits);
        for (mp_int_t i = nd; i < min_digits; i++) {
            vstr_add_byte(&digits, '0');
        }
        vstr_add_strn(&digits, str, nd);
        put_number(out, sp, neg, sp->alt ? prefix : "", digits.buf, digits.len, "", 0);
        vstr_clear(&digits);
    } else {
        put_number(out, sp, neg, sp->alt ? prefix : "", str, nd, "", 0);
    }
    if (buf != stack_buf) {
        m_del(char, buf, buf_size);
    }
}

static void put_char(vstr_t *out, const spec_t *sp, mp_obj_t v) {
    mp_int_t c;
    if (!mp_obj_get_int_maybe(v, &c) || c < 0 || c > 0x10ffff) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("%c arg not in range(0x110000)"));
    }
    vstr_t ch;
    vstr_init(&ch, 4);
    vstr_add_char(&ch, c);
    put_number(out, sp, false, "", ch.buf, ch.len, "", 0);
    vstr_clear(&ch);
}

// CPython's format_float_internal (types e E f F g G n % and none) for a float value.
static void put_float(vstr_t *out, const spec_t *sp_in, mp_float_t d) {
    spec_t sp = *sp_in;
    unichar type = sp.type;
    bool add_dot_0 = false, pct = false;
    if (type == 0) {
        add_dot_0 = true;
        type = sp.prec < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        type = 'g';
    } else if (type == '%') {
        type = 'f';
        d *= 100;
        pct = true;
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (upper) {
        type += 'a' - 'A';
    }
    vstr_t body;
    vstr_init(&body, 32);
    bool neg = signbit(d) && !isnan(d);
    if (isnan(d) || isinf(d)) {
        vstr_add_str(&body, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else if (type == 'r') {
        mp_print_t print;
        vstr_t r;
        vstr_init_print(&r, 24, &print);
        mp_obj_print_helper(&print, mp_obj_new_float(fabs(d)), PRINT_REPR);
        vstr_add_strn(&body, r.buf, r.len);
        vstr_clear(&r);
        neg = neg && !(sp.z && d == 0);
    } else {
        float_body(&body, fabs(d), type, sp.prec < 0 ? 6 : sp.prec, sp.alt, add_dot_0);
        char *e = upper ? memchr(body.buf, 'e', body.len) : NULL;
        if (e) {
            *e = 'E';
        }
        if (neg && sp.z) {
            bool zero = true;
            for (size_t i = 0; i < body.len && body.buf[i] != 'e'; i++) {
                zero &= body.buf[i] == '0' || body.buf[i] == '.';
            }
            neg = !zero;
        }
    }
    if (pct) {
        vstr_add_byte(&body, '%');
    }
    size_t nd = 0;
    while (nd < body.len && unichar_isdigit(body.buf[nd])) {
        nd++;
    }
    put_number(out, &sp, neg, "", body.buf, nd, body.buf + nd, body.len - nd);
    vstr_clear(&body);
}

static void check_number_spec(const spec_t *sp, bool is_int) {
    if (is_int && sp->prec >= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Precision not allowed in integer format specifier"));
    }
    if (is_int && sp->z) {
        mp_raise_ValueError(MP_ERROR_TEXT("Negative zero coercion (z) not allowed in integer format specifier"));
    }
}

static void format_int_value(vstr_t *out, mp_obj_t v, const char *spec, size_t len, mp_obj_t obj) {
    spec_t sp;
    spec_parse(&sp, spec, len, 'd', '>', obj);
    switch (sp.type) {
        case 'c':
            check_number_spec(&sp, true);
            if (sp.sign) {
                mp_raise_ValueError(MP_ERROR_TEXT("Sign not allowed with integer format specifier 'c'"));
            }
            if (sp.alt) {
                mp_raise_ValueError(MP_ERROR_TEXT("Alternate form (#) not allowed with integer format specifier 'c'"));
            }
            put_char(out, &sp, v);
            return;
        case 'b': case 'd': case 'n': case 'o': case 'x': case 'X':
            check_number_spec(&sp, true);
            put_int(out, &sp, v, -1);
            return;
        #if MICROPY_PY_BUILTINS_FLOAT
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            put_float(out, &sp, mp_obj_get_float(v));
            return;
        #endif
        default:
            raise_unknown_code(sp.type, obj);
    }
}

static void format_str_value(vstr_t *out, const char *s, size_t slen, const char *spec, size_t len, mp_obj_t obj) {
    spec_t sp;
    spec_parse(&sp, spec, len, 's', '<', obj);
    if (sp.type != 's') {
        raise_unknown_code(sp.type, obj);
    }
    if (sp.sign) {
        mp_raise_ValueError(sp.sign == ' ' ? MP_ERROR_TEXT("Space not allowed in string format specifier")
            : MP_ERROR_TEXT("Sign not allowed in string format specifier"));
    }
    if (sp.z) {
        mp_raise_ValueError(MP_ERROR_TEXT("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if (sp.alt) {
        mp_raise_ValueError(MP_ERROR_TEXT("Alternate form (#) not allowed in string format specifier"));
    }
    if (sp.align == '=') {
        mp_raise_ValueError(MP_ERROR_TEXT("'=' alignment not allowed in string format specifier"));
    }
    put_str(out, &sp, s, slen);
}

static void add_printed(vstr_t *out, mp_obj_t obj, mp_print_kind_t kind) {
    mp_print_t print = { out, (mp_print_strn_t)vstr_add_strn };
    mp_obj_print_helper(&print, obj, kind);
}

// format(obj, spec) appended to out: a Python class's __format__, else the type's own formatting
// (a subclass of int/float/str without __format__ formats its value), else object.__format__.
void mp_format_obj(vstr_t *out, mp_obj_t obj, const char *spec, size_t len) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    mp_obj_t v = obj;
    if (mp_obj_is_instance_type(type)) {
        mp_obj_t dest[3];
        mp_load_method_maybe(obj, MP_QSTR___format__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            dest[2] = mp_obj_new_str(spec, len);
            mp_obj_t r = mp_call_method_n_kw(1, 0, dest);
            if (!mp_obj_is_str(r)) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("__format__ must return a str, not %s"), mp_obj_get_type_str(r));
            }
            size_t rlen;
            const char *rs = mp_obj_str_get_data(r, &rlen);
            vstr_add_strn(out, rs, rlen);
            return;
        }
        v = mp_obj_native_base_or_self(obj, &mp_type_int);
        #if MICROPY_PY_BUILTINS_FLOAT
        v = mp_obj_native_base_or_self(v, &mp_type_float);
        #endif
        v = mp_obj_native_base_or_self(v, &mp_type_str);
    }
    if (len == 0) {
        add_printed(out, obj, PRINT_STR);
    } else if (mp_obj_is_bool(v)) {
        format_int_value(out, MP_OBJ_NEW_SMALL_INT(v == mp_const_true), spec, len, obj);
    } else if (mp_obj_is_int(v)) {
        format_int_value(out, v, spec, len, obj);
    #if MICROPY_PY_BUILTINS_FLOAT
    } else if (mp_obj_is_float(v)) {
        spec_t sp;
        spec_parse(&sp, spec, len, 0, '>', obj);
        switch (sp.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                put_float(out, &sp, mp_obj_float_get(v));
                break;
            default:
                raise_unknown_code(sp.type, obj);
        }
    #endif
    } else if (mp_obj_is_str(v)) {
        GET_STR_DATA_LEN(v, s, slen);
        format_str_value(out, (const char *)s, slen, spec, len, obj);
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("unsupported format string passed to %s.__format__"),
            mp_obj_get_type_str(obj));
    }
}

// repr(obj) with every non-ASCII character escaped (\xhh, \uhhhh, \Uhhhhhhhh), as ascii().
static void add_ascii(vstr_t *out, mp_obj_t obj) {
    vstr_t r;
    vstr_init(&r, 16);
    add_printed(&r, obj, PRINT_REPR);
    for (const byte *p = (const byte *)r.buf, *top = p + r.len; p < top; p = utf8_next_char(p)) {
        unichar c = utf8_get_char(p);
        if (c < 0x80) {
            vstr_add_byte(out, c);
        } else if (c < 0x100) {
            vstr_printf(out, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            vstr_printf(out, "\\u%04x", (unsigned)c);
        } else {
            vstr_printf(out, "\\U%08x", (unsigned)c);
        }
    }
    vstr_clear(&r);
}

static mp_obj_t mp_builtin_format(size_t n_args, const mp_obj_t *args) {
    const char *spec = "";
    size_t len = 0;
    if (n_args > 1) {
        if (!mp_obj_is_str(args[1])) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("format() argument 2 must be str, not %s"), mp_obj_get_type_str(args[1]));
        }
        spec = mp_obj_str_get_data(args[1], &len);
    }
    vstr_t out;
    vstr_init(&out, 16);
    mp_format_obj(&out, args[0], spec, len);
    return mp_obj_new_str_from_vstr(&out);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_format_obj, 1, 2, mp_builtin_format);

static mp_obj_t mp_builtin_ascii(mp_obj_t obj) {
    vstr_t out;
    vstr_init(&out, 16);
    add_ascii(&out, obj);
    return mp_obj_new_str_from_vstr(&out);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_builtin_ascii_obj, mp_builtin_ascii);

/******************************************************************************/
// str.format: replacement fields as CPython's Objects/stringlib/unicode_format.h.

typedef struct {
    size_t n_args;
    const mp_obj_t *args;
    mp_map_t *kwargs;   // str.format(**kw)
    mp_obj_t mapping;   // str.format_map(mapping), or MP_OBJ_NULL
    int auto_next;      // next automatic field number; -1 once a number was given
} fields_t;

static bool all_digits(const char *s, const char *e) {
    if (s == e) {
        return false;
    }
    for (; s < e; s++) {
        if (!unichar_isdigit(*s)) {
            return false;
        }
    }
    return true;
}

static mp_int_t field_index(const char *s, const char *e) {
    mp_int_t v = 0;
    get_integer(s, e, &v);
    return v;
}

static mp_obj_t field_object(const char *s, const char *e, fields_t *f) {
    const char *p = s;
    while (p < e && *p != '.' && *p != '[') {
        p++;
    }
    mp_obj_t obj;
    if (p == s || all_digits(s, p)) {
        mp_int_t i;
        if (p == s) {
            if (f->auto_next < 0) {
                mp_raise_ValueError(MP_ERROR_TEXT("cannot switch from manual field specification to automatic field numbering"));
            }
            i = f->auto_next++;
        } else {
            if (f->auto_next > 0) {
                mp_raise_ValueError(MP_ERROR_TEXT("cannot switch from automatic field numbering to manual field specification"));
            }
            f->auto_next = -1;
            i = field_index(s, p);
        }
        if ((size_t)i >= f->n_args) {
            mp_raise_msg_varg(&mp_type_IndexError, MP_ERROR_TEXT("Replacement index %d out of range for positional args tuple"), (int)i);
        }
        obj = f->args[i];
    } else {
        mp_obj_t key = mp_obj_new_str(s, p - s);
        if (f->mapping != MP_OBJ_NULL) {
            obj = mp_obj_subscr(f->mapping, key, MP_OBJ_SENTINEL);
        } else {
            mp_map_elem_t *elem = f->kwargs ? mp_map_lookup(f->kwargs, key, MP_MAP_LOOKUP) : NULL;
            if (elem == NULL) {
                mp_raise_type_arg(&mp_type_KeyError, key);
            }
            obj = elem->value;
        }
    }
    while (p < e) {
        const char *q = ++p;
        if (p[-1] == '.') {
            while (q < e && *q != '.' && *q != '[') {
                q++;
            }
            if (q == p) {
                mp_raise_ValueError(MP_ERROR_TEXT("Empty attribute in format string"));
            }
            obj = mp_load_attr(obj, qstr_from_strn(p, q - p));
            p = q;
        } else {
            while (q < e && *q != ']') {
                q++;
            }
            if (q == e) {
                mp_raise_ValueError(MP_ERROR_TEXT("Missing ']' in format string"));
            }
            if (q == p) {
                mp_raise_ValueError(MP_ERROR_TEXT("Empty attribute in format string"));
            }
            mp_obj_t key = all_digits(p, q) ? MP_OBJ_NEW_SMALL_INT(field_index(p, q)) : mp_obj_new_str(p, q - p);
            obj = mp_obj_subscr(obj, key, MP_OBJ_SENTINEL);
            p = q + 1;
            if (p < e && *p != '.' && *p != '[') {
                mp_raise_ValueError(MP_ERROR_TEXT("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
    }
    return obj;
}

static void vformat(vstr_t *out, const char *str, const char *top, fields_t *f, int depth) {
    if (depth > 2) {
        mp_raise_ValueError(MP_ERROR_TEXT("Max string recursion exceeded"));
    }
    while (str < top) {
        char c = *str++;
        if (c == '}') {
            if (str < top && *str == '}') {
                str++;
            } else {
                mp_raise_ValueError(MP_ERROR_TEXT("Single '}' encountered in format string"));
            }
        }
        if (c != '{' || (str < top && *str == '{')) {
            str += c == '{';
            vstr_add_byte(out, c);
            continue;
        }
        if (str >= top) {
            mp_raise_ValueError(MP_ERROR_TEXT("Single '{' encountered in format string"));
        }
        // "{" [field_name] ["!" conversion] [":" format_spec] "}"
        const char *name = str;
        while (str < top && *str != ':' && *str != '!' && *str != '}') {
            if (*str == '[') {
                while (str < top && *str != ']') {
                    str++;
                }
                if (str >= top) {
                    break;
                }
            } else if (*str == '{') {
                mp_raise_ValueError(MP_ERROR_TEXT("unexpected '{' in field name"));
            }
            str++;
        }
        if (str >= top) {
            mp_raise_ValueError(MP_ERROR_TEXT("expected '}' before end of string"));
        }
        const char *name_end = str;
        unichar conv = 0;
        if (*str == '!') {
            if (++str >= top) {
                mp_raise_ValueError(MP_ERROR_TEXT("end of string while looking for conversion specifier"));
            }
            conv = utf8_get_char((const byte *)str);
            str = (const char *)utf8_next_char((const byte *)str);
            if (str >= top) {
                mp_raise_ValueError(MP_ERROR_TEXT("unmatched '{' in format spec"));
            }
            if (*str != ':' && *str != '}') {
                mp_raise_ValueError(MP_ERROR_TEXT("expected ':' after conversion specifier"));
            }
        }
        const char *spec = str, *spec_end = str;
        bool nested = false;
        if (*str == ':') {
            spec = ++str;
            for (int count = 1; str < top; str++) {
                if (*str == '{') {
                    count++;
                    nested = true;
                } else if (*str == '}' && --count == 0) {
                    break;
                }
            }
            if (str >= top) {
                mp_raise_ValueError(MP_ERROR_TEXT("unmatched '{' in format spec"));
            }
            spec_end = str;
        }
        str++; // the closing '}'
        mp_obj_t obj = field_object(name, name_end, f);
        if (conv) {
            vstr_t conv_out;
            vstr_init(&conv_out, 16);
            if (conv == 'r' || conv == 's') {
                add_printed(&conv_out, obj, conv == 'r' ? PRINT_REPR : PRINT_STR);
            } else if (conv == 'a') {
                add_ascii(&conv_out, obj);
            } else if (conv > 32 && conv < 128) {
                mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Unknown conversion specifier %c"), (int)conv);
            } else {
                mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Unknown conversion specifier \\x%x"), (unsigned)conv);
            }
            obj = mp_obj_new_str_from_vstr(&conv_out);
        }
        if (nested) {
            mp_cstack_check();
            vstr_t spec_out;
            vstr_init(&spec_out, 16);
            vformat(&spec_out, spec, spec_end, f, depth + 1);
            mp_format_obj(out, obj, spec_out.buf, spec_out.len);
            vstr_clear(&spec_out);
        } else {
            mp_format_obj(out, obj, spec, spec_end - spec);
        }
    }
}

void mp_format_fields(vstr_t *out, const char *str, size_t len, size_t n_args, const mp_obj_t *args, mp_map_t *kwargs, mp_obj_t mapping) {
    fields_t f = { n_args, args, kwargs, mapping, 0 };
    vformat(out, str, str + len, &f, 1);
}

/******************************************************************************/
// %-formatting as CPython's PyUnicode_Format / bytes %.

static MP_NORETURN void raise_not_enough(void) {
    mp_raise_TypeError(MP_ERROR_TEXT("not enough arguments for format string"));
}

void mp_format_modulo(vstr_t *out, const byte *str, size_t len, bool is_bytes, size_t n_args, const mp_obj_t *args, mp_obj_t dict) {
    const byte *start = str, *top = str + len;
    size_t arg_i = 0;
    while (str < top) {
        if (*str != '%') {
            const byte *run = str;
            while (str < top && *str != '%') {
                str++;
            }
            vstr_add_strn(out, (const char *)run, str - run);
            continue;
        }
        if (++str >= top) {
            mp_raise_ValueError(MP_ERROR_TEXT("incomplete format"));
        }
        mp_obj_t arg = MP_OBJ_NULL;
        if (*str == '(') {
            if (dict == MP_OBJ_NULL) {
                mp_raise_TypeError(MP_ERROR_TEXT("format requires a mapping"));
            }
            const byte *key = ++str;
            for (int depth = 1; depth > 0; str++) {
                if (str >= top) {
                    mp_raise_ValueError(MP_ERROR_TEXT("incomplete format key"));
                }
                depth += (*str == '(') - (*str == ')');
            }
            arg = mp_obj_subscr(dict, mp_obj_new_str((const char *)key, str - 1 - key), MP_OBJ_SENTINEL);
            arg_i = n_args; // the mapping is used up as the positional argument
        }
        spec_t sp;
        spec_init(&sp);
        bool minus = false, zero = false;
        for (; str < top; str++) {
            if (*str == '-') {
                minus = true;
            } else if (*str == '+') {
                sp.sign = '+';
            } else if (*str == ' ') {
                sp.sign = sp.sign ? sp.sign : ' ';
            } else if (*str == '#') {
                sp.alt = true;
            } else if (*str == '0') {
                zero = true;
            } else {
                break;
            }
        }
        for (int part = 0; part < 2; part++) {
            mp_int_t *dst = part ? &sp.prec : &sp.width;
            if (part) {
                if (str >= top || *str != '.') {
                    break;
                }
                str++;
                sp.prec = 0;
            }
            if (str < top && *str == '*') {
                str++;
                if (arg_i >= n_args) {
                    raise_not_enough();
                }
                mp_obj_t w = args[arg_i++];
                if (!mp_obj_is_int(w)) {
                    mp_raise_TypeError(MP_ERROR_TEXT("* wants int"));
                }
                *dst = mp_obj_get_int(w);
                if (!part && *dst < 0) {
                    minus = true;
                    *dst = -*dst;
                }
                if (part && *dst < 0) {
                    *dst = 0;
                }
            } else {
                str = (const byte *)get_integer((const char *)str, (const char *)top, dst);
            }
        }
        while (str < top && (*str == 'h' || *str == 'l' || *str == 'L')) {
            str++;
        }
        if (str >= top) {
            mp_raise_ValueError(MP_ERROR_TEXT("incomplete format"));
        }
        byte type = *str++;
        if (type == '%') {
            vstr_add_byte(out, '%');
            continue;
        }
        if (arg == MP_OBJ_NULL) {
            if (arg_i >= n_args) {
                raise_not_enough();
            }
            arg = args[arg_i++];
        }
        sp.align = minus ? '<' : '>';
        sp.type = type;
        switch (type) {
            case 'r': case 's': case 'a': {
                if (type == 's' && mp_obj_is_str(arg)) {
                    GET_STR_DATA_LEN(arg, data, data_len);
                    put_str(out, &sp, (const char *)data, data_len);
                    continue;
                }
                vstr_t s;
                vstr_init(&s, 16);
                if (type == 'a' || (type == 'r' && is_bytes)) {
                    add_ascii(&s, arg);
                } else if (type == 's' && is_bytes && mp_obj_is_type(arg, &mp_type_bytes)) {
                    add_printed(&s, arg, PRINT_RAW);
                } else {
                    add_printed(&s, arg, type == 'r' ? PRINT_REPR : PRINT_STR);
                }
                put_str(out, &sp, s.buf, s.len);
                vstr_clear(&s);
                continue;
            }
            case 'c':
                sp.type = 'c';
                if (mp_obj_is_str_or_bytes(arg)) {
                    GET_STR_DATA_LEN(arg, s, slen);
                    if (char_count((const char *)s, slen) != 1) {
                        mp_raise_TypeError(MP_ERROR_TEXT("%c requires int or char"));
                    }
                    put_str(out, &sp, (const char *)s, slen);
                } else if (mp_obj_is_int(arg) || mp_obj_is_bool(arg)) {
                    put_char(out, &sp, arg);
                } else {
                    mp_raise_TypeError(MP_ERROR_TEXT("%c requires int or char"));
                }
                continue;
        }
        if (zero && !minus) {
            sp.fill[0] = '0';
            sp.align = '=';
        }
        switch (type) {
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                mp_obj_t v = mp_obj_native_base_or_self(arg, &mp_type_int);
                if (mp_obj_is_bool(v)) {
                    v = MP_OBJ_NEW_SMALL_INT(v == mp_const_true);
                }
                bool index_only = type == 'o' || type == 'x' || type == 'X';
                if (!mp_obj_is_int(v) && mp_obj_is_instance_type(mp_obj_get_type(v))) {
                    // a class's __index__, or for %d its __int__, as CPython
                    mp_obj_t dest[2];
                    mp_load_method_maybe(v, MP_QSTR___index__, dest);
                    if (dest[0] == MP_OBJ_NULL && !index_only) {
                        mp_load_method_maybe(v, MP_QSTR___int__, dest);
                    }
                    if (dest[0] != MP_OBJ_NULL) {
                        v = mp_call_method_n_kw(0, 0, dest);
                    }
                }
                #if MICROPY_PY_BUILTINS_FLOAT
                if (mp_obj_is_float(v) && !index_only) {
                    v = mp_obj_new_int_from_float(mp_obj_float_get(v));
                }
                #endif
                if (!mp_obj_is_int(v)) {
                    if (index_only) {
                        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%%%c format: an integer is required, not %s"),
                            type, mp_obj_get_type_str(arg));
                    }
                    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%%%c format: a real number is required, not %s"),
                        type, mp_obj_get_type_str(arg));
                }
                sp.type = type == 'o' || type == 'x' || type == 'X' ? type : 'd';
                mp_int_t min_digits = sp.prec;
                sp.prec = -1;
                put_int(out, &sp, v, min_digits);
                continue;
            }
            #if MICROPY_PY_BUILTINS_FLOAT
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                mp_float_t v;
                if (!mp_obj_get_float_maybe(arg, &v)) {
                    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("must be real number, not %s"), mp_obj_get_type_str(arg));
                }
                put_float(out, &sp, v);
                continue;
            }
            #endif
            default: {
                // the whole character, as CPython reports it
                const byte *c = str - 1;
                while (c > start && UTF8_IS_CONT(*c)) {
                    c--;
                }
                const byte *c_end = utf8_next_char(c);
                mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("unsupported format character '%.*s' (0x%x) at index %d"),
                    (int)(c_end - c), c, (unsigned)utf8_get_char(c), (int)utf8_charlen(start, c - start));
            }
        }
    }
    if (dict == MP_OBJ_NULL && arg_i != n_args) {
        mp_raise_TypeError(MP_ERROR_TEXT("not all arguments converted during string formatting"));
    }
}
