// Runs the shared behaviour list (tests/cases.js) in this Node.
import { test } from "node:test";
import * as api from "micropython-sandbox";
import { cases } from "../cases.js";

for (const [name, fn] of cases) test(name, () => fn(api));
