/** The value below which `p` (0..1) of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * The exponent k of y = c * x^k fitted by least squares on log x, log y: 1.0 is linear growth, 2.0 quadratic.
 *
 * @example
 * fitExponent([1e3, 1e4, 1e5], [1, 10, 100]); // 1
 */
export function fitExponent(xs: readonly number[], ys: readonly number[]): number {
  const points = xs.map((x, i) => [Math.log(x), Math.log(ys[i]!)] as const).filter(([a, b]) => Number.isFinite(a + b));
  if (points.length < 2) return Number.NaN;
  const mx = sum(points.map(([a]) => a)) / points.length;
  const my = sum(points.map(([, b]) => b)) / points.length;
  const num = sum(points.map(([a, b]) => (a - mx) * (b - my)));
  const den = sum(points.map(([a]) => (a - mx) ** 2));
  return den === 0 ? Number.NaN : num / den;
}
