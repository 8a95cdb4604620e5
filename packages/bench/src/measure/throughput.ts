// One-core throughput of normalizeArticle on generated seed-like articles, the time of each stage, the
// in-process latency of the API route (a stand-in for CPU time per request in workerd), and two yardsticks
// on the same text: compromise's entity pass and a single regex scan for quote marks.
import { normalizeArticle } from "@newsgraph/core";
import nlp from "compromise";
import { generateArticles } from "../generate/index.js";
import { loadSeeds } from "../generate/seeds.js";
import { cpuNs, wallNs } from "../lib/clock.js";
import { STAGES, type Stage, timeStages } from "../lib/core-stages.js";
import { percentile } from "../lib/stats.js";

export interface Rate {
  readonly articles: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  /** The same rate over CPU time rather than wall time. */
  readonly mbPerCpuSecond: number;
}

export interface ApiInProcessResult {
  readonly requests: number;
  /** Requests with other articles served before the measured ones, so that the engine's compilers have run. */
  readonly warmup: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** CPU time per request (this process, all threads). */
  readonly cpuP50Ms: number;
  readonly cpuP99Ms: number;
}

export interface ThroughputResult {
  readonly sample: { readonly articles: number; readonly bytes: number; readonly meanBytes: number };
  readonly normalize: Rate & {
    readonly errors: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly cpuP50Ms: number;
    readonly cpuP99Ms: number;
    /**
     * CPU time per call on one more pass once the engine has settled (after the throughput loop ran every text
     * many times): the tail without the compiler's work on paths that only rare articles reach.
     */
    readonly settledCpuP50Ms?: number;
    readonly settledCpuP99Ms?: number;
  };
  /** CPU time of one normalizeArticle call per stage; "assembly" is the rest: checking the options and input, hashing, building the article. */
  readonly stages: Record<Stage | "assembly", { readonly msPerArticle: number; readonly share: number }>;
  readonly compromise: Rate;
  readonly regexScan: Rate;
}

const MB = 1e6;

/** The articles every speed measurement runs on: the seeds, then generated and seed-made articles. */
export function sampleArticles(count: number, seed: number) {
  return [...generateArticles({ count, seed, seeds: loadSeeds() })];
}

/** Repeats passes over `texts` until `minSeconds` have passed (at least `minItems` calls); returns the rate. */
function loop(
  texts: readonly string[],
  bytesOf: readonly number[],
  minSeconds: number,
  minItems: number,
  fn: (t: string, i: number) => void,
): Rate {
  let n = 0;
  let bytes = 0;
  const wall0 = wallNs();
  const cpu0 = cpuNs();
  let elapsed = 0;
  while (elapsed < minSeconds * 1e9 || n < minItems) {
    const i = n % texts.length;
    fn(texts[i]!, i);
    bytes += bytesOf[i]!;
    n++;
    elapsed = wallNs() - wall0;
  }
  const seconds = elapsed / 1e9;
  const cpuSeconds = (cpuNs() - cpu0) / 1e9;
  return {
    articles: n,
    seconds,
    cpuSeconds,
    articlesPerSecond: n / seconds,
    mbPerSecond: bytes / MB / seconds,
    mbPerCpuSecond: bytes / MB / cpuSeconds,
  };
}

/** The API's Hono app, or anything else that answers a Request in process. */
export type FetchApp = { request: (path: string, init: RequestInit) => Response | Promise<Response> };

/** Latency of POST /v1/normalize answered in process by the API's app: one request at a time, each text once. */
/**
 * Requests served before the measured ones. A deployed worker serves many requests per isolate, and its
 * engine compiles the hot code within the first few hundred; the measured requests are of other articles.
 */
export const API_WARMUP = 300;

/** Articles for warming up: another seed than the measured sample, so that no measured article repeats. */
export function warmupTexts(seed: number): string[] {
  return sampleArticles(API_WARMUP, seed + 1).map((a) => a.text);
}

export async function measureApiInProcess(
  app: FetchApp,
  texts: readonly string[],
  warmup: readonly string[],
): Promise<ApiInProcessResult> {
  const call = async (text: string, i: number) => {
    const res = await app.request("/v1/normalize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, id: `a-${i}` }),
    });
    await res.text();
  };
  for (let i = 0; i < warmup.length; i++) await call(warmup[i]!, -1 - i);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const w0 = wallNs();
    const c0 = cpuNs();
    await call(texts[i]!, i);
    cpu.push((cpuNs() - c0) / 1e6);
    times.push((wallNs() - w0) / 1e6);
  }
  const byValue = (a: number, b: number) => a - b;
  times.sort(byValue);
  cpu.sort(byValue);
  return {
    requests: times.length,
    warmup: warmup.length,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    cpuP50Ms: percentile(cpu, 0.5),
    cpuP99Ms: percentile(cpu, 0.99),
  };
}

export function measureThroughput(count: number, seconds: number, seed: number): ThroughputResult {
  const articles = sampleArticles(count, seed);
  const texts = articles.map((a) => a.text);
  const ids = articles.map((a) => a.id);
  const bytesOf = texts.map((t) => Buffer.byteLength(t, "utf8"));
  const bytes = bytesOf.reduce((a, b) => a + b, 0);

  let errors = 0;
  const normalizeOne = (t: string, i: number) => {
    try {
      normalizeArticle(t, { id: ids[i]! });
    } catch {
      errors++;
    }
  };
  texts.forEach(normalizeOne); // warm-up: let the JIT settle
  errors = 0;
  const timedPass = () => {
    const latencies: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < texts.length; i++) {
      const w0 = wallNs();
      const c0 = cpuNs();
      normalizeOne(texts[i]!, i);
      cpuTimes.push((cpuNs() - c0) / 1e6);
      latencies.push((wallNs() - w0) / 1e6);
    }
    latencies.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    return { latencies, cpuTimes };
  };
  const { latencies, cpuTimes } = timedPass();
  const normalize = loop(texts, bytesOf, seconds, texts.length, normalizeOne);
  const settled = timedPass().cpuTimes;

  const totals: Record<Stage, number> = { cleaning: 0, actors: 0, quotes: 0, events: 0 };
  const stageRate = loop(texts, bytesOf, seconds / 2, texts.length, (t, i) => {
    try {
      timeStages(t, ids[i]!, totals);
    } catch {
      // counted in the normalize errors already
    }
  });
  const perArticleMs = (normalize.cpuSeconds * 1e3) / normalize.articles;
  const stageMs = Object.fromEntries(STAGES.map((s) => [s, totals[s] / 1e6 / stageRate.articles])) as Record<
    Stage,
    number
  >;
  const assemblyMs = Math.max(0, perArticleMs - STAGES.reduce((a, s) => a + stageMs[s], 0));
  const stages = Object.fromEntries(
    [...STAGES, "assembly" as const].map((s) => {
      const ms = s === "assembly" ? assemblyMs : stageMs[s];
      return [s, { msPerArticle: ms, share: ms / perArticleMs }];
    }),
  ) as ThroughputResult["stages"];

  const entities = (t: string) => {
    const doc = nlp(t);
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
  };
  for (let i = 0; i < 3; i++) entities(texts[i]!);
  const compromise = loop(texts, bytesOf, seconds, Math.min(10, texts.length), entities);

  const quoteMarks = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
  let marks = 0;
  const regexScan = loop(texts, bytesOf, Math.max(0.5, seconds / 4), texts.length, (t) => {
    quoteMarks.lastIndex = 0;
    while (quoteMarks.exec(t) !== null) marks++;
  });
  if (marks < 0) throw new Error("unreachable: keeps the scan from being optimised away");

  return {
    sample: { articles: texts.length, bytes, meanBytes: bytes / texts.length },
    normalize: {
      ...normalize,
      errors,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      cpuP50Ms: percentile(cpuTimes, 0.5),
      cpuP99Ms: percentile(cpuTimes, 0.99),
      settledCpuP50Ms: percentile(settled, 0.5),
      settledCpuP99Ms: percentile(settled, 0.99),
    },
    stages,
    compromise,
    regexScan,
  };
}
