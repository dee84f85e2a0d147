// Included by extmod/modtime.c (MICROPY_PY_TIME_INCLUDEFILE): the port parts
// of the time module, over the host's clock_time_get.

#include "py/mphal.h"
#include "py/runtime.h"
#include "shared/timeutils/timeutils.h"

// time.localtime() with no argument: the current UTC time as an 8-tuple.
static mp_obj_t mp_time_localtime_get(void) {
    timeutils_struct_time_t tm;
    timeutils_seconds_since_epoch_to_struct_time(mp_hal_time_ns() / 1000000000ull, &tm);
    mp_obj_t tuple[8] = {
        mp_obj_new_int(tm.tm_year),
        mp_obj_new_int(tm.tm_mon),
        mp_obj_new_int(tm.tm_mday),
        mp_obj_new_int(tm.tm_hour),
        mp_obj_new_int(tm.tm_min),
        mp_obj_new_int(tm.tm_sec),
        mp_obj_new_int(tm.tm_wday),
        mp_obj_new_int(tm.tm_yday),
    };
    return mp_obj_new_tuple(8, tuple);
}

// time.time(): float seconds since the Epoch.
static mp_obj_t mp_time_time_get(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / 1e9);
}

// time.sleep(s): busy-waits on the monotonic clock (there is nothing to block
// on inside the sandbox), running pending callbacks/exceptions meanwhile.
static void mp_time_sleep(mp_obj_t seconds_o) {
    mp_float_t seconds = mp_obj_get_float(seconds_o);
    if (!(seconds >= 0)) {
        mp_raise_ValueError(MP_ERROR_TEXT("sleep length must be non-negative"));
    }
    if (seconds > 1e9) {
        seconds = 1e9;
    }
    uint64_t ns = (uint64_t)(seconds * 1e9);
    uint64_t start = mpsb_clock_ns(0);
    while (mpsb_clock_ns(0) - start < ns) {
        MICROPY_EVENT_POLL_HOOK
    }
}
