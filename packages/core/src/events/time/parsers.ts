// Recognisers for what chrono-node gets wrong or leaves out in news text: bare years ("in 2009", "by the end
// of 2014"), "next May" / "last November", weekdays with their modifier and a possessive ("Sunday's polls"),
// and relative units ("last month", "this week", "at the weekend"). chrono resolves weekdays forward and
// reads neither bare years nor "next May"; and a full chrono pass costs about 2 ms per 4 KB article, so
// these run as plain patterns and chrono only sees the few stretches that name a calendar month or a
// numeric date. They only recognise; resolution against the article's date happens in resolve.ts.
import type { TimeMention } from "./recognize.js";
import { MONTH_PATTERN, MONTHS, RELATIVE_DAYS, WEEKDAY_PATTERN, WEEKDAYS } from "./words.js";

type Found = Omit<TimeMention, "start" | "end" | "text"> & { readonly from?: number };

export interface Recogniser {
  /** A cheap test that the text may hold a match at all: most sentences hold none. */
  readonly may: RegExp;
  readonly pattern: RegExp;
  read(m: RegExpExecArray): Found | null;
}

const YEAR_PREPOSITIONS =
  "in|by|since|until|till|from|before|after|during|of|throughout|through|to|for|around|between|and|early|late|mid-?|(?:by |at |before |until )?the (?:end|start|beginning|middle|close) of|as (?:far back|early|recently|late|long ago) as";

const capitalised = (s: string | undefined) => /^[A-Z]/.test(s ?? "");

/** "in 2009", "by 2018", "by the end of 2014": a year that a preposition marks as a time. */
const year: Recogniser = {
  may: /(?:1[89]|20)\d\d/,
  // "in 2009", and "in the 2010 election", "since the 2007 final": a year before what happened in it
  pattern: new RegExp(`\\b(?:${YEAR_PREPOSITIONS})\\s+(the\\s+)?((?:1[89]|20)\\d\\d)\\b(?![-/.,]?\\d)`, "gi"),
  read(m) {
    // "the Dangerous Drugs Act of 2002", "the Class of 2019": a year in a name
    if (NAMED_YEAR.test(m.input.slice(Math.max(0, m.index - 12), m.index + m[0].length))) return null;
    // after "the", only a year before a lower-case noun ("the 2010 election", not "the 2010 Census")
    if (m[1] && !/^\s+\p{Ll}/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    const whole = m[0];
    const value = m[2] ?? "";
    const period = whole.search(/the (?:end|start|beginning|middle|close) of/i);
    return {
      from: period >= 0 ? period : whole.length - value.length,
      year: Number(value),
      period: period >= 0 && /the (?:end|close)/i.test(whole),
    };
  },
};

/** A year that closes the name of a law or a cohort: "Act of 2002", "Class of 2019". */
const NAMED_YEAR = /\b(?:Act|Class|Code|Ordinance|Bill|Law)\s+of\s+\d{4}$/;

/** "last summer", "this winter", "next spring": a season named relative to the article's date. */
const season: Recogniser = {
  may: /(?:summer|winter|spring|autumn|fall)\b/i,
  pattern: /\b(next|last|this|coming|past)\s+(summer|winter|spring|autumn|fall)\b/gi,
  read(m) {
    const month = SEASON_MONTHS[(m[2] ?? "").toLowerCase()];
    if (!month) return null;
    const mod = (m[1] ?? "").toLowerCase();
    return {
      month,
      modifier: mod === "coming" ? "next" : mod === "past" ? "last" : (mod as "next" | "last" | "this"),
      season: true,
    };
  },
};

/** The middle month of each season, in the northern hemisphere where most news is written. */
const SEASON_MONTHS: Readonly<Record<string, number>> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

/** "next May", "last November", "this March": a month named relative to the article's date. */
const monthMod: Recogniser = {
  may: /(?:next|last|this|coming|past)\s/i,
  pattern: new RegExp(`\\b(next|last|this|coming|past)\\s+(${MONTH_PATTERN})\\b(?!\\s*\\d)`, "gi"),
  read(m) {
    const month = MONTHS[(m[2] ?? "").toLowerCase()];
    if (!month || !capitalised(m[2])) return null;
    const mod = (m[1] ?? "").toLowerCase();
    return { month, modifier: mod === "coming" ? "next" : mod === "past" ? "last" : (mod as "next" | "last" | "this") };
  },
};

/** "by the end of the month", "before the end of next week": the unit the deadline closes, as a whole. */
const endOf: Recogniser = {
  may: /\bend of (?:the|this|next) (?:week|month|year)\b/i,
  pattern: /\b(?:(?:by|before|until|till|towards?) )?the end of (the|this|next) (week|month|year)\b/gi,
  read(m) {
    const unit = (m[2] ?? "").toLowerCase() as "week" | "month" | "year";
    return { unit, offset: (m[1] ?? "").toLowerCase() === "next" ? 1 : 0 };
  },
};

/** "March last year", "in June next year": a month in the year before, after or of the article's. */
const monthOfYear: Recogniser = {
  may: /\b(?:last|next|this) year\b/i,
  pattern: new RegExp(`\\b(${MONTH_PATTERN})\\s+(last|next|this)\\s+year\\b`, "gi"),
  read(m) {
    const month = MONTHS[(m[1] ?? "").toLowerCase()];
    if (!month || !capitalised(m[1])) return null;
    const mod = (m[2] ?? "").toLowerCase();
    return { month, yearOffset: mod === "last" ? -1 : mod === "next" ? 1 : 0 };
  },
};

/** "Thursday", "on Saturday afternoon", "last Monday", "Sunday's": a weekday with what modifies it. */
const weekday: Recogniser = {
  may: /(?:sun|mon|tues|wednes|thurs|fri|satur)day/i,
  pattern: new RegExp(
    `\\b(?:(last|next|this|coming|past|on|early|late|since)\\s+)?(${WEEKDAY_PATTERN})('s)?(?:\\s+(?:morning|afternoon|evening|night))?(?:,?\\s+(?:of\\s+)?(next|last)\\s+week)?\\b`,
    "gi",
  ),
  read(m) {
    if (!capitalised(m[2])) return null;
    const mod = (m[1] ?? "").toLowerCase();
    // "since Friday" in a Friday's paper: the Friday before, never the day itself
    const modifier =
      mod === "last" || mod === "past" || mod === "since"
        ? "last"
        : mod === "next" || mod === "coming"
          ? "next"
          : mod === "this"
            ? "this"
            : m[3]
              ? "possessive"
              : undefined;
    const weekday = WEEKDAYS[(m[2] ?? "").toLowerCase()] ?? 0;
    // "on Friday next week", "Tuesday of last week"
    if (m[4]) return { weekday, weekOffset: m[4].toLowerCase() === "next" ? 1 : -1 };
    return { weekday, ...(modifier ? { modifier } : {}) };
  },
};

/** "last month", "this week", "earlier this year", "next week", "at the weekend", "yesterday", "last night". */
const relative: Recogniser = {
  may: /week|month|year|yesterday|today|tonight|tomorrow|night|morning|afternoon|evening/i,
  pattern:
    /\b(?:(?:(?:earlier|later) )?(last|next|this|past|coming) (week|month|year|weekend)|(yesterday|today|tonight|tomorrow|last night|last evening|this (?:morning|afternoon|evening))|(?:at|over|on) the (weekend))\b/gi,
  read(m) {
    const day = (m[3] ?? "").toLowerCase().replace(/^this \w+$/, "today");
    if (day) return { unit: "day", offset: RELATIVE_DAYS[day] ?? 0 };
    if (m[4]) return { unit: "weekend" };
    const mod = (m[1] ?? "").toLowerCase();
    const unit = (m[2] ?? "").toLowerCase() as "week" | "month" | "year" | "weekend";
    if (unit === "weekend") return { unit, ...(mod === "next" || mod === "last" ? { modifier: mod } : {}) };
    return { unit, offset: mod === "last" ? -1 : mod === "next" || mod === "coming" ? 1 : 0 };
  },
};

const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * "two days ago", "three weeks earlier", "a year later": a count of units back from the article's date, or
 * back or on from the time named before it in the sentence ("on Sept. 5 ... two days later").
 */
const counted: Recogniser = {
  may: /\b(?:ago|later|earlier|afterwards)\b/i,
  pattern:
    /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+(ago|later|earlier|afterwards)\b/gi,
  read(m) {
    const raw = (m[1] ?? "").toLowerCase();
    const n = COUNTS[raw] ?? Number(raw);
    if (!Number.isFinite(n) || n <= 0) return null;
    const unit = (m[2] ?? "").toLowerCase() as "day" | "week" | "month" | "year";
    const how = (m[3] ?? "").toLowerCase();
    if (how === "ago") return { unit, offset: -n };
    return { unit, offset: how === "earlier" ? -n : n, relativeTo: "previous" };
  },
};

/** Holidays on a fixed day of the year, by their lower-case name. */
const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  christmas: [12, 25],
  "christmas day": [12, 25],
  "christmas eve": [12, 24],
  "boxing day": [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "valentine's day": [2, 14],
  halloween: [10, 31],
  "st patrick's day": [3, 17],
  "st. patrick's day": [3, 17],
};

/** Holidays whose day moves from year to year, and the month they fall in. */
const MOVING_HOLIDAYS: Readonly<Record<string, { readonly month: number; readonly holiday: Holiday }>> = {
  "labor day": { month: 9, holiday: "labor-day" },
  "memorial day": { month: 5, holiday: "memorial-day" },
  thanksgiving: { month: 11, holiday: "thanksgiving" },
  "thanksgiving day": { month: 11, holiday: "thanksgiving" },
  easter: { month: 4, holiday: "easter" },
  "easter sunday": { month: 4, holiday: "easter" },
  "easter monday": { month: 4, holiday: "easter-monday" },
  "good friday": { month: 4, holiday: "good-friday" },
};

export type Holiday = "labor-day" | "memorial-day" | "thanksgiving" | "easter" | "easter-monday" | "good-friday";

/**
 * "since Christmas", "on New Year's Day", "over Easter", "after Labor Day": a holiday, dated in the year its tense
 * or modifier asks. A name that may stand for the season or a thing ("Christmas", "Easter", "Thanksgiving",
 * "Halloween" alone) needs a preposition or a modifier before it ("a Christmas tree" is no time).
 */
const holiday: Recogniser = {
  may: /christmas|easter|halloween|thanksgiving|new year's|boxing day|valentine's day|labor day|memorial day|good friday|patrick's day/i,
  pattern:
    /\b(?:(since|on|at|before|after|over|until|till|by|from|during|around|this|last|next)\s+(?:the\s+)?)?(Christmas(?: Day| Eve)?|Boxing Day|New Year's (?:Day|Eve)|Valentine's Day|Halloween|St\.? Patrick's Day|Labor Day|Memorial Day|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday)\b/g,
  read(m) {
    const name = (m[2] ?? "").toLowerCase();
    const lead = (m[1] ?? "").toLowerCase();
    if (!lead && !/\s/.test(name)) return null;
    const modifier = lead === "last" || lead === "next" || lead === "this" ? lead : undefined;
    // the expression is the holiday's name, with "last" or "next" when one says which
    const from = modifier || !lead ? 0 : m[0].length - (m[2] ?? "").length;
    const fixed = FIXED_HOLIDAYS[name];
    if (fixed) return { from, month: fixed[0], day: fixed[1], ...(modifier ? { modifier } : {}) };
    const moving = MOVING_HOLIDAYS[name];
    if (!moving) return null;
    return { from, month: moving.month, day: 1, holiday: moving.holiday, ...(modifier ? { modifier } : {}) };
  },
};

export const RECOGNISERS: readonly Recogniser[] = [
  year,
  monthMod,
  monthOfYear,
  season,
  weekday,
  relative,
  endOf,
  counted,
  holiday,
];

/** The mentions the recognisers find in `text`, offsets shifted by `base`. */
export function recognise(text: string, base: number): TimeMention[] {
  const out: TimeMention[] = [];
  for (const r of RECOGNISERS) {
    if (!r.may.test(text)) continue;
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
      const found = r.read(m);
      if (!found) continue;
      const start = m.index + (found.from ?? 0);
      const end = m.index + m[0].length;
      const mention: Record<string, unknown> = {};
      for (const k in found) if (k !== "from") mention[k] = found[k as keyof Found];
      mention.text = text.slice(start, end);
      mention.start = base + start;
      mention.end = base + end;
      out.push(mention as unknown as TimeMention);
    }
  }
  return out;
}
