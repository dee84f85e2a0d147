"use client";
// The bundler test's app as a Next.js client component (see ../../report.js).
import { useEffect } from "react";
import * as api from "micropython-sandbox";
import { start } from "../../report.js";

export default function Page() {
  useEffect(() => start(api), []);
  return null;
}
