// Helpers shared by the behaviour cases (tests/cases.js and tests/cases/*.js). Plain JS only.

export class CheckError extends Error {}
/** Thrown by a case that cannot apply to this runtime (e.g. no Workers); runners report it as such. */
export class NotApplicable extends Error {}

/** `i = 0; while True: i += 1` with fuel 1e6 in a fresh sandbox: "iterations fuelUsed". */
export const FUEL_FINGERPRINT = "6344 1004202";

export function check(cond, what, actual) {
  if (!cond) throw new CheckError(`${what}${actual === undefined ? "" : `; got ${show(actual)}`}`);
}
export const show = (v) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x));
export const eq = (actual, expected, what = "value") =>
  check(actual === expected, `${what}: expected ${show(expected)}`, actual);
export const okRun = (r, what = "run") => check(r.ok, `${what} should succeed`, r.error ?? r);

export const utf8 = (bytes) => new TextDecoder().decode(bytes);
export const isBytes = (v, what) => check(v instanceof Uint8Array, `${what} is a Uint8Array`, v);

/** Awaits `promise`, which must reject with an instance of `type` whose message matches `pattern`. */
export async function rejects(promise, type, pattern, what) {
  try {
    await promise;
  } catch (e) {
    check(e instanceof type && pattern.test(e.message), `${what}: ${type.name} matching ${pattern}`, `${e?.name}: ${e?.message}`);
    return;
  }
  check(false, `${what}: should reject`);
}

export async function session(api, options, fn) {
  const sb = await api.Sandbox.create(options);
  try {
    return await fn(sb);
  } finally {
    sb.close();
  }
}

/** Python for the file cases: `err(f, *args)` names the errno `f(*args)` raises (or the exception's type, or 'no error'). */
export const FILE_ERRORS = `import os, errno
def err(f, *a):
    try:
        f(*a)
        return 'no error'
    except OSError as e:
        return errno.errorcode[e.errno]
    except Exception as e:
        return type(e).__name__`;
