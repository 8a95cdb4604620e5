// Calendar dates as news pages write them: "December 8, 2011", "08 December 2011", "Nov. 9, 2016",
// "2016-11-10", "09/11/2016", "29-03-2022", "June 8" (no year). Hand-written rather than chrono-node because this runs on
// every header line of every article and must stay cheap; it recognises only full calendar dates, which is
// what a dateline or a date line states, and leaves relative expressions to the events stage.

import { US_STATES } from "../actors/data/places.js";
import { US_STATE_ABBREVIATIONS } from "../text/abbreviations.js";
import { matchesOf } from "../text/matches.js";

/** A calendar date found in text; `year` or `day` is null when the text leaves it out. */
export interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

const MONTH_NAMES = [
  "jan(?:uary)?",
  "feb(?:ruary)?",
  "mar(?:ch)?",
  "apr(?:il)?",
  "may",
  "june?",
  "july?",
  "aug(?:ust)?",
  "sep(?:t(?:ember)?)?",
  "oct(?:ober)?",
  "nov(?:ember)?",
  "dec(?:ember)?",
];
/** Month names capitalised or in capitals, so that "may" and "march" as plain words are not dates. */
const MONTH = `(?:${MONTH_NAMES.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}|${m.toUpperCase().replace(/\(\?:/g, "(?:")}`).join("|")})`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d\\d)";
/**
 * The end of a year: no digit or lower-case letter after it; a capital or a clock may be glued on ("2019Updated
 * Feb. 7", "October 4, 20228:41 AM GMT").
 */
const YEAR_END = "(?:(?![0-9a-z_])|(?=\\d{1,2}:\\d\\d))";
/**
 * Months in Spanish, Portuguese, Italian, French, German, Dutch and Indonesian or Malay, by number: as pages in
 * those languages date ("5 Desember 2023 16:45 WIB" over an English edition's story).
 */
const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  ["enero", "janeiro", "gennaio", "janvier", "januar", "jänner", "januari"],
  ["febrero", "fevereiro", "febbraio", "février", "fevrier", "februar", "februari"],
  ["marzo", "março", "marco", "mars", "märz", "maerz", "maart", "maret"],
  ["abril", "aprile", "avril"],
  ["mayo", "maio", "maggio", "mai", "mei"],
  ["junio", "junho", "giugno", "juin", "juni"],
  ["julio", "julho", "luglio", "juillet", "juli"],
  ["agosto", "août", "aout", "augustus", "agustus"],
  ["septiembre", "setiembre", "setembro", "settembre", "septembre"],
  ["octubre", "outubro", "ottobre", "octobre", "oktober"],
  ["noviembre", "novembro", "nopember"],
  ["diciembre", "dezembro", "dicembre", "décembre", "decembre", "dezember", "desember"],
];
const FOREIGN_MONTH_INDEX = new Map(FOREIGN_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
/** Any of them, in any case ("14 Agosto 2007", "14 agosto 2007"). */
const FOREIGN_MONTH = [...FOREIGN_MONTH_INDEX.keys()]
  .map((n) => `${n[0]}${n.slice(1)}|${(n[0] as string).toUpperCase()}${n.slice(1)}|${n.toUpperCase()}`)
  .join("|");
const DATE_RE = new RegExp(
  [
    // Month D[, YYYY], "Sep 21,2016", "February 18/2020"
    `\\b(${MONTH})\\.? ?${DAY}\\b(?:(?:,? {1,2}|,|\\/)${YEAR}${YEAR_END})?`,
    // D Month [YYYY], "17-Nov-2007", "8. Sep 2011" (not a clock's minutes: "14:32 February 9, 2016")
    `\\b(?<!:)${DAY}(?:\\.? (?:of )?|-)(${MONTH})\\b\\.?(?:(?:,? {1,2}|-)${YEAR}${YEAR_END})?`,
    `\\b${YEAR}-(\\d\\d)-(\\d\\d)(?!\\d)`, // ISO, perhaps with a time after it
    `\\b(\\d{1,2})([/.-])(\\d{1,2})\\11${YEAR}${YEAR_END}`, // numeric day and month: "09/11/2016", "29-03-2022"
    `\\b(${MONTH})\\.?,? ${YEAR}${YEAR_END}`, // Month YYYY
    `\\b${YEAR}([/.])(\\d{1,2})\\17(\\d{1,2})(?!\\d)(?!\\.\\d)`, // year first with slashes or dots: "2020/05/06"
    // a year of two digits after a date's label or a weekday: "Edition Date: 08/14/01", "Thursday 22/12/05",
    // "Last modified: 11/19/98"
    // or alone, or after a dash or a bar of a credit: "03/12/03", "By Jane Doe – 22/05/06"
    // ("DATE:14/04/10": the label in capitals, no space after its colon)
    `(?:(?<=\\b(?:[Dd]ate|DATE|[Pp]osted|POSTED|[Pp]ublished|PUBLISHED|[Uu]pdated|UPDATED|[Ee]dition|[Mm]odified)(?::? |:))|(?<=\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )|(?<=[\\u2013\\u2014|-] )|^)(\\d{1,2})[/.](\\d{1,2})[/.](\\d\\d)(?![\\d/.])`,
    // a day, a month named in Spanish, Portuguese, Italian, French or German, and a year: "14 agosto 2007",
    // "17 de marzo de 1998", "3. März 2015"
    `\\b${DAY}\\.?\\s(?:de\\s)?(${FOREIGN_MONTH})\\.?,?\\s(?:de\\s|del\\s)?${YEAR}${YEAR_END}`,
    // the month, the day and the year between dashes: "Mar - 28 - 2017"
    `\\b(${MONTH}) ?- ?${DAY} ?- ?${YEAR}${YEAR_END}`,
  ].join("|"),
  "g",
);

function monthIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1;
}

const valid = (month: number, day: number | null) =>
  month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31));

/**
 * Reads "09/11/2016": day first unless that is impossible or `monthFirst` says the page writes months
 * first ("Nov 9" style dates elsewhere in the text).
 */
function numericDate(
  a: number,
  b: number,
  monthFirst: () => boolean,
  year: number | null = null,
  weekday: number | null = null,
): [number, number] | null {
  if (a > 12 && b <= 12) return [b, a];
  if (b > 12 && a <= 12) return [a, b];
  if (a > 12 || b > 12) return null;
  // "Tue, 05/11/2010": the day of the week written before it says which reading is meant (11 May 2010 was a
  // Tuesday, 5 November a Friday)
  if (weekday !== null && year !== null && a !== b) {
    const monthDay = weekdayOfDate(year, a, b) === weekday;
    const dayMonth = weekdayOfDate(year, b, a) === weekday;
    if (monthDay !== dayMonth) return monthDay ? [a, b] : [b, a];
  }
  return monthFirst() ? [a, b] : [b, a];
}

/** The day of the week (0 for Sunday) of a date. */
export function weekdayOfDate(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** A day of the week written just before a date: "Tue, ", "Tuesday ", "Tue. "; its number (0 for Sunday). */
const WEEKDAY_BEFORE = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)(?:day|sday|nesday|rsday|urday|s|t|r|rs)?\.?,?\s*$/i;

export function weekdayBefore(text: string, at: number): number | null {
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  return m?.[1] ? ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(m[1].toLowerCase()) : null;
}

/**
 * Finds calendar dates in `text.slice(from, to)`, in order, with offsets into `text`.
 *
 * @example
 * findDates("World | December 8, 2011, Thursday", 0, 34)[0] // { start: 8, end: 24, year: 2011, month: 12, day: 8 }
 */
export function findDates(
  text: string,
  from: number,
  to: number,
  monthFirst: () => boolean = () => false,
): FoundDate[] {
  const out: FoundDate[] = [];
  const slice = text.slice(from, to);
  // (the end of a range read with its first day: "June 22 - June 28, 2007" is one date)
  let readTo = -1;
  for (const m of matchesOf(DATE_RE, slice)) {
    if ((m.index ?? 0) < readTo) continue;
    const g = m.slice(1).map((x) => (x === undefined ? null : x));
    const num = (x: string | null | undefined) => (x == null ? null : Number(x));
    let year: number | null = null;
    let month = 0;
    let day: number | null = null;
    let begin = m.index ?? 0;
    let end = begin + m[0].length;
    if (g[0]) {
      [month, day, year] = [monthIndex(g[0]), num(g[1]), num(g[2])];
      // a week's issue: "June 19 - 25, 2008" is dated by its first day, in the year after the range
      const range = year === null ? DAY_RANGE_YEAR.exec(slice.slice(end, end + 24)) : null;
      if (range?.[2]) {
        // (a range into the next year: "Dec. 28 - Jan. 3, 2008" starts in 2007)
        const next = range[1] ? monthIndex(range[1]) : month;
        year = Number(range[2]) - (next < month ? 1 : 0);
        end += range[0].length;
        readTo = end;
      }
      // "Nov 18, 10 4:32pm": a year of two digits before the clock
      const short = year === null && !range ? SHORT_YEAR_CLOCK.exec(slice.slice(end, end + 16)) : null;
      if (short?.[1]) {
        year = 2000 + Number(short[1]);
        end += short[0].length;
      }
    } else if (g[4]) {
      [day, month, year] = [num(g[3]), monthIndex(g[4]), num(g[5])];
      // "19-25 June 2008": the range's first day
      const first = RANGE_START.exec(slice.slice(Math.max(0, begin - 6), begin));
      if (first?.[1] && Number(first[1]) < (day ?? 0)) {
        day = Number(first[1]);
        begin -= first[0].length - first[0].indexOf(first[1]);
      }
      // "01 Jun 12": a year of two digits closing a date line
      const short = year === null ? SHORT_YEAR.exec(slice.slice(end, end + 12)) : null;
      if (short?.[1]) {
        year = 2000 + Number(short[1]);
        end += short[0].length;
      }
    } else if (g[6]) [year, month, day] = [num(g[6]), Number(g[7]), num(g[8])];
    else if (g[9]) {
      // dashes and stops between day and month are a day-first habit ("29-03-2022", "08.05.2019": no page
      // that writes months first writes stops between numbers); slashes follow the page
      const md = numericDate(
        Number(g[9]),
        Number(g[11]),
        g[10] === "-" || g[10] === "." ? () => false : monthFirst,
        num(g[12]),
        weekdayBefore(slice, begin),
      );
      if (!md) continue;
      [month, day, year] = [md[0], md[1], num(g[12])];
    } else if (g[13]) [month, year] = [monthIndex(g[13]), num(g[14])];
    else if (g[15]) [year, month, day] = [num(g[15]), Number(g[17]), num(g[18])];
    else if (g[19]) {
      // ("98" is 1998, "01" 2001: news pages with such dates go back no further than the 1930s)
      const yy = Number(g[21]);
      const full = yy < 30 ? 2000 + yy : 1900 + yy;
      const md = numericDate(Number(g[19]), Number(g[20]), monthFirst, full, weekdayBefore(slice, begin));
      if (!md) continue;
      [month, day, year] = [md[0], md[1], full];
    } else if (g[23]) [day, month, year] = [num(g[22]), FOREIGN_MONTH_INDEX.get(g[23].toLowerCase()) ?? 0, num(g[24])];
    else if (g[25]) [month, day, year] = [monthIndex(g[25]), num(g[26]), num(g[27])];
    if (!valid(month, day)) continue;
    const start = from + begin;
    out.push({ start, end: from + end, year, month, day });
  }
  return out;
}

/**
 * A year of two digits after a day and a month, at the end of the line or before a clock or a separator:
 * "01 Jun 12", "14 Jul.'16".
 */
const SHORT_YEAR = /^(?: |\s?['\u2019])(\d\d)(?=\s*(?:$|\||,|\/|\d{1,2}:\d\d))/;
/** A year of two digits after a month and a day, before a clock: ", 10" of "Nov 18, 10 4:32pm". */
const SHORT_YEAR_CLOCK = /^, (\d\d)(?= \d{1,2}:\d\d)/;
/**
 * The end of a range of days and its year, after "June 19": " - 25, 2008", "-25, 2008"; with the second day's month
 * ("June 22 - June 28, 2007", "Dec. 28 - Jan. 3, 2008").
 */
const DAY_RANGE_YEAR = new RegExp(`^ ?[-\\u2013] ?(?:(${MONTH})\\.? )?\\d{1,2},? ((?:19|20)\\d\\d)(?!\\d)`);
/** The first day of a range before "25 June 2008": "19-", "19 - ". */
const RANGE_START = /(?:^|[^\d])(\d{1,2}) ?[-\u2013] ?$/;

/** Whether the text writes dates month first ("Nov 9", "December 8, 2011") more than day first. */
export function prefersMonthFirst(text: string, country: () => string | null = () => null): boolean {
  let monthFirst = 0;
  let dayFirst = 0;
  const head = text.slice(0, 20_000);
  // a numeric date with a part above 12 says which comes first: "25/03/2021", "03/25/2021"
  for (const m of matchesOf(NUMERIC_DATE, head)) {
    if (Number(m[1]) > 12) return false;
    if (Number(m[2]) > 12) return true;
  }
  // a date of the Hijri calendar beside the page's own ("09/08/2020 10:42 AM (Dhul-Hijjah 19, 1441)"): a page of
  // the Arab or Muslim world, which writes days first
  if (HIJRI_DATE.test(head)) return false;
  // otherwise a clock with a US time zone ("06:00 PM EDT") marks an American page, and so does a numeric date with
  // a clock of twelve hours after it ("2/12/2026 5:42:19 PM"), as American publishing systems write them
  // ("12/03/2021 at 4:51 pm" over readers' comments on a Caribbean page): not where the prose spells the British way,
  // unless the page is Canadian ("Posted: 05/11/2011 1:00 AM" over a Manitoba flood)
  const slashed = SLASHED_WITH_CLOCK.test(head) && (!BRITISH_SPELLING.test(head) || CANADIAN.test(head));
  if (US_CLOCK.test(head) || slashed || americanCues(head) >= 2) return true;
  // ("Mexico City.– ..." under "07/06/2021": where the story is filed from writes its own numeric dates, whatever
  // order the translated prose gives its months and days in; Canada writes both)
  const filed = country();
  if (filed !== null && filed !== "Canada") return MONTH_FIRST_COUNTRIES.has(filed);
  for (const d of findDates(text, 0, head.length)) {
    const c = text.charCodeAt(d.start);
    if (d.day === null) continue;
    if (c >= 48 && c <= 57) dayFirst++;
    else monthFirst++;
  }
  return monthFirst > dayFirst;
}

/** A month of the Hijri calendar with a year of it: "Dhul-Hijjah 19, 1441", "22 Ramadan 1442 AH". */
const HIJRI_DATE =
  /\b(?:Muharram|Safar|Rabi[\w' -]{0,10}|Jumad[ae][\w' -]{0,10}|Rajab|Sha'?ban|Ramadh?an|Shawwal|Dhu(?:l|'l| al)[- ]?(?:Qa'?dah|Qi'?dah|Hijjah))\b[^\n]{0,12}\b1[34]\d\d\b/i;

/** Countries whose numeric dates put the month first. */
const MONTH_FIRST_COUNTRIES = new Set([
  "United States",
  "Philippines",
  "Federated States of Micronesia",
  "Micronesia",
  "Palau",
  "Marshall Islands",
]);

/** A numeric date: "25/03/2021", "03-25-2021". */
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d\d\b/g;
/** Words American English spells otherwise: "programme", "neighbours", "organised", "kilometres". */
const BRITISH_SPELLING =
  /\b(?:programmes?|neighbour(?:s|hood|hoods|ing)?|colour(?:s|ed)?|favour(?:s|ed|able)?|labour(?:ers)?|organis(?:e|ed|es|ing|ation|ations)|realised|recognised|apologised|criticised|(?:kilo|centi)?metres|centres?|defence|licence|tyres?|whilst|travelled|cancelled)\b/;
/** Canada's name or a province's: Canadian pages spell the British way and may still write months first. */
const CANADIAN =
  /\b(?:Canada|Canadian|Ontario|Quebec|Manitoba|Saskatchewan|Alberta|British Columbia|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories)\b/;
/** A date with slashes and a clock of twelve hours: "2/12/2026 5:42:19 PM", "08/10/2022 at 2:32 pm". */
const SLASHED_WITH_CLOCK =
  /\b\d{1,2}\/\d{1,2}\/(?:19|20)\d\d,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?\s*(?:[AP]M\b|[ap]\.?m\b\.?)/;
/**
 * Marks of an American page, each of its own kind: a state's name ("northwest Ohio"), a telephone number of
 * North America ("419-724-6050"), a party's tag after a politician's name ("(R., Bowling Green)", "D-Mass."), and
 * a state's abbreviation after a town ("Luckey, Ohio", "Springfield, Ill."), and a month shortened in the
 * Associated Press's style ("Oct. 30"). Pages elsewhere name a state now and then; two kinds of mark together are an
 * American page's.
 */
const AMERICAN_CUES = [
  new RegExp(`\\b(?:${US_STATES.filter((s) => s !== "New York" && s !== "Washington State").join("|")})\\b`),
  /(?:\(\d{3}\) ?|\b\d{3}-)\d{3}-\d{4}\b/,
  /\((?:R|D|I)[.,-]{1,2}\s?[A-Z]|\b[RD]-(?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)/,
  new RegExp(`, (?:${US_STATE_ABBREVIATIONS.map((a) => a[0]?.toUpperCase() + a.slice(1)).join("|")})\\.(?=[\\s,])`),
  // the months the Associated Press's style shortens before a day: "at its Oct. 30 meeting", "Sept. 4"
  /\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b/,
];

/** How many kinds of American mark (see AMERICAN_CUES) `text` holds. */
function americanCues(text: string): number {
  let n = 0;
  for (const cue of AMERICAN_CUES) if (cue.test(text)) n++;
  return n;
}

/** A clock time in a US time zone: "06:00 PM EDT", "9:14 a.m. ET". */
const US_CLOCK = /\b\d{1,2}:\d\d\s*[ap]\.?m\.?\s*(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|ET|CT|PT)\b/i;

/** ISO form of a found date at the precision the text gives. */
export function isoOf(year: number, month: number, day: number | null): string {
  const mm = String(month).padStart(2, "0");
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, "0")}`;
}
