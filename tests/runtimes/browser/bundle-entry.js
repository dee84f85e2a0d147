// The shared behaviour list through a bundler: esbuild bundles this (and the package, picked by
// its "browser" export condition) into one file; the wasm and browser-worker.js sit beside it.
import * as api from "micropython-sandbox";
import { runCases } from "../run-cases.js";

window.report = runCases(api, { label: `Chromium ${navigator.userAgent.match(/Chrome\/[\d.]+/)}, esbuild bundle` });
