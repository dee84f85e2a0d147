// Property-based cases with a fixed seed and a small budget (issue 11).
import { check, eq, okRun, session } from "./check.js";

export const cases = [
];
