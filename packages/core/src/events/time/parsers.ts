// Custom chrono parsers for what chrono-node gets wrong or leaves out in news text: bare years ("in 2009",
// "by the end of 2014"), "next May" / "last November", weekdays with their modifier and a possessive
// ("Sunday's polls"), and relative units ("last month", "this week", "at the weekend"). They only recognise;
// resolution against the article's date happens later (resolve.ts), so that a date can be re-resolved once
// the corpus infers it. The meaning travels in result tags prefixed "ng:".
import type { Parser, ParsingContext } from "chrono-node";
import { MONTH_PATTERN, MONTHS, RELATIVE_DAYS, WEEKDAY_PATTERN, WEEKDAYS } from "./words.js";

const YEAR_PREPOSITIONS =
  "in|by|since|until|till|from|before|after|during|of|throughout|through|to|for|around|between|and|early|late|mid-?|(?:by |at |before |until )?the (?:end|start|beginning|middle|close) of";

function tagged(context: ParsingContext, match: RegExpMatchArray, offset: number, text: string, tags: string[]) {
  const result = context.createParsingResult((match.index ?? 0) + offset, text);
  result.start.addTags(tags);
  return result;
}

/** "in 2009", "by 2018", "by the end of 2014": a year that a preposition marks as a time. */
const yearParser: Parser = {
  pattern: () => new RegExp(`\\b(?:${YEAR_PREPOSITIONS})\\s+((?:1[89]|20)\\d\\d)\\b(?![-/.,]?\\d)`, "i"),
  extract(context, match) {
    const whole = match[0];
    const year = match[1] ?? "";
    const period = whole.search(/the (?:end|start|beginning|middle|close) of/i);
    const offset = period >= 0 ? period : whole.length - year.length;
    const result = context.createParsingResult((match.index ?? 0) + offset, whole.slice(offset));
    result.start.assign("year", Number(year));
    result.start.addTag("ng:year");
    return result;
  },
};

/** "next May", "last November", "this March": a month named relative to the article's date. */
const monthModParser: Parser = {
  pattern: () => new RegExp(`\\b(next|last|this|coming|past)\\s+(${MONTH_PATTERN})\\b(?!\\s*\\d)`, "i"),
  extract(context, match) {
    const month = MONTHS[(match[2] ?? "").toLowerCase()];
    if (!month || !/^[A-Z]/.test(match[2] ?? "")) return null;
    const mod = (match[1] ?? "").toLowerCase();
    const kind = mod === "coming" ? "next" : mod === "past" ? "last" : mod;
    return tagged(context, match, 0, match[0], [`ng:month:${month}`, `ng:mod:${kind}`]);
  },
};

/** "Thursday", "on Saturday afternoon", "last Monday", "Sunday's": a weekday with what modifies it. */
const weekdayParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:(last|next|this|coming|past|on|early|late)\\s+)?(${WEEKDAY_PATTERN})('s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
      "i",
    ),
  extract(context, match) {
    const name = match[2] ?? "";
    if (!/^[A-Z]/.test(name)) return null;
    const weekday = WEEKDAYS[name.toLowerCase()] ?? 0;
    const mod = (match[1] ?? "").toLowerCase();
    const tags = [`ng:weekday:${weekday}`];
    if (mod === "last" || mod === "past") tags.push("ng:mod:last");
    else if (mod === "next" || mod === "coming") tags.push("ng:mod:next");
    else if (mod === "this") tags.push("ng:mod:this");
    if (match[3]) tags.push("ng:mod:possessive");
    return tagged(context, match, 0, match[0], tags);
  },
};

/** "last month", "this week", "earlier this year", "next week", "at the weekend", "yesterday". */
const relativeParser: Parser = {
  pattern: () =>
    /\b(?:(?:(earlier|later) )?(last|next|this|past|coming) (week|month|year|weekend)|(yesterday|today|tonight|tomorrow)|(?:at|over|on) the (weekend))\b/i,
  extract(context, match) {
    const day = (match[4] ?? "").toLowerCase();
    if (day) return tagged(context, match, 0, match[0], [`ng:rel:day:${RELATIVE_DAYS[day] ?? 0}`]);
    if (match[5]) return tagged(context, match, 0, match[0], ["ng:weekend"]);
    const mod = (match[2] ?? "").toLowerCase();
    const unit = (match[3] ?? "").toLowerCase();
    if (unit === "weekend") return tagged(context, match, 0, match[0], ["ng:weekend", `ng:mod:${mod}`]);
    const offset = mod === "last" ? -1 : mod === "next" || mod === "coming" ? 1 : 0;
    return tagged(context, match, 0, match[0], [`ng:rel:${unit}:${offset}`]);
  },
};

export const CUSTOM_PARSERS: readonly Parser[] = [yearParser, monthModParser, weekdayParser, relativeParser];
