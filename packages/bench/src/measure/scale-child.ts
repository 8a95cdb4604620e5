// Child entry: normalise N generated articles and link them with buildCorpus, in a fresh process, reporting
// wall time per phase and peak memory (the kernel's VmHWM, reset after generation setup, and sampled heap).
import { parseArgs } from "node:util";
import { GCProfiler } from "node:v8";
import { type Article, buildCorpus, normalizeArticle } from "@newsgraph/core";
import { generateArticles } from "../generate/index.js";
import { loadSeeds } from "../generate/seeds.js";
import { cpuNs, wallNs } from "../lib/clock.js";
import { peakRss, resetPeakRss } from "../lib/memory.js";

export interface ScaleResult {
  readonly count: number;
  readonly bytes: number;
  readonly errors: number;
  readonly generateSeconds: number;
  readonly normalizeSeconds: number;
  readonly corpusSeconds: number;
  /** normalizeSeconds + corpusSeconds: what "normalised and linked" costs. */
  readonly totalSeconds: number;
  /** CPU time of the same phases (all threads of the process). */
  readonly normalizeCpuSeconds: number;
  readonly corpusCpuSeconds: number;
  readonly totalCpuSeconds: number;
  readonly peakRssMB: number | null;
  /** Peak resident memory by the end of normalising, before linking: which of the two phases sets the peak. */
  readonly normalizePeakRssMB?: number | null;
  readonly peakHeapMB: number;
  /** Live heap after a full GC: with the normalised articles held, and after linking with the corpus held too. */
  readonly articlesHeapMB?: number;
  readonly linkedHeapMB?: number;
  readonly baselineRssMB: number;
  readonly corpus: { readonly actors: number; readonly events: number; readonly quotes: number };
}

const { values } = parseArgs({
  options: { count: { type: "string", default: "1000" }, seed: { type: "string", default: "1" } },
});
const count = Number(values.count);
const gc = (globalThis as { gc?: () => void }).gc;
const seeds = loadSeeds();
gc?.();
const baselineRss = process.memoryUsage.rss();
resetPeakRss();

let peakHeap = 0;
const sampleHeap = () => {
  const used = process.memoryUsage().heapUsed;
  if (used > peakHeap) peakHeap = used;
};
const articles: Article[] = [];
let bytes = 0;
let errors = 0;
let generateNs = 0;
let normalizeNs = 0;
let normalizeCpuNs = 0;
let t = wallNs();
for (const g of generateArticles({ count, seed: Number(values.seed), seeds })) {
  const t1 = wallNs();
  generateNs += t1 - t;
  bytes += Buffer.byteLength(g.text, "utf8");
  const c1 = cpuNs();
  try {
    articles.push(normalizeArticle(g.text, { id: g.id }));
  } catch {
    errors++;
  }
  normalizeCpuNs += cpuNs() - c1;
  t = wallNs();
  normalizeNs += t - t1;
  if (articles.length % 500 === 0) sampleHeap();
  if (count >= 20_000 && articles.length % (count / 10) === 0) {
    process.stderr.write(`  ${articles.length} articles normalised, ${(normalizeCpuNs / 1e9).toFixed(0)} s CPU\n`);
  }
}
sampleHeap();
const normalizeRss = peakRss();
const liveHeap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const articlesHeap = liveHeap();
// linking runs without a break in which to sample the heap: the heap before each collection during it is
// its peak where a collection comes before the end
const gcs = new GCProfiler();
gcs.start();
const w0 = wallNs();
const c0 = cpuNs();
const corpus = buildCorpus(articles);
const corpusCpuNs = cpuNs() - c0;
const corpusNs = wallNs() - w0;
for (const s of gcs.stop()?.statistics ?? []) peakHeap = Math.max(peakHeap, s.beforeGC.heapStatistics.usedHeapSize);
sampleHeap();
const rss = peakRss();
const linkedHeap = liveHeap();
const quotes = corpus.articles.reduce((n, a) => n + a.quotes.length, 0);

const result: ScaleResult = {
  count,
  bytes,
  errors,
  generateSeconds: generateNs / 1e9,
  normalizeSeconds: normalizeNs / 1e9,
  corpusSeconds: corpusNs / 1e9,
  totalSeconds: (normalizeNs + corpusNs) / 1e9,
  normalizeCpuSeconds: normalizeCpuNs / 1e9,
  corpusCpuSeconds: corpusCpuNs / 1e9,
  totalCpuSeconds: (normalizeCpuNs + corpusCpuNs) / 1e9,
  peakRssMB: rss === null ? null : rss / 2 ** 20,
  normalizePeakRssMB: normalizeRss === null ? null : normalizeRss / 2 ** 20,
  peakHeapMB: peakHeap / 2 ** 20,
  articlesHeapMB: articlesHeap / 2 ** 20,
  linkedHeapMB: linkedHeap / 2 ** 20,
  baselineRssMB: baselineRss / 2 ** 20,
  corpus: { actors: corpus.actors.length, events: corpus.events.length, quotes },
};
process.stdout.write(`${JSON.stringify(result)}\n`);
