// Recognises time expressions with chrono-node: its calendar-date parsers (month names, ISO, slashes, ranges)
// plus the custom parsers of parsers.ts, and none of its relative parsers, whose forward-looking guesses
// ("Sunday's" as the coming Sunday) we replace by tense-aware resolution. Only sentences that hold a date
// word reach the parser, which keeps the cost to a few sentences per article.
import { Chrono, en } from "chrono-node";
import { CUSTOM_PARSERS } from "./parsers.js";
import { TRIGGER } from "./words.js";

const CHRONO_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
]);
const CHRONO_REFINERS = new Set([
  "OverlapRemovalRefiner",
  "MergeWeekdayComponentRefiner",
  "ENExtractYearSuffixRefiner",
  "ENMergeDateRangeRefiner",
]);

const parser = new Chrono({
  parsers: [...CUSTOM_PARSERS, ...en.casual.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name))],
  refiners: en.casual.refiners.filter((r) => CHRONO_REFINERS.has(r.constructor.name)),
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
}

function tagValue(tags: Set<string>, prefix: string): string | undefined {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return undefined;
}

function toMention(r: ReturnType<Chrono["parse"]>[number], base: number): TimeMention | null {
  const tags = r.start.tags();
  const known = (c: "year" | "month" | "day") => (r.start.isCertain(c) ? (r.start.get(c) ?? undefined) : undefined);
  const mention: Record<string, unknown> = { text: r.text, start: base + r.index, end: base + r.index + r.text.length };
  const mod = tagValue(tags, "ng:mod:");
  if (mod === "possessive" || mod === "last" || mod === "next" || mod === "this") mention.modifier = mod;
  if (tags.has("ng:mod:possessive")) mention.modifier = mention.modifier ?? "possessive";
  const weekday = tagValue(tags, "ng:weekday:");
  const rel = tagValue(tags, "ng:rel:");
  const month = tagValue(tags, "ng:month:");
  if (weekday !== undefined) mention.weekday = Number(weekday);
  else if (rel !== undefined) {
    const [unit, offset] = rel.split(":");
    mention.unit = unit;
    mention.offset = Number(offset);
  } else if (tags.has("ng:weekend")) mention.unit = "weekend";
  else if (month !== undefined) mention.month = Number(month);
  else {
    const year = known("year");
    const m = known("month");
    const day = known("day");
    if (year === undefined && m === undefined) return null; // a bare time or weekday from chrono
    if (
      m !== undefined &&
      year === undefined &&
      day === undefined &&
      !/^[A-Z]/.test(r.text.replace(/^\W*(?:in|on|of)\s+/i, ""))
    ) {
      return null; // "may", "march" as verbs
    }
    Object.assign(mention, { year, month: m, day });
    if (tags.has("ng:year")) mention.period = /^(?:the end|the close)/i.test(r.text);
    if (r.end) {
      mention.endYear = r.end.isCertain("year") ? r.end.get("year") : year;
      mention.endMonth = r.end.isCertain("month") ? r.end.get("month") : m;
      mention.endDay = r.end.isCertain("day") ? r.end.get("day") : undefined;
    }
  }
  for (const k of Object.keys(mention)) if (mention[k] === undefined) delete mention[k];
  return mention as unknown as TimeMention;
}

/**
 * Time expressions in `text`, with offsets shifted by `base` (the text's offset in the article).
 *
 * @example
 * findTimeMentions("talks in Brussels on May 20-21", 0)[0]; // { text: "May 20-21", month: 5, day: 20, endDay: 21, ... }
 */
export function findTimeMentions(text: string, base = 0): TimeMention[] {
  if (!TRIGGER.test(text)) return [];
  const out: TimeMention[] = [];
  for (const r of parser.parse(text, FIXED_INSTANT)) {
    const m = toMention(r, base);
    if (m) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}
