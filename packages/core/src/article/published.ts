// The publication date: from a date line or the lead's credits when the page states one; otherwise from
// a day and month in the lead sentence ("... failed on June 8 ...") with the year worked out from the
// years the text mentions; otherwise the caller's reference date. A weekday alone ("on Thursday") is
// not a date and is left to the stage that reasons across the corpus.
//
// Year rule for a day and month without a year: a year mentioned as still to come ("the next summit
// ... in May 2012", "will ... in 2013") bounds the publication from above, so the date falls in the
// last year that keeps it before that point; a year mentioned as past ("since 2009", "in 2009 ... was")
// bounds it from below. With an upper bound the year counts as stated (the text fixes it); with only a
// lower bound it is the lower bound (the year after, for a month before the month of a bound such as "since
// October 2012") and counts as inferred; with neither, the reference date's year
// (the latest year keeping the date on or before the reference), or no date at all.
// A dated photo caption ("..., December 11, 2020. REUTERS/...") shows a picture taken before the story,
// often a file photo: the story's day and month fall in the earliest year that puts them after every
// caption date. That floor also lifts a year taken from the reference date, and counts as inferred.
// Hand-written: date parsers (chrono-node) resolve a missing year against a clock, not against the
// years the article itself mentions.
import type { DateValue, Span } from "../schema/common.js";
import { matchesOf } from "../text/matches.js";
import { type FoundDate, findDates, isoOf, weekdayBefore, weekdayOfDate } from "./dates.js";

const FUTURE =
  /\b(next|upcoming|coming|will|would|shall|due|expected|scheduled|planned|plans|hopes?|until|in time for|ahead of|set to|forthcoming)\b/i;
const PAST = /\b(since|ago|last|was|were|had|did|earlier|previous|former|took|began|started|ended)\b/i;
const YEAR_MENTION = /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? )?((?:19|20)\d\d)\b/g;

/** A preposition of time right before a year (or its month): "in 2013", "by May 2012", "before 2011 or". */
const TIME_PREPOSITION = /\b(?:in|by|until|till|before|after|from|for|during|through|to|of|and|or)\s*$/i;

/** Year mentions read for bounds; an article states its time frame long before this many. */
const MAX_MENTIONS = 64;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

interface Bound {
  readonly year: number;
  readonly month: number;
}

/** The sentence around `at`: from the previous terminator to the next one. */
function sentenceAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && at - s < 300 && !/[.!?\n]/.test(text[s - 1] ?? "")) s--;
  let e = at;
  while (e < text.length && e - at < 300 && !/[.!?\n]/.test(text[e] ?? "")) e++;
  return [s, e];
}

/** Upper and lower bounds on the publication year from the years the body mentions. */
function yearBounds(
  text: string,
  body: readonly Span[],
): { upper: Bound | null; lower: number | null; lowerMonth: number } {
  let upper: Bound | null = null;
  let lower: number | null = null;
  // the month of the latest past mention that has one ("since ... October 2012"), else 1
  let lowerMonth = 1;
  let seen = 0;
  for (const p of body) {
    for (const m of matchesOf(YEAR_MENTION, text.slice(p.start, p.end))) {
      if (++seen > MAX_MENTIONS) return { upper, lower, lowerMonth };
      const at = p.start + (m.index ?? 0);
      const [s] = sentenceAround(text, at);
      const before = text.slice(s, at);
      const year = Number(m[2]);
      // a bare year bounds the date by the end of that year (month 13), a month by the start of that month
      const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 13;
      // ("production will be back at 2007 levels": a year the future is measured against bounds nothing)
      if (FUTURE.test(before) && TIME_PREPOSITION.test(before)) {
        if (!upper || year < upper.year || (year === upper.year && month < upper.month)) upper = { year, month };
      } else if (PAST.test(before) || /\b(since|in)\s*$/.test(before)) {
        // (a bare year bounds the date from the start of that year)
        const from = month === 13 ? 1 : month;
        if (lower === null || year > lower) {
          lower = year;
          lowerMonth = from;
        } else if (year === lower) lowerMonth = Math.max(lowerMonth, from);
      }
    }
  }
  return { upper, lower, lowerMonth };
}

/** The latest full date among the captions: the story is later than every picture it shows. */
function captionFloor(text: string, captions: readonly Span[]): FoundDate | null {
  let floor: FoundDate | null = null;
  for (const c of captions) {
    for (const d of findDates(text, c.start, c.end)) {
      if (d.year === null || d.day === null) continue;
      if (!floor || key(d.year, d.month, d.day) > key(floor.year ?? 0, floor.month, floor.day ?? 0)) floor = d;
    }
  }
  return floor;
}

const key = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;

const WEEKDAYS = ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"];
/** How many years from the first choice a day of the week may move the year: the days repeat within 11. */
const WEEKDAY_YEARS = 11;

const WEEKDAY_WORD = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/** The day of the week a span names ("on Tuesday evening"), 0 for Sunday, or null. */
function weekdayNamedIn(text: string, span: Span): number | null {
  const m = WEEKDAY_WORD.exec(text.slice(span.start, span.end));
  return m ? WEEKDAYS.indexOf((m[1] as string).toLowerCase()) : null;
}

/**
 * The first `weekday` after the latest day and month the body gives, with the copyright's year for those written
 * without one, as an ISO date; null without a year to read them in.
 */
function weekdayAfterDates(text: string, sources: DateSources, weekday: number): string | null {
  let latest: number | null = null;
  for (const p of sources.body)
    for (const d of findDates(text, p.start, p.end)) {
      const year = d.year ?? sources.copyrightYear ?? null;
      if (year === null || d.day === null) continue;
      const t = Date.UTC(year, d.month - 1, d.day);
      if (latest === null || t > latest) latest = t;
    }
  if (latest === null) return null;
  const at = new Date(latest);
  const ahead = (weekday - at.getUTCDay() + 7) % 7 || 7;
  return new Date(latest + ahead * 86_400_000).toISOString().slice(0, 10);
}

const DAY_OFFSET: Record<string, number> = { yesterday: 1, today: 0, tonight: 0 };
// ("yesterday, Monday June 14", "Tuesday evening, 2 April", "Wednesday, Aug. 15"): a day of the week, perhaps
// its part and the day's word for the page's day, written before a day and month
const NAMED_DAY_BEFORE =
  /\b(?:(yesterday|today|tonight)\s*[,(]?\s*)?(sun|mon|tues|wednes|thurs|fri|satur)day(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*$/i;
/** The day's word alone before a day and month, in brackets or after a comma: "yesterday (15 February)". */
const DAY_WORD_BEFORE = /\b(yesterday|today|tonight)\s*(?:\(|,)\s*$/i;
const SMALL_NUMBERS = ["two", "three", "four", "five", "six"];
// ("... peak tonight, four days after the rain of Friday, 20 July"): the page's day counted from that date
const DAYS_AFTER = /\b(yesterday|today|tonight)\b[^.!?]*?\b(two|three|four|five|six|[2-6]) days after\b[^.!?]*$/i;
const DAY_MS = 86_400_000;

/**
 * The page's day from a day and month that a day of the week confirms in the year they are written with, or the
 * copyright's: the day after when "yesterday" names it ("yesterday, Monday June 14"), that day for "today", counted
 * on when the sentence counts days after it ("tonight, four days after ... Friday, 20 July"), else the first
 * `leadWeekday` on or after the latest such day (a story of Thursday over "Tuesday evening, 2 April"), else the
 * latest such day `leadLag` days on (a lead of "yesterday" over "on Tuesday, November 8"), or that day itself. A
 * day's word alone before a day and month of the page's year ("yesterday (15 February)") counts from that day.
 * Null without one.
 */
function dayFromNamedDates(
  text: string,
  sources: DateSources,
  leadWeekday: number | null,
  leadLag: number | null = null,
): string | null {
  let latest: number | null = null;
  let bounds: ReturnType<typeof yearBounds> | undefined;
  for (const p of sources.body)
    for (const d of findDates(text, p.start, p.end)) {
      if (d.day === null) continue;
      const before = text.slice(Math.max(0, d.start - 40), d.start);
      // ("yesterday (15 February)": the day's word alone before a date of the year the page gives)
      const bare = DAY_WORD_BEFORE.exec(before)?.[1];
      const known = d.year ?? sources.copyrightYear ?? null;
      if (bare && known !== null)
        return isoOfTime(Date.UTC(known, d.month - 1, d.day) + (DAY_OFFSET[bare.toLowerCase()] ?? 0) * DAY_MS);
      const m = NAMED_DAY_BEFORE.exec(before);
      if (!m) continue;
      const weekday = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
      // ("yesterday, Saturday, March 17" on a page of no year: the year the text's years bound that has the day on
      // that day of the week)
      bounds ??= d.year === null && sources.copyrightYear == null ? yearBounds(text, sources.body) : undefined;
      const year = d.year ?? sources.copyrightYear ?? (bounds ? yearOfWeekday(bounds, d.month, d.day, weekday) : null);
      if (year === null || weekdayOfDate(year, d.month, d.day) !== weekday) continue;
      const t = Date.UTC(year, d.month - 1, d.day);
      const [s] = sentenceAround(text, d.start);
      const after = DAYS_AFTER.exec(text.slice(s, d.start));
      const said = m[1] ?? null;
      if (said) return isoOfTime(t + (DAY_OFFSET[said.toLowerCase()] ?? 0) * DAY_MS);
      if (after) {
        const n = /\d/.test(after[2] as string)
          ? Number(after[2])
          : SMALL_NUMBERS.indexOf((after[2] as string).toLowerCase()) + 2;
        return isoOfTime(t + (n + (DAY_OFFSET[(after[1] as string).toLowerCase()] ?? 0)) * DAY_MS);
      }
      if (latest === null || t > latest) latest = t;
    }
  if (latest === null) return null;
  if (leadWeekday !== null) return isoOfTime(latest + ((leadWeekday - new Date(latest).getUTCDay() + 7) % 7) * DAY_MS);
  // ("Police yesterday fired tear gas ..." over "had gathered ... on Tuesday, November 8"): the day after; a lead
  // that tells no day ("Small schools will keep playing for one title." over "Meeting Wednesday, Jan. 25, the
  // board voted"): that day
  return isoOfTime(latest + (leadLag ?? 0) * DAY_MS);
}

/**
 * The year nearest the text's bounds in which `month`/`day` falls on `weekday`: the first from a past year the
 * text mentions ("since 2003") on, else the first from a year still to come back; null with neither bound.
 */
function yearOfWeekday(
  bounds: ReturnType<typeof yearBounds>,
  month: number,
  day: number,
  weekday: number,
): number | null {
  const from = bounds.lower ?? bounds.upper?.year ?? null;
  if (from === null) return null;
  const step = bounds.lower !== null ? 1 : -1;
  for (let k = 0; k <= WEEKDAY_YEARS; k++) {
    const year = from + step * k;
    if (bounds.upper && bounds.lower !== null && year > bounds.upper.year) return null;
    if (weekdayOfDate(year, month, day) === weekday) return year;
  }
  return null;
}

const isoOfTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** How many days before the page's day a lead tells its story: 1 for "yesterday" or "last night", 0 for "today". */
function leadLag(lead: string): number | null {
  if (/\b(?:yesterday|last night)\b/i.test(lead)) return 1;
  return /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i.test(lead) ? 0 : null;
}

/**
 * Completes a day and month with a year per the rule in this file's header; a day of the week written with them
 * ("Wednesday, March 26") picks the page's copyright year when that year has the date on that day, else the
 * nearest year that does from the year the rule gives (later when that is a lower bound, earlier otherwise).
 */
function completeYear(
  d: FoundDate,
  text: string,
  sources: DateSources,
  reference: string | null,
): { year: number; basis: "stated" | "inferred" } | null {
  const found = yearByRule(d, text, sources, reference);
  const weekday = d.day === null ? null : weekdayBefore(text, d.start);
  if (weekday === null || d.day === null) return found;
  const copyright = sources.copyrightYear ?? null;
  if (copyright !== null && weekdayOfDate(copyright, d.month, d.day) === weekday)
    return { year: copyright, basis: "stated" };
  if (!found || weekdayOfDate(found.year, d.month, d.day) === weekday) return found;
  const step = found.basis === "inferred" ? 1 : -1;
  for (let k = 1; k <= WEEKDAY_YEARS; k++) {
    const year = found.year + step * k;
    if (weekdayOfDate(year, d.month, d.day) === weekday) return { year, basis: "inferred" };
  }
  return found;
}

/** The year of a day and month per the rule in this file's header. */
function yearByRule(
  d: FoundDate,
  text: string,
  sources: DateSources,
  reference: string | null,
): { year: number; basis: "stated" | "inferred" } | null {
  const { upper, lower, lowerMonth } = yearBounds(text, sources.body);
  const floor = captionFloor(text, sources.captions ?? []);
  const day = d.day ?? 1;
  // the earliest year that puts the date after the latest caption date
  const floorYear =
    floor?.year != null
      ? floor.year + (key(floor.year, d.month, day) <= key(floor.year, floor.month, floor.day ?? 0) ? 1 : 0)
      : null;
  if (upper) {
    const year = d.month <= upper.month ? upper.year : upper.year - 1;
    if ((lower === null || year >= lower) && (floorYear === null || year >= floorYear))
      return { year, basis: "stated" };
  }
  if (reference) {
    const [ry = 0, rm = 1, rd = 1] = reference.split("-").map(Number);
    const year = d.month < rm || (d.month === rm && day <= rd) ? ry : ry - 1;
    if (floorYear === null || year >= floorYear) return { year, basis: "stated" };
  }
  // ("Sunamganj, Apr 6 (UNB) -" over "(c) 2010 United News of Bangladesh"): the page's copyright year, when
  // nothing the text says puts the date later
  const copyright = sources.copyrightYear ?? null;
  if (copyright !== null && (floorYear ?? copyright) <= copyright && (lower ?? copyright) <= copyright)
    return { year: copyright, basis: "inferred" };
  if (floorYear !== null) return { year: floorYear, basis: "inferred" };
  // ("Maputo, 24 Jan" over "since the rainy season began in October 2012": a month before the bound's is in the
  // year after it)
  if (lower !== null) return { year: d.month < lowerMonth ? lower + 1 : lower, basis: "inferred" };
  return null;
}

/** A dated value with its evidence. */
function dateValue(raw: string, d: FoundDate, year: number, basis: DateValue["basis"]): DateValue {
  return {
    value: isoOf(year, d.month, d.day),
    precision: d.day === null ? "month" : "day",
    basis,
    text: raw.slice(d.start, d.end),
    span: { start: d.start, end: d.end },
  };
}

/** Where the publication date may be stated, best first. */
export interface DateSources {
  /** Full dates from date lines and lead credits, in order of preference. */
  readonly stated: readonly FoundDate[];
  /** A day and month without a year in the lead's credits ("BEIJING, June 8 (Xinhua) --"). */
  readonly partial: FoundDate | null;
  /** The first sentence of the body, where "on June 8" dates the story. */
  readonly leadSentence: Span | null;
  readonly body: readonly Span[];
  /** Photo captions, whose dates bound the story's date from below. */
  readonly captions?: readonly Span[];
  /** The year of the page's copyright line, which a day of the week written with the date may confirm. */
  readonly copyrightYear?: number | null;
}

/**
 * Decides the publication date.
 *
 * @example
 * decidePublished(raw, folded, { stated: [], leadSentence, body }, null) // { value: "2011-06-08", basis: "stated", ... }
 */
export function decidePublished(
  raw: string,
  folded: string,
  sources: DateSources,
  reference: string | null,
): DateValue | null {
  const stated = sources.stated.find((d) => d.year !== null);
  if (stated?.year) return dateValue(raw, stated, stated.year, "stated");
  const partial = sources.partial;
  if (partial) {
    const y = completeYear(partial, folded, sources, reference);
    if (y) return dateValue(raw, partial, y.year, y.basis);
  }
  const lead = sources.leadSentence;
  if (lead) {
    const d = findDates(folded, lead.start, lead.end).find(
      (x) => x.day !== null && /\bon\s+(\w+,?\s+)?$/i.test(folded.slice(Math.max(lead.start, x.start - 20), x.start)),
    );
    // ("... signed on Tuesday evening a ceasefire ... to end the fighting that erupted on August 26"): with a day
    // of the week in the lead that is not the date's own, the date tells what came before; the story's day is
    // that weekday after the latest date the text gives
    const leadDay = d && weekdayBefore(folded, d.start) === null ? weekdayNamedIn(folded, lead) : null;
    if (d && leadDay !== null) {
      const after = weekdayAfterDates(folded, sources, leadDay);
      if (after) return { value: after, precision: "day", basis: "inferred" };
    }
    // ("Police yesterday fired tear gas ... since the lawyers began a strike on October 11"): a lead that tells
    // its story as of yesterday or today dates something else by its day and month; a day and month that a day of
    // the week confirms, the story's, is a day before the page's or the page's own
    const lag = d && !d.year ? leadLag(folded.slice(lead.start, lead.end)) : null;
    const told = lag !== null ? dayFromNamedDates(folded, sources, null, lag) : null;
    if (told) return { value: told, precision: "day", basis: "inferred" };
    if (d?.year) return dateValue(raw, d, d.year, "stated");
    if (d) {
      const y = completeYear(d, folded, sources, reference);
      if (y) return dateValue(raw, d, y.year, y.basis);
    }
  }
  const named = lead
    ? dayFromNamedDates(folded, sources, weekdayNamedIn(folded, lead), leadLag(folded.slice(lead.start, lead.end)))
    : null;
  if (named) return { value: named, precision: "day", basis: "inferred" };
  return reference
    ? {
        value: reference,
        precision: reference.length === 10 ? "day" : reference.length === 7 ? "month" : "year",
        basis: "reference",
      }
    : null;
}
