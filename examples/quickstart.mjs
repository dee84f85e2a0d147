// `npm start`: run Python through the sandbox, one-shot and as a persistent session.
import { runPython, Sandbox } from "micropython-sandbox";

const result = await runPython(`
import json
rows = [{"name": n, "len": len(n)} for n in ["ada", "grace", "linus"]]
print(json.dumps(sorted(rows, key=lambda r: -r["len"])))
`);
console.log("one-shot:", result.ok, result.stdout.trim());

const sandbox = await Sandbox.create({ memoryBytes: 16 * 1024 * 1024 });
await sandbox.run("total = 0");
for (const n of [1, 2, 3]) await sandbox.run(`total += ${n}`);
console.log("session:", (await sandbox.run("print(total)")).stdout.trim());

const failed = await sandbox.run("1 / 0");
console.log("error:", failed.error.kind, failed.error.type, failed.error.message);
sandbox.close();
