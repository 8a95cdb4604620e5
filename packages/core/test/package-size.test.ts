import { beforeAll, describe, expect, test } from "vitest";
import { measureCoreSize, SIZE_BUDGET_GZIP, type SizeReport } from "../scripts/size.js";

// What a browser or Worker app pays for the core: the bundle with zod, chrono-node, diff and the gazetteer
// tables, minified and gzipped. `pnpm --filter @newsgraph/core size` prints the figures and the largest parts.
let report: SizeReport;
beforeAll(async () => {
  report = await measureCoreSize();
}, 60_000);

describe("core bundle size", () => {
  test(`stays under ${SIZE_BUDGET_GZIP / 1e6} MB gzipped`, () => {
    expect(report.gzip).toBeGreaterThan(0);
    expect(report.gzip, `${report.gzip} bytes gzipped`).toBeLessThan(SIZE_BUDGET_GZIP);
  });

  test("accounts for its runtime dependencies and its own sources", () => {
    const { parts, raw } = report;
    const names = parts.map((p) => p.name);
    expect(names).toContain("zod");
    expect(names.some((n) => n.startsWith("src"))).toBe(true);
    expect(parts.reduce((sum, p) => sum + p.bytes, 0)).toBeLessThanOrEqual(raw);
  });
});
