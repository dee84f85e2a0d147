// A Worker that runs the shared behaviour list under workerd and answers with the report.
import * as api from "micropython-sandbox";
import { runCases } from "../run-cases.js";

export default {
  async fetch() {
    return Response.json(await runCases(api, { label: "workerd (wrangler dev)" }));
  },
};
