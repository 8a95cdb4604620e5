// The project's own quality report: normalises the seeds, links them, and scores the corpus against
// the project's copy of the seed gold annotation (test/gold/seeds.gold.json).
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus, normalizeArticle } from "../src/index.js";
import { scoreCorpus } from "../test/gold/score.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const seedDir = join(root, "seeds");
const files = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const corpus = buildCorpus(
  files.map((f) => normalizeArticle(readFileSync(join(seedDir, f), "utf8"), { id: basename(f, ".txt") })),
);
const gold = JSON.parse(readFileSync(new URL("../test/gold/seeds.gold.json", import.meta.url), "utf8"));
const report = scoreCorpus(gold, corpus);
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
process.stdout.write(`${"metric".padEnd(36)}  score   (detail)\n`);
for (const r of report.rows) process.stdout.write(`${r.metric.padEnd(36)} ${pct(r.score)}   (${r.detail})\n`);
process.stdout.write(`\noverall: ${pct(report.overall)}\n`);
if (process.argv.includes("--verbose")) {
  for (const r of report.rows) for (const m of r.misses) process.stderr.write(`${r.metric}: ${m}\n`);
}
