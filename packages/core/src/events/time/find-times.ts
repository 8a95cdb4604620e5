import type { DateValue, Span } from "../../schema/common.js";
import { findTimeMentions, type TimeMention } from "./recognize.js";
import { resolveMention } from "./resolve.js";
import { deadlineMet, type Tense, tenseAfterStart, tenseBefore } from "./tense.js";

/** A time expression of a sentence with its tense and, when the article date allows, its calendar value. */
export interface TimeExpression {
  readonly mention: TimeMention;
  readonly tense: Tense;
  readonly value: DateValue | null;
  /**
   * Whether it modifies the noun after it ("Sunday's vote", "the December 1 presidential election", "the 2008
   * election"): it dates that noun's happening, not an act whose object holds it.
   */
  readonly attributive: boolean;
}

/** "between January and October 2003": a month without its year takes the year of the month it runs to. */
function sharedYear(sentence: string, base: number, m: TimeMention, next: TimeMention | undefined): TimeMention {
  if (m.year !== undefined || m.month === undefined || next?.year === undefined || next.month === undefined) return m;
  if (!/^\s*(?:and|to|through|until|till|-|\u2013)\s*$/.test(sentence.slice(m.end - base, next.start - base))) return m;
  return { ...m, year: next.year };
}

/**
 * A day and month with no year followed right after by "last year", "this year" or "next year" ("on March 9 last
 * year"), as one mention with the year they count to from the article's date `refIso`; null otherwise.
 */
function yearCounted(
  sentence: string,
  base: number,
  m: TimeMention,
  next: TimeMention | undefined,
  refIso: string | null,
): TimeMention | null {
  if (m.year !== undefined || m.month === undefined || m.day === undefined || !refIso) return null;
  if (next?.unit !== "year" || next.offset === undefined || next.relativeTo !== undefined) return null;
  if (!/^,?\s+$/.test(sentence.slice(m.end - base, next.start - base))) return null;
  if (!/^(?:last|this|next) year$/i.test(next.text)) return null;
  return {
    ...m,
    text: sentence.slice(m.start - base, next.end - base),
    end: next.end,
    year: Number(refIso.slice(0, 4)) + next.offset,
  };
}

/** Words that may follow a date and do not make it a noun's modifier ("the December 1 and 2 talks" aside). */
const NOT_A_NOUN_AFTER_DATE = new Set([
  "and",
  "or",
  "to",
  "at",
  "in",
  "on",
  "of",
  "for",
  "by",
  "with",
  "as",
  "when",
  "after",
  "before",
  "until",
  "till",
  "through",
  "from",
  "was",
  "is",
  "were",
  "are",
  "will",
  "would",
  "had",
  "has",
  "have",
  "that",
  "which",
  "the",
  "a",
  "an",
  "but",
  "while",
  "since",
  "during",
  "this",
  "last",
  "next",
  "morning",
  "afternoon",
  "evening",
  "night",
]);

/**
 * Whether time mention `m` modifies the noun after it: a weekday's or a day's possessive ("Sunday's vote",
 * "last week's meeting"), or a date between "the" and a lower-case word ("the December 1 presidential election",
 * "the July 10 deadline", "the 2008 election"); not where a preposition puts an act at the occasion the noun
 * names ("at Sunday's rally").
 */
function isAttributive(sentence: string, base: number, m: TimeMention): boolean {
  const end = m.end - base;
  const after = /^(?:'s)?\s+([a-z][a-z-]*)/.exec(sentence.slice(end, end + 30));
  if (!after || !isNounWord(after[1] as string)) return false;
  const start = m.start - base;
  const before = sentence.slice(Math.max(0, start - 12), start);
  // "arrested 20 people at Sunday's march", "agreed at the June 5 meeting": what happens at it takes its day
  if (AT_THE_OCCASION.test(before) || OCCASION_OPENER.test(m.text)) return false;
  if (m.modifier === "possessive" || after[0].startsWith("'s") || sentence.endsWith("'s", end)) return true;
  return /\bthe\s+$/i.test(before);
}

const isNounWord = (w: string) => !NOT_A_NOUN_AFTER_DATE.has(w) && !/(?:ed|ing|ly)$/.test(w);

/** At most how many words of the noun phrase an attributive time modifies are read ("presidential election"). */
const MODIFIED_WORDS = 3;

/**
 * Where the words that attributive time `t` modifies stand in `sentence` (which starts at `base`), as article
 * offsets: "elections" of "Sunday's elections before", "presidential election" of "the December 1 presidential
 * election, saying". Null when `t` is not attributive.
 */
export function modifiedNoun(sentence: string, base: number, t: TimeExpression): Span | null {
  if (!t.attributive) return null;
  const from = t.mention.end - base;
  // a word opening in lower case, hyphened words whole ("pro-Kremlin rally")
  const words = /[a-z][a-z]*(?:-[A-Za-z]+)*/g;
  words.lastIndex = /^(?:'s)?\s+/.exec(sentence.slice(from))?.[0].length ?? 0;
  words.lastIndex += from;
  let start = -1;
  let end = -1;
  for (let n = 0; n < MODIFIED_WORDS; n++) {
    const at = words.lastIndex;
    const w = words.exec(sentence);
    if (!w || w.index !== (end < 0 ? at : end + 1) || !isNounWord(w[0])) break;
    if (start < 0) start = w.index;
    end = w.index + w[0].length;
  }
  return start < 0 ? null : { start: base + start, end: base + end };
}

/** A preposition that puts an act at the occasion a dated noun names: "at Sunday's rally", "during the May 1 march". */
const AT_THE_OCCASION = /\b(?:on|at|during|in|amid|throughout)\s+(?:the\s+)?$/i;
/** The same preposition read as part of the expression: "on Sunday's". */
const OCCASION_OPENER = /^(?:on|at|during|in)\s/i;

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
    // ("March 9 last year", "May 3 next year": the day and month in the year the words after them count to)
    const counted = pair ? null : yearCounted(sentence, base, mentions[i] as TimeMention, mentions[i + 1], refIso);
    if (counted) i++;
    const mention = pair ?? counted ?? sharedYear(sentence, base, mentions[i] as TimeMention, mentions[i + 1]);
    // only a weekday, a weekend or a date without its year depends on the tense
    const needsTense =
      mention.weekday !== undefined ||
      mention.unit === "weekend" ||
      (mention.year === undefined && mention.month !== undefined);
    // ("announced higher prices from September 1"): the day a change starts from, told with a day and month,
    // is the nearest such day whatever the verb's tense
    const startsFrom =
      mention.day !== undefined &&
      mention.weekday === undefined &&
      /\bfrom\s+$/i.test(sentence.slice(Math.max(0, mention.start - base - 6), mention.start - base));
    const read = needsTense && !startsFrom ? tenseBefore(sentence, mention.start - base) : "none";
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
    out.push({ mention, tense, value, attributive: isAttributive(sentence, base, mention) });
  }
  return out;
}
