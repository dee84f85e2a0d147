// Output for the sandbox guest: one ordered buffer in front of WASI fd_write
// (fd 1 = stdout, fd 2 = stderr), and the sys.stdin/stdout/stderr objects.
// Based on MicroPython's shared/runtime/sys_stdio_mphal.c, but stderr really
// goes to fd 2 and stdin is always at end-of-file.

#include <string.h>
#include <wasi/api.h>

#include "py/mphal.h"
#include "py/mperrno.h"
#include "py/obj.h"
#include "py/stream.h"

// ---- buffered fd_write --------------------------------------------------------

#define OUT_BUF_SIZE (4096)
static char out_buf[OUT_BUF_SIZE];
// Volatile: the fuel handler (which may flush) runs at calls the metering pass inserts after
// compilation, which the compiler cannot see. Plain variables let it drop `busy = true` before a
// memcpy and keep out_len in a register across it: a flush there was written out twice.
static volatile size_t out_len;
static volatile int out_fd = 1;
// Inside mpsb_write/mpsb_flush: the fuel handler, which can run at any point of metered code,
// must not flush then.
static volatile bool busy;

static void raw_write(int fd, const char *str, size_t len) {
    while (len > 0) {
        __wasi_ciovec_t iov = { .buf = (const uint8_t *)str, .buf_len = len };
        __wasi_size_t written = 0;
        if (__wasi_fd_write(fd, &iov, 1, &written) != 0 || written == 0 || written > len) {
            return; // the host refused the output: drop it
        }
        str += written;
        len -= written;
    }
}

void mpsb_flush(void) {
    bool was_busy = busy;
    busy = true;
    if (out_len > 0) {
        raw_write(out_fd, out_buf, out_len);
        out_len = 0;
    }
    busy = was_busy;
}

// Called at every fuel slice (a few ms of work): output waits at most that long before the host
// sees it, so a program that prints a line and then computes shows the line at once.
void mpsb_flush_if_idle(void) {
    if (!busy) {
        mpsb_flush();
    }
}

// Stdout and stderr share one buffer, flushed when the fd changes, so the host
// sees the two streams in the order the program wrote them.
void mpsb_write(int fd, const char *str, size_t len) {
    busy = true;
    if (fd != out_fd) {
        mpsb_flush();
        out_fd = fd;
    }
    if (len >= OUT_BUF_SIZE) {
        mpsb_flush();
        raw_write(fd, str, len);
    } else {
        if (out_len + len > OUT_BUF_SIZE) {
            mpsb_flush();
        }
        memcpy(out_buf + out_len, str, len);
        out_len += len;
    }
    busy = false;
}

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    mpsb_write(1, str, len);
    return len;
}

void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    mpsb_write(1, str, len);
}

void mp_hal_stdout_tx_str(const char *str) {
    mpsb_write(1, str, strlen(str));
}

static void stderr_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    mpsb_write(2, str, len);
}

const mp_print_t mp_stderr_print = {NULL, stderr_print_strn};

// ---- sys.stdin / sys.stdout / sys.stderr -----------------------------------------

typedef struct _sys_stdio_obj_t {
    mp_obj_base_t base;
    int fd;
} sys_stdio_obj_t;

static void stdio_obj_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<io.%s %d>", mp_obj_get_type_str(self_in), self->fd);
}

static mp_uint_t stdio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    (void)buf;
    (void)size;
    if (self->fd == 0) {
        return 0; // end of file
    }
    *errcode = MP_EPERM;
    return MP_STREAM_ERROR;
}

static mp_uint_t stdio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd == 1 || self->fd == 2) {
        mpsb_write(self->fd, buf, size);
        return size;
    }
    *errcode = MP_EPERM;
    return MP_STREAM_ERROR;
}

static mp_uint_t stdio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    (void)self_in;
    (void)arg;
    if (request == MP_STREAM_FLUSH || request == MP_STREAM_CLOSE) {
        return 0; // output is flushed when the run ends
    }
    *errcode = MP_EINVAL;
    return MP_STREAM_ERROR;
}

static const mp_rom_map_elem_t stdio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj)},
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_unbuffered_readlines_obj)},
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(stdio_locals_dict, stdio_locals_dict_table);

static const mp_stream_p_t stdio_obj_stream_p = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .is_text = true,
};

// sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer: the same streams, in bytes.
static const mp_stream_p_t stdio_buffer_stream_p = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .is_text = false,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    stdio_buffer_type,
    MP_QSTR_FileIO,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_obj_print,
    protocol, &stdio_buffer_stream_p,
    locals_dict, &stdio_locals_dict
    );

static const sys_stdio_obj_t stdio_buffers[3] = {
    {{&stdio_buffer_type}, .fd = 0},
    {{&stdio_buffer_type}, .fd = 1},
    {{&stdio_buffer_type}, .fd = 2},
};

// `.buffer` on a text stream is its bytes twin; every other attribute comes from the locals dict.
static void stdio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    sys_stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_buffer && dest[0] == MP_OBJ_NULL && self->fd >= 0 && self->fd <= 2) {
        dest[0] = MP_OBJ_FROM_PTR(&stdio_buffers[self->fd]);
    } else {
        dest[1] = MP_OBJ_SENTINEL;
    }
}

MP_DEFINE_CONST_OBJ_TYPE(
    stdio_obj_type,
    MP_QSTR_TextIOWrapper,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_obj_print,
    attr, stdio_attr,
    protocol, &stdio_obj_stream_p,
    locals_dict, &stdio_locals_dict
    );

const sys_stdio_obj_t mp_sys_stdin_obj = {{&stdio_obj_type}, .fd = 0};
const sys_stdio_obj_t mp_sys_stdout_obj = {{&stdio_obj_type}, .fd = 1};
const sys_stdio_obj_t mp_sys_stderr_obj = {{&stdio_obj_type}, .fd = 2};
