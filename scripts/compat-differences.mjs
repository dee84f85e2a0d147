// Tests that pass on native MicroPython but not in the sandbox, each with its reason. `npm run compat`
// lists any other sandbox-only failure as unexplained (and exits 1): fix it or explain it here.

/** Features left out on purpose (docs/compatibility.md explains each). */
export const INTENTIONAL = {
  "unicode/file1.py": "opens a data file next to it: the CLI mounts no files into the sandbox",
  "unicode/file2.py": "opens a data file next to it: the CLI mounts no files into the sandbox",
  "unicode/file_invalid.py": "opens a data file next to it: the CLI mounts no files into the sandbox",
  "basics/sys_path.py": "imports a file next to it through sys.path: the CLI mounts no files into the sandbox",
  "basics/memoryview_slice_size.py": "needs uctypes.bytearray_at (raw memory access)",
  "basics/subclass_native_call.py": "needs the machine module (hardware access)",
  "misc/sys_atexit.py": "sys.atexit: a session never exits; running Python while it is closed would escape the limits",
  // The standard library is CPython's (guest/lib, docs/compatibility.md): these test MicroPython's own module behaviour.
  "basics/deque_micropython.py": "tests MicroPython's deque (positional maxlen, overflow flag); collections.deque is CPython's",
  "basics/ordereddict_eq.py": "expects MicroPython's OrderedDict repr; collections.OrderedDict prints as CPython 3.11's does",
  "extmod/hashlib_final.py": "expects digest() to finalize the hash; hashlib's objects are CPython's (digest() repeatable, update() after it)",
  "extmod/json_dumps_extra.py": "expects json.dumps(bytes) to work, as only MicroPython's does; json is CPython's (TypeError)",
  "extmod/re_limit.py": "expects MicroPython's 'regex too complex' limit; re is CPython-compatible and has no such limit",
  "extmod/re_split_empty.py": "expects MicroPython's old split on empty matches; re.split splits on them as CPython 3.7+ does",
  "extmod/re_split_notimpl.py": "expects NotImplementedError for split with groups; re.split supports them as CPython does",
  "extmod/re_stack_overflow.py": "expects RuntimeError from the C engine's recursion; re's engine is iterative and matches",
  // str/bytes methods (guest/strmethods.c, patch 0040) and string formatting (guest/format.c, patch 0050) are CPython's.
  "basics/slice_optimise.py": "expects slices to be hashable (an OrderedDict key), as in CPython 3.12 and MicroPython; they are unhashable as in CPython 3.11 (TypeError)",
  "float/float_format_ftoe.py": "expects MicroPython's switch from %f to %e past 1e32; '%.2f' % 8.888e32 prints all the digits as CPython does",
  "misc/non_compliant.py": "expects NotImplementedError (or TypeError, AttributeError) from str.rsplit(None, n), '{a[0]}'.format(...), step slices, array deletion, ValueError().x = 0 and f.x = 1; all work as in CPython",
  // Exceptions and reprs are CPython's (guest/patches/0060-0062): these expect MicroPython's own.
  "basics/errno1.py": "expects MicroPython's str(OSError(errno.EIO)) '[Errno 5] EIO'; OSError(5) prints '5' as in CPython (OSError(5, 'Input/output error') prints '[Errno 5] Input/output error')",
  "basics/generator_pend_throw.py": "expects MicroPython's exception repr with a 1-tuple's trailing comma, ValueError('...',); reprs are CPython's, ValueError('...')",
  "basics/python34.py": "expects MicroPython's exception repr with a 1-tuple's trailing comma, IndexError('foo',); reprs are CPython's, IndexError('foo')",
  "basics/subclass_native_exc_new.py": "expects MicroPython's class repr <class 'Dummy'>; a class prints with its module as in CPython, <class '__main__.Dummy'>",
  "basics/exception_chain.py":
    "skipped by run-tests.py because sys.platform is not a PC platform; run directly, it prints no 'exception chaining " +
    "not supported' warning, which its .exp expects: exceptions chain as in CPython",
  "basics/int_bytes.py": "expects to_bytes of a negative int without signed=True to write it signed, as only MicroPython's does; int.to_bytes is CPython's (OverflowError, guest/patches/0092)",
  "basics/int_bytes_int64.py": "expects to_bytes of a negative int without signed=True to write it signed, as only MicroPython's does; int.to_bytes is CPython's (OverflowError, guest/patches/0092)",
  "basics/int_bytes_intbig.py": "expects to_bytes of a negative int without signed=True to write it signed, as only MicroPython's does; int.to_bytes is CPython's (OverflowError, guest/patches/0092)",
};

/** Harmless gaps with a fix proposed to the guest or host (not applied yet). */
export const PENDING = {
  "basics/builtin_help.py": "help() is disabled (MICROPY_PY_BUILTINS_HELP=0); proposed: enable it",
  "basics/sys_stdio_buffer.py": "sys.stdout.buffer is missing (MICROPY_PY_SYS_STDIO_BUFFER=0); proposed: bytes stdio objects in guest/stdio.c",
  "basics/exception_chain.py":
    "skipped by run-tests.py because sys.platform is not a PC platform; run directly, its stderr warning comes after its stdout " +
    "because RunResult has stdout and stderr apart: proposed: keep their order in the host",
  "basics/fun_globals.py":
    "f.__globals__ = ... is stored in the function's attribute dict (patch 0083) instead of raising AttributeError " +
    "(read-only in CPython too); proposed: refuse stores to the built-in function attributes",
  "basics/subclass_native1.py":
    "class A(type, tuple) is accepted (patch 0080's metaclass path), CPython and native MicroPython raise TypeError " +
    "(layout conflict); proposed: count type as a native base before the metaclass slots are set",
};
