// `pnpm bench`: measures newsgraph's speed and memory, prints the tables and writes results/latest.json.
// Every measurement runs in its own process pinned to one core; nothing here runs in `pnpm test`.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatReport } from "./report.js";
import { runBench } from "./run.js";

const USAGE = `usage: pnpm bench [options]
  --sizes 1000,10000     corpus sizes for normalise + link (default 1000,10000)
  --full                 add 100,000 articles to the sizes (several minutes)
  --sample 500           articles in the throughput sample
  --seconds 5            minimum seconds per throughput measurement
  --requests 500         requests to workerd (bounded by 120 s)
  --no-workerd           skip the workerd measurement
  --no-pin               do not pin measurements to one core (on a busy machine a pinned process waits
                         for its core; figures are judged on CPU time either way)
  --quick                tiny sizes, for a check that everything runs
  --out FILE             where to write the JSON (default results/latest.json)
  --seed 1               generator seed`;

const { values } = parseArgs({
  // `pnpm run x -- --flag` passes the `--` on
  args: process.argv.slice(2).filter((a, i) => i > 0 || a !== "--"),
  options: {
    sizes: { type: "string", default: "1000,10000" },
    full: { type: "boolean", default: false },
    sample: { type: "string", default: "500" },
    seconds: { type: "string", default: "5" },
    requests: { type: "string", default: "500" },
    "no-workerd": { type: "boolean", default: false },
    "no-pin": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const quick = values.quick;
const out = resolve(values.out ?? fileURLToPath(new URL("../results/latest.json", import.meta.url)));
const result = await runBench(
  {
    sizes: quick ? [20, 40] : [...values.sizes.split(",").map(Number), ...(values.full ? [100_000] : [])],
    sample: quick ? 20 : Number(values.sample),
    seconds: quick ? 0.2 : Number(values.seconds),
    requests: quick || values["no-workerd"] ? 0 : Number(values.requests),
    api: true,
    pin: !values["no-pin"],
    seed: Number(values.seed),
  },
  (line) => process.stderr.write(`${line}\n`),
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
try {
  // in the repository's JSON style, so that a committed result passes `biome ci`
  execFileSync(
    fileURLToPath(new URL("../../../node_modules/.bin/biome", import.meta.url)),
    ["format", "--write", out],
    {
      stdio: "ignore",
    },
  );
} catch {
  // formatting is a nicety; the figures are written either way
}
process.stdout.write(`${formatReport(result)}\n\nwrote ${out}\n`);
