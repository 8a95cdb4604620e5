import { describe, expect, test } from "vitest";
import { checkTargets, formatReport } from "./report.js";
import { runBench } from "./run.js";

// The harness end to end on a tiny size: every child process starts, measures and reports. The figures
// themselves are not checked: speed is measured by `pnpm bench`, never asserted in a test.
describe("runBench", () => {
  test("runs throughput, yardsticks and normalise + link on 10 articles and reports them", async () => {
    const result = await runBench({
      sizes: [10],
      sample: 6,
      seconds: 0.01,
      requests: 0,
      api: false,
      pin: false,
      seed: 1,
    });
    expect(result.throughput?.sample.articles).toBe(6);
    expect(result.throughput?.normalize.errors).toBe(0);
    expect(result.throughput?.compromise.articles).toBeGreaterThanOrEqual(6);
    expect(Object.keys(result.throughput?.stages ?? {})).toEqual([
      "cleaning",
      "actors",
      "quotes",
      "events",
      "assembly",
    ]);
    expect(result.scale?.runs.map((r) => [r.count, r.errors])).toEqual([[10, 0]]);
    expect(result.scale?.runs[0]?.corpus.actors).toBeGreaterThanOrEqual(0);
    const report = formatReport(result);
    expect(report).toContain("normalizeArticle");
    expect(report).toContain("Targets:");
    const targets = checkTargets(result).map((c) => c.target);
    expect(targets).toContain("normalizeArticle >= 5 MB/s on one core");
    expect(targets).toContain("100k articles peak memory < 4 GB");
  });
});
