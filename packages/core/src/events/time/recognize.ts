// Recognises time expressions: the patterns of parsers.ts for relative expressions and bare years, and
// chrono-node's calendar-date parsers (month names, ISO, slashes, ranges with its merge refiners) for the
// stretches of text that name a month or a numeric date. Only sentences that hold a date word get this far.
import { Chrono, en } from "chrono-node";
import { recognise } from "./parsers.js";
import { CALENDAR_TRIGGER, TRIGGER } from "./words.js";

/**
 * chrono-node's English parsers and refiners that read calendar dates, by their place in its casual
 * configuration. Not by class name: a minifying bundler renames classes, and the core must find the same
 * dates minified. chrono-node is pinned to one version; a test checks that these places hold the classes
 * named in CHRONO_PARSER_NAMES and CHRONO_REFINER_NAMES.
 */
export const CHRONO_PARSER_AT = [0, 1, 2, 4, 5, 15] as const;
export const CHRONO_PARSER_NAMES = [
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
] as const;
export const CHRONO_REFINER_AT = [1, 4, 6, 9, 13, 14] as const;
export const CHRONO_REFINER_NAMES = [
  "OverlapRemovalRefiner",
  "OverlapRemovalRefiner",
  "MergeWeekdayComponentRefiner",
  "OverlapRemovalRefiner",
  "ENExtractYearSuffixRefiner",
  "ENMergeDateRangeRefiner",
] as const;

const pick = <T>(list: readonly T[], at: readonly number[]): T[] =>
  at.map((i) => list[i]).filter((x): x is T => x !== undefined);
const parser = new Chrono({
  parsers: pick(en.casual.parsers, CHRONO_PARSER_AT),
  refiners: pick(en.casual.refiners, CHRONO_REFINER_AT),
});
// Parsing needs an instant; only the components the text states are read, so any fixed one does.
const FIXED_INSTANT = new Date(Date.UTC(2000, 0, 1));

/** What a time expression states, before it is placed against the article's date. */
export interface TimeMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly endYear?: number;
  readonly endMonth?: number;
  readonly endDay?: number;
  readonly weekday?: number;
  /** A relative unit and offset: "last month" is month -1, "tomorrow" is day 1. */
  readonly unit?: "day" | "week" | "month" | "year" | "weekend";
  readonly offset?: number;
  readonly modifier?: "last" | "next" | "this" | "possessive";
  /** "by the end of 2014", "by 2018": the year is a deadline rather than the time of the act. */
  readonly period?: boolean;
  /** "two days later": the unit and offset count from the time named before it in the sentence. */
  readonly relativeTo?: "previous";
}

function toMention(r: ReturnType<Chrono["parse"]>[number], base: number): TimeMention | null {
  const known = (c: "year" | "month" | "day") => (r.start.isCertain(c) ? (r.start.get(c) ?? undefined) : undefined);
  const year = known("year");
  const month = known("month");
  const day = known("day");
  if (year === undefined && month === undefined) return null; // a bare time or weekday
  // "may", "march" as verbs: a month alone must be written with a capital
  if (
    month !== undefined &&
    year === undefined &&
    day === undefined &&
    !/^[A-Z]/.test(r.text.replace(/^\W*(?:in|on|of)\s+/i, ""))
  )
    return null;
  // only the known parts, added in order: deleting the unknown ones afterwards made a slow dictionary of it
  const mention: Record<string, unknown> = { text: r.text, start: base + r.index, end: base + r.index + r.text.length };
  if (year !== undefined) mention.year = year;
  if (month !== undefined) mention.month = month;
  if (day !== undefined) mention.day = day;
  if (r.end) {
    const endYear = r.end.isCertain("year") ? r.end.get("year") : year;
    const endMonth = r.end.isCertain("month") ? r.end.get("month") : month;
    const endDay = r.end.isCertain("day") ? r.end.get("day") : undefined;
    if (endYear !== undefined) mention.endYear = endYear;
    if (endMonth !== undefined) mention.endMonth = endMonth;
    if (endDay !== undefined) mention.endDay = endDay;
  }
  return mention as unknown as TimeMention;
}

/** Stretches around each calendar word, merged where they touch: what chrono gets to read. */
function calendarWindows(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CALENDAR_TRIGGER.lastIndex = 0;
  for (let m = CALENDAR_TRIGGER.exec(text); m; m = CALENDAR_TRIGGER.exec(text)) {
    const start = Math.max(0, m.index - 14);
    const end = Math.min(text.length, m.index + m[0].length + 24);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/**
 * Time expressions in `text`, with offsets shifted by `base` (the text's offset in the article).
 *
 * @example
 * findTimeMentions("talks in Brussels on May 20-21", 0)[0]; // { text: "May 20-21", month: 5, day: 20, endDay: 21, ... }
 */
export function findTimeMentions(text: string, base = 0): TimeMention[] {
  if (!TRIGGER.test(text)) return [];
  const found = recognise(text, base);
  for (const w of calendarWindows(text)) {
    // widen to word edges so that chrono sees whole words
    const start = text.lastIndexOf(" ", w.start) + 1;
    const cut = text.indexOf(" ", w.end);
    const end = cut < 0 ? text.length : cut;
    for (const r of parser.parse(text.slice(start, end), FIXED_INSTANT)) {
      const m = toMention(r, base + start);
      if (m) found.push(m);
    }
  }
  // overlapping readings: the longer wins, and at equal length the first found (a recogniser's)
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
