// pnpm --filter @newsgraph/bench generate --count N --out DIR [--seed S]: writes N generated articles as .txt files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateArticles } from "./index.js";
import { loadSeeds } from "./seeds.js";

const { values } = parseArgs({
  // `pnpm run x -- --flag` passes the `--` on
  args: process.argv.slice(2).filter((a, i) => i > 0 || a !== "--"),
  options: {
    count: { type: "string", default: "1000" },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
    "no-seeds": { type: "boolean", default: false },
  },
});
const count = Number(values.count);
if (!values.out || !Number.isInteger(count) || count < 1) {
  process.stderr.write("usage: generate --count N --out DIR [--seed S] [--no-seeds]\n");
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
let bytes = 0;
for (const a of generateArticles({
  count,
  seed: Number(values.seed),
  seeds: values["no-seeds"] ? [] : loadSeeds(),
})) {
  writeFileSync(join(values.out, `${a.id}.txt`), a.text);
  bytes += Buffer.byteLength(a.text);
}
process.stdout.write(`wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`);
