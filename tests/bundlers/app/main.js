// The app every bundler test builds: what a new user writes.
import * as api from "micropython-sandbox";
import { start } from "./report.js";

start(api);
