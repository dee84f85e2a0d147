// What an app developer's Vitest suite does with the package (Node, Worker sessions).
import { expect, test } from "vitest";
import { Sandbox, runPython } from "micropython-sandbox";

test("runPython returns the output", async () => {
  const r = await runPython("print(6 * 7)");
  expect(r.ok).toBe(true);
  expect(r.stdout).toBe("42\n");
});

test("timeoutMs stops a loop in a Worker session", async () => {
  const sb = await Sandbox.create({ timeoutMs: 300 });
  try {
    expect(sb.worker).toBe(true);
    const r = await sb.run("while True:\n    pass");
    expect(r.error.kind).toBe("timeout");
    expect((await sb.run("print('after')")).stdout).toBe("after\n");
  } finally {
    sb.close();
  }
});

test("inline sessions work too", async () => {
  const r = await runPython("print(sum(range(10)))", { worker: false });
  expect(r.stdout).toBe("45\n");
});
