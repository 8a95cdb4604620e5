// Places a recognised time expression on the calendar against the article's date, by the tense it is in.
// Without an article date, only expressions that state their year resolve; the rest wait for the corpus.
import type { DateValue } from "../../schema/common.js";
import {
  addDays,
  addMonths,
  daysBetween,
  formatIso,
  isValidDay,
  nearestWeekday,
  parseYmd,
  weekStart,
  type Ymd,
} from "./calendar.js";
import type { Holiday } from "./parsers.js";
import type { TimeMention } from "./recognize.js";
import type { Tense } from "./tense.js";

type Resolved = Omit<DateValue, "text" | "span">;

const day = (d: Ymd, basis: DateValue["basis"]): Resolved => ({ value: formatIso(d), precision: "day", basis });
const range = (a: Ymd, b: Ymd, basis: DateValue["basis"]): Resolved => ({
  value: formatIso(a),
  end: formatIso(b),
  precision: "range",
  basis,
});

function resolveStated(m: TimeMention, ref: Ymd | null, tense: Tense): Resolved | null {
  const { month, day: d } = m;
  if (m.year !== undefined && month === undefined)
    return { value: formatIso({ year: m.year, month: 1, day: 1 }, "year"), precision: "year", basis: "stated" };
  if (month === undefined) return null;
  let year = m.year;
  if (year === undefined) {
    if (!ref) return null;
    // a moving holiday is placed by its day in the reference year, then found in the year chosen
    const near = m.holiday ? holidayDay(m.holiday, ref.year) : { month, day: d ?? 1 };
    year =
      m.yearOffset !== undefined
        ? ref.year + m.yearOffset
        : pickYear(near.month, near.day, ref, m.modifier, tense, d === undefined);
  }
  if (m.holiday) return day(holidayDay(m.holiday, year), "stated");
  if (m.season) return { value: formatIso({ year, month: 1, day: 1 }, "year"), precision: "year", basis: "inferred" };
  if (d === undefined)
    return { value: formatIso({ year, month, day: 1 }, "month"), precision: "month", basis: "stated" };
  const start = { year, month, day: d };
  if (!isValidDay(start)) return null;
  if (m.endDay !== undefined) {
    const end = { year: m.endYear ?? year, month: m.endMonth ?? month, day: m.endDay };
    if (isValidDay(end) && daysBetween(start, end) > 0) return range(start, end, "stated");
  }
  return day(start, "stated");
}

/** The day of a moving holiday in `year`: American holidays by their weekday rule, Easter by the Gregorian computus. */
function holidayDay(holiday: Holiday, year: number): Ymd {
  switch (holiday) {
    case "labor-day":
      return nearestWeekday({ year, month: 8, day: 31 }, 1, 1, true);
    case "memorial-day":
      return nearestWeekday({ year, month: 6, day: 1 }, 1, -1, true);
    case "thanksgiving":
      return addDays(nearestWeekday({ year, month: 10, day: 31 }, 4, 1, true), 21);
    default: {
      const easter = easterSunday(year);
      return holiday === "easter" ? easter : addDays(easter, holiday === "good-friday" ? -2 : 1);
    }
  }
}

/** Easter Sunday of `year` (the anonymous Gregorian algorithm). */
function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** How far ahead of the article's date a day with no year and no tense may be placed. */
const FUTURE_REACH_DAYS = 90;

/** The year that puts month/day before or after the reference date, as tense and modifier ask. */
function pickYear(
  month: number,
  d: number,
  ref: Ymd,
  modifier: TimeMention["modifier"],
  tense: Tense,
  monthOnly: boolean,
): number {
  const key = (y: number) => y * 10000 + month * 100 + (monthOnly ? 0 : d);
  const refKey = ref.year * 10000 + ref.month * 100 + (monthOnly ? 0 : ref.day);
  if (modifier === "this") return ref.year;
  if (modifier === "next") return key(ref.year) > refKey ? ref.year : ref.year + 1;
  if (modifier === "last") return key(ref.year) < refKey ? ref.year : ref.year - 1;
  if (tense === "future") return key(ref.year) >= refKey ? ref.year : ref.year + 1;
  if (tense === "past" || monthOnly) return key(ref.year) <= refKey ? ref.year : ref.year - 1;
  // a day without a year and without a tense: the nearest one, though news reports the past: a day more than
  // three months ahead is last year's ("the March 4 election" in September)
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  const offset = (y: number) => daysBetween(ref, { year: y, month, day: Math.min(d, 28) });
  const distance = (y: number) => (offset(y) > FUTURE_REACH_DAYS ? Number.POSITIVE_INFINITY : Math.abs(offset(y)));
  return candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best), ref.year - 1);
}

function resolveRelative(m: TimeMention, ref: Ymd, tense: Tense): Resolved | null {
  if (m.weekday !== undefined) {
    if (m.weekOffset) return day(addDays(weekStart(ref), 7 * m.weekOffset + ((m.weekday + 6) % 7)), "inferred");
    if (m.modifier === "next") return day(nearestWeekday(ref, m.weekday, 1, true), "inferred");
    if (m.modifier === "last") return day(nearestWeekday(ref, m.weekday, -1, true), "inferred");
    if (m.modifier === "this") return day(addDays(weekStart(ref), (m.weekday + 6) % 7), "inferred");
    if (tense === "future") return day(nearestWeekday(ref, m.weekday, 1, false), "inferred");
    return day(nearestWeekday(ref, m.weekday, -1, false), "inferred");
  }
  const offset = m.offset ?? 0;
  switch (m.unit) {
    case "day":
      return day(addDays(ref, offset), "inferred");
    case "week": {
      const start = addDays(weekStart(ref), 7 * offset);
      return range(start, addDays(start, 6), "inferred");
    }
    case "month":
      return { value: formatIso(addMonths(ref, offset), "month"), precision: "month", basis: "inferred" };
    case "year":
      return {
        value: formatIso({ year: ref.year + offset, month: 1, day: 1 }, "year"),
        precision: "year",
        basis: "inferred",
      };
    case "weekend": {
      const future = m.modifier === "next" || (m.modifier !== "last" && tense !== "past");
      const saturday = nearestWeekday(ref, 6, future ? 1 : -1, m.modifier === "next" || m.modifier === "last");
      return range(saturday, addDays(saturday, 1), "inferred");
    }
    default:
      return null;
  }
}

/**
 * The calendar value of `mention` against the article date `refIso` (null when unknown), in `tense`.
 *
 * @example
 * resolveMention({ text: "Sunday's", start: 0, end: 8, weekday: 0, modifier: "possessive" }, "2011-12-08", "none");
 * // { value: "2011-12-04", precision: "day", basis: "inferred", text: "Sunday's", span: ... }
 */
export function resolveMention(mention: TimeMention, refIso: string | null, tense: Tense): DateValue | null {
  const ref = parseYmd(refIso);
  const stated = mention.weekday === undefined && mention.unit === undefined;
  const value = stated ? resolveStated(mention, ref, tense) : ref ? resolveRelative(mention, ref, tense) : null;
  if (!value) return null;
  return withEvidence(value, mention.text, { start: mention.start, end: mention.end });
}

/**
 * The value with the text that states it and its span, keys in the schema's order. Written out rather than
 * spread: this runs for every time expression, and a spread of objects of two shapes is slow.
 */
export function withEvidence(v: Resolved, text: string, span: { start: number; end: number }): DateValue {
  return v.end === undefined
    ? { value: v.value, precision: v.precision, basis: v.basis, text, span }
    : { value: v.value, end: v.end, precision: v.precision, basis: v.basis, text, span };
}
