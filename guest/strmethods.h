// str/bytes/bytearray methods CPython 3.11 has and MicroPython lacks or does differently
// (strmethods.c), hooked into py/objstr.c's shared locals table by patch 0040.
#ifndef MPSB_STRMETHODS_H
#define MPSB_STRMETHODS_H

#include "py/obj.h"

// Unicode classification (guest/unidata.h): a printable character is shown as itself by repr().
bool mpsb_uni_isprintable(unichar c);

// Raised by decode/encode (registered as builtins in mpconfigport.h).
extern const mp_obj_type_t mpsb_type_UnicodeDecodeError, mpsb_type_UnicodeEncodeError;

// str(b, encoding, errors) and bytes(s, encoding, errors); errors may be MP_OBJ_NULL.
mp_obj_t mpsb_decode(mp_obj_t data, mp_obj_t encoding, mp_obj_t errors);
mp_obj_t mpsb_encode(mp_obj_t str, mp_obj_t encoding, mp_obj_t errors);

// Methods taking the place of MicroPython's own (same names in the table).
#define MPSB_STR_REPLACED(X) \
    X(split) X(rsplit) X(splitlines) X(center) X(lower) X(upper) \
    X(isspace) X(isalpha) X(isdigit) X(isupper) X(islower) X(encode) X(decode) X(hex)

#define MPSB_ENTRY(name) { MP_ROM_QSTR(MP_QSTR_##name), MP_ROM_PTR(&mpsb_str_##name##_obj) },

// bytearray only.
#define MPSB_BYTEARRAY_NAMES(X) X(insert) X(remove) X(pop) X(reverse) X(clear) X(copy)
// bytes and bytearray only (bytes.maketrans is not str.maketrans).
#define MPSB_BYTES_NAMES(X) X(maketrans)
// str, bytes and bytearray.
#define MPSB_COMMON_NAMES(X) \
    X(capitalize) X(expandtabs) X(isalnum) X(isascii) X(istitle) X(ljust) X(rjust) \
    X(removeprefix) X(removesuffix) X(swapcase) X(title) X(translate) X(zfill)
// str only.
#define MPSB_STR_NAMES(X) \
    X(casefold) X(isdecimal) X(isnumeric) X(isidentifier) X(isprintable) X(format_map) X(maketrans)

#define MPSB_COUNT(name) +1
#define MPSB_N_BYTEARRAY (0 MPSB_BYTEARRAY_NAMES(MPSB_COUNT))
#define MPSB_N_BYTES (0 MPSB_BYTES_NAMES(MPSB_COUNT))
#define MPSB_N_STR (0 MPSB_STR_NAMES(MPSB_COUNT))

// Every method object is a variable-argument builtin (MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN/_KW).
#define MPSB_DECLARE(name) extern const mp_obj_fun_builtin_var_t mpsb_str_##name##_obj;
#define MPSB_DECLARE_BA(name) extern const mp_obj_fun_builtin_var_t mpsb_bytearray_##name##_obj;
MPSB_STR_REPLACED(MPSB_DECLARE)
MPSB_BYTEARRAY_NAMES(MPSB_DECLARE_BA)
MPSB_COMMON_NAMES(MPSB_DECLARE)
#undef MPSB_DECLARE
#undef MPSB_DECLARE_BA
extern const mp_obj_fun_builtin_var_t mpsb_str_casefold_obj, mpsb_str_isdecimal_obj,
    mpsb_str_isnumeric_obj, mpsb_str_isidentifier_obj, mpsb_str_isprintable_obj,
    mpsb_str_format_map_obj;
extern const mp_rom_obj_static_class_method_t mpsb_bytes_maketrans_obj, mpsb_str_maketrans_obj;

#define MPSB_BA_ENTRY(name) { MP_ROM_QSTR(MP_QSTR_##name), MP_ROM_PTR(&mpsb_bytearray_##name##_obj) },
#define MPSB_BYTEARRAY_METHODS MPSB_BYTEARRAY_NAMES(MPSB_BA_ENTRY)
#define MPSB_BYTES_METHODS { MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&mpsb_bytes_maketrans_obj) },
#define MPSB_COMMON_METHODS MPSB_COMMON_NAMES(MPSB_ENTRY)
#define MPSB_STR_ONLY_METHODS MPSB_STR_NAMES(MPSB_ENTRY)

#endif
