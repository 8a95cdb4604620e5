// Line-level debris detection: navigation, separators, comment counters, copyright, tags, appeals,
// widgets, header lines and photo captions. Hand-written because page-boilerplate libraries work on
// HTML structure, and scraped text has lost it; what is left are the features of each line (length,
// share of letters, punctuation, sentence-likeness) and the phrase data in debris-data.ts.
import type { RemovalReason } from "../schema/article.js";
import type { Span } from "../schema/common.js";
import { type FoundDate, findDates } from "./dates.js";
import {
  CAPTION_OPENER,
  CAPTION_PLACED,
  CAPTION_POSITION,
  DEBRIS_ENDINGS,
  DEBRIS_PATTERNS,
  PHOTO_CREDITS,
  SLASH_CREDIT,
} from "./debris-data.js";
import { AGENCIES } from "./outlet-data.js";

/** Why a line is not body text. */
export interface Verdict {
  readonly reason: RemovalReason;
  readonly detail: string;
}

/** Phrase rules apply only to lines up to this long: a longer line is prose that mentions the words. */
const MAX_DEBRIS_LINE = 400;
const MAX_CAPTION = 600;
const CREDIT_TAIL = 120;

/**
 * Patterns merged by their flags into one alternation each: a text is scanned once per set of flags. Anchored
 * patterns (each opening with "^") are merged under one anchor, so that a line is tried at its start only.
 */
function mergeByFlags(patterns: readonly RegExp[], anchored = false): RegExp[] {
  return [...new Set(patterns.map((p) => p.flags))].map((flags) => {
    const sources = patterns.filter((p) => p.flags === flags).map((p) => p.source);
    return anchored ? mergeAnchored(sources, flags) : new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags);
  });
}

/** A leading run of spaces, which a merge of anchored patterns may share. */
const LEADING_SPACES = /^\\s\*/;
/** A leading run of a class that holds the spaces ("[\s,.|-]*"): a shared run of spaces before it adds nothing. */
const LEADING_SPACE_CLASS = /^\[\\s(?:[^\]\\]|\\u[0-9a-fA-F]{4})*\]\*/;

/**
 * Anchored patterns merged under one "^". When each opens with a run of spaces, or of a class holding them,
 * the run is read once before the alternatives rather than once in each: a line matches the same.
 */
function mergeAnchored(sources: readonly string[], flags: string): RegExp {
  const bare = sources.map((s) => s.replace(/^\^/, ""));
  const shared = bare.every((s) => LEADING_SPACES.test(s) || LEADING_SPACE_CLASS.test(s));
  const alternatives = bare.map((s) => `(?:${shared ? s.replace(LEADING_SPACES, "") : s})`).join("|");
  return new RegExp(shared ? `^\\s*(?:${alternatives})` : `^(?:${alternatives})`, flags);
}

/** The credit patterns merged, so that a line's tail is scanned once, not once per pattern. */
const CREDIT_RULES = mergeByFlags(PHOTO_CREDITS);
/** The endings merged: most lines match none, and only those that match are named. */
const ANY_ENDING = mergeByFlags(DEBRIS_ENDINGS.map((p) => p.pattern));
/** The endings and the credits merged: what a line's tail may hold, for one scan of it. */
const ANY_TAIL = mergeByFlags([...DEBRIS_ENDINGS.map((p) => p.pattern), ...PHOTO_CREDITS]);

/**
 * A line's last characters, where debris endings and photo credits sit. Both are looked for together, once and
 * on first need: most lines hold neither, and one scan of the tail tells so for both.
 */
export class LineTail {
  private mayHoldAny: boolean | undefined;
  constructor(readonly text: string) {}

  static of(text: string, span: Span): LineTail {
    return new LineTail(text.slice(Math.max(span.start, span.end - CREDIT_TAIL), span.end));
  }

  /** False when the tail holds no debris ending and no photo credit. */
  mayHold(): boolean {
    this.mayHoldAny ??= ANY_TAIL.some((re) => re.test(this.text));
    return this.mayHoldAny;
  }
}

/**
 * The line-start patterns merged by their flags under one anchor: most lines fail them all at once, and only
 * those that match one are named. Patterns with a phrase are screened by a search for the phrase instead. One
 * screen for all the patterns, not one for the patterns each opening of a line may start: the few compiled
 * screens stay hot, where dozens of them, one per opening, cost more in the whole run than they spare.
 */
const SCREENS = mergeByFlags(
  DEBRIS_PATTERNS.filter((p) => p.phrase === undefined).map((p) => p.pattern),
  true,
);

const ANY_PHRASE = new RegExp(
  DEBRIS_PATTERNS.flatMap((p) =>
    p.phrase === undefined ? [] : [p.phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")],
  ).join("|"),
  "i",
);

/** Cheap counts over one line. */
export interface LineStats {
  readonly length: number;
  readonly letters: number;
  readonly words: number;
  readonly pipes: number;
  readonly digits: number;
}

/** Counts over a long line are taken on its first part and scaled: past this, only prose is that long. */
const STATS_WINDOW = 160;

/** What a code unit below 0xc0 counts as in a line's stats (0xc0 and above are letters): bits of CHAR_KINDS. */
const LETTER = 1;
const DIGIT = 2;
const PIPE = 4;
/** An apostrophe or hyphen: it keeps a word going ("don't", "well-known"). */
const JOINER = 8;
const CHAR_KINDS = (() => {
  const kinds = new Uint8Array(0xc0);
  for (let c = 65; c <= 90; c++) kinds[c] = LETTER;
  for (let c = 97; c <= 122; c++) kinds[c] = LETTER;
  for (let c = 48; c <= 57; c++) kinds[c] = DIGIT;
  kinds[124] = PIPE;
  kinds[39] = JOINER;
  kinds[45] = JOINER;
  return kinds;
})();

export function lineStats(text: string, span: Span): LineStats {
  let letters = 0;
  let words = 0;
  let pipes = 0;
  let digits = 0;
  let inWord = false;
  const end = Math.min(span.end, span.start + STATS_WINDOW);
  for (let i = span.start; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 0xc0 ? (CHAR_KINDS[c] as number) : LETTER;
    if (kind & (LETTER | DIGIT)) {
      if (!inWord) words++;
      inWord = true;
      if (kind === LETTER) letters++;
      else digits++;
    } else {
      if (kind === PIPE) pipes++;
      inWord &&= kind === JOINER;
    }
  }
  const length = span.end - span.start;
  const k = length / Math.max(1, end - span.start);
  if (k === 1) return { length, letters, words, pipes, digits };
  return { length, letters: letters * k, words: words * k, pipes: pipes * k, digits: digits * k };
}

/** Whether the line ends like a sentence: a terminator, possibly inside closing quotes or brackets. */
export function endsLikeSentence(text: string, span: Span): boolean {
  let e = span.end;
  // "... against illegal drugs. (RMCL)": a reporter's or agency's initials after the last sentence
  if (text.charCodeAt(e - 1) === 41) {
    const credit =
      SIGNED_INITIALS.exec(text.slice(Math.max(span.start, e - 24), e)) ??
      REPORT_CREDIT.exec(text.slice(Math.max(span.start, e - 80), e));
    if (credit) e -= credit[0].length;
  }
  while (e > span.start && isCloser(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  return e > span.start && (c === 46 || c === 33 || c === 63); // . ! ?
}

/** A colleague's report credited in brackets closing a paragraph: " (With a report from Jun Fabros)". */
const REPORT_CREDIT = /\s+\((?:with )?(?:a )?(?:reports?|reporting) (?:from|by) [^()]{2,50}\)$/i;
/** Initials or an agency's short name in brackets closing a paragraph: " (RMCL)", " (AP)", " (PNA)". */
const SIGNED_INITIALS = /\s+\([A-Z][A-Za-z/.-]{1,15}\)$/;

/** A closing quote or bracket: " ' ) ] */
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93;

/** Whether the line reads as running prose: several words ending in a terminator, or simply long. */
export function isSentenceLike(text: string, span: Span, stats = lineStats(text, span)): boolean {
  return (stats.words >= 4 && endsLikeSentence(text, span)) || stats.words >= 30;
}

/** A line of short segments between pipes or bullets, such as "Home | World | Europe". */
function isNavigation(text: string, stats: LineStats): boolean {
  if (stats.pipes < 2) return isSpacedMenu(text) || BRACKETED_MENU.test(text);
  const segments = text.split(/[|•·]/).filter((s) => s.trim() !== "");
  return segments.length > 0 && stats.words / segments.length <= 4;
}

/** Three links or more, each in square brackets: "[ Front Page ] [ Local News ] [ Business ]". */
const BRACKETED_MENU = /^\s*(?:\[[^[\]\n]{1,40}\]\s*){3,}$/;

/** An item of a menu of any case: up to three words, the first capitalised. */
const SHORT_ITEM = (item: string) => /^\p{Lu}\S*(?:\s\S+){0,2}$/u.test(item);

/** A menu item: up to three capitalised words, "&" or "and" between them ("Culture & Lifestyle", "Contact us"). */
const MENU_ITEM = /^\p{Lu}[\p{L}'’-]*(?:\s(?:&|and|us|\p{Lu}[\p{L}'’-]*)){0,3}$/u;

/**
 * A menu whose items a scrape set apart by runs of spaces rather than pipes: "National   Politics   Valley
 * Opinion   Money": four items or more, each a short capitalised name.
 */
function isSpacedMenu(line: string): boolean {
  if (line.indexOf("  ") < 0) return false;
  // ("Home  ::  News  ::  Sports": marks between the items, set apart by spaces too)
  const items = line
    .trim()
    .split(/\s{2,}|\t+/)
    .filter((item) => !/^[:\u00bb\u203a>/\\~*-]+$/.test(item));
  if (items.length < 4) return false;
  // ("Home  News  Politics  Peace process  Opinion  Data  About us": an item in lower case among many)
  const named = items.filter((item) => MENU_ITEM.test(item)).length;
  // ("News  Features  The Real Russia. Today.  Podcasts  Donate": one item a slogan of a few words)
  return (
    named === items.length ||
    (items.length >= 6 && named >= items.length - 1 && items.every(SHORT_ITEM)) ||
    (items.length >= 5 && named >= items.length - 1 && items.every((item) => item.split(" ").length <= 4))
  );
}

/** Clock times: "10:33 PM", "16:58", "4 p.m. EST". */
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|(?<=\d[:.]\d{2}))(?:\s*[A-Z]{2,4}\b)?/gi;
/** Words that label a date rather than say something: "Published on ... at ...", "Updated". */
const DATE_LABELS = new Set([
  "on",
  "at",
  "updated",
  "published",
  "posted",
  "last",
  "modified",
  "first",
  "edited",
  "created",
  "date",
  "time",
  "and",
]);

/** Words of `text.slice(from, to)` outside the dates and clock times in it, label words not counted. */
function wordsBesideDates(text: string, from: number, to: number, dates: readonly FoundDate[]): number {
  let rest = "";
  let at = from;
  for (const d of dates) {
    rest += ` ${text.slice(at, d.start)}`;
    at = d.end;
  }
  rest += ` ${text.slice(at, to)}`;
  // ("Tuesday, November 22, 2005. Issue 1122. Page 3.": the print edition's issue and page say when, not what)
  if (rest.includes("ssue") || rest.includes("age")) rest = rest.replace(PRINT_EDITION, " ");
  let n = 0;
  // ("Wednesday, July 13, 2016 - 10:12": a dash between the date and the time is no word)
  for (const w of rest.replace(CLOCK, " ").split(/[^\p{L}\p{N}'-]+/u))
    if (w && !DATE_LABELS.has(w.toLowerCase()) && !/^[-']+$/.test(w)) n++;
  return n;
}

/** A print edition's issue, volume or page number: "Issue 1122", "Vol. 12, No. 3", "Page 3", "p. A1". */
const PRINT_EDITION = /\b(?:issue|vol(?:ume)?\.?|no\.|page|p\.)\s*[A-Z]?\d+\b/gi;

/**
 * The digits of a year, as findDates reads them: four, or two closing a date line ("01 Jun 12") or a numeric date
 * after its label ("Edition Date: 08/14/01"), or after an apostrophe ("14 Jul.'16").
 */
const YEAR_DIGITS =
  /(?:19|20)\d\d|\p{L}{3} \d{1,2}, \d\d \d{1,2}:|\d(?:st|nd|rd|th)? \p{L}{3,9}\.?(?: |\s?['\u2019])\d\d\s*(?:$|[|,/]|\d{1,2}:)|\d[/.]\d\d(?![\d/.])/u;

/**
 * A short line that is mostly a date, such as "World | December 8, 2011, Thursday // 16:58| views" or
 * "on August 13, 2014 at 10:33 PM, updated August 14, 2014 at 4:34 AM".
 */
export function isDateLine(text: string, span: Span, stats: LineStats): boolean {
  if (stats.digits < 3 || stats.length > 160 || stats.words > 30) return false;
  // without the digits of a year the first date has no year: the scan for dates is spared
  if (!YEAR_DIGITS.test(text.slice(span.start, span.end))) return false;
  const dates = findDates(text, span.start, span.end);
  const d = dates[0];
  if (!d || d.day === null || d.year === null) return false;
  const rest = wordsBesideDates(text, span.start, span.end, dates);
  if (rest <= 3) return true;
  // "The Eschede Disaster: Ten Years On (06/03/2008)": a listed story's title with its date in brackets
  if (LINK_WITH_DATE.test(text.slice(span.start, span.end))) return false;
  // "Saturday, 22 April 2006 (Miyazya 14, 1998 E.C.)": the day in another calendar, in brackets after it
  const other = OTHER_CALENDAR.exec(text.slice(span.start, span.end));
  if (other && other.index >= d.end - span.start) {
    const before = dates.filter((x) => x.end <= span.start + other.index);
    if (wordsBesideDates(text, span.start, span.start + other.index, before) <= 3) return true;
  }
  return rest <= 10 && !isSentenceLike(text, span, stats);
}

/** A title of four words or more with a numeric date in brackets closing it: a listed story's link. */
const LINK_WITH_DATE = /^\s*[^\s\d()]+(?:\s+[^\s\d()]+){3,}\s+\(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)\s*$/;

/** A date in brackets closing a date line, in another calendar: "(Miyazya 14, 1998 E.C.)", "(18 Ramadan 1424)". */
const OTHER_CALENDAR = /\s*\([^()\n]{0,30}\d{1,2}[^()\n]{0,30}\d{4}[^()\n]{0,12}\)\s*$/;

/** Whether `text.slice(span.start, span.end)` holds `char`, without slicing it. */
function holds(text: string, span: Span, char: string): boolean {
  const at = text.indexOf(char, span.start);
  return at >= 0 && at < span.end;
}

/** Whether the line is a photo caption: a credit at its end, or a caption label at its start. */
export function isCaption(
  text: string,
  span: Span,
  stats = lineStats(text, span),
  tail = LineTail.of(text, span),
): boolean {
  if (stats.length > MAX_CAPTION || stats.words < 3) return false;
  // credits sit at the end: matching only the tail keeps end-anchored patterns from scanning the line
  return (
    CAPTION_OPENER.test(text.slice(span.start, span.start + 24)) ||
    (tail.mayHold() && CREDIT_RULES.some((re) => re.test(tail.text))) ||
    (tail.text.includes("/") && SLASH_CREDIT.test(tail.text)) ||
    (holds(text, span, "(") && CAPTION_POSITION.test(text.slice(span.start, span.end))) ||
    (holds(text, span, ",") && CAPTION_PLACED.test(text.slice(span.start, span.start + 80))) ||
    (text.charCodeAt(span.end - 1) === 41 && datedAgencyCaption(text.slice(span.start, span.end)))
  );
}

/** One sentence with a date and its year, credited to an agency in brackets: " (Kyodo)", " (Yonhap)". */
const DATED_AGENCY_CREDIT =
  /^[^.!?]{20,300}\b(?:on|in) (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, (?:19|20)\d\d|\d{1,2} \p{Lu}\p{Ll}{2,8} (?:19|20)\d\d)\b[^!?]{0,200}\.\s+\(([A-Za-z][\w ./-]{1,24})\)$/u;

/**
 * Whether a line is a photo's caption credited to an agency: "A building tilts in Hualien on April 3, 2024, after
 * the earthquake. (Kyodo)". A dated sentence alone, the picture's when and where, with no stop inside it.
 */
function datedAgencyCaption(line: string): boolean {
  const m = DATED_AGENCY_CREDIT.exec(line);
  if (!m?.[1] || !AGENCIES.has(m[1].toLowerCase())) return false;
  // one sentence: no stop before the credit's but inside a number or an abbreviation
  return !/[.!?]\s+\p{Lu}/u.test(line.slice(0, line.lastIndexOf("(")));
}

/**
 * Classifies one line as debris, or returns null when it may be body text.
 *
 * @example
 * classifyLine("Tags: NATO, Russia", { start: 0, end: 18 }) // { reason: "tags", detail: "tag list" }
 */
export function classifyLine(
  text: string,
  span: Span,
  stats = lineStats(text, span),
  tail = LineTail.of(text, span),
): Verdict | null {
  if (isDateLine(text, span, stats)) return { reason: "header", detail: "date line" };
  if (stats.letters < 2 || stats.letters < stats.length * 0.3) return { reason: "separator", detail: "few letters" };
  if (stats.length > MAX_DEBRIS_LINE) return null;
  const line = text.slice(span.start, span.end);
  if (SCREENS.some((re) => re.test(line)) || ANY_PHRASE.test(line)) {
    for (const p of DEBRIS_PATTERNS) if (p.pattern.test(line)) return { reason: p.reason, detail: p.name };
  }
  if (tail.mayHold() && ANY_ENDING.some((re) => re.test(tail.text)))
    for (const p of DEBRIS_ENDINGS) if (p.pattern.test(tail.text)) return { reason: p.reason, detail: p.name };
  if (isNavigation(line, stats)) return { reason: "navigation", detail: "link list" };
  if (isMatchSheet(line)) return { reason: "other", detail: "match sheet" };
  return null;
}

/** A match sheet's label: "Scorers – Limerick: ...", "Subs: ...", "Ref – P O'Dwyer (Carlow)". */
const SHEET_LABEL = /^\s*(?:scorers?|goalscorers|subs|substitutes|ref|referee|bookings|sent off)\s*[\u2013\u2014:-]\s/i;
/** A player named by initial and surname, closed by a comma or semicolon: "D Furlong;", "C Mac Giolla Rua,". */
const INITIAL_NAME = /(?:^|[\s;,:(])\p{Lu}\.? \p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){0,2}(?=[;,.(]| \d)/gu;

/**
 * A line of a match sheet after a report: a scorers', substitutes' or referee's label, or a team's line-up of
 * five players or more named by initial and surname, with the positions' lines between semicolons.
 */
function isMatchSheet(line: string): boolean {
  if (SHEET_LABEL.test(line)) return true;
  if (line.indexOf(";") < 0) return false;
  let players = 0;
  INITIAL_NAME.lastIndex = 0;
  while (INITIAL_NAME.exec(line) && players < 5) players++;
  return players >= 5 && (line.match(/;/g)?.length ?? 0) >= 2;
}
