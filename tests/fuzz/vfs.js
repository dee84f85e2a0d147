// Fuzzing the virtual filesystem: random sequences of file and directory operations, run by
// Python in a sandbox (open/read/write/seek/tell/close through real file objects, os.*), checked
// line by line against a simple model written from the documented behaviour (README "Virtual
// files"): lexical paths, /tmp the only writable directory, a quota on its bytes, POSIX-like
// errors. The model also mirrors the guest's 4 KiB read-ahead per open file (guest/vfs.c), which is
// visible when one file is open twice. Plain JS: runs in every runtime.
import { Rng } from "./rng.js";

const MAX_PATH = 1024, MAX_NAME = 255, MAX_OPEN = 128, MAX_TMP_ENTRIES = 4096, RBUF = 4096;
const SLOTS = 4;
const MODES = ["rb", "wb", "ab", "xb", "r+b", "w+b", "a+b"];
const NAMES = ["a", "b", "c", "d.txt", "x.py", "sub", "tmp", "ro", "f.txt", "..", ".", "", "n".repeat(MAX_NAME), "m".repeat(MAX_NAME + 1)];
const BASES = ["/tmp", "/tmp", "/tmp", "/tmp/a", "/", "/ro", "", "", ".", "..", "/tmp/../tmp"];

/** The files every trial mounts (read-only, except the one under /tmp). */
const MOUNTED = { "/ro/f.txt": "hello\n", "/ro/sub/g.bin": "\x00\x01\x02", "/lib/m.py": "X = 1\n" };

/** A path: mostly a few names under /tmp (so operations meet each other), else anything. */
function randomPath(rng) {
  const name = () => rng.pick(["a", "b", "c"]);
  return rng.weighted([
    [6, () => `/tmp/${name()}${rng.bool(0.3) ? `/${name()}` : ""}`],
    [2, () => `${name()}${rng.bool(0.3) ? `/${name()}` : ""}`],
    [4, () => {
      let p = rng.pick(BASES);
      for (let n = rng.int(0, 3); n > 0; n--) p += (p === "" || p.endsWith("/") ? "" : "/") + rng.pick(NAMES);
      if (rng.bool(0.1)) p += "/";
      if (rng.bool(0.02)) p = "/tmp/" + "d/".repeat(rng.int(300, 520));
      return p;
    }],
  ]);
}

/** A random operation: `{ op, args }`; `py(op)` is its Python, `apply` runs it in the model. */
function randomOp(rng) {
  const slot = rng.int(0, SLOTS - 1);
  return rng.weighted([
    [12, { op: "open", args: [slot, randomPath(rng), rng.pick(MODES)] }],
    [6, { op: "write", args: [slot, rng.bytes(rng.weighted([[4, () => rng.int(0, 40)], [2, () => rng.int(0, 600)], [0.3, () => rng.int(3000, 9000)]]))] }],
    [4, { op: "read", args: [slot, rng.weighted([[1, -1], [3, () => rng.int(0, 20)], [0.5, () => rng.int(4090, 5000)]])] }],
    [3, { op: "seek", args: [slot, rng.weighted([[3, () => rng.int(-10, 60)], [1, () => rng.int(-5000, 5000)]]), rng.pick([0, 1, 2])] }],
    [1, { op: "tell", args: [slot] }],
    [1, { op: "close", args: [slot] }],
    [2, { op: "mkdir", args: [randomPath(rng)] }],
    [1, { op: "rmdir", args: [randomPath(rng)] }],
    [2, { op: "remove", args: [randomPath(rng)] }],
    [2, { op: "rename", args: [randomPath(rng), randomPath(rng)] }],
    [2, { op: "listdir", args: [rng.bool(0.1) ? "" : randomPath(rng)] }],
    [2, { op: "stat", args: [randomPath(rng)] }],
    [1, { op: "chdir", args: [randomPath(rng)] }],
    [0.5, { op: "getcwd", args: [] }],
    [1, { op: "statvfs", args: [] }],
  ]);
}

const pyStr = (s) => JSON.stringify(s);
const pyBytes = (b) => `b'${Array.from(b, (x) => `\\x${x.toString(16).padStart(2, "0")}`).join("")}'`;
const pyArg = (a) => (typeof a === "string" ? pyStr(a) : a instanceof Uint8Array ? pyBytes(a) : String(a));

const PRELUDE = `
import os, errno, binascii
h = [None] * ${SLOTS}
def run(i, f, *a):
    try:
        r = f(*a)
    except OSError as e:
        r = errno.errorcode.get(e.errno, e.errno)
    except Exception as e:
        r = type(e).__name__
    print(i, 'ok' if r is None else r)
def open_(k, p, m):
    f = open(p, m)
    if h[k]:
        h[k].close()
    h[k] = f
def write(k, d):
    return h[k].write(d) if h[k] else 'closed'
def read(k, n):
    return binascii.hexlify(h[k].read(n)).decode() or '-' if h[k] else 'closed'
def seek(k, o, w):
    return h[k].seek(o, w) if h[k] else 'closed'
def tell(k):
    return h[k].tell() if h[k] else 'closed'
def close(k):
    if not h[k]:
        return 'closed'
    h[k].close()
    h[k] = None
def listdir(p):
    return ','.join(sorted(os.listdir(p) if p else os.listdir())) or '-'
def stat(p):
    s = os.stat(p)
    return '%o %d' % (s[0], s[6])
def statvfs():
    s = os.statvfs('/tmp')
    return '%d %d' % (s[2], s[2] - s[3])
`;

const PY_CALL = {
  open: "open_", write: "write", read: "read", seek: "seek", tell: "tell", close: "close", mkdir: "os.mkdir", rmdir: "os.rmdir",
  remove: "os.remove", rename: "os.rename", listdir: "listdir", stat: "stat", chdir: "os.chdir", getcwd: "os.getcwd", statvfs: "statvfs",
};

export const vfsProgram = (ops) => PRELUDE + ops.map((o, i) => `run(${[i, PY_CALL[o.op], ...o.args.map(pyArg)].join(", ")})`).join("\n") + "\n";

// ---- the model ---------------------------------------------------------------------------------

class Fail extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}
const fail = (code) => {
  throw new Fail(code);
};

/** Lexical resolution (README: `..` stops at `/`); `dir` when the path ends in /, /. or /.. . */
function resolve(cwd, raw) {
  const bytes = new TextEncoder().encode(raw);
  if (raw === "") fail("ENOENT");
  if (bytes.length > MAX_PATH) fail("ENAMETOOLONG");
  const parts = raw.startsWith("/") ? [] : cwd.split("/").filter(Boolean);
  const comps = raw.split("/");
  for (const c of comps) {
    if (c === "" || c === ".") continue;
    if (c === "..") parts.pop();
    else if (c.length > MAX_NAME) fail("ENAMETOOLONG");
    else parts.push(c);
  }
  const path = "/" + parts.join("/");
  if (path.length > MAX_PATH) fail("ENAMETOOLONG");
  return { path, dir: ["", ".", ".."].includes(comps[comps.length - 1]) };
}

const parentOf = (p) => (p.lastIndexOf("/") <= 0 ? "/" : p.slice(0, p.lastIndexOf("/")));
const inside = (p, dir) => (dir === "/" ? p !== "/" : p.startsWith(dir + "/"));

export class VfsModel {
  constructor(quota, files) {
    this.quota = quota;
    this.entries = new Map([["/", { dir: true }], ["/tmp", { dir: true }]]);
    this.cwd = "/";
    this.atRoot = true; // see virtualRoot
    this.handles = new Map(); // Python slot -> { node, pos, read, write, append, rbuf, rpos }
    this.used = 0;
    this.tmpEntries = 0;
    for (const [path, text] of Object.entries(files)) {
      for (let d = parentOf(path); !this.entries.has(d); d = parentOf(d)) {
        this.entries.set(d, { dir: true });
        if (inside(d, "/tmp")) this.tmpEntries++;
      }
      const data = Array.from(new TextEncoder().encode(text));
      this.entries.set(path, { dir: false, node: { data, tmp: inside(path, "/tmp"), links: 1, opens: 0 } });
      if (inside(path, "/tmp")) {
        this.used += data.length;
        this.tmpEntries++;
      }
    }
  }

  writable(path) {
    return this.quota > 0 && inside(path, "/tmp");
  }

  /** Why `path` is missing: a file on the way (ENOTDIR) or a missing directory (ENOENT). */
  missing(path) {
    for (let d = parentOf(path); ; d = parentOf(d)) {
      const e = this.entries.get(d);
      if (e) return e.dir ? "ENOENT" : "ENOTDIR";
    }
  }

  checkParent(path) {
    const e = this.entries.get(parentOf(path));
    if (!e) fail(this.missing(parentOf(path)));
    if (!e.dir) fail("ENOTDIR");
  }

  children(dir) {
    return [...this.entries.keys()].filter((k) => k !== dir && parentOf(k) === dir && k !== "/");
  }

  release(node) {
    if (node.links === 0 && node.opens === 0 && node.tmp) this.used -= node.data.length;
  }

  unlink(path) {
    const node = this.entries.get(path).node;
    this.entries.delete(path);
    this.tmpEntries--;
    node.links--;
    this.release(node);
  }

  // The guest's file object (guest/vfs.c) over the host's handle.
  hostRead(h, n) {
    if (!h.read) fail("EBADF");
    const out = h.node.data.slice(h.pos, h.pos + n);
    h.pos += out.length;
    return out;
  }

  sync(h) {
    h.pos -= h.rbuf.length - h.rpos;
    h.rbuf = [];
    h.rpos = 0;
  }

  fileRead(h, size) {
    if (h.rpos === h.rbuf.length) {
      if (size >= RBUF) return this.hostRead(h, size);
      h.rbuf = [];
      h.rpos = 0;
      h.rbuf = this.hostRead(h, RBUF);
      if (h.rbuf.length === 0) return [];
    }
    const out = h.rbuf.slice(h.rpos, h.rpos + size);
    h.rpos += out.length;
    return out;
  }

  hostSeek(h, offset, whence) {
    const pos = [0, h.pos, h.node.data.length][whence] + offset;
    if (pos < 0) fail("EINVAL");
    h.pos = pos;
    return pos;
  }

  slot(k) {
    const h = this.handles.get(k);
    if (!h) throw new Fail("closed");
    return h;
  }

  /** Opens `raw` into slot `k`; only then closes what the slot held (as the Python does). */
  open(k, raw, mode) {
    const read = mode.includes("r") || mode.includes("+");
    const write = !mode.startsWith("r") || mode.includes("+");
    const create = !mode.startsWith("r");
    const trunc = mode.startsWith("w"), append = mode.startsWith("a"), excl = mode.startsWith("x");
    if (this.handles.size >= MAX_OPEN) fail("EMFILE");
    const { path, dir } = resolve(this.cwd, raw);
    const e = this.entries.get(path);
    let node;
    if (e?.dir) fail(create && excl ? "EEXIST" : "EISDIR");
    if (e) {
      if (dir) fail("ENOTDIR");
      if (create && excl) fail("EEXIST");
      if (write && !this.writable(path)) fail("EROFS");
      node = e.node;
      if (trunc) {
        if (node.tmp) this.used -= node.data.length;
        node.data = [];
      }
    } else {
      if (!create) fail(this.missing(path));
      if (dir) fail("EISDIR");
      this.checkParent(path);
      if (!this.writable(path)) fail("EROFS");
      if (this.tmpEntries >= MAX_TMP_ENTRIES) fail("ENOSPC");
      node = { data: [], tmp: true, links: 1, opens: 0 };
      this.entries.set(path, { dir: false, node });
      this.tmpEntries++;
    }
    node.opens++;
    if (this.handles.has(k)) this.close(k);
    this.handles.set(k, { node, pos: 0, read, write, append, rbuf: [], rpos: 0 });
  }

  write(k, bytes) {
    const h = this.slot(k);
    if (bytes.length === 0) return 0; // MicroPython's stream layer never calls the file (no EBADF)
    this.sync(h);
    if (!h.write) fail("EBADF");
    const data = h.node.data;
    const start = h.append ? data.length : h.pos;
    const end = start + bytes.length;
    const growth = Math.max(0, end - data.length);
    if (h.node.tmp && this.used + growth > this.quota) fail("ENOSPC");
    while (data.length < start) data.push(0);
    data.splice(start, bytes.length, ...bytes);
    if (h.node.tmp) this.used += growth;
    h.pos = end;
    return bytes.length;
  }

  read(k, n) {
    const h = this.slot(k);
    let out = [];
    if (n < 0) {
      this.sync(h);
      const want = Math.max(0, h.node.data.length - h.pos);
      if (want > 0) out = this.hostRead(h, want);
    } else {
      while (out.length < n) {
        const got = this.fileRead(h, n - out.length);
        if (got.length === 0) break;
        out = out.concat(got);
      }
    }
    return out.map((b) => b.toString(16).padStart(2, "0")).join("") || "-";
  }

  seek(k, offset, whence) {
    const h = this.slot(k);
    if (whence === 1 && offset === 0) return this.tell(k);
    const ahead = h.rbuf.length - h.rpos;
    const pos = this.hostSeek(h, whence === 1 ? offset - ahead : offset, whence);
    h.rbuf = [];
    h.rpos = 0;
    return pos;
  }

  tell(k) {
    const h = this.slot(k);
    return h.pos - (h.rbuf.length - h.rpos);
  }

  close(k) {
    const h = this.slot(k);
    this.handles.delete(k);
    h.node.opens--;
    this.release(h.node);
  }

  mkdir(raw) {
    const { path } = resolve(this.cwd, raw);
    if (this.entries.has(path)) fail("EEXIST");
    this.checkParent(path);
    if (!this.writable(path)) fail("EROFS");
    if (this.tmpEntries >= MAX_TMP_ENTRIES) fail("ENOSPC");
    this.entries.set(path, { dir: true });
    this.tmpEntries++;
  }

  rmdir(raw) {
    const { path } = resolve(this.cwd, raw);
    const e = this.entries.get(path);
    if (!e) fail(this.missing(path));
    if (!e.dir) fail("ENOTDIR");
    if (!this.writable(path)) fail("EROFS");
    if (this.children(path).length) fail("ENOTEMPTY");
    this.entries.delete(path);
    this.tmpEntries--;
  }

  remove(raw) {
    const { path, dir } = resolve(this.cwd, raw);
    const e = this.entries.get(path);
    if (!e) fail(this.missing(path));
    if (!e.dir && dir) fail("ENOTDIR");
    if (!this.writable(path)) fail("EROFS");
    if (e.dir) fail("EISDIR");
    this.unlink(path);
  }

  rename(oldRaw, newRaw) {
    const from = resolve(this.cwd, oldRaw);
    const to = resolve(this.cwd, newRaw);
    const a = this.entries.get(from.path);
    if (!a) fail(this.missing(from.path));
    const b = this.entries.get(to.path);
    if (!b) this.checkParent(to.path);
    if (!this.writable(from.path) || !this.writable(to.path)) fail("EROFS");
    if (!a.dir && (from.dir || to.dir)) fail("ENOTDIR");
    if (!a.dir && b?.dir) fail("EISDIR");
    if (a.dir && b && !b.dir) fail("ENOTDIR");
    if (a.dir && inside(to.path, from.path)) fail("EINVAL");
    if (a.dir && b?.dir && from.path !== to.path && this.children(to.path).length) fail("ENOTEMPTY");
    if (from.path === to.path) return;
    if (b && !b.dir) this.unlink(to.path);
    else if (b) {
      this.entries.delete(to.path);
      this.tmpEntries--;
    }
    for (const key of [...this.entries.keys()]) {
      if (key === from.path || inside(key, from.path)) {
        const e = this.entries.get(key);
        this.entries.delete(key);
        this.entries.set(to.path + key.slice(from.path.length), e);
      }
    }
  }

  listdir(raw) {
    const { path } = raw === "" ? { path: this.cwd } : resolve(this.cwd, raw);
    const e = this.entries.get(path);
    if (!e) fail(this.missing(path));
    if (!e.dir) fail("ENOTDIR");
    return this.children(path).map((k) => k.slice(path === "/" ? 1 : path.length + 1)).sort().join(",") || "-";
  }

  stat(raw) {
    const { path, dir } = resolve(this.cwd, raw);
    const e = this.entries.get(path);
    if (!e) fail(this.missing(path));
    if (!e.dir && dir) fail("ENOTDIR");
    const w = this.writable(path) || (path === "/tmp" && this.quota > 0);
    const mode = e.dir ? 0o40000 | (w ? 0o755 : 0o555) : 0o100000 | (w ? 0o644 : 0o444);
    return `${mode.toString(8)} ${e.dir ? 0 : e.node.data.length}`;
  }

  chdir(raw) {
    const { path } = resolve(this.cwd, raw);
    const e = this.entries.get(path);
    if (!e) fail(this.missing(path));
    if (!e.dir) fail("ENOTDIR");
    this.cwd = path;
    this.atRoot = false;
  }

  getcwd() {
    return this.cwd;
  }

  statvfs() {
    return `${this.quota} ${this.used}`;
  }

  /** The line `run(i, ...)` prints for `o`. */
  apply(o) {
    try {
      const r = virtualRoot(this, o) ?? this[o.op](...o.args);
      return r === undefined ? "ok" : String(r);
    } catch (e) {
      if (e instanceof Fail) return e.code;
      throw e;
    }
  }
}

/**
 * MicroPython's VFS layer (extmod/vfs.c) answers for "/" itself, as its "virtual root", before the
 * sandbox's filesystem sees it, and for "" too while the program has not changed directory (or
 * last changed to "/"): EPERM for open and changes, EEXIST for mkdir, mode 0o40000 without
 * permission bits for stat. The same directory spelt "/tmp/.." gets the filesystem's answers
 * (EISDIR, EROFS, 0o40555), and "" once a chdir moved elsewhere is ENOENT: a quirk, reported,
 * kept here so the rest is checked.
 */
function virtualRoot(model, { op, args }) {
  const root = (p) => p === "/" || (p === "" && model.atRoot);
  switch (op) {
    case "open":
      return root(args[1]) ? "EPERM" : undefined;
    case "remove":
    case "rmdir":
      return root(args[0]) ? "EPERM" : undefined;
    case "rename":
      return root(args[0]) || root(args[1]) ? "EPERM" : undefined;
    case "mkdir":
      return root(args[0]) ? "EEXIST" : undefined;
    case "stat":
      return root(args[0]) ? "40000 0" : undefined;
    case "chdir":
      if (root(args[0])) {
        model.cwd = "/";
        model.atRoot = true;
        return "ok";
      }
      return undefined;
  }
  return undefined;
}

/** A random trial: the quota and the operations. */
export function vfsTrial(seed, n) {
  const rng = new Rng(seed);
  const quota = rng.pick([0, 64, 300, 1000, 4096, 1 << 20]);
  const init = rng.bool(0.5) && quota >= 10 ? { "/tmp/init.txt": "0123456789" } : {};
  return { quota, files: { ...MOUNTED, ...init }, ops: Array.from({ length: n }, () => randomOp(rng)) };
}

/** Runs a trial in a sandbox: null, or the first line where Python and the model differ. */
export async function checkVfs(api, { quota, files, ops }, options = {}) {
  const model = new VfsModel(quota, files);
  const expected = ops.map((o, i) => {
    const line = `${i} ${model.apply(o)}`;
    if (model.used > quota && model.used > 0) throw new Error(`model bug: used ${model.used} > quota ${quota}`);
    return line;
  });
  const sb = await api.Sandbox.create({ ...options, files, tmpQuotaBytes: quota });
  try {
    const r = await sb.run(vfsProgram(ops), { timeoutMs: 30000 });
    if (!r.ok) return { at: -1, what: `run failed: ${JSON.stringify(r.error)}` };
    const lines = r.stdout.split("\n").slice(0, -1);
    for (let i = 0; i < ops.length; i++) {
      if (lines[i] !== expected[i]) return { at: i, what: `differs from the model at ${ops[i].op}: op ${i} ${showOp(ops[i])}: sandbox says ${JSON.stringify(lines[i]?.slice(0, 300))}, model ${JSON.stringify(expected[i].slice(0, 300))}` };
    }
    const v = await sb.run("import os\ns = os.statvfs('/tmp')\nprint(s[2] - s[3])");
    if (Number(v.stdout) > quota) return { at: ops.length, what: `quota exceeded: ${v.stdout.trim()} > ${quota}` };
    return null;
  } finally {
    sb.close();
  }
}

export const showOp = (o) => `${o.op}(${o.args.map((a) => (a instanceof Uint8Array ? `<${a.length} bytes>` : JSON.stringify(a).slice(0, 60))).join(", ")})`;
