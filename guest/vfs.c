// The sandbox's files as MicroPython sees them: one VFS object, mounted at "/", whose methods
// forward to the host's in-memory filesystem (src/vfs.rs) through the sandbox.fs_* imports
// (docs/architecture.md). MicroPython's VFS layer (extmod/vfs.c) gives us open(), the os
// functions and imports from files; the host resolves every path and enforces what may change.
// Nothing here can name anything outside that filesystem: there is no other backend.

#include <string.h>

#include "py/builtin.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/stream.h"
#include "extmod/vfs.h"

// ---- host imports (ABI: i32 in, i32 out; a negative result is -errno) ----------------------

#define FS_IMPORT(name) __attribute__((import_module("sandbox"), import_name(#name)))

FS_IMPORT(fs_open) int32_t fs_open(const char *path, size_t path_len, uint32_t flags);
FS_IMPORT(fs_close) int32_t fs_close(int32_t fd);
FS_IMPORT(fs_read) int32_t fs_read(int32_t fd, void *buf, size_t len);
FS_IMPORT(fs_write) int32_t fs_write(int32_t fd, const void *buf, size_t len);
FS_IMPORT(fs_seek) int32_t fs_seek(int32_t fd, int32_t offset, int32_t whence);
FS_IMPORT(fs_stat) int32_t fs_stat(const char *path, size_t path_len, uint32_t out[2]);
FS_IMPORT(fs_listdir) int32_t fs_listdir(const char *path, size_t path_len, void *buf, size_t cap);
FS_IMPORT(fs_mkdir) int32_t fs_mkdir(const char *path, size_t path_len);
FS_IMPORT(fs_rmdir) int32_t fs_rmdir(const char *path, size_t path_len);
FS_IMPORT(fs_remove) int32_t fs_remove(const char *path, size_t path_len);
FS_IMPORT(fs_rename) int32_t fs_rename(const char *old_path, size_t old_len, const char *new_path, size_t new_len);
FS_IMPORT(fs_chdir) int32_t fs_chdir(const char *path, size_t path_len);
FS_IMPORT(fs_getcwd) int32_t fs_getcwd(void *buf, size_t cap);
FS_IMPORT(fs_statvfs) int32_t fs_statvfs(uint32_t out[2]);

// fs_open flags (src/vfs.rs, `flags`).
enum { FS_READ = 1, FS_WRITE = 2, FS_CREATE = 4, FS_TRUNC = 8, FS_APPEND = 16, FS_EXCL = 32 };

// Longest name of one entry (src/vfs.rs MAX_NAME), for statvfs.
#define FS_MAX_NAME (255)

// FileNotFoundError(2, 'No such file or directory', path) etc., printed as CPython does:
// "[Errno 2] No such file or directory: 'path'".
static MP_NORETURN void raise_errno(int32_t err, mp_obj_t path) {
    if (path == MP_OBJ_NULL) {
        mp_raise_OSError(err);
    }
    nlr_raise(mp_obj_new_exception_errno(err, path));
}

static int32_t check(int32_t result, mp_obj_t path) {
    if (result < 0) {
        raise_errno(-result, path);
    }
    return result;
}

// Calls `get(buf, cap)` (returns the length it needs, writing only if it fits) with a buffer
// large enough; returns the buffer, its length in *len.
static byte *fetch(int32_t (*get)(void *ctx, void *buf, size_t cap), void *ctx, mp_obj_t path, size_t *len) {
    size_t cap = 256;
    byte *buf = m_new(byte, cap);
    for (;;) {
        int32_t n = check(get(ctx, buf, cap), path);
        if ((size_t)n <= cap) {
            *len = n;
            return buf;
        }
        m_del(byte, buf, cap);
        cap = n;
        buf = m_new(byte, cap);
    }
}

// ---- files ----------------------------------------------------------------------------------

// Reads are served from a read-ahead buffer, so readline() and iteration cost one host call per
// buffer, not per byte. The host's position is ahead of the file's by (rlen - rpos).
#define RBUF_SIZE (4096)

typedef struct {
    mp_obj_base_t base;
    int32_t fd; // -1 once closed
    uint16_t rpos, rlen;
    byte *rbuf; // allocated at the first small read
} mpsb_file_t;

static void file_check_open(mpsb_file_t *f) {
    if (f->fd < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("I/O operation on closed file"));
    }
}

// Moves the host's position back to the file's, emptying the read-ahead buffer.
static int32_t file_sync(mpsb_file_t *f) {
    if (f->rpos < f->rlen) {
        int32_t r = fs_seek(f->fd, -(int32_t)(f->rlen - f->rpos), MP_SEEK_CUR);
        if (r < 0) {
            return r;
        }
    }
    f->rpos = f->rlen = 0;
    return 0;
}

// Fills the empty read-ahead buffer; returns the bytes now in it (0 at the end) or -errno.
static int32_t file_fill(mpsb_file_t *f) {
    if (f->rbuf == NULL) {
        f->rbuf = m_new(byte, RBUF_SIZE);
    }
    int32_t r = fs_read(f->fd, f->rbuf, RBUF_SIZE);
    f->rpos = 0;
    f->rlen = r < 0 ? 0 : r;
    return r;
}

// Fills `size` completely unless the file ends first: MicroPython's import reader (extmod/
// vfs_reader.c) takes any short read for the end of the file, so a module longer than the
// read-ahead buffer was cut off at its edge.
static mp_uint_t file_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mpsb_file_t *f = MP_OBJ_TO_PTR(self_in);
    file_check_open(f);
    byte *out = buf;
    mp_uint_t done = 0;
    while (done < size) {
        if (f->rpos == f->rlen) {
            int32_t r;
            if (size - done >= RBUF_SIZE) {
                r = fs_read(f->fd, out + done, size - done);
            } else {
                r = file_fill(f);
            }
            if (r < 0) {
                if (done) {
                    break;
                }
                *errcode = -r;
                return MP_STREAM_ERROR;
            }
            if (r == 0) {
                break;
            }
            if (size - done >= RBUF_SIZE) {
                done += r;
                continue;
            }
        }
        size_t n = MIN(size - done, (size_t)(f->rlen - f->rpos));
        memcpy(out + done, f->rbuf + f->rpos, n);
        f->rpos += n;
        done += n;
    }
    return done;
}

static mp_uint_t file_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    mpsb_file_t *f = MP_OBJ_TO_PTR(self_in);
    file_check_open(f);
    int32_t r = file_sync(f);
    if (r >= 0) {
        r = fs_write(f->fd, buf, size);
    }
    if (r < 0) {
        *errcode = -r;
        return MP_STREAM_ERROR;
    }
    return r;
}

static mp_uint_t file_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mpsb_file_t *f = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_CLOSE) {
        if (f->fd >= 0) {
            fs_close(f->fd);
            f->fd = -1;
        }
        return 0;
    }
    file_check_open(f);
    switch (request) {
        case MP_STREAM_FLUSH:
            return 0; // writes are not buffered
        case MP_STREAM_SEEK: {
            struct mp_stream_seek_t *s = (struct mp_stream_seek_t *)arg;
            int32_t ahead = f->rlen - f->rpos;
            int32_t r;
            if (s->whence == MP_SEEK_CUR && s->offset == 0) {
                // tell(): keep the read-ahead.
                r = fs_seek(f->fd, 0, MP_SEEK_CUR);
                if (r >= 0) {
                    r -= ahead;
                }
            } else {
                r = fs_seek(f->fd, s->whence == MP_SEEK_CUR ? s->offset - ahead : s->offset, s->whence);
                if (r >= 0) {
                    f->rpos = f->rlen = 0;
                }
            }
            if (r < 0) {
                *errcode = -r;
                return MP_STREAM_ERROR;
            }
            s->offset = r;
            return 0;
        }
        case MP_STREAM_GET_BUFFER_SIZE:
            return RBUF_SIZE;
        default:
            *errcode = MP_EINVAL;
            return MP_STREAM_ERROR;
    }
}

static void file_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mpsb_file_t *f = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<io.%s %d>", mp_obj_get_type_str(self_in), (int)f->fd);
}

static bool file_is_text(mp_obj_t self_in) {
    return ((const mp_stream_p_t *)MP_OBJ_TYPE_GET_SLOT(mp_obj_get_type(self_in), protocol))->is_text;
}

static mp_obj_t file_result(mp_obj_t self_in, vstr_t *vstr) {
    return file_is_text(self_in) ? mp_obj_new_str_from_vstr(vstr) : mp_obj_new_bytes_from_vstr(vstr);
}

// read() / read(-1): the rest of the file in one allocation and one host call (the generic
// stream code reads 256 bytes at a time into a buffer grown by 256).
static mp_obj_t file_read_meth(size_t n_args, const mp_obj_t *args) {
    if (n_args > 1 && args[1] != mp_const_none && mp_obj_get_int(args[1]) >= 0) {
        return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_stream_read_obj), n_args, 0, args);
    }
    mpsb_file_t *f = MP_OBJ_TO_PTR(args[0]);
    file_check_open(f);
    check(file_sync(f), MP_OBJ_NULL);
    int32_t here = check(fs_seek(f->fd, 0, MP_SEEK_CUR), MP_OBJ_NULL);
    int32_t end = check(fs_seek(f->fd, 0, MP_SEEK_END), MP_OBJ_NULL);
    check(fs_seek(f->fd, here, MP_SEEK_SET), MP_OBJ_NULL);
    size_t want = end > here ? end - here : 0;
    vstr_t vstr;
    vstr_init(&vstr, want + 1);
    while (vstr.len < want) {
        int32_t r = check(fs_read(f->fd, vstr.buf + vstr.len, want - vstr.len), MP_OBJ_NULL);
        if (r == 0) {
            break;
        }
        vstr.len += r;
    }
    return file_result(args[0], &vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_read_obj, 1, 2, file_read_meth);

// One line ('\n' included) from the read-ahead buffer; an empty result at the end.
static mp_obj_t file_readline_meth(size_t n_args, const mp_obj_t *args) {
    if (n_args > 1 && args[1] != mp_const_none && mp_obj_get_int(args[1]) >= 0) {
        return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_stream_unbuffered_readline_obj), n_args, 0, args);
    }
    mpsb_file_t *f = MP_OBJ_TO_PTR(args[0]);
    file_check_open(f);
    vstr_t vstr;
    vstr_init(&vstr, 64);
    for (;;) {
        if (f->rpos == f->rlen && check(file_fill(f), MP_OBJ_NULL) == 0) {
            break;
        }
        const byte *start = f->rbuf + f->rpos;
        const byte *nl = memchr(start, '\n', f->rlen - f->rpos);
        size_t n = nl ? (size_t)(nl - start) + 1 : (size_t)(f->rlen - f->rpos);
        vstr_add_strn(&vstr, (const char *)start, n);
        f->rpos += n;
        if (nl) {
            break;
        }
    }
    return file_result(args[0], &vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(file_readline_obj, 1, 2, file_readline_meth);

static mp_obj_t file_iternext(mp_obj_t self_in) {
    mp_obj_t line = file_readline_meth(1, &self_in);
    return mp_obj_is_true(line) ? line : MP_OBJ_STOP_ITERATION;
}

static mp_obj_t file_readlines(mp_obj_t self_in) {
    mp_obj_t lines = mp_obj_new_list(0, NULL);
    mp_obj_t line;
    while ((line = file_iternext(self_in)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(lines, line);
    }
    return lines;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_readlines_obj, file_readlines);

static const mp_rom_map_elem_t file_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&file_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&file_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&file_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&mp_stream_seek_obj) },
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&mp_stream_tell_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(file_locals_dict, file_locals_dict_table);

static const mp_stream_p_t fileio_stream_p = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
};

static const mp_stream_p_t textio_stream_p = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
    .is_text = true,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    mpsb_type_fileio,
    MP_QSTR_FileIO,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    print, file_print,
    iter, file_iternext,
    protocol, &fileio_stream_p,
    locals_dict, &file_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    mpsb_type_textio,
    MP_QSTR_TextIOWrapper,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    print, file_print,
    iter, file_iternext,
    protocol, &textio_stream_p,
    locals_dict, &file_locals_dict
    );

// ---- the VFS object -------------------------------------------------------------------------

static mp_obj_t vfs_open(mp_obj_t self_in, mp_obj_t path_in, mp_obj_t mode_in) {
    (void)self_in;
    const char *mode = mp_obj_str_get_str(mode_in);
    uint32_t flags = 0;
    const mp_obj_type_t *type = &mpsb_type_textio;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
            case 'r':
                flags |= FS_READ;
                break;
            case 'w':
                flags |= FS_WRITE | FS_CREATE | FS_TRUNC;
                break;
            case 'a':
                flags |= FS_WRITE | FS_CREATE | FS_APPEND;
                break;
            case 'x':
                flags |= FS_WRITE | FS_CREATE | FS_EXCL;
                break;
            case '+':
                flags |= FS_READ | FS_WRITE;
                break;
            case 'b':
                type = &mpsb_type_fileio;
                break;
            case 't':
                type = &mpsb_type_textio;
                break;
            default:
                mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("invalid mode: '%s'"), mode);
        }
    }
    // Exactly one of r/w/a/x, as CPython requires.
    int kinds = !!(flags & FS_TRUNC) + !!(flags & FS_APPEND) + !!(flags & FS_EXCL) + !!(strchr(mode, 'r') != NULL);
    if (kinds != 1) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("invalid mode: '%s'"), mode);
    }
    size_t len;
    const char *path = mp_obj_str_get_data(path_in, &len);
    // The object first: if allocating it fails, no host handle is left open.
    mpsb_file_t *f = mp_obj_malloc_with_finaliser(mpsb_file_t, type);
    f->fd = -1;
    f->rpos = f->rlen = 0;
    f->rbuf = NULL;
    int32_t fd = fs_open(path, len, flags);
    if (fd == -MP_EMFILE) {
        // Files nobody closed are only closed by their finaliser: collect, then try again.
        gc_collect();
        fd = fs_open(path, len, flags);
    }
    f->fd = check(fd, path_in);
    return MP_OBJ_FROM_PTR(f);
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_open_obj, vfs_open);

typedef struct {
    const char *path;
    size_t len;
} path_ctx_t;

static int32_t get_listing(void *ctx, void *buf, size_t cap) {
    path_ctx_t *p = ctx;
    return fs_listdir(p->path, p->len, buf, cap);
}

// An iterator over (name, type, inode) tuples; names are bytes if the path is.
static mp_obj_t vfs_ilistdir(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    path_ctx_t p;
    p.path = mp_obj_str_get_data(path_in, &p.len);
    if (p.len == 0) {
        // os.listdir(): vfs.c passes "" for the current directory.
        p.path = ".";
        p.len = 1;
    }
    size_t len;
    byte *buf = fetch(get_listing, &p, path_in, &len);
    const mp_obj_type_t *name_type = mp_obj_is_str(path_in) ? &mp_type_str : &mp_type_bytes;
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < len;) {
        byte kind = buf[i++];
        size_t n = strnlen((const char *)buf + i, len - i);
        mp_obj_t items[3] = {
            mp_obj_new_str_of_type(name_type, buf + i, n),
            MP_OBJ_NEW_SMALL_INT(kind == 'd' ? MP_S_IFDIR : MP_S_IFREG),
            MP_OBJ_NEW_SMALL_INT(0),
        };
        mp_obj_list_append(list, mp_obj_new_tuple(3, items));
        i += n + 1;
    }
    return mp_getiter(list, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_ilistdir_obj, vfs_ilistdir);

static mp_obj_t vfs_path_op(int32_t (*op)(const char *, size_t), mp_obj_t path_in) {
    size_t len;
    const char *path = mp_obj_str_get_data(path_in, &len);
    check(op(path, len), path_in);
    return mp_const_none;
}

static mp_obj_t vfs_mkdir(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    return vfs_path_op(fs_mkdir, path_in);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_mkdir_obj, vfs_mkdir);

static mp_obj_t vfs_rmdir(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    return vfs_path_op(fs_rmdir, path_in);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_rmdir_obj, vfs_rmdir);

static mp_obj_t vfs_remove(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    return vfs_path_op(fs_remove, path_in);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_remove_obj, vfs_remove);

static mp_obj_t vfs_chdir(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    return vfs_path_op(fs_chdir, path_in);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_chdir_obj, vfs_chdir);

static mp_obj_t vfs_rename(mp_obj_t self_in, mp_obj_t old_in, mp_obj_t new_in) {
    (void)self_in;
    size_t old_len, new_len;
    const char *old_path = mp_obj_str_get_data(old_in, &old_len);
    const char *new_path = mp_obj_str_get_data(new_in, &new_len);
    check(fs_rename(old_path, old_len, new_path, new_len), old_in);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_rename_obj, vfs_rename);

static int32_t get_cwd(void *ctx, void *buf, size_t cap) {
    (void)ctx;
    return fs_getcwd(buf, cap);
}

static mp_obj_t vfs_getcwd(mp_obj_t self_in) {
    (void)self_in;
    size_t len;
    byte *buf = fetch(get_cwd, NULL, MP_OBJ_NULL, &len);
    return mp_obj_new_str((const char *)buf, len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(vfs_getcwd_obj, vfs_getcwd);

static mp_obj_t int_from(uint32_t v) {
    return mp_obj_new_int_from_uint(v);
}

// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime), as os.stat gives it.
static mp_obj_t vfs_stat(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    size_t len;
    const char *path = mp_obj_str_get_data(path_in, &len);
    uint32_t out[2];
    check(fs_stat(path, len, out), path_in);
    mp_obj_t items[10];
    for (int i = 0; i < 10; i++) {
        items[i] = MP_OBJ_NEW_SMALL_INT(0);
    }
    items[0] = int_from(out[0]);
    items[3] = MP_OBJ_NEW_SMALL_INT(1);
    items[6] = int_from(out[1]);
    return mp_obj_new_tuple(10, items);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_stat_obj, vfs_stat);

// (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax): the /tmp quota in
// 1-byte blocks, whatever the path.
static mp_obj_t vfs_statvfs(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    uint32_t out[2];
    check(fs_statvfs(out), path_in);
    uint32_t free = out[0] > out[1] ? out[0] - out[1] : 0;
    mp_obj_t items[10] = {
        MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_NEW_SMALL_INT(1), int_from(out[0]), int_from(free), int_from(free),
        MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(FS_MAX_NAME),
    };
    return mp_obj_new_tuple(10, items);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_statvfs_obj, vfs_statvfs);

// mount()/umount(): nothing to do.
static mp_obj_t vfs_mount(mp_obj_t self_in, mp_obj_t readonly, mp_obj_t mkfs) {
    (void)self_in;
    (void)readonly;
    (void)mkfs;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_mount_obj, vfs_mount);

static mp_obj_t vfs_umount(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(vfs_umount_obj, vfs_umount);

static const mp_rom_map_elem_t vfs_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_mount), MP_ROM_PTR(&vfs_mount_obj) },
    { MP_ROM_QSTR(MP_QSTR_umount), MP_ROM_PTR(&vfs_umount_obj) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&vfs_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&vfs_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&vfs_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&vfs_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&vfs_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&vfs_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&vfs_chdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&vfs_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&vfs_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_statvfs), MP_ROM_PTR(&vfs_statvfs_obj) },
};
static MP_DEFINE_CONST_DICT(vfs_locals_dict, vfs_locals_dict_table);

// No make_new: Python code cannot create another one. No VFS protocol either (imports go through
// stat()): os.mount() lists this object, and code that takes an object for a stream (json.dump,
// print(file=...), DeflateIO) reads any type's protocol slot as a stream's.
static MP_DEFINE_CONST_OBJ_TYPE(
    mpsb_type_vfs,
    MP_QSTR_SandboxVfs,
    MP_TYPE_FLAG_NONE,
    locals_dict, &vfs_locals_dict
    );

static const mp_obj_base_t vfs_obj = { &mpsb_type_vfs };

// Called once, right after mp_init(): mount the filesystem at "/" (the current directory is the
// host's, initially "/") and add "/lib" to sys.path (which is then ['', '.frozen', '/lib']: mp_init
// puts the frozen standard library, guest/lib, after the working directory).
void mpsb_vfs_init(void) {
    mp_obj_t args[2] = { MP_OBJ_FROM_PTR(&vfs_obj), MP_OBJ_NEW_QSTR(MP_QSTR__slash_) };
    mp_vfs_mount(2, args, (mp_map_t *)&mp_const_empty_map);
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(qstr_from_str("/lib")));
}
