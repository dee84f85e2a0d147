// The main-thread side of Worker sessions: a small postMessage RPC to worker-server.js, a hard
// wall-clock deadline that terminates the worker, and a warm pool so a replacement is ready.
//
// `spawnWorker()` (per runtime) returns a handle:
//   { post(msg), onMessage(fn), onError(fn), terminate(), hold(bool) }
// where hold(true) keeps the process alive while we wait for the worker (Node's ref/unref).

/** The run's hard deadline: later than the guest's own soft deadline, so that one usually wins. */
const hardDeadline = (timeoutMs) => timeoutMs + Math.max(50, timeoutMs * 0.1);
const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's limit; longer (or Infinity) means no hard deadline
/** The host's default timeoutMs (src/limits.rs, `Limits::default`): the backstop applies to it too. */
const DEFAULT_TIMEOUT_MS = 5000;

const ERRORS = { TypeError, RangeError };
const revive = ({ name, message }) => new (ERRORS[name] ?? Error)(message);

const EXPIRED = Symbol("expired");
const ABORTED = Symbol("aborted");

/** Why a run ends as aborted when its sandbox is closed meanwhile (inline too: core.js). */
export const CLOSED = "the sandbox was closed during the run";

/** The worker died (crashed or was terminated) before answering. */
class WorkerLost extends Error {}

/** One worker thread holding at most one host sandbox. */
class Remote {
  #handle;
  #calls = new Map();
  #nextId = 1;
  #holds = 0;
  dead = false;
  /** Receives what the worker sends during a run: `{ op: "call" | "output", ... }`. */
  onEvent;

  constructor(handle) {
    this.#handle = handle;
    this.ready = new Promise((resolve, reject) => {
      this.#calls.set(0, { resolve, reject });
    });
    this.ready.catch(() => {}); // a spare nobody took must not be an unhandled rejection
    handle.onMessage((msg) => {
      if (msg.op !== undefined) return this.onEvent?.(msg); // a host call or output, mid-run
      const call = this.#calls.get(msg.id);
      if (!call) return;
      this.#settle(msg.id);
      if (msg.error) call.reject(revive(msg.error));
      else call.resolve(msg.result);
    });
    handle.onError((e) => this.terminate(new WorkerLost(`sandbox worker failed: ${e?.message ?? e}`)));
  }

  get busy() {
    return this.#calls.size > 0;
  }

  #hold(delta) {
    const before = this.#holds;
    this.#holds += delta;
    if ((before === 0) !== (this.#holds === 0)) this.#handle.hold(this.#holds > 0);
  }

  #settle(id) {
    if (this.#calls.delete(id) && id !== 0) this.#hold(-1);
  }

  /** Waits for the worker to have loaded the wasm, keeping the process alive meanwhile. */
  async started() {
    this.#hold(1);
    try {
      await this.ready;
    } finally {
      this.#hold(-1);
    }
  }

  call(msg) {
    if (this.dead) return Promise.reject(new WorkerLost("sandbox worker is gone"));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve, reject });
      this.#hold(1);
      try {
        this.#handle.post({ ...msg, id });
      } catch (e) {
        this.#settle(id);
        reject(new TypeError(`code and options must be plain data (${e.message})`));
      }
    });
  }

  send(msg) {
    this.#handle.post(msg);
  }

  terminate(reason = new WorkerLost("sandbox worker was terminated")) {
    if (this.dead) return;
    this.dead = true;
    this.#handle.terminate();
    for (const [id, call] of this.#calls) {
      this.#settle(id);
      call.reject(reason);
    }
  }
}

/** Idle workers with the wasm loaded: at least one is kept ready once Workers are in use. */
export class Pool {
  #spawn;
  #idle = [];

  constructor(spawn) {
    this.#spawn = spawn;
  }

  async take() {
    let remote;
    while ((remote = this.#idle.pop())?.dead);
    remote ??= new Remote(this.#spawn());
    await remote.started();
    this.refill(); // only now: a spare starting alongside would compete with the first for the CPU
    return remote;
  }

  refill() {
    if (this.#idle.length === 0) this.#idle.push(new Remote(this.#spawn()));
  }

  /** Takes back a worker whose sandbox was freed. */
  give(remote) {
    if (!remote.dead && this.#idle.length < 2) this.#idle.push(remote);
    else remote.terminate();
  }
}

/**
 * Frees a session's worker and hands it back to the pool (terminating it if it is busy). `link`
 * is `{ remote, pool }`: all the finalizer needs, without the session, so it can be collected.
 */
function release(link) {
  const remote = link.remote;
  link.remote = undefined;
  if (remote === undefined) return;
  try {
    if (remote.busy) {
      remote.terminate();
    } else {
      remote.send({ op: "free" });
      link.pool.give(remote);
    }
  } catch {
    remote.terminate();
  }
}

/** Sessions nobody closed: their workers are reclaimed once the session is collected. */
const reclaim = typeof FinalizationRegistry === "function" ? new FinalizationRegistry(release) : undefined;

/** A Sandbox whose interpreter lives in a worker; survives the worker being killed. */
export class RemoteSession {
  #options;
  #server;
  #link; // { remote, pool }
  #queue = Promise.resolve();
  #closed = false;
  #control; // the run going on

  /** `server` (a BridgeServer) runs the session's host functions for the worker. */
  constructor(pool, options, server) {
    this.#options = options;
    this.#server = server;
    this.#link = { remote: undefined, pool };
    reclaim?.register(this, this.#link, this.#link);
  }

  static async start(pool, options, server) {
    const session = new RemoteSession(pool, options, server);
    await session.#connect();
    return session;
  }

  async #connect() {
    const { pool } = this.#link;
    const remote = await pool.take();
    const server = this.#server;
    const functions = server && { names: server.names, channel: server.channel };
    try {
      await remote.call({ op: "create", options: this.#options, functions });
    } catch (e) {
      pool.give(remote);
      throw e;
    }
    this.#link.remote = remote;
  }

  /** `control` (a RunControl, core.js) sees output as it is written and can stop the run. */
  run(code, options, control) {
    // One run at a time, so each deadline starts when its run does.
    const result = this.#queue.then(() => this.#run(code, options, control));
    this.#queue = result.catch(() => {});
    return result;
  }

  /** Queued like runs. A worker lost at a deadline took the written files with it. */
  readFile(path) {
    const result = this.#queue.then(() => this.#readFile(path));
    this.#queue = result.catch(() => {});
    return result;
  }

  /** The worker, connecting one first if the last was lost; undefined once closed. */
  async #remote() {
    if (!this.#closed && this.#link.remote === undefined) {
      await this.#connect(); // the last run's worker was killed: only the mounted files are back
      if (this.#closed) release(this.#link);
    }
    return this.#closed ? undefined : this.#link.remote;
  }

  async #readFile(path) {
    const remote = await this.#remote();
    if (remote === undefined) throw new TypeError("sandbox is closed");
    try {
      return await remote.call({ op: "readFile", path });
    } catch (e) {
      if (e instanceof WorkerLost) this.#lose(remote);
      throw this.#closed ? new TypeError("sandbox is closed") : e;
    }
  }

  async #run(code, options, control) {
    const started = performance.now();
    const remote = await this.#remote();
    if (remote === undefined) return lost("aborted", "the sandbox was closed before the run started", started, false);
    const timeoutMs = options?.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const server = this.#server;
    this.#control = control;
    // Set for this run only: between runs the worker holds nothing that reaches the session.
    remote.onEvent = (msg) => {
      if (msg.op === "call") server?.handle(msg, (reply) => remote.send({ op: "reply", seq: msg.seq, reply }));
      else if (msg.op === "output") control.onOutput?.(msg.bytes, msg.fd);
    };
    const reply = remote.call({ op: "run", code, options, timeoutMs, streamOutput: control.onOutput !== undefined });
    let timer;
    const expired = new Promise((resolve) => {
      if (hardDeadline(timeoutMs) <= MAX_TIMER_MS) {
        timer = setTimeout(resolve, hardDeadline(timeoutMs), EXPIRED);
      }
    });
    try {
      const outcome = await Promise.race([reply, expired, control.stops.then(() => ABORTED)]);
      if (outcome !== EXPIRED && outcome !== ABORTED) return this.#closed ? this.#stopped(control, started) : outcome;
      reply.catch(() => {});
      this.#lose(remote);
      if (outcome === ABORTED) return this.#stopped(control, started);
      return lost("timeout", `the run exceeded timeoutMs (${timeoutMs} ms) and its worker was terminated`, started);
    } catch (e) {
      if (!(e instanceof WorkerLost)) throw e;
      this.#lose(remote);
      if (control.stopped) return this.#stopped(control, started);
      return lost("crash", e.message, started);
    } finally {
      clearTimeout(timer);
      remote.onEvent = undefined;
      this.#control = undefined;
      control.finish();
    }
  }

  /** The result of a run stopped by its signal (its worker was terminated) or by close(). */
  #stopped(control, started) {
    if (this.#closed) return lost("aborted", control.reason, started, false);
    return lost("aborted", `${control.reason}; its worker was terminated`, started);
  }

  #lose(remote) {
    remote.terminate();
    if (this.#link.remote === remote) this.#link.remote = undefined;
    this.#link.pool.refill(); // the next run's worker is already warm
  }

  /** A run going on ends as aborted (its worker is terminated). Once only (Sandbox sees to it). */
  close() {
    this.#closed = true;
    this.#control?.stop(CLOSED);
    reclaim?.unregister(this.#link);
    release(this.#link);
  }
}

function lost(kind, message, started, sessionLost = true) {
  return {
    ok: false,
    stdout: "",
    stderr: "",
    error: { kind, message },
    ...(sessionLost ? { sessionLost } : {}),
    stats: { durationMs: performance.now() - started, fuelUsed: 0, memoryBytes: 0 }, // unknown: the worker is gone
  };
}
