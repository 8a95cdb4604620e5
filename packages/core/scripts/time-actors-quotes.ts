// Times the actors and quotes stages alone over the seeds: 1000 passes after a warm-up.
// Run: npx tsx scripts/time-actors-quotes.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findActors } from "../src/actors/find-actors.js";
import { cleanArticle } from "../src/article/clean-article.js";
import { findQuotes } from "../src/quotes/find-quotes.js";

const seedDir = process.env.SEEDS ?? fileURLToPath(new URL("../../../seeds", import.meta.url));
const docs = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => cleanArticle(readFileSync(join(seedDir, f), "utf8"), { id: f, referenceDate: null }));
const bytes = docs.reduce((n, d) => n + d.raw.length, 0);
const passes = Number(process.env.PASSES ?? 1000);
const t0 = performance.now();
findActors(docs[0] as (typeof docs)[number]); // builds the shared tables once
const firstCall = performance.now() - t0;
for (let i = 0; i < 50; i++) for (const d of docs) findQuotes(d, findActors(d));
// CPU time as well as wall time: on a shared, loaded machine the wall clock overstates the cost
const cpu0 = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < passes; i++) for (const d of docs) findQuotes(d, findActors(d));
const wall = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
const ms = (cpu.user + cpu.system) / 1000;
const perArticle = ms / (passes * docs.length);
const per4k = (ms / (passes * bytes)) * 4096;
// a fixed integer loop, to tell a slow or shared machine from slow code (about 90 ms on an idle 3 GHz core)
const calStart = process.cpuUsage();
let sum = 0;
for (let i = 0; i < 1e8; i++) sum += i;
const cal = process.cpuUsage(calStart);
process.stdout.write(`calibration loop (sum ${sum > 0}): ${((cal.user + cal.system) / 1000).toFixed(0)} ms cpu\n`);
process.stdout.write(
  `first call (tables built): ${firstCall.toFixed(1)} ms; wall ${wall.toFixed(0)} ms, cpu ${ms.toFixed(0)} ms\n` +
    `${docs.length} seeds x ${passes}: ${ms.toFixed(0)} ms; ${perArticle.toFixed(3)} ms per article; ` +
    `${per4k.toFixed(3)} ms per 4 KB; ${((passes * bytes) / 1e6 / (ms / 1000)).toFixed(1)} MB/s\n`,
);
