// Judges the figures against the project's targets and prints them as Markdown tables. On a shared machine
// wall time includes waiting for a core, so the targets are judged on CPU time and wall time is shown beside.
import type { BenchResult } from "./bench-result.js";
import { project100k } from "./project.js";

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** null: not measured in this run. */
  readonly met: boolean | null;
}

const fmt = (n: number | null | undefined, digits = 2): string =>
  n === null || n === undefined || !Number.isFinite(n) ? "-" : n.toFixed(digits);

/** The project's speed and memory targets, each met, missed, or not measured. */
export function checkTargets(r: BenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const t = r.throughput;
  if (t) {
    const mb = t.normalize.mbPerCpuSecond;
    checks.push({
      target: "normalizeArticle >= 5 MB/s on one core",
      measured: `${fmt(mb)} MB/s of CPU (${fmt(t.normalize.mbPerSecond)} wall)`,
      met: mb >= 5,
    });
    const ratio = mb / t.compromise.mbPerCpuSecond;
    checks.push({ target: ">= 50x compromise's entity pass", measured: `${fmt(ratio, 1)}x`, met: ratio >= 50 });
  }
  const api = r.apiInProcess;
  const w = r.workerd;
  // workerd's own CPU time per request where it was read; else the same route in process on Node stands in
  const workerdP99 = w?.cpuP99Ms ?? null;
  checks.push({
    target: "p99 CPU per request < 2 ms in workerd",
    measured:
      workerdP99 !== null
        ? `p99 ${fmt(workerdP99)} ms CPU in workerd (p50 ${fmt(w?.cpuP50Ms)})`
        : api
          ? `p99 ${fmt(api.cpuP99Ms)} ms CPU in process on Node; workerd mean ${fmt(w?.cpuMsPerRequest)} ms`
          : "-",
    met: workerdP99 !== null ? workerdP99 < 2 : api ? api.cpuP99Ms < 2 : null,
  });
  const s = r.scale;
  if (s && s.runs.length >= 2) {
    checks.push({
      target: "normalise + link close to linear (exponent <= 1.15)",
      measured: `exponent ${fmt(s.exponentTotal)} (buildCorpus alone ${fmt(s.exponentCorpus)})`,
      met: s.exponentTotal <= 1.15,
    });
  }
  if (s && s.runs.length > 0) {
    const at = s.runs.find((x) => x.count === 100_000);
    const projected = project100k(s.runs);
    const cpu = at?.totalCpuSeconds ?? projected.totalCpuSeconds;
    const wall = at?.totalSeconds ?? projected.totalSeconds;
    const memory = at?.peakRssMB ?? projected.peakRssMB;
    const how = at ? "measured" : "projected";
    checks.push({
      target: "100k articles normalised + linked < 180 s on one core",
      measured: `${fmt(cpu, 0)} s CPU, ${fmt(wall, 0)} s wall (${how})`,
      met: cpu < 180,
    });
    checks.push({
      target: "100k articles peak memory < 4 GB",
      measured: `${fmt(memory === null ? null : memory / 1024)} GB peak RSS (${how})`,
      met: memory === null ? null : memory < 4096,
    });
  }
  return checks;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function throughputSection(t: NonNullable<BenchResult["throughput"]>): string[] {
  const n = t.normalize;
  const vs = (x: number) => `${fmt(n.mbPerCpuSecond / x, n.mbPerCpuSecond >= x ? 1 : 4)}x`;
  return [
    `Throughput on one core, ${t.sample.articles} articles of ${fmt(t.sample.meanBytes / 1000, 1)} kB on average:`,
    "",
    table(
      ["pass", "MB/s (CPU)", "MB/s (wall)", "articles/s (CPU)", "newsgraph vs this"],
      [
        ["newsgraph normalizeArticle", n, "1x"] as const,
        ["compromise people/places/organizations", t.compromise, vs(t.compromise.mbPerCpuSecond)] as const,
        ["one regex scan for quote marks", t.regexScan, vs(t.regexScan.mbPerCpuSecond)] as const,
      ].map(([name, rate, ratio]) => [
        name,
        fmt(rate.mbPerCpuSecond, 3),
        fmt(rate.mbPerSecond, 3),
        fmt(rate.articles / rate.cpuSeconds, 1),
        ratio,
      ]),
    ),
    "",
    `normalizeArticle per article: CPU p50 ${fmt(n.cpuP50Ms)} ms, p99 ${fmt(n.cpuP99Ms)} ms; wall p50 ${fmt(n.p50Ms)} ms, p99 ${fmt(n.p99Ms)} ms; errors ${n.errors}`,
    `  once settled (a pass after the throughput loop): CPU p50 ${fmt(n.settledCpuP50Ms)} ms, p99 ${fmt(n.settledCpuP99Ms)} ms`,
    "",
    table(
      ["stage", "CPU ms/article", "share"],
      Object.entries(t.stages).map(([k, v]) => [k, fmt(v.msPerArticle, 3), `${fmt(v.share * 100, 1)}%`]),
    ),
    "",
  ];
}

function apiSection(r: BenchResult): string[] {
  const rows: string[][] = [];
  const a = r.apiInProcess;
  if (a)
    rows.push(["Node, in process", String(a.requests), fmt(a.p50Ms), fmt(a.p99Ms), fmt(a.cpuP50Ms), fmt(a.cpuP99Ms)]);
  const w = r.workerd;
  if (w) {
    const served = `${w.requests} (${w.failures} failed)`;
    // runs saved before workerd's CPU was read per request give its mean only
    const [p50, p99] =
      w.cpuP50Ms != null ? [fmt(w.cpuP50Ms), fmt(w.cpuP99Ms)] : [`mean ${fmt(w.cpuMsPerRequest)}`, "-"];
    rows.push(["workerd over 127.0.0.1", served, fmt(w.p50Ms), fmt(w.p99Ms), p50, p99]);
  }
  if (rows.length === 0) return [];
  const warm = a?.warmup ?? w?.warmup;
  return [
    warm
      ? `POST /v1/normalize, one request at a time, after ${warm} warm-up requests with other articles:`
      : "POST /v1/normalize, one request at a time:",
    "",
    table(["served by", "requests", "wall p50 ms", "wall p99 ms", "CPU p50 ms", "CPU p99 ms"], rows),
    "",
  ];
}

function scaleSection(s: NonNullable<BenchResult["scale"]>): string[] {
  return [
    "Normalise and link (buildCorpus), one process per size:",
    "",
    table(
      [
        "articles",
        "MB",
        "normalize CPU s",
        "buildCorpus CPU s",
        "total CPU s",
        "total wall s",
        "peak RSS MB",
        "peak heap MB",
        "actors",
        "events",
        "quotes",
      ],
      s.runs.map((x) => [
        String(x.count),
        fmt(x.bytes / 1e6, 1),
        fmt(x.normalizeCpuSeconds),
        fmt(x.corpusCpuSeconds),
        fmt(x.totalCpuSeconds),
        fmt(x.totalSeconds),
        fmt(x.peakRssMB, 0),
        fmt(x.peakHeapMB, 0),
        String(x.corpus.actors),
        String(x.corpus.events),
        String(x.corpus.quotes),
      ]),
    ),
    "",
    ...s.failures.map((f) => `${f.count} articles: FAILED (${f.error})`),
    `growth exponent of CPU time (log-log fit; 1.0 is linear): total ${fmt(s.exponentTotal)}, normalize ${fmt(s.exponentNormalize)}, buildCorpus ${fmt(s.exponentCorpus)}; of peak RSS ${fmt(s.exponentMemory)}`,
    "",
  ];
}

/** The whole report as Markdown tables, as printed by `pnpm bench` and pasted into the README. */
export function formatReport(r: BenchResult): string {
  const m = r.machine;
  const out = [
    `newsgraph bench ${r.date} (commit ${r.commit}) on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadAverage}; ${r.pinned ? "each measurement pinned to one core" : "not pinned"}`,
    "",
    ...(r.throughput ? throughputSection(r.throughput) : []),
    ...apiSection(r),
    ...(r.scale ? scaleSection(r.scale) : []),
    "Targets:",
    "",
    table(
      ["target", "measured", "status"],
      checkTargets(r).map((c) => [c.target, c.measured, c.met === null ? "not measured" : c.met ? "met" : "MISSED"]),
    ),
  ];
  return out.join("\n");
}
