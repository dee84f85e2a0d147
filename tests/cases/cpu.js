// Cheap-fuel / expensive-CPU programs: every unit of work is charged (issue 11).
import { check, eq, okRun, session } from "./check.js";

export const cases = [
];
