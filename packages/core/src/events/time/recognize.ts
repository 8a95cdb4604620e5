// Recognises time expressions: the patterns of parsers.ts for relative expressions and bare years, and
// chrono-node's calendar-date parsers (month names, ISO, slashes, ranges with its merge refiners) for the
// stretches of text that name a month or a numeric date. Only sentences that hold a date word get this far.
import { Chrono, en, type Parser, type ParsingContext } from "chrono-node";
import type { Holiday } from "./parsers.js";
import { recognise } from "./parsers.js";
import { CALENDAR_TRIGGER, MONTH_PATTERN, MONTHS, TRIGGER } from "./words.js";

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

/**
 * The pattern of chrono's parser of a month's name alone ("in December", "May"), the last of CHRONO_PARSER_AT.
 * Its pattern reads nothing of the parsing context.
 */
const MONTH_NAME = (en.casual.parsers[CHRONO_PARSER_AT[5]] as Parser).pattern(undefined as unknown as ParsingContext);
/** The names that chrono reads as a month even written in three letters. */
const FULL_MONTH_NAMES: ReadonlySet<string> = new Set(MONTH_PATTERN.split("|"));
/** Words that chrono reads as a day of the month: every one holds one of these. */
const ORDINAL_WORD = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;

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
  /** "Friday next week", "Tuesday of last week": the weekday in the week this many weeks from the article's. */
  readonly weekOffset?: number;
  /** "March last year": the month's year counted from the article's year. */
  readonly yearOffset?: number;
  /** "by the end of 2014", "by 2018": the year is a deadline rather than the time of the act. */
  readonly period?: boolean;
  /** "two days later": the unit and offset count from the time named before it in the sentence. */
  readonly relativeTo?: "previous";
  /** "last summer": the month stands for a season, whose year is all that is known. */
  readonly season?: true;
  /** "after Labor Day", "over Easter": a holiday whose day in the month depends on the year. */
  readonly holiday?: Holiday;
  /** "at about 4pm": an hour alone, of the day the story tells (see `clockTime`). */
  readonly clock?: true;
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
  // ("in October, and": chrono's text of a month without a year may end in the comma after it)
  const text = r.text.endsWith(",") ? r.text.slice(0, -1) : r.text;
  const mention: Record<string, unknown> = { text, start: base + r.index, end: base + r.index + text.length };
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

/**
 * The patterns of chrono's other calendar parsers (all of CHRONO_PARSER_AT but the last), which read nothing of the
 * parsing context either. A parser whose pattern matches nowhere in a window finds nothing there.
 */
const OTHER_CALENDAR_PATTERNS: readonly RegExp[] = CHRONO_PARSER_AT.slice(0, -1).map((at) =>
  (en.casual.parsers[at] as Parser).pattern(undefined as unknown as ParsingContext),
);
/** A year as chrono's parser of month names reads it unchanged: four digits, no era, no two-digit year. */
const PLAIN_YEAR = /^[1-9]\d{3}$/;

/** Whether a parser of CHRONO_PARSER_AT other than the month names' may find something in `window`. */
function otherParserMatches(window: string): boolean {
  // with no digit and no ordinal word, none can: each wants a day or a year
  if (!/\d/.test(window) && !ORDINAL_WORD.test(window)) return false;
  for (const pattern of OTHER_CALENDAR_PATTERNS) if (pattern.test(window)) return true;
  return false;
}

/**
 * What chrono finds in a window where only its parser of month names finds anything (see otherParserMatches), as
 * toMention gives it, or undefined when chrono must read the window itself. One finding passes chrono's refiners
 * unchanged (they merge or drop pairs, and the year-suffix refiner never follows a month name that this parser's
 * lookahead let end where it did). That parser's pattern is run here as chrono runs it (parsers.ts describes
 * chrono's cost; most of it is the dated result chrono builds for each finding, in the local time zone). Two
 * findings or more, or a year that is not four plain digits, go to chrono.
 */
function monthNameOnly(window: string, base: number): TimeMention[] | undefined {
  if (otherParserMatches(window)) return undefined;
  let found: { readonly start: number; readonly end: number; readonly name: string; readonly year: string } | null =
    null;
  let rest = window;
  for (let m = MONTH_NAME.exec(rest); m; m = MONTH_NAME.exec(rest)) {
    // groups: the character before, "in ", the name, the year
    const at = m.index + window.length - rest.length + (m[1] ?? "").length;
    const length = m[0].length - (m[1] ?? "").length;
    const name = (m[3] ?? "").toLowerCase();
    // "Dec" alone is no month to chrono; it goes on from the next character
    if (length <= 3 && !FULL_MONTH_NAMES.has(name)) {
      rest = window.substring(at + 1);
      continue;
    }
    if (found) return undefined;
    // ("in October, and": chrono's pattern takes the comma after a month without a year; the name ends before it)
    let end = at + length;
    while (m[4] === undefined && end > at && (window.charCodeAt(end - 1) === 44 || window.charCodeAt(end - 1) === 32))
      end--;
    found = { start: at + (m[2] ?? "").length, end, name, year: m[4] ?? "" };
    rest = window.substring(found.end);
  }
  if (!found) return [];
  const text = window.substring(found.start, found.end);
  if (found.year !== "") return withYear(found, text, base);
  // as toMention: a month alone must be written with a capital
  if (!/^[A-Z]/.test(text.replace(/^\W*(?:in|on|of)\s+/i, ""))) return [];
  const month = MONTHS[found.name.replace(/\.$/, "")];
  return month === undefined ? undefined : [{ text, start: base + found.start, end: base + found.end, month }];
}

/** A month's name with its year ("April 2013"), as toMention gives it: a stated year needs no capital. */
function withYear(
  found: { readonly start: number; readonly end: number; readonly name: string; readonly year: string },
  text: string,
  base: number,
): TimeMention[] | undefined {
  const month = MONTHS[found.name.replace(/\.$/, "")];
  if (month === undefined || !PLAIN_YEAR.test(found.year)) return undefined;
  return [{ text, start: base + found.start, end: base + found.end, year: Number(found.year), month }];
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
    const window = text.slice(start, end);
    const named = monthNameOnly(window, base + start);
    if (named) found.push(...named);
    else
      for (const r of parser.parse(window, FIXED_INSTANT)) {
        const m = toMention(r, base + start);
        if (m) found.push(m);
      }
  }
  // most sentences that get this far hold one reading or none, which overlaps nothing
  if (found.length < 2) return found;
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
