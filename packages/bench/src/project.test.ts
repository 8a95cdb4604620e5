import { describe, expect, test } from "vitest";
import type { ScaleResult } from "./measure/scale-child.js";
import { project100k } from "./project.js";

const run = (count: number, seconds: number, peakRssMB: number) =>
  ({ count, totalCpuSeconds: seconds, totalSeconds: seconds, peakRssMB }) as ScaleResult;

describe("project100k", () => {
  test("grows time at least in proportion to the count, whatever the small sizes' fit", () => {
    // 1,000 -> 10,000 articles took 4 s -> 20 s: a fitted exponent of 0.7, flattered by fixed costs
    const p = project100k([run(1000, 4, 200), run(10000, 20, 650)]);
    expect(p.totalCpuSeconds).toBeCloseTo(200, 6);
    // memory by the marginal 0.05 MB per article between the two sizes
    expect(p.peakRssMB).toBeCloseTo(650 + 0.05 * 90000, 6);
  });

  test("follows a fitted exponent above 1", () => {
    const p = project100k([run(1000, 1, 100), run(10000, 20, 600)]);
    expect(p.totalCpuSeconds).toBeCloseTo(20 * 10 ** Math.log10(20), 6);
  });
});
