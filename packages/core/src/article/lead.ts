// The lead of a news story often opens with its credits run into the first sentence:
// "by Staff Writers Brussels (AFP) April 19, 2012 NATO allies ...", "WASHINGTON (Reuters) - The ...",
// "LONDON, Nov 9 (Reuters) -", "KABUL, Afghanistan (AP) -", "BRUSSELS - NATO and ...". Hand-written:
// no library reads these credits; the rules lean on the agency list and on capitals and dashes.
import { gazetteer } from "../actors/gazetteer.js";
import type { Span } from "../schema/common.js";
import { matchesOf } from "../text/matches.js";
import { type FoundDate, findDates } from "./dates.js";
import { AGENCIES, PLACE_PREFIXES } from "./outlet-data.js";

/** What the opening credits of a lead paragraph state, each with its span; `bodyStart` is past them. */
export interface Lead {
  readonly byline: { readonly text: string; readonly span: Span } | null;
  readonly dateline: { readonly text: string; readonly span: Span } | null;
  readonly agency: { readonly text: string; readonly span: Span } | null;
  readonly date: FoundDate | null;
  readonly bodyStart: number;
}

/** Credits are looked for only in this many code units at the start of the paragraph. */
const HEAD = 240;
const SMALL_WORDS = new Set(["de", "da", "do", "dos", "das", "del", "es", "of", "the", "al", "au", "en", "on", "upon"]);

/** "NEW YORK" -> "New York", "RIO DE JANEIRO" -> "Rio de Janeiro"; mixed case is kept as written. */
export function naturalCase(place: string): string {
  if (/[a-z]/.test(place)) return place;
  // ("SİLİVRİ", "ŞANLIURFA": a dotted capital I lowers to "i" and a dot of its own, which would split the word)
  return place
    .replace(/\u0130/g, "I")
    .toLowerCase()
    .replace(/[\p{Ll}\p{M}]+/gu, (w, at: number, all: string) =>
      // ("ST JOHN'S": the letter after an apostrophe that closes a word stays small)
      (at > 0 && SMALL_WORDS.has(w)) || (w === "s" && all[at - 1] === "'") ? w : w[0]?.toUpperCase() + w.slice(1),
    );
}

const isCapsWord = (w: string) => /^[A-Z][A-Z.'-]*$/.test(w) && w.length >= 2;
const isCapitalised = (w: string) => /^[A-Z]/.test(w);

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of matchesOf(/\S+/g, text.slice(from, to))) {
    const start = from + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** The place at the end of `words`: a run of capitals, or the last word with a known first part before it. */
function placeAtEnd(words: Token[], hasByline: boolean): number {
  let i = words.length;
  if (!hasByline) return 0;
  while (i > 0 && isCapsWord(words[i - 1]?.text ?? "")) i--;
  if (i < words.length) return i;
  i = words.length - 1;
  while (i > 0 && PLACE_PREFIXES.has((words[i - 1]?.text ?? "").toLowerCase())) i--;
  return i;
}

/** A date that starts right at `at` (after spaces), as in "Brussels (AFP) April 19, 2012 NATO ...". */
function dateAt(text: string, at: number, to: number): FoundDate | null {
  const d = findDates(text, at, Math.min(to, at + 40))[0];
  if (!d || d.year === null || d.day === null) return null;
  return /^[\s,]*$/.test(text.slice(at, d.start)) ? d : null;
}

/** Skips spaces and one dash (or two, "--"), colon or comma. */
function skipJoint(text: string, at: number, to: number): number {
  const m = /^\s*(?:(?:-{1,2}|[:,|])\s*)?/.exec(text.slice(at, Math.min(to, at + 8)));
  return at + (m?.[0].length ?? 0);
}

/** Splits "by Jane Smith LONDON, Nov 9" into byline, place and date around an agency mark. */
function readCredits(text: string, from: number, to: number) {
  let at = from;
  const by = /^by\s+/i.exec(text.slice(from, to));
  if (by) at += by[0].length;
  // "New Delhi [India], April 5 (ANI):": a country in square brackets after the city says no more than it
  let words = tokens(text, at, to).filter((w) => !w.text.startsWith("[") && !/\],?$/.test(w.text));
  let date: FoundDate | null = null;
  const d = findDates(text, at, to).at(-1);
  if (d && /^[\s,]*$/.test(text.slice(d.end, to))) {
    date = d.day === null ? null : d;
    words = words.filter((w) => w.end <= d.start);
  }
  const comma = words.findIndex((w) => w.text.endsWith(","));
  // "KABUL, Afghanistan", "SARAJEVO, Bosnia and Herzegovina": the city is the dateline
  const countryWord = (w: Token) => isCapitalised(w.text) || w.text === "and" || SMALL_WORDS.has(w.text);
  if (comma >= 0 && comma < words.length - 1 && words.slice(comma + 1).every(countryWord)) {
    words = words.slice(0, comma + 1);
  }
  if (words.length === 0 && date && !by) return { byline: null, dateline: null, date }; // "Oct 15 (Reuters) -"
  if (words.length === 0 || words.length > 9 || !words.every((w) => isCapitalised(w.text) || SMALL_WORDS.has(w.text)))
    return null;
  const p = placeAtEnd(words, by !== null);
  const placeWords = words.slice(p);
  const bylineWords = words.slice(0, p);
  const first = placeWords[0];
  const last = placeWords.at(-1);
  if (!first || !last || placeWords.length > 4) return null;
  // ("KYIV. Sept 14": a stop after the place)
  const placeEnd = last.end - (last.text.endsWith(",") || /^[^.]{3,}\.$/.test(last.text) ? 1 : 0);
  const b0 = bylineWords[0];
  const b1 = bylineWords.at(-1);
  return {
    byline:
      by && b0 && b1
        ? {
            text: text.slice(b0.start, b1.end).replace(/,$/, ""),
            span: { start: b0.start, end: b1.end - (b1.text.endsWith(",") ? 1 : 0) },
          }
        : null,
    dateline: { text: naturalCase(text.slice(first.start, placeEnd)), span: { start: first.start, end: placeEnd } },
    date,
  };
}

/** A credit in parentheses: "(Reuters)", "(CBS4)", "(UrduPoint News / Sputnik - 03rd January, 2023)". */
const CREDIT_MARK = /\((\p{L}[\p{L}\p{N}_ .&'/,-]{0,60})\)/u;
/** The name that opens a credit, before a second credit or a date. */
const CREDIT_NAME =
  /^\p{L}[\p{L}\p{N}_.&'-]*(?: (?:\p{L}[\p{L}\p{N}_.&'-]*|\d+(?:st|nd|rd|th)\b)){0,3}?(?=\s*(?:$|\s[/-]\s|,|\s\d(?!\d*(?:st|nd|rd|th)\b)))/u;
/** "YAKUTSK, October 14. /TASS/. Scientists ...": a place in capitals, a day, and an agency between slashes. */
const SLASHED_CREDIT =
  /^([A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3}),? ([A-Z][a-z]+\.? \d{1,2})?\.? ?\/([A-Z][A-Za-z-]{1,12}(?: [A-Z][A-Za-z-]{1,12}){0,2})\/\.? +/;
/**
 * An all-capitals place, perhaps with a state, a country or the day after it, and a dash left over from the lead
 * it stood before: "DENVER", "OAKLAND, Calif.", "BROCKTON, Mass. —", "POKHARA, AUGUST 23".
 */
const CAPS_PLACE =
  /^\s*(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,3})(?:,\s*\p{Lu}[\p{L}\d_.'-]*(?: (?:and |of |the )?\p{Lu}[\p{L}\d_.'-]*){0,3}(?: \d{1,2})?)?(?:\s*[\u2014\u2013-]{1,2})?\s*$/u;
/**
 * "DENVER -", "OAKLAND, Calif., June 3 -", "KINGSTON, Jamaica, Mar 14, CMC -", "LIHUE »" (folded to a quotation
 * mark), "MINAMI-IZU, Shizuoka Prefecture--A former ...", "KINGSTON, Jamaica, March 14 (CMC) -",
 * "APIA, 25 October 2001 (Samoa News): ": a place in capitals, its region, the day and an agency in capitals (the
 * third group) or a credit in brackets (the fourth).
 */
const CAPS_DATELINE =
  /^(\p{Lu}[\p{Lu}'.]+(?:-\p{Lu}[\p{Lu}'.]*)*(?: \p{Lu}[\p{Lu}'.]+(?:-\p{Lu}[\p{Lu}'.]*)*){0,3})((?:,? [A-Z][A-Za-z.']*){0,3}(?:,? \d{1,2}(?:, \d{4})?)?(?:,? \d{1,2} [A-Z][a-z]+(?: \d{4})?)?)?(?:,? \(?([A-Z]{2,12})\)?|,? \(([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\)|(?<=\d), (\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+){0,2}))? ?(?:(?:-{1,2}|:|(?<=\p{Lu} )"|(?<=\))\.|(?<=\d, [A-Z]{2,12})\.) +(?=["'\p{Lu}0-9])|--(?=\p{Lu}[\p{Ll} ]))/u;
/** Places in capitals (one, or two set apart by a slash), the day in brackets and a dash: "KHARTOUM (6 Sep 2020) -". */
const DATE_IN_BRACKETS =
  /^(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,2})(?: ?\/ ?\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,2})? \((\d{1,2} \p{Lu}\p{Ll}{2,8}\.? (?:19|20)\d\d|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? (?:19|20)\d\d)\) ?(?:-{1,2}|\u2013|\u2014) +(?=\p{Lu})/u;

/**
 * "Oakland - Oakland police say ...", "Tucson, Ariz. - Police ..." or "Daily Herald - The city ...": a capitalised
 * name (a place perhaps with its state or country), a spaced dash, a sentence.
 */
const NAME_DASH =
  /^(\p{Lu}[\p{L}\d_.&'-]*(?: \p{Lu}[\p{L}\d_.&'-]*){0,3})(, \p{Lu}[\p{L}\d_.]*(?: \p{Lu}[\p{L}\d_.]*)?)? (?:-{1,2}|\u2013|\u2014) (?=["'\p{Lu}0-9])/u;

/** The agency a credit mark names: a known agency, or any short name after an all-capitals place. */
/** Words a news agency's service adds to its name: "ANTARA News", "Xinhua News Agency". */
const SERVICE_WORDS = /(?: News)?(?: Agency| Service| Online)?$/i;

/** A dash or a colon after a dateline's credit, before the story: " – ", " -- ", ": ". */
const JOINT_AFTER = /^\s*(?:-{1,2}|\u2013|\u2014|:)\s/;
/** A capitalised name of up to three words opening a dateline, closed by a comma, a stop or a space. */
const PLACE_OPENING = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}?)[.,]? /u;

function creditOf(head: string, mark: RegExpExecArray): { name: string; written: number } | null {
  const inner = mark[1] ?? "";
  const known = AGENCIES.get(inner.toLowerCase());
  if (known) return { name: known, written: inner.length };
  const first = CREDIT_NAME.exec(inner)?.[0];
  if (!first) return null;
  // ("ANTARA News", "Xinhua News Agency": a known agency and the word its service goes by)
  const agency = AGENCIES.get(first.toLowerCase()) ?? AGENCIES.get(first.replace(SERVICE_WORDS, "").toLowerCase());
  if (agency) return { name: agency, written: first.length };
  // an unknown credit counts only in a dateline's place: "DENVER (CBS4) -", not "Smith (D-Texas) said"
  // ("KYIV. Sept 14 (Interfax-Ukraine) –", "Tashkent, Uzbekistan (UzDaily.com) --": a known place opening a few
  // words before it)
  const before = head.slice(0, mark.index);
  const opening = PLACE_OPENING.exec(before)?.[1];
  const placed =
    CAPS_PLACE.test(before) ||
    (opening !== undefined &&
      before.split(" ").length <= 6 &&
      JOINT_AFTER.test(head.slice(mark.index + mark[0].length)) &&
      isPlaceName(naturalCase(opening)));
  // ("Mysore, Jan. 18 (KK)- ": two letters no agency goes by are the reporter's initials)
  if (mark.index === 0 || !placed || !/^\p{Lu}/u.test(first) || first.length <= 2) return null;
  return { name: first, written: first.length };
}

/** Occurrences of a name looked at for a line of its own; a masthead or footer repeats it only a few times. */
const MAX_OCCURRENCES = 32;
const isBlank = (c: string | undefined) => c === " " || c === "\t" || c === "\r";

/** Whether `name` stands on a line of its own elsewhere in the page, as a masthead or footer does. */
export function standsAlone(text: string, name: string, para: Span): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen++ < MAX_OCCURRENCES; at = text.indexOf(name, at + 1)) {
    if (at >= para.start && at < para.end) continue;
    let s = at;
    while (s > 0 && isBlank(text[s - 1])) s--;
    let e = at + name.length;
    while (e < text.length && isBlank(text[e])) e++;
    if ((s === 0 || text[s - 1] === "\n") && (e === text.length || text[e] === "\n")) return true;
  }
  return false;
}

/** A place in title case on a line of its own, then its country, its day or both: "Baku, Azerbaijan, Dec. 4". */
const TITLE_PLACE_LINE =
  /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}),(?: \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2},?)?(?: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}| \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)?\s*$/u;

const isPlaceName = (name: string) => gazetteer().names.get(name)?.kind === "place";
/**
 * Whether a word the lists do not know reads as a town's name before a colon: no common word ("Update:",
 * "Watch:"), no given name, no known name of another kind.
 */
function unknownTown(name: string): boolean {
  const g = gazetteer();
  return !name.includes(" ") && !g.names.has(name) && !g.common.has(name.toLowerCase()) && !g.given.has(name);
}

/**
 * The dateline on a line of its own just above the lead: a known place in capitals alone, perhaps with its
 * country or region ("KINSHASA, DR Congo"); null for anything else ("ADVERTISEMENT", "WORLD NEWS").
 */
export function readDatelineLine(text: string, span: Span): { text: string; span: Span } | null {
  // ("Baku, Azerbaijan, Dec. 4": a known place in title case, with its country or the day after it)
  const titled = TITLE_PLACE_LINE.exec(text.slice(span.start, span.end));
  if (titled?.[1] && isPlaceName(titled[1])) {
    const at = span.start + titled[0].indexOf(titled[1]);
    return { text: titled[1], span: { start: at, end: at + titled[1].length } };
  }
  const m = CAPS_PLACE.exec(text.slice(span.start, span.end));
  // ("ISINGIRO." on a line of its own: the stop closes the dateline)
  const place = m?.[1]?.replace(/\.$/, "");
  if (!m || !place || !isPlaceName(naturalCase(place))) return null;
  const at = span.start + m[0].indexOf(place);
  return { text: naturalCase(place), span: { start: at, end: at + place.length } };
}

/** "Oakland - ..." as a dateline, "Daily Herald - ..." as the outlet, or null. */
/** "New Delhi: The Delhi government ...", "Islamabad: Prime Minister ...": a known place and a colon. */
const PLACE_COLON = /^(\p{Lu}[\p{L}\d_.'-]*(?: \p{Lu}[\p{L}\d_.'-]*){0,3}): +(?=["'\p{Lu}0-9])/u;

function readNameDash(text: string, para: Span, head: string): Lead | null {
  const colon = PLACE_COLON.exec(head);
  const place = colon?.[1];
  // only a place: "Analysis: Why talks failed" and "Update: ..." name no dateline
  if (colon && place && isPlaceName(place)) {
    const span = { start: para.start, end: para.start + place.length };
    return {
      byline: null,
      dateline: { text: place, span },
      agency: null,
      date: null,
      bodyStart: para.start + colon[0].length,
    };
  }
  const m = NAME_DASH.exec(head);
  const name = m?.[1];
  if (!m || !name || /^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*$/.test(name)) return null;
  const span = { start: para.start, end: para.start + name.length };
  const bodyStart = para.start + m[0].length;
  if (isPlaceName(name)) return { byline: null, dateline: { text: name, span }, agency: null, date: null, bodyStart };
  if (m[2]) return null; // "Springfield, Ore. -": a place the gazetteer does not know
  const agency = AGENCIES.get(name.toLowerCase()) ?? (standsAlone(text, name, para) ? name : undefined);
  if (!agency) return null;
  return { byline: null, dateline: null, agency: { text: agency, span }, date: null, bodyStart };
}

/**
 * Reads the credits at the start of a lead paragraph. Returns null when the paragraph opens with prose.
 *
 * @example
 * readLead("WASHINGTON (Reuters) - The Senate ...", { start: 0, end: 36 })
 * // { dateline: { text: "Washington", ... }, agency: { text: "Reuters", ... }, bodyStart: 23, ... }
 */
export function readLead(text: string, para: Span): Lead | null {
  const headEnd = Math.min(para.end, para.start + HEAD);
  const head = text.slice(para.start, headEnd);
  const slashed = SLASHED_CREDIT.exec(head);
  // ("Tulcea, Jan 27 /AGERPRES/ -": a place in title case the gazetteer knows)
  if (slashed?.[1] && slashed[3] && (/^[A-Z'. -]+$/.test(slashed[1]) || isPlaceName(slashed[1]))) {
    const place = slashed[1];
    const agencyAt = para.start + slashed[0].indexOf(`/${slashed[3]}/`) + 1;
    const date = findDates(text, para.start + place.length, agencyAt)[0] ?? null;
    return {
      byline: null,
      dateline: { text: naturalCase(place), span: { start: para.start, end: para.start + place.length } },
      agency: {
        text: AGENCIES.get(slashed[3].toLowerCase()) ?? slashed[3],
        span: { start: agencyAt, end: agencyAt + slashed[3].length },
      },
      date: date?.day != null ? date : null,
      // ("/AGERPRES/ - About ...": a dash after the credit)
      bodyStart: skipJoint(text, para.start + slashed[0].length, headEnd),
    };
  }
  // "July 14, 2013 (KHARTOUM) - ": the day first, then the place in capitals in brackets
  const after = DATE_THEN_PLACE.exec(head);
  if (after?.[1] && after[2] && isPlaceName(naturalCase(after[2]))) {
    const at = para.start + after[0].indexOf(`(${after[2]})`) + 1;
    const date = findDates(text, para.start, para.start + after[1].length)[0] ?? null;
    return {
      byline: null,
      dateline: { text: naturalCase(after[2]), span: { start: at, end: at + after[2].length } },
      agency: null,
      date: date?.day != null ? date : null,
      bodyStart: para.start + after[0].length,
    };
  }
  // "APA-Banjul (The Gambia) The African Union ...": an agency's initials joined to the place it files from
  const joined = AGENCY_PLACE.exec(head);
  if (joined?.[1] && joined[2] && isPlaceName(joined[2])) {
    const at = para.start + joined[1].length + 1;
    return {
      byline: null,
      dateline: { text: joined[2], span: { start: at, end: at + joined[2].length } },
      agency: { text: AGENCIES.get(joined[1].toLowerCase()) ?? joined[1], span: { start: para.start, end: at - 1 } },
      date: null,
      bodyStart: para.start + joined[0].length,
    };
  }
  const mark = CREDIT_MARK.exec(head);
  const credit = mark && mark.index <= 150 ? creditOf(head, mark) : null;
  if (mark && credit) {
    const markStart = para.start + mark.index;
    // "(CNN) President ...": an agency mark with no place before it
    const credits =
      mark.index === 0 ? { byline: null, dateline: null, date: null } : readCredits(text, para.start, markStart);
    if (credits) {
      const markEnd = markStart + mark[0].length;
      let bodyStart = skipJoint(text, markEnd, headEnd);
      const inside = findDates(text, markStart + 1, markEnd - 1).find((d) => d.day !== null && d.year !== null);
      const date = credits.date ?? inside ?? dateAt(text, bodyStart, headEnd);
      if (date && date.start >= bodyStart) bodyStart = skipJoint(text, date.end, headEnd);
      const agencySpan = { start: markStart + 1, end: markStart + 1 + credit.written };
      // "(ANSA) - Lipari, August 14 - Thousands ...": the agency first, then the place and the day
      const then = mark.index === 0 && bodyStart > markEnd ? readLead(text, { start: bodyStart, end: para.end }) : null;
      if (then?.dateline && !then.byline)
        return { ...then, agency: then.agency ?? { text: credit.name, span: agencySpan } };
      return { ...credits, agency: { text: credit.name, span: agencySpan }, date, bodyStart };
    }
  }
  // "KHARTOUM / SENNAR (6 Sep 2020) – ...": places in capitals, the day in brackets, a dash
  const dated = DATE_IN_BRACKETS.exec(head);
  if (dated?.[1] && dated[2]) {
    const place = dated[1];
    const at = para.start + dated[0].indexOf(dated[2]);
    const date = findDates(text, at, at + dated[2].length)[0] ?? null;
    if (date?.day != null)
      return {
        byline: null,
        dateline: { text: naturalCase(place), span: { start: para.start, end: para.start + place.length } },
        agency: null,
        date,
        bodyStart: para.start + dated[0].length,
      };
  }
  const caps = CAPS_DATELINE.exec(head);
  if (caps?.[1] && !AGENCIES.has(caps[1].toLowerCase())) {
    // ("MEXICO CITY.- The ...": a full stop before the dash is no part of the place; "WASHINGTON D.C." keeps its own)
    const place = /(?:^| )[^ .]+\.$/.test(caps[1]) ? caps[1].slice(0, -1) : caps[1];
    const middle = caps[2] ?? "";
    const date = middle
      ? (findDates(text, para.start + place.length, para.start + place.length + middle.length)[0] ?? null)
      : null;
    const span = { start: para.start, end: para.start + place.length };
    // ("NUKU'ALOFA, 25 October 2001 (Matangi Tonga): ": a day written first and a credit in brackets)
    const credit = caps[3] ?? caps[4] ?? caps[5];
    return {
      byline: null,
      dateline: { text: naturalCase(place), span },
      agency: credit ? agencyAt(credit, para.start + caps[0].lastIndexOf(credit)) : null,
      date: date?.day != null ? date : null,
      bodyStart: para.start + caps[0].length,
    };
  }
  const titled = TITLE_DATE_DATELINE.exec(head);
  if (titled?.[1] && titled[2] && !AGENCIES.has(titled[1].toLowerCase())) {
    const place = titled[1];
    const dayAt = para.start + titled[0].indexOf(titled[2], place.length);
    const credit = titled[3];
    const date = findDates(text, dayAt, dayAt + titled[2].length)[0] ?? null;
    return {
      byline: null,
      dateline: { text: place, span: { start: para.start, end: para.start + place.length } },
      agency: credit ? agencyAt(credit, para.start + titled[0].lastIndexOf(credit)) : null,
      date: date?.day != null ? date : null,
      bodyStart: para.start + titled[0].length,
    };
  }
  // "LOKOJA\u2014AT least eight people ...", "ANN ARBOR\u2014Reports of ...": a place in capitals and a dash with no
  // space around it
  // (the folded text has a hyphen for the dash: the lead's first word, in capitals, is an English word, "AT", not
  // a name joined to the first, "NATO-RUSSIA")
  const glued = CAPS_GLUED_DASH.exec(head);
  if (
    glued?.[1] &&
    glued[2] &&
    !AGENCIES.has(glued[1].toLowerCase()) &&
    gazetteer().names.get(naturalCase(glued[1]))?.kind !== "organization" &&
    // ("ANN ARBOR\u2014Reports of ...": the lead's first word in title case after a known place)
    (/^[A-Z]+$/.test(glued[2]) ? gazetteer().common.has(glued[2].toLowerCase()) : isPlaceName(naturalCase(glued[1])))
  )
    return placeOnly(naturalCase(glued[1]), para.start, glued[1].length, para.start + glued[0].length);
  // "Mardan\u2014Four children were killed ...": a known place in title case and a dash with no space around it,
  // before a common word in title case (not "Kenya-Uganda border", nor "London-Based")
  const gluedTitle = TITLE_GLUED_DASH.exec(head);
  if (
    gluedTitle?.[1] &&
    gluedTitle[2] &&
    isPlaceName(gluedTitle[1]) &&
    gazetteer().common.has(gluedTitle[2].toLowerCase()) &&
    !COMPOUND_AFTER.has(gluedTitle[2].toLowerCase())
  )
    return placeOnly(gluedTitle[1], para.start, gluedTitle[1].length, para.start + gluedTitle[1].length + 1);
  // "KALANGALA. More than 300 passengers ...": a place in capitals closed by a full stop
  const stop = CAPS_STOP_DATELINE.exec(head);
  const stopped = stop?.[1];
  if (
    stopped &&
    !AGENCIES.has(stopped.toLowerCase()) &&
    gazetteer().names.get(naturalCase(stopped))?.kind !== "organization"
  )
    return placeOnly(naturalCase(stopped), para.start, stopped.length, para.start + stop[0].length);
  // "Dar es Salaam. Three people ...", "Kampala. The ...": a known place in title case closed by a full stop, as
  // East African papers write their datelines
  const titledStop = TITLE_STOP_DATELINE.exec(head);
  const town = titledStop?.[1];
  if (titledStop && town && isPlaceName(town))
    return placeOnly(town, para.start, town.length, para.start + titledStop[0].length);
  // "Idukki: Three persons ...": a place in title case (known, or a word no list knows) and a colon, as Indian papers
  // write their datelines
  const titledColon = TITLE_COLON_DATELINE.exec(head);
  const colonTown = titledColon?.[1];
  if (titledColon && colonTown && (isPlaceName(colonTown) || unknownTown(colonTown)))
    return placeOnly(colonTown, para.start, colonTown.length, para.start + titledColon[0].length);
  return readNameDash(text, para, head);
}

/**
 * "Tamale, March 14, GNA - ", "Kumasi, 3 Oct (GNA) - ", "Ohrid, 21 November 2013 (MIA) - ", "Puno, Jul. 5
 * (ANDINA). ", "Pune, November 21: ", "Tiptur (Tumkur dist), Feb 23
 * (DHNS): ": a place in title case (perhaps with its district in brackets), the day and perhaps an agency in
 * capitals, then a dash or a colon: the day makes the capitalised name a dateline.
 */
/** "July 14, 2013 (KHARTOUM) - ": a day with its year, then a place in capitals in brackets and a dash. */
const DATE_THEN_PLACE =
  /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d) \(([A-Z][A-Z .'-]{2,30})\) ?(?:-{1,2}|\u2013|\u2014) +(?=["'\p{Lu}0-9])/u;
/** "APA-Banjul (The Gambia) ": an agency's initials, a hyphen and a place, perhaps its country in brackets. */
const AGENCY_PLACE =
  /^([A-Z]{2,6})-(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?: \([^()\n]{2,30}\))?(?: ?(?:-{1,2}|\u2013|\u2014))? +(?=["'\p{Lu}])/u;

const TITLE_DATE_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?: \([^()\n]{2,30}\))?, ((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,? (?:19|20)\d\d)?|\d{1,2}\/\d{1,2}\/(?:\d\d){1,2})(?:,? \(?([A-Z]{2,8})\)?)? ?(?:-{1,2}|\u2013|\u2014|:|(?<=\))\.) +(?=["'\p{Lu}0-9])/u;

/** An agency credited in a dateline, written `credit` at offset `at`: its known name, or the credit as written. */
function agencyAt(credit: string, at: number): { readonly text: string; readonly span: Span } | null {
  const known = AGENCIES.get(credit.toLowerCase());
  // ("Mysore, Jan. 18 (KK)- ": two letters no agency goes by are the reporter's initials)
  if (!known && credit.length <= 2) return null;
  return { text: known ?? credit, span: { start: at, end: at + credit.length } };
}

/** A place in capitals and a dash with no space around it before the lead's first word: "LOKOJA\u2014AT least". */
const CAPS_GLUED_DASH = /^([A-Z]{2}[A-Z'.]+(?: [A-Z][A-Z'.]+){0,2})-(?=([A-Z]+|[A-Z][a-z]+) [a-z])/;

/** A lead that opens with only the place it is filed from, written at `at` in `length` characters. */
function placeOnly(place: string, at: number, length: number, bodyStart: number): Lead {
  return {
    byline: null,
    dateline: { text: place, span: { start: at, end: at + length } },
    agency: null,
    date: null,
    bodyStart,
  };
}

/** A place in title case and a dash with no space around it before the lead's first word: "Mardan\u2014Four". */
const TITLE_GLUED_DASH = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})-(?=(\p{Lu}\p{Ll}*) )/u;
/** Words a place's name is joined to by a hyphen as one adjective: "London-based", "Saudi-led". */
const COMPOUND_AFTER = new Set(["based", "born", "led", "backed", "owned", "run", "bound", "era", "style", "wide"]);

/** A place in title case and a colon opening the lead: "Idukki: Three persons ...", "New Delhi: The ...". */
const TITLE_COLON_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}): +(?=["'\p{Lu}])/u;

/** A place in title case and a full stop opening the lead: "Dar es Salaam. Three people ...". */
// ("Mexico City.- The ruling party ...": a dash after the stop, as Spanish-language papers write it)
const TITLE_STOP_DATELINE =
  /^(\p{Lu}\p{Ll}+(?: (?:\p{Lu}\p{Ll}+|es|de|del|la|el|al|da|do|di))*)\.(?: ?(?:-{1,2}|\u2013|\u2014))? +(?=\p{Lu}\p{Ll})/u;

/** A place in capitals of five letters or more and a full stop opening the lead: "KALANGALA. More than ...". */
const CAPS_STOP_DATELINE = /^(\p{Lu}{2}[\p{Lu}'-]{3,}(?: \p{Lu}[\p{Lu}'-]+){0,2})\. +(?=\p{Lu}\p{Ll})/u;
