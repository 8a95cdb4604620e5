import { describe, expect, test } from "vitest";
import { fitExponent, percentile } from "./stats.js";

describe("fitExponent", () => {
  const xs = [1_000, 10_000, 100_000];
  const cases = [
    { name: "linear", ys: xs.map((x) => 0.002 * x), k: 1 },
    { name: "quadratic", ys: xs.map((x) => 1e-6 * x * x), k: 2 },
    { name: "n log n", ys: xs.map((x) => x * Math.log(x)), k: 1.1 },
    { name: "constant", ys: xs.map(() => 5), k: 0 },
  ];
  for (const c of cases) {
    test(`recovers the exponent of ${c.name} growth`, () => {
      expect(fitExponent(xs, c.ys)).toBeCloseTo(c.k, 1);
    });
  }

  test("is undefined for fewer than two points", () => {
    expect(fitExponent([10], [3])).toBeNaN();
  });
});

describe("percentile", () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  test("takes the nearest rank", () => {
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile(sorted, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
  });
});
