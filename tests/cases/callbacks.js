// Host functions, callbacks and session lifecycle under hostile input (issue 11).
import { check, eq, okRun, session } from "./check.js";

export const cases = [
];
