import type { IsoDate } from "@newsgraph/core";

/** The first day an ISO date at day, month or year precision covers: `2012-04` -> `2012-04-01`. */
export function firstDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day an ISO date covers: `2012-02` -> `2012-02-29`, `2012` -> `2012-12-31`. */
export function lastDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, "0")}`;
  }
  return date;
}

/**
 * Whether a date (any precision, or a range up to `end`) overlaps `[from, to]`; open ends are unbounded.
 * An unknown date overlaps nothing once a bound is given.
 *
 * @example
 * overlaps("2012-04", undefined, "2012-04-19", undefined); // true: April 2012 reaches the 19th
 */
export function overlaps(
  date: IsoDate | null,
  end: IsoDate | undefined,
  from: IsoDate | undefined,
  to: IsoDate | undefined,
): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === null) return false;
  const start = firstDay(date);
  const stop = lastDay(end ?? date);
  if (from !== undefined && stop < firstDay(from)) return false;
  if (to !== undefined && start > lastDay(to)) return false;
  return true;
}
