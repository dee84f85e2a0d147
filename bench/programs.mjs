// The CPU programs: MicroPython's tests/perf_bench (from the same Debian source) and fib(27), each
// wrapped with perf_bench's own harness (benchrun.py) so that every runtime times itself the same way.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** perf_bench's size knobs: ~1000 "MHz", 1000 KB, as run-perfbench.py is used on the unix port. */
const N = 1000;
const M = 1000;

const FIB = `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

bm_params = {(1, 1): (27,)}

def bm_setup(params):
    state = [None]
    def run():
        state[0] = fib(params[0])
    def result():
        return params[0], state[0]
    return run, result
`;

/** [{ name, source }]: each source prints `reps` lines "µs norm result". */
export function programs(top, reps) {
  const dir = join(top, "tests/perf_bench");
  const harness = readFileSync(join(dir, "benchrun.py"), "utf8") + `\nfor _ in range(${reps}):\n    bm_run(${N}, ${M})\n`;
  const bench = readdirSync(dir)
    .filter((f) => /^(bm|misc)_.*\.py$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.py$/, ""), source: readFileSync(join(dir, f), "utf8") }));
  return [...bench, { name: "fib(27)", source: FIB }].map(({ name, source }) => ({ name, source: `${source}\n${harness}` }));
}

/** The times (µs) and the program's own result from a harness's output. */
export function parse(stdout) {
  const lines = stdout.trim().split("\n").filter((l) => /^-?\d+ /.test(l));
  if (lines.length === 0) throw new Error(`no timings in output: ${stdout.slice(0, 300)}`);
  return { times: lines.map((l) => Number(l.split(" ")[0])), result: lines[0].split(" ").slice(2).join(" ") };
}
