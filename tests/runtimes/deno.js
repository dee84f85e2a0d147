// The shared behaviour list in Deno, importing the package by name (resolved through
// node_modules with the "deno" export condition). Run: deno run --allow-read --no-lock deno.js
import * as api from "micropython-sandbox";
import { runCases } from "./run-cases.js";

const { failed, lines } = await runCases(api, { label: `Deno ${Deno.version.deno}` });
console.log(lines.join("\n"));
if (failed) Deno.exit(1);
