"""Runs differential-corpus programs in this CPython, each as its own `__main__` in a forked child.

Reads a JSON list of {"name", "code"} on stdin; writes one JSON object per case on stdout:
{"name", "stdout", "stderr", "error" (exception class name or null), "exitCode" (SystemExit or null)}.
Forking a warm interpreter per case instead of starting python3 per case keeps the corpus fast,
while each program still gets a fresh module table and its own `__main__`, as `python3 FILE` does.
"""
import json
import os
import sys
import tempfile
import types


def child(code, out_fd, err_fd):
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    import signal
    signal.alarm(20)  # a runaway program ends instead of hanging the corpus
    main = types.ModuleType("__main__")
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    sys.argv = ["<stdin>"]
    error, status = None, 0
    try:
        exec(compile(code, "<stdin>", "exec"), main.__dict__)
    except SystemExit as e:
        error = "SystemExit"
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code
        else:
            print(e.code, file=sys.stderr)
            status = 1
    except BaseException as e:
        error = type(e).__name__
        tb = e.__traceback__.tb_next if e.__traceback__ else None  # drop this harness's frame
        sys.excepthook(type(e), e.with_traceback(tb), tb)
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.environ["CPYTHON_RUN_META"], "w") as f:
        json.dump({"error": error, "exitCode": status if error == "SystemExit" else None}, f)
    os._exit(0)


def run(case, tmp):
    paths = [os.path.join(tmp, n) for n in ("out", "err", "meta")]
    out_fd, err_fd = (os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC) for p in paths[:2])
    os.environ["CPYTHON_RUN_META"] = paths[2]
    if os.path.exists(paths[2]):
        os.unlink(paths[2])
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        child(case["code"], out_fd, err_fd)
    os.close(out_fd)
    os.close(err_fd)
    _, status = os.waitpid(pid, 0)
    texts = []
    for p in paths[:2]:
        with open(p, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    try:
        with open(paths[2]) as f:
            meta = json.load(f)
    except OSError:
        meta = {"error": "crash (status %d)" % status, "exitCode": None}
    return {"name": case["name"], "stdout": texts[0], "stderr": texts[1], **meta}


# Imported once before forking, so a case does not pay for them; each child still has its own copy
# (a case that seeds random or changes decimal's context changes only its own).
WARM = ("abc asyncio base64 bisect collections contextlib copy csv dataclasses datetime decimal enum "
        "fractions functools hashlib heapq io itertools math operator pprint random re statistics "
        "string textwrap time types typing uuid")


def main():
    for name in WARM.split():
        __import__(name)
    cases = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            sys.stdout.write(json.dumps(run(case, tmp)) + "\n")
            sys.stdout.flush()


main()
