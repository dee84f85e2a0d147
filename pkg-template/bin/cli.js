#!/usr/bin/env node
// A `micropython`-like command line: run a file, `-c CODE`, or a REPL whose state persists.
// Exit status: 0 ok, 1 uncaught exception or limit hit, N for SystemExit(N), 2 bad arguments.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Sandbox } from "../node.js";

const USAGE = `usage: micropython-sandbox [--timeout MS] [--fuel N] [--memory BYTES[k|m]] [--max-output BYTES[k|m]]
                          [-X heapsize=N[k|m]] [-X emit=bytecode] [-c CODE | FILE | -]`;

function fail(message) {
  process.stderr.write(`micropython-sandbox: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** MicroPython's size syntax: 1024, 100k, 2M. */
function parseSize(text) {
  const m = /^(\d+)([kKmM]?)$/.exec(text);
  if (!m) fail(`bad size "${text}"`);
  return Number(m[1]) * { "": 1, k: 1024, m: 1024 * 1024 }[m[2].toLowerCase()];
}

// The sandbox's cap covers the shadow stack, static data and malloc headroom too; -X heapsize
// names the GC heap alone, so add room for those (about 1.3 MiB for this guest).
const NON_HEAP_BYTES = 2 * 1024 * 1024;

/** A positive number, or Infinity spelled "inf". */
function parseNumber(flag, text) {
  const n = text === "inf" ? Infinity : Number(text);
  if (!(n > 0)) fail(`${flag} needs a positive number, got "${text}"`);
  return n;
}

// The limit flags (same names as the library's options). Output past --max-output is an error
// here, reported like every limit hit: the CLI's job is to print, so silent truncation would lie.
const LIMIT_FLAGS = {
  "--timeout": (v, o) => (o.timeoutMs = parseNumber("--timeout", v)),
  "--fuel": (v, o) => (o.fuel = parseNumber("--fuel", v)),
  "--memory": (v, o) => (o.memoryBytes = parseSize(v)),
  "--max-output": (v, o) => (o.maxOutputBytes = parseSize(v)),
};

function parseArgs(argv) {
  // Like `micropython`, no time limit (Ctrl-C stops it). Inline, not in a Worker: one sandbox per
  // process and no deadline to enforce, so a Worker would only add its start-up (hundreds of ms
  // per script under MicroPython's test runner).
  // Output is held until the run ends, so it keeps a cap (64 MiB unless --max-output says otherwise).
  const sandbox = { worker: false, timeoutMs: Infinity, maxOutputBytes: 64 << 20, outputLimit: "error" };
  const opts = { sandbox, code: undefined, filename: undefined, argv: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s);
    if (flag in LIMIT_FLAGS) {
      const value = inline ?? argv[++i];
      if (value === undefined) fail(`${flag} needs a value`);
      LIMIT_FLAGS[flag](value, sandbox);
    } else if (arg === "-c") {
      if (i + 1 >= argv.length) fail("-c needs an argument");
      opts.code = argv[++i];
      opts.filename = "<stdin>";
      opts.argv = ["-c", ...argv.slice(i + 1)];
      break;
    } else if (arg === "-X") {
      const [key, value = ""] = (argv[++i] ?? "").split("=");
      if (key === "heapsize") opts.sandbox.memoryBytes = parseSize(value) + NON_HEAP_BYTES;
      else if (key === "emit") {
        if (value !== "bytecode") fail(`emit=${value} is not supported (only bytecode)`);
      } else fail(`unknown -X option "${key}"`);
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE + "\n");
      process.exit(0);
    } else if (arg.startsWith("-") && arg !== "-") {
      fail(`unknown option ${arg}`);
    } else {
      opts.filename = arg === "-" ? "<stdin>" : arg;
      opts.code = readSource(arg);
      opts.argv = argv.slice(i);
      break;
    }
  }
  return opts;
}

/** A script's text; a missing file exits 2 as `micropython` does. */
function readSource(path) {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (e) {
    process.stderr.write(`micropython-sandbox: can't open file '${path}': ${e.message.split(",")[0]}\n`);
    process.exit(2);
  }
}

/** Writes what a run printed; returns the process exit status it implies. */
function report(result) {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.ok) return 0;
  const { kind, message } = result.error;
  if (result.exitCode !== undefined) return result.exitCode & 255;
  if (kind !== "python" && kind !== "memory") {
    process.stderr.write(`micropython-sandbox: ${kind}: ${message}\n`);
  } else if (!result.error.traceback) {
    process.stderr.write(`${result.error.type ?? kind}: ${message}\n`);
  }
  return 1;
}

/** Whether `text` needs more lines before it is a complete interactive statement. */
function needsMore(text) {
  const lines = text.split("\n");
  const last = lines[lines.length - 1];
  if (lines.length > 1) return last.trim() !== ""; // a block ends with an empty line
  if (/:\s*(#.*)?$/.test(last) || last.endsWith("\\")) return true;
  let depth = 0;
  for (const ch of text.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "")) {
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
  }
  return depth > 0 || (text.split('"""').length % 2 === 0) || (text.split("'''").length % 2 === 0);
}

async function repl(sandbox) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: ">>> " });
  process.stdout.write("MicroPython 1.26.1 in micropython-sandbox; Ctrl-D to exit\n");
  let buffer = [];
  rl.prompt();
  for await (const line of rl) {
    buffer.push(line);
    const text = buffer.join("\n");
    if (needsMore(text) && !(buffer.length > 1 && line.trim() === "")) {
      rl.setPrompt("... ");
    } else {
      buffer = [];
      if (text.trim() !== "") {
        const result = await sandbox.run(text + "\n", { mode: "single" });
        const status = report(result);
        // exit(), quit() and sys.exit() end the REPL, as in CPython
        if (result.exitCode !== undefined) {
          rl.close();
          return status;
        }
      }
      rl.setPrompt(">>> ");
    }
    rl.prompt();
  }
  process.stdout.write("\n");
  return 0;
}

const opts = parseArgs(process.argv.slice(2));
let sandbox;
try {
  sandbox = await Sandbox.create(opts.sandbox);
} catch (e) {
  fail(e.message);
}
if (opts.code === undefined && !process.stdin.isTTY) {
  opts.code = readFileSync(0, "utf8");
  opts.filename = "<stdin>";
}
if (opts.code === undefined) {
  process.exitCode = await repl(sandbox);
} else {
  // Like `micropython`: the script sees its name in __file__ and its arguments in sys.argv (JSON
  // strings and lists are valid Python literals).
  const prelude = `__file__ = ${JSON.stringify(opts.filename)}\n__import__("sys").argv[:] = ${JSON.stringify(opts.argv)}`;
  // The limits are for the script, not for this set-up.
  const setup = await sandbox.run(prelude, { fuel: Infinity, timeoutMs: Infinity });
  process.exitCode = report(setup.ok ? await sandbox.run(opts.code, { filename: opts.filename }) : setup);
}
sandbox.close();
