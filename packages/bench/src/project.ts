import type { ScaleSummary } from "./bench-result.js";
import { fitExponent } from "./lib/stats.js";
import type { ScaleResult } from "./measure/scale-child.js";

const TARGET = 100_000;

/**
 * What 100,000 articles would cost, from the sizes that ran: time by the fitted power law from the largest
 * size, and no less than in proportion to the count (a lower bound: a run of 100,000 costs more); memory by the marginal memory per article between the two largest sizes (a power fit of peak RSS is
 * flattered by the process's fixed baseline at small sizes).
 */
export function project100k(runs: readonly ScaleResult[]): ScaleSummary["projected100k"] {
  const sorted = [...runs].sort((a, b) => a.count - b.count);
  const last = sorted.at(-1);
  if (!last) return { totalCpuSeconds: Number.NaN, totalSeconds: Number.NaN, peakRssMB: null };
  const xs = sorted.map((r) => r.count);
  const scale = (ys: number[]) => {
    // a fit under 1 is the small sizes' fixed costs (start-up, the engine's compilers); past the largest size
    // the heap only grows, and with it the collector's work, so the cost grows at least in proportion
    const k = fitExponent(xs, ys);
    return ys.at(-1)! * (TARGET / last.count) ** (Number.isFinite(k) ? Math.max(1, k) : 1);
  };
  const prev = sorted.at(-2);
  let peakRssMB: number | null = null;
  if (last.peakRssMB !== null) {
    const perArticle =
      prev?.peakRssMB != null
        ? (last.peakRssMB - prev.peakRssMB) / (last.count - prev.count)
        : last.peakRssMB / last.count;
    peakRssMB = last.peakRssMB + Math.max(0, perArticle) * (TARGET - last.count);
  }
  return {
    totalCpuSeconds: scale(sorted.map((r) => r.totalCpuSeconds)),
    totalSeconds: scale(sorted.map((r) => r.totalSeconds)),
    peakRssMB,
  };
}
