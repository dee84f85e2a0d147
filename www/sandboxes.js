// The page's sandboxes, on the published package's browser entry. The package is loaded on first
// use (its own chunk), so the editor is up before any of it is evaluated.
import salesCsv from "./fixtures/sales.csv";

const loadPackage = () => import("micropython-sandbox");

export const MiB = 1024 * 1024;

// ---- what the page gives the sandbox: one approved async function and one mounted file ----

/** URLs fetch_json answers, each from a fixture beside the page (so it works offline too). */
const APPROVED = new Map([["https://api.example.com/weather/oslo", "fixtures/weather-oslo.json"]]);

async function fetchJson(url) {
  const fixture = APPROVED.get(String(url));
  if (fixture === undefined) throw new Error(`${url} is not approved`);
  const response = await fetch(new URL(fixture, document.baseURI));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * A sandbox in a Worker (always: nothing may run on the page's thread) with what the page offers.
 * On a cross-origin isolated page the Worker calls fetch_json through SharedArrayBuffer; on any
 * other it gets each call's result by message, which an awaited async function needs anyway.
 */
const create = async (memoryBytes) => (await loadPackage()).Sandbox.create({
  memoryBytes,
  worker: true,
  functions: { fetch_json: fetchJson },
  files: { "/data/sales.csv": salesCsv },
});

// ---- the current sandbox ----

let current; // Promise<Sandbox>: the session (keep state), or the one the next fresh run uses
let currentMemory;

/** The memory cap of the current sandbox (undefined: none). */
export const sandboxMemory = () => (current === undefined ? undefined : currentMemory);

/** The sandbox for a run with `memoryBytes`: the current one, or a new one if there is none or its cap differs. */
export function sandboxFor(memoryBytes) {
  if (current === undefined || currentMemory !== memoryBytes) {
    discardSandbox();
    currentMemory = memoryBytes;
    current = create(memoryBytes);
    current.catch(() => {}); // reported by whoever awaits it
  }
  return current;
}

/** Closes the current sandbox (once it exists); the next sandboxFor starts a new one. */
export function discardSandbox() {
  current?.then((s) => s.close(), () => {});
  current = undefined;
}

/** Runs with live output and a Stop signal. */
export const runIn = (sandbox, code, options, { signal, onOutput }) => sandbox.run(code, { ...options, signal, onOutput });
