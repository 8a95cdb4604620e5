// `pnpm --filter @newsgraph/bench report [FILE]`: prints the tables of a saved run (default results/latest.json).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BenchResult } from "./bench-result.js";
import { formatReport } from "./report.js";

const file = process.argv[2] ?? fileURLToPath(new URL("../results/latest.json", import.meta.url));
process.stdout.write(`${formatReport(JSON.parse(readFileSync(file, "utf8")) as BenchResult)}\n`);
