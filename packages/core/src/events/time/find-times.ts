import type { DateValue } from "../../schema/common.js";
import { findTimeMentions, type TimeMention } from "./recognize.js";
import { resolveMention } from "./resolve.js";
import { deadlineMet, type Tense, tenseAfterStart, tenseBefore } from "./tense.js";

/** A time expression of a sentence with its tense and, when the article date allows, its calendar value. */
export interface TimeExpression {
  readonly mention: TimeMention;
  readonly tense: Tense;
  readonly value: DateValue | null;
}

/** "between January and October 2003": a month without its year takes the year of the month it runs to. */
function sharedYear(sentence: string, base: number, m: TimeMention, next: TimeMention | undefined): TimeMention {
  if (m.year !== undefined || m.month === undefined || next?.year === undefined || next.month === undefined) return m;
  if (!/^\s*(?:and|to|through|until|till|-|\u2013)\s*$/.test(sentence.slice(m.end - base, next.start - base))) return m;
  return { ...m, year: next.year };
}

/**
 * "on Friday morning, March 15", "Tuesday (June 4)": a weekday that a stated date follows is that date, one
 * expression whose value is the stated day; null when `m` and `next` are no such pair.
 */
function weekdayOfDate(
  sentence: string,
  base: number,
  m: TimeMention,
  next: TimeMention | undefined,
): TimeMention | null {
  if (m.weekday === undefined || m.month !== undefined || m.modifier !== undefined) return null;
  if (next?.day === undefined || next.month === undefined || next.weekday !== undefined || next.unit !== undefined)
    return null;
  if (!/^\s*(?:,|\()\s*(?:the\s+)?$/.test(sentence.slice(m.end - base, next.start - base))) return null;
  return { ...next, text: sentence.slice(m.start - base, next.end - base), start: m.start };
}

/**
 * Every time expression of `sentence` (which starts at offset `base` of the article), resolved against the
 * article date `refIso`. Run it again with a new date to re-resolve an article whose date was inferred.
 *
 * @example
 * findTimes("Putin criticised Sunday's elections.", 0, "2011-12-08")[0]?.value?.value; // "2011-12-04"
 */
export function findTimes(sentence: string, base: number, refIso: string | null): TimeExpression[] {
  // the last day named so far, which "two days later" counts from; a loop, not a closure over it, which would
  // make V8 allocate a context for every sentence
  let previous: string | null = null;
  const out: TimeExpression[] = [];
  const mentions = findTimeMentions(sentence, base);
  for (let i = 0; i < mentions.length; i++) {
    const pair = weekdayOfDate(sentence, base, mentions[i] as TimeMention, mentions[i + 1]);
    if (pair) i++;
    const mention = pair ?? sharedYear(sentence, base, mentions[i] as TimeMention, mentions[i + 1]);
    // only a weekday, a weekend or a date without its year depends on the tense
    const needsTense =
      mention.weekday !== undefined ||
      mention.unit === "weekend" ||
      (mention.year === undefined && mention.month !== undefined);
    const read = needsTense ? tenseBefore(sentence, mention.start - base) : "none";
    // ", and by Thursday most of the downtown was still coated in mud": a deadline whose clause goes on in the past
    const before = read === "future" && deadlineMet(sentence, mention.start - base, mention.end - base) ? "past" : read;
    const tense =
      before === "none" && needsTense ? tenseAfterStart(sentence, mention.start - base, mention.end - base) : before;
    // a count from the time named before ("two days later") needs that time; anything else resolves against the
    // article's date, or on its own when it states its year
    const value: DateValue | null =
      mention.relativeTo === "previous"
        ? previous
          ? resolveMention(mention, previous, tense)
          : null
        : resolveMention(mention, refIso, tense);
    if (value?.precision === "day") previous = value.value;
    out.push({ mention, tense, value });
  }
  return out;
}
