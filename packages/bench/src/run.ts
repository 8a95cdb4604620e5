// Runs every measurement, each in its own process pinned to one core, and gathers the results.
import { execFileSync, execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchResult, ScaleSummary } from "./bench-result.js";
import { pinned, runChild } from "./lib/child.js";
import { machineInfo } from "./lib/machine.js";
import { fitExponent } from "./lib/stats.js";
import type { ScaleResult } from "./measure/scale-child.js";
import { type ApiInProcessResult, sampleArticles, type ThroughputResult, warmupTexts } from "./measure/throughput.js";
import type { WorkerdResult } from "./measure/workerd.js";
import { project100k } from "./project.js";

const API_SEEDS_SCRIPT = fileURLToPath(new URL("../../../apps/api/scripts/generate-seeds.mjs", import.meta.url));

export interface BenchOptions {
  /** Corpus sizes for normalise + link. */
  readonly sizes: readonly number[];
  /** Articles in the throughput sample. */
  readonly sample: number;
  /** Minimum seconds per throughput measurement. */
  readonly seconds: number;
  /** Requests to workerd; 0 skips workerd. */
  readonly requests: number;
  /** Whether to measure the API route in process on Node. */
  readonly api: boolean;
  /** Pin each measurement process to one core (where taskset exists). */
  readonly pin: boolean;
  readonly seed: number;
}

const here = (f: string) => new URL(f, import.meta.url);

function gitCommit(): string {
  const cwd = fileURLToPath(new URL("../../../", import.meta.url));
  const git = (args: string) =>
    execSync(`git ${args}`, { cwd, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  try {
    const dirty = git("status --porcelain -- packages/core apps/api");
    return dirty ? `${git("rev-parse --short HEAD")}+uncommitted core/api changes` : git("rev-parse --short HEAD");
  } catch {
    return "unknown";
  }
}

export function summarise(runs: readonly ScaleResult[], failures: ScaleSummary["failures"]): ScaleSummary {
  const xs = runs.map((r) => r.count);
  const rss = runs.map((r) => r.peakRssMB);
  const rssKnown = rss.every((x) => x !== null);
  return {
    runs,
    failures,
    exponentTotal: fitExponent(
      xs,
      runs.map((r) => r.totalCpuSeconds),
    ),
    exponentNormalize: fitExponent(
      xs,
      runs.map((r) => r.normalizeCpuSeconds),
    ),
    exponentCorpus: fitExponent(
      xs,
      runs.map((r) => r.corpusCpuSeconds),
    ),
    exponentMemory: rssKnown ? fitExponent(xs, rss as number[]) : Number.NaN,
    projected100k: project100k(runs),
  };
}

/** Runs the benchmarks; `say` receives progress lines. */
export async function runBench(options: BenchOptions, say: (line: string) => void = () => {}): Promise<BenchResult> {
  const machine = machineInfo();
  const seedArgs = ["--seed", String(options.seed)];
  const pin = options.pin ? { core: 1 } : {};
  say(`measuring on ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage}`);

  say(`throughput: ${options.sample} articles, ${options.seconds} s per pass`);
  const throughput = await runChild<ThroughputResult>(
    here("./measure/throughput-child.ts"),
    ["--count", String(options.sample), "--seconds", String(options.seconds), ...seedArgs],
    pin,
  );

  // The API embeds the seed articles from a generated module; a fresh checkout has none until it is written.
  if (options.api || options.requests > 0) execFileSync(process.execPath, [API_SEEDS_SCRIPT], { stdio: "inherit" });

  let apiInProcess: ApiInProcessResult | null = null;
  if (options.api) {
    say("API route in process on Node");
    try {
      apiInProcess = await runChild<ApiInProcessResult>(
        here("./measure/api-child.ts"),
        ["--count", String(options.sample), ...seedArgs],
        pin,
      );
    } catch (e) {
      say(`  skipped: ${String(e)}`);
    }
  }

  let workerd: WorkerdResult | null = null;
  if (options.requests > 0) {
    say(`workerd: up to ${options.requests} requests on 127.0.0.1`);
    try {
      const { measureWorkerd } = await import("./measure/workerd.js");
      const texts = sampleArticles(options.sample, options.seed).map((a) => a.text);
      workerd = await measureWorkerd(texts, options.requests, 120_000, warmupTexts(options.seed));
    } catch (e) {
      say(`  skipped: ${String(e)}`);
    }
  }

  const runs: ScaleResult[] = [];
  const failures: { count: number; error: string }[] = [];
  for (const count of options.sizes) {
    say(`normalise + link ${count} articles`);
    const args = ["--count", String(count), ...seedArgs];
    try {
      const r = await runChild<ScaleResult>(here("./measure/scale-child.ts"), args, pin);
      say(
        `  ${r.totalCpuSeconds.toFixed(1)} s CPU (buildCorpus ${r.corpusCpuSeconds.toFixed(1)} s), peak RSS ${r.peakRssMB?.toFixed(0)} MB`,
      );
      runs.push(r);
    } catch (e) {
      // A size that runs out of memory or time is a finding, not a reason to lose the other figures.
      say(`  failed: ${String(e)}`);
      failures.push({ count, error: String(e) });
    }
  }

  return {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine,
    pinned: pinned && options.pin,
    options,
    throughput,
    apiInProcess,
    workerd,
    scale: runs.length > 0 ? summarise(runs, failures) : null,
  };
}
