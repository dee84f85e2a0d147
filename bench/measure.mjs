// Measuring and formatting helpers shared by the bench scripts.

export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median wall time (ms) of `n` calls of `fn`. */
export async function time(n, fn) {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export const ms = (x) => (x === undefined ? "—" : x < 1 ? `${(x * 1000).toFixed(0)} µs` : x < 100 ? `${x.toFixed(1)} ms` : `${x.toFixed(0)} ms`);
export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
