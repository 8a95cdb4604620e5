// Calendar arithmetic on plain year-month-day triples, in UTC so that no time zone or clock leaks in.

/** A calendar day; `month` is 1-12. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

function toMs(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromMs(ms: number): Ymd {
  const x = new Date(ms);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

/** Parses `YYYY-MM-DD` (a longer ISO string is cut to its date); null for a coarser or malformed date. */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  // the article's own date is parsed for every expression of the article: the last one parsed is kept
  if (iso === lastParsed.iso) return lastParsed.ymd;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  const ymd = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  lastParsed = { iso, ymd };
  return ymd;
}
let lastParsed: { readonly iso: string | null | undefined; readonly ymd: Ymd | null } = { iso: "", ymd: null };

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** `2011-12-08`; with `precision` "month" or "year" the coarser ISO form. */
export function formatIso(d: Ymd, precision: "day" | "month" | "year" = "day"): string {
  if (precision === "year") return pad(d.year, 4);
  if (precision === "month") return `${pad(d.year, 4)}-${pad(d.month)}`;
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromMs(toMs(d) + n * DAY_MS);
}

export function addMonths(d: Ymd, n: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
  return new Date(toMs(d)).getUTCDay();
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** Whether the day exists (rejects 31 April, 29 February 2011). */
export function isValidDay(d: Ymd): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  const back = fromMs(toMs(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
}

/** The given weekday on or before (`dir` -1) or on or after (`dir` 1) `d`; `strict` excludes `d` itself. */
export function nearestWeekday(d: Ymd, weekday: number, dir: 1 | -1, strict: boolean): Ymd {
  let delta = dir === -1 ? (weekdayOf(d) - weekday + 7) % 7 : (weekday - weekdayOf(d) + 7) % 7;
  if (strict && delta === 0) delta = 7;
  return addDays(d, dir * delta);
}

/** Monday of the week that holds `d`. */
export function weekStart(d: Ymd): Ymd {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}
