// The differential corpus (tests/cpython/) against CPython 3.11, held to its ledger of known
// failures (tests/cpython/known-failures.txt): a case outside the ledger must behave as in CPython,
// and a listed case that now does must leave the ledger, so the ledger only shrinks as fixes land.
// The table and diffs: `npm run cpython-diff -- --verbose`.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpythonVersion, readLedger, runCorpus, scores } from "../../scripts/cpython-diff.mjs";

describe("differential corpus against CPython", { timeout: 5 * 60_000 }, () => {
  let rows;
  let ledger;
  before(async () => {
    const version = cpythonVersion();
    assert.match(version, /^3\.11\./, `python3 is ${version}; the expected output comes from CPython 3.11`);
    ({ rows } = await runCorpus([], { version }));
    ledger = readLedger();
  });

  test("every case outside the ledger prints what CPython prints", (t) => {
    const passed = rows.filter((r) => r.pass).length;
    t.diagnostic(`score ${passed} / ${rows.length}: ${scores(rows).map(([topic, p, n]) => `${topic} ${p}/${n}`).join(", ")}`);
    const regressed = rows.filter((r) => !r.pass && !ledger.has(r.id)).map((r) => r.id);
    assert.deepEqual(regressed, [], "these cases differ from CPython (npm run cpython-diff -- --verbose NAME shows how)");
  });

  test("every ledger case still fails (remove the ones a fix made pass)", () => {
    const fixed = rows.filter((r) => r.pass && ledger.has(r.id)).map((r) => r.id);
    assert.deepEqual(fixed, [], "these cases now pass: delete their lines from tests/cpython/known-failures.txt");
    const ids = new Set(rows.map((r) => r.id));
    const stale = [...ledger.keys()].filter((id) => !ids.has(id));
    assert.deepEqual(stale, [], "the ledger names cases that are not in the corpus");
  });
});
