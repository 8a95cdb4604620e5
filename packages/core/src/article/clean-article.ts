// The cleaning stage (text -> article): paragraphs and sentences of the body, with page debris, captions
// and repeats set aside (each with its span and reason), and the metadata the page states. Lines are
// sorted into three zones: the header before the first prose paragraph, the body, and the footer after
// the last prose paragraph. Header and footer lines are read for metadata and otherwise set aside;
// body lines are set aside only by the debris rules, so a clean article keeps every paragraph.
import { gazetteer } from "../actors/gazetteer.js";
import type { CleanDoc, SentenceSpan } from "../pipeline/context.js";
import type { MetaSpans, RemovalReason, Removed } from "../schema/article.js";
import type { DateValue, Span, SpannedText } from "../schema/common.js";
import { DOTTED_STATES, STATE_ABBREVIATIONS } from "../text/abbreviations.js";
import { foldText } from "../text/fold.js";
import { splitParagraphs } from "../text/paragraphs.js";
import { splitSentences } from "../text/sentences.js";
import { common } from "../text/share.js";
import { type FoundDate, findDates, isoOf, prefersMonthFirst } from "./dates.js";
import { findDuplicates } from "./duplicates.js";
import {
  type Found,
  initialsOf,
  isOutletName,
  isSectionLabel,
  isSiteAddress,
  isTitleLike,
  outletCase,
  placeDashOutlet,
  readCopyright,
  readCreditLine,
  readLoneCredit,
  readMasthead,
  readSignOff,
  readWrittenBy,
  siteLineName,
  splitHeadlineSuffix,
  withoutEdition,
} from "./header.js";
import { naturalCase, readDatelineLine, readLead } from "./lead.js";
import { AGENCIES } from "./outlet-data.js";
import { decidePublished } from "./published.js";
import {
  BULLET,
  bylineOf,
  type CreditUnder,
  creditsUnder,
  findHeadline,
  findNamesLine,
  findSiteName,
  findZones,
  isPaperBoast,
  type Line,
  nameSlashRole,
  readLine,
  readPlaceLine,
  roleAfterNames,
} from "./zones.js";

export interface CleanOptions {
  readonly id: string;
  readonly referenceDate: string | null;
}

/** What the zones yield, gathered as the lines are read. */
class Gathered {
  readonly removed: Removed[] = [];
  readonly captions: SpannedText[] = [];
  headline: Found | null = null;
  /** The line chosen as the headline, or null to take the first title-like line. */
  headlineLine: Line | null = null;
  /** A line of reporters' names alone under the headline. */
  namesLine: Line | null = null;
  /** The credit lines under the names line: a role, an agency or the place filed from. */
  readonly creditLines = new Map<Line, CreditUnder>();
  /** The writer a production credit at the foot names ("Written by X based on reporting by ..."). */
  writer: Found | null = null;
  byline: Found | null = null;
  dateline: Found | null = null;
  /** The place a reporter is based in ("From Abdullahi Musa, Lokoja"): the dateline when the lead names none. */
  basePlace: Found | null = null;
  /**
   * The place a page's date line names ("Santiago, martes 17 de marzo de 1998"): the paper's home, which the place
   * the lead is filed from ("CASTRO - ...") outranks.
   */
  dateLinePlace: Found | null = null;
  /** Where the page names its outlet; `staff` for a reporter's credit as the paper's staff ("Globe Staff"). */
  readonly outlets: { rank: number; found: Found; staff?: boolean }[] = [];
  readonly dates: { rank: number; date: FoundDate }[] = [];
  partial: FoundDate | null = null;
  /** A day and month without a year on a "Posted on Wednesday, March 26 @ 09:12" line of the header. */
  postedPartial: FoundDate | null = null;
  /** The date in the lead's credits ("New Delhi, July 15:"), with or without its year. */
  leadDate: FoundDate | null = null;
  /** The year of the copyright line ("Copyright © 2008 Kuensel Corporation"). */
  copyrightYear: number | null = null;

  constructor(readonly raw: string) {}

  remove(span: Span, reason: RemovalReason, detail: string): void {
    if (span.end > span.start) this.removed.push({ text: this.raw.slice(span.start, span.end), span, reason, detail });
  }
  outlet(rank: number, found: Found | null, staff = false): void {
    if (found) this.outlets.push({ rank, found, staff });
  }
  date(rank: number, date: FoundDate | null | undefined): void {
    if (date && date.year !== null) this.dates.push({ rank, date });
  }
  best<T extends { rank: number }>(list: T[]): T | undefined {
    return list.reduce<T | undefined>((b, x) => (b === undefined || x.rank < b.rank ? x : b), undefined);
  }
}

// Ranks: lower wins. Agency credits and sign-offs beat the site's own name at the top of the page, which beats
// copyright lines (often the owner's name: "Vox Media", "CBS Interactive"), mastheads and title suffixes. A
// copyright holder named as a company ("Allied Newspapers Ltd.") comes after the masthead: a publisher of
// several titles.
const RANK = {
  leadAgency: 0,
  bylineAgency: 1,
  creditLine: 1,
  signOff: 2,
  siteName: 3,
  copyright: 4,
  masthead: 5,
  company: 5.5,
  titleSuffix: 6,
  // "Ravi Menon / TNN / Updated ...": a newsroom's own service, for a page that names no outlet otherwise
  newsService: 7,
} as const;
const DATE_RANK = { labelled: 0, headerLine: 1, lead: 2, footerLine: 3, address: 4 } as const;
/** How far a date line above the headline falls behind one under it, still ahead of the lead's date. */
const DATE_RANK_ABOVE_HEADLINE = 0.5;

/** A day in a web address's path: "https://www.site.com/news/2021/03/15/man-shot/", ".../2021-03-15/...". */
const ADDRESS_DAY =
  /^\s*(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/(?:[\w-]+\/)*?((?:19|20)\d\d)([/-])(\d\d)\2(\d\d)(?:[/-]|$)/i;

/** The day in the address of the page, when the header shows one: the last evidence of the date, under any line's. */
function addressDate(folded: string, span: Span): FoundDate | null {
  const m = ADDRESS_DAY.exec(folded.slice(span.start, span.end));
  if (!m?.[1] || !m[3] || !m[4]) return null;
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const start = span.start + (m.index ?? 0) + m[0].indexOf(m[1]);
  return { start, end: start + 10, year: Number(m[1]), month, day };
}

/** The year a copyright line states, the last of a range: "© 2008", "Copyright 1999-2008". */
// ("© 2013 X", "Copyright © 1995-2012 X", "© Channel 4 2007"): the year, perhaps after a short owner's name
const COPYRIGHT_YEAR =
  /(?:©|\(c\)|copyright)\s*(?:[^\s\d][^\s\d]*\s+|\d{1,3}\s+){0,4}?(?:(?:19|20)\d\d\s*[-\u2013]\s*)?((?:19|20)\d\d)\b/i;

/** A header line that opens with a day of the week: "Thu. Nov 13 - 4:47 AM". */
const WEEKDAY_OPENING =
  /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?\s+)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\b\.?,?\s/i;

/** A header line that labels a day and month: "Posted on Wednesday, March 26 @ 09:12:47 BST by kuensel". */
const POSTED = /^\s*(?:posted|published|updated|last updated)\b/i;

/** The owner a copyright line names, as the outlet: after the masthead when it is a publishing company. */
function copyrightOutlet(g: Gathered, folded: string, span: Span): void {
  const year = COPYRIGHT_YEAR.exec(folded.slice(span.start, span.end));
  if (year) g.copyrightYear ??= Number(year[1]);
  const owner = readCopyright(folded, span);
  g.outlet(owner?.company ? RANK.company : RANK.copyright, owner);
}

/** A credit line of fields between pipes ("PTI | Mumbai | Updated: ..."): outlet, place and date. */
function readCredits(g: Gathered, folded: string, line: Line, monthFirst: () => boolean): boolean {
  if (line.stats.pipes < 2) return false;
  // ("by Jane Doe|Rigzone Staff|Thursday, November 27, 2014": a byline's fields, the reporter's first)
  if (BY_OPENING.test(folded.slice(line.span.start, line.span.start + 4))) return false;
  const credit = readCreditLine(folded, line.span, monthFirst);
  if (!credit) return false;
  g.outlet(RANK.creditLine, credit.outlet);
  if (credit.place) g.dateline ??= credit.place;
  g.date(DATE_RANK.headerLine, credit.date);
  return true;
}

/** Reads a line outside the body for metadata; returns why it is set aside. */
function readEdgeLine(
  g: Gathered,
  folded: string,
  line: Line,
  header: boolean,
  monthFirst: () => boolean,
): [RemovalReason, string] {
  const { span, stats, verdict } = line;
  // "Andrae Whyte/Staff Reporter" reads as a photo's credit but names the reporter
  // ("MARISSA KANE / Monitor staff" under the headline is no caption at all)
  const slashed = header && (line.caption || !verdict) ? nameSlashRole(folded, span) : null;
  if (slashed) {
    g.byline ??= slashed;
    return ["byline", "byline line"];
  }
  // ("by NURUL HUDA HASSAN / pic by TMR FILE": the reporter's byline, then the photo's credit on the same line)
  const creditedBy = header && line.caption && BY_OPENING.test(folded.slice(span.start, span.start + 4));
  const shared = creditedBy ? bylineOf(folded, line) : null;
  if (shared) {
    g.byline ??= shared.byline;
    return ["byline", "byline line"];
  }
  if (line.caption) {
    g.captions.push({ text: g.raw.slice(span.start, span.end), span });
    return ["caption", "photo credit"];
  }
  if (verdict?.reason === "copyright") copyrightOutlet(g, folded, span);
  if (verdict?.detail === "source credit") g.outlet(RANK.signOff, readSignOff(folded, span));
  // ("Posted on Wednesday, March 26 @ 09:12", "Thu. Nov 13 - 4:47 AM"): a day and month in a header line, which
  // the copyright's year may complete
  const opening = folded.slice(span.start, span.start + 26);
  if (
    header &&
    (!verdict || verdict.detail === "date line") &&
    g.postedPartial === null &&
    (POSTED.test(opening) || WEEKDAY_OPENING.test(opening))
  ) {
    const d = findDates(folded, span.start, span.end, monthFirst)[0];
    if (d && d.year === null && d.day !== null) g.postedPartial = d;
  }
  if (readCredits(g, folded, line, monthFirst)) return ["metadata", "credit line"];
  // a date line is the first thing classifyLine tells, so its verdict says whether the line is one
  if (verdict?.detail === "date line") {
    const line = folded.slice(span.start, span.end);
    const labelled = /\b(published|posted|first published|date)\b/i.test(line);
    // "Printable version | Nov 23, 2011 3:14:20 AM": when the page was printed, which a date under the
    // headline outranks wherever the line stands
    const printed = /^\s*(?:printable version|printer[- ]friendly version|printed (?:on|from))\b/i.test(line);
    // "Friday, March 15, 2024" over the masthead: the day the page was served, which a date under the headline
    // outranks
    const aboveHeadline = g.headlineLine !== null && span.start < g.headlineLine.span.start;
    g.date(
      labelled
        ? DATE_RANK.labelled
        : header && !printed
          ? DATE_RANK.headerLine + (aboveHeadline ? DATE_RANK_ABOVE_HEADLINE : 0)
          : DATE_RANK.footerLine,
      findDates(folded, span.start, span.end, monthFirst)[0],
    );
  }
  // "CHENNAI, November 22, 2011", "Jakarta | Thu, September 10 2015 | 07:42 am": the place the story is filed from
  if (header && verdict?.detail === "date line") g.dateLinePlace ??= readPlaceDateLine(folded, span);
  // the page's own address, above the body (a link after it may be another story's)
  if (header && stats.words <= 30) g.date(DATE_RANK.address, addressDate(folded, span));
  // ("Jelena Vuković | Podgorica | BIRN" reads as a list of links, of three fields at most)
  const barred = header && verdict?.detail === "link list" && countOf(folded, span, "|") <= 2;
  const by = verdict === null || verdict.reason === "header" || barred ? bylineOf(folded, line) : null;
  if (verdict?.detail === "production credits") g.writer ??= readWrittenBy(g.raw, span);
  if (verdict && !by) return [verdict.reason, verdict.detail];
  // ("Trinidad and Tobago Newsday | Monday, June 16 2008" under "Newsday": the paper's name in full, not a name)
  const site = by && g.outlets.find((o) => o.rank === RANK.siteName || o.rank === RANK.masthead);
  if (by && site && namesInFull(by.byline.text, site.found.text)) return ["header", "masthead"];
  if (by) {
    g.byline ??= by.byline;
    if (by.place) g.dateline ??= by.place;
    if (by.base) g.basePlace ??= by.base;
    g.outlet(RANK.bylineAgency, by.agency, by.staff);
    g.outlet(RANK.newsService, by.service ?? null);
    return ["byline", "byline line"];
  }
  // "ANKARA - Turkish Daily News" under the reporter's name: the place filed from and the paper
  const placed = header && !verdict ? placeDashOutlet(folded.slice(span.start, span.end)) : null;
  if (placed) {
    const at = span.start + folded.slice(span.start, span.end).indexOf(placed.outlet);
    g.dateline ??= { text: placed.place, span: { start: span.start, end: span.start + placed.place.length } };
    g.outlet(RANK.bylineAgency, { text: placed.outlet, span: { start: at, end: at + placed.outlet.length } });
    return ["metadata", "dateline"];
  }
  // "MARCUS TULLY", then "CALGARY" or "BIRN" and "Pristina" on the lines under it: the agency and the place the
  // reporter files from
  const credit = header ? g.creditLines.get(line) : undefined;
  const place = credit === "place" ? readPlaceLine(folded, span) : null;
  if (place) {
    g.dateline ??= place;
    return ["metadata", "dateline"];
  }
  if (credit === "agency") {
    const name = folded.slice(span.start, span.end).trim();
    const at = span.start + folded.slice(span.start, span.end).indexOf(name);
    g.outlet(RANK.bylineAgency, {
      text: AGENCIES.get(name.toLowerCase()) ?? name,
      span: { start: at, end: at + name.length },
    });
    return ["byline", "agency credit"];
  }
  // an agency's name among the menus above the headline is a menu item ("MENA"), not a credit
  const signOff = header && g.headline === null ? null : readSignOff(folded, span);
  if (signOff) {
    g.outlet(RANK.signOff, signOff);
    return ["metadata", "agency sign-off"];
  }
  if (header && isSectionLabel(folded, span)) return ["header", "section label"];
  if (header && BULLET.test(folded.slice(span.start, span.start + 4))) return ["navigation", "breadcrumb"];
  if (header && line === g.namesLine) {
    const names = readNamesLine(g.raw, span);
    g.byline ??= names.byline;
    if (names.place) g.dateline ??= names.place;
    return ["byline", "byline line"];
  }
  // ("Published: January 22, 2025" / "Staff Writer" over the headline found for the page: a credit there too)
  const lone = header && (g.headline !== null || g.headlineLine !== null) ? readLoneCredit(folded, span) : null;
  if (lone) {
    g.byline ??= lone;
    return ["byline", "byline line"];
  }
  // ("Post-Courier": a name of one word, two newspaper words joined, is too short to be title-like)
  const titleLike = header && isTitleLike(folded, span, stats);
  if (
    titleLike ||
    (header && g.headline === null && (stats.words === 1 || isSiteAddress(folded.slice(span.start, span.end))))
  ) {
    const masthead = g.headline === null ? readMasthead(folded, span, stats) : null;
    if (masthead) {
      g.outlet(RANK.masthead, masthead);
      return ["header", "masthead"];
    }
    // (with no headline found for the page, the first title is one unless the paper boasts in it about itself)
    if (
      titleLike &&
      g.headline === null &&
      (g.headlineLine === line || (g.headlineLine === null && !isPaperBoast(folded.slice(span.start, span.end))))
    ) {
      const split = splitHeadlineSuffix(folded, span);
      g.headline = { text: g.raw.slice(split.headline.start, split.headline.end), span: split.headline };
      g.outlet(RANK.titleSuffix, split.outlet);
      return ["metadata", "headline"];
    }
  }
  return header ? ["header", "before the body"] : ["other", "after the body"];
}

/** A line of reporters' names, perhaps closed by the known place they file from: "Ted Odogwu, Kano". */
function readNamesLine(raw: string, span: Span): { byline: Found; place: Found | null } {
  const text = raw.slice(span.start, span.end).trimEnd();
  const comma = text.lastIndexOf(", ");
  const last = comma < 0 ? "" : text.slice(comma + 2);
  // "Erica Salinas, Reporter", "Jon Ruiz, Staff Writer": the reporter's role is no part of the name
  const role = roleAfterNames(text);
  if (role)
    return {
      byline: { text: text.slice(0, role.index), span: { start: span.start, end: span.start + role.index } },
      place: null,
    };
  // "Hans Rahardjo, The Jakarta Post": the publication after the names is no part of them
  if (comma > 0 && (isOutletName(last) || AGENCIES.has(last.toLowerCase())))
    return {
      byline: { text: text.slice(0, comma), span: { start: span.start, end: span.start + comma } },
      place: null,
    };
  if (comma > 0 && gazetteer().names.get(foldText(last))?.kind === "place") {
    const at = span.start + comma + 2;
    return {
      byline: { text: text.slice(0, comma), span: { start: span.start, end: span.start + comma } },
      place: { text: last, span: { start: at, end: at + last.length } },
    };
  }
  return { byline: { text, span: { start: span.start, end: span.start + text.length } }, place: null };
}

const PLACE_THEN_DATE = /^\s*(\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){0,2})\s*[,|]\s*(?=[\p{L}\d])/u;

/** The known place that opens a date line, in natural case: "Chennai" of "CHENNAI, November 22, 2011". */
function readPlaceDateLine(folded: string, span: Span): Found | null {
  const line = folded.slice(span.start, span.end);
  // ("Civil Georgia, Tbilisi / 25 Dec.'09 / 18:42": the outlet, then the place)
  for (const re of [PLACE_THEN_DATE, OUTLET_PLACE_THEN_DATE]) {
    const m = re.exec(line);
    const written = m?.[1];
    if (!m || !written) continue;
    const name = naturalCase(written);
    const entry = gazetteer().names.get(name);
    // ("PERRY, Okla., March 12, 2008": a town in capitals that its state's abbreviation or name after it places)
    if (entry?.kind !== "place" && !(re === PLACE_THEN_DATE && stateAfter(line, m[0].length, written))) continue;
    // ("Germany | 26.10.2009": a country in title case before a bar is the page's section, not where it was filed)
    if (entry?.subtype === "country" && /[a-z]/.test(written) && m[0].trimEnd().endsWith("|")) continue;
    const at = span.start + m[0].lastIndexOf(written);
    return { text: name, span: { start: at, end: at + written.length } };
  }
  return null;
}

/**
 * Whether a town written in capitals (`written`) has its state after the comma at `at` of `line`: an abbreviation
 * ("Okla.", "N.J.") or a state's name ("Oklahoma"), then a comma.
 */
function stateAfter(line: string, at: number, written: string): boolean {
  if (written !== written.toUpperCase()) return false;
  const m = /^([\p{L}.]{2,14}),/u.exec(line.slice(at));
  const state = m?.[1];
  if (!state) return false;
  return (
    STATE_ABBREVIATIONS.has(state.replace(/\./g, "").toLowerCase()) ||
    DOTTED_STATES.test(state) ||
    gazetteer().names.get(state)?.subtype === "region"
  );
}

/** The outlet and the place it files from before a date line's slash or bar: "Civil Georgia, Tbilisi / ". */
const OUTLET_PLACE_THEN_DATE = /^\s*\p{Lu}[^,/|]{1,40},\s*(\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){0,2})\s*[/|]\s*/u;

/** A company's legal form closing a copyright holder's name. */
const LEGAL_FORM = /\b(?:Pty|Ltd|Limited|Inc|LLC|plc|PLC|Bhd|GmbH)\b\.?$/;

/**
 * The outlet of the best rank; but a masthead that names a newspaper ("The Herald") over a copyright holder
 * that names no newspaper or agency ("Zimpapers"), or that is a company ("South Pacific Post Pty Ltd"), which
 * is then the publisher, not the paper.
 */
function outletOf(outlets: readonly { rank: number; found: Found; staff?: boolean }[]): Found | null {
  let best: { rank: number; found: Found; staff?: boolean } | undefined;
  for (const o of outlets) if (best === undefined || o.rank < best.rank) best = o;
  // "By Ellen Marchetti, Globe Staff" under "THE BOSTON GLOBE": the paper named in full elsewhere on the page
  const short = best?.staff ? best.found.text : null;
  const full = short ? outlets.find((o) => o !== best && namesInFull(o.found.text, short)) : undefined;
  if (full) return full.found;
  // "BOSTON (CN) —" on a page headed "Courthouse News Service": the initials the site credits itself by
  // (a known agency's, "AP", stays as the agency credits itself)
  const credit = best?.rank === RANK.leadAgency ? best.found.text : "";
  const initials = /^[A-Z]{2,5}$/.test(credit) && !AGENCIES.has(credit.toLowerCase()) ? credit : null;
  const spelled = initials ? outlets.find((o) => o !== best && initialsOf(initials, o.found.text.trim(), true)) : null;
  if (spelled) return spelled.found;
  const owner = best?.found.text ?? "";
  // a holder with a company's legal form is the publisher ("South Pacific Post Pty Ltd"), not the paper
  const publisher = LEGAL_FORM.test(owner);
  const mastheads = outlets.filter((o) => o.rank === RANK.masthead || o.rank === RANK.siteName);
  // "The New Dawn" over "© 2019 The New Dawn Liberia": the holder is the paper's name with its country's after it
  const placed = mastheads.find((o) => {
    const name = o.found.text.trim();
    const rest = owner.startsWith(`${name} `) ? owner.slice(name.length + 1) : "";
    return rest !== "" && gazetteer().names.get(rest)?.kind === "place";
  });
  if (best?.rank === RANK.copyright && placed) return placed.found;
  if (best?.rank !== RANK.copyright || ((isOutletName(owner) || AGENCIES.has(owner.toLowerCase())) && !publisher))
    return best?.found ?? null;
  const masthead = mastheads.find((o) => isOutletName(o.found.text));
  return (masthead ?? best).found;
}

/**
 * A paper's name without the "Online" or "on the Web" its site adds ("The Royal Gazette Online" is The Royal
 * Gazette); a name that is no paper's without it stays whole ("Garowe Online"), and so does a paper's word alone
 * ("Mail Online").
 */
function withoutOnline(found: Found | null): Found | null {
  // ("Daily Nation on the Web")
  const suffix = found ? / (?:Online|on the (?:Web|Net|Internet))$/.exec(found.text) : null;
  if (!found || !suffix) return found;
  const name = found.text.slice(0, suffix.index);
  // ("Mail Online": a paper's word alone is no paper's name)
  if (!isOutletName(name) || !name.trim().includes(" ")) return found;
  return { text: name, span: { start: found.span.start, end: found.span.start + name.length } };
}

/** How many times `char` occurs in `text.slice(span.start, span.end)`. */
function countOf(text: string, span: Span, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char, span.start); at >= 0 && at < span.end; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** Whether `name` is a longer name that ends with `short` as a whole word: "THE BOSTON GLOBE" of "Globe". */
function namesInFull(name: string, short: string): boolean {
  const a = name.trim().toLowerCase();
  const b = short.trim().toLowerCase();
  return a.length > b.length && a.endsWith(b) && /[\s-]/.test(a.charAt(a.length - b.length - 1));
}

/** Trims the credits that open the lead paragraph and records what they state. */
function trimLead(g: Gathered, folded: string, para: Span): Span {
  const lead = readLead(folded, para);
  if (!lead) return para;
  if (lead.byline) g.byline ??= lead.byline;
  if (lead.dateline) g.dateline ??= lead.dateline;
  if (lead.agency) g.outlet(RANK.leadAgency, lead.agency);
  g.date(DATE_RANK.lead, lead.date);
  g.leadDate = lead.date;
  if (lead.date && lead.date.year === null) g.partial = lead.date;
  g.remove({ start: para.start, end: lead.bodyStart }, "metadata", "lead credits");
  return { start: lead.bodyStart, end: para.end };
}

/** The country of the place the lead's dateline names ("Mexico City.–"), or null. */
function filedCountry(folded: string, lead: Line | undefined): string | null {
  const place = lead ? readLead(folded, lead.span)?.dateline?.text : undefined;
  const entry = place ? gazetteer().names.get(place) : undefined;
  return entry?.kind === "place" ? (entry.country ?? (entry.subtype === "country" ? entry.name : null)) : null;
}

/** Whether a paragraph opens with a dateline in capitals: "SPRINGFIELD TOWNSHIP, Ohio —". */
function capitalDateline(folded: string, p: Span): boolean {
  const place = readLead(folded, p)?.dateline;
  if (!place) return false;
  const written = folded.slice(place.span.start, place.span.end);
  return /\p{Lu}{2}/u.test(written) && written === written.toUpperCase();
}

/** The words of a paragraph, counted by the spaces between them. */
function wordCount(folded: string, p: Span): number {
  let n = 1;
  for (let i = p.start; i < p.end; i++) if (folded.charCodeAt(i) === 32) n++;
  return n;
}

/** Keeps body paragraphs, setting aside debris, captions and repeats. */
function readBody(g: Gathered, folded: string, lines: readonly Line[]): Span[] {
  const kept: Span[] = [];
  // after a "Related" or "Trending" heading inside the body, the headlines listed under it until prose resumes
  let listing = false;
  for (const line of lines) {
    if (listing && !line.verdict && !line.caption && !line.prose && isTitleLike(folded, line.span, line.stats)) {
      g.remove(line.span, "related", "listed headline");
      continue;
    }
    listing = line.verdict?.reason === "related" || line.verdict?.detail === "trending label";
    if (line.caption) {
      g.captions.push({ text: g.raw.slice(line.span.start, line.span.end), span: line.span });
      g.remove(line.span, "caption", "photo credit");
    } else if (line.verdict && readCredits(g, folded, line, () => false)) {
      g.remove(line.span, "metadata", "credit line");
    } else if (line.verdict) {
      if (line.verdict.reason === "copyright") copyrightOutlet(g, folded, line.span);
      if (line.verdict.detail === "source credit") g.outlet(RANK.signOff, readSignOff(folded, line.span));
      if (line.verdict.detail === "production credits") g.writer ??= readWrittenBy(g.raw, line.span);
      if (line.verdict.detail === "date line")
        g.date(DATE_RANK.footerLine, findDates(folded, line.span.start, line.span.end)[0]);
      g.remove(line.span, line.verdict.reason, line.verdict.detail);
    } else kept.push(line.span);
  }
  // ("Workers say they got the news at a meeting Monday morning." over "SPRINGFIELD TOWNSHIP, Ohio — More than
  // 200 people ..."): short lines above a lead that opens with a dateline in capitals are a video's or a photo's
  // caption, or the deck, not the story
  const datelined = kept.slice(1, 3).findIndex((p) => capitalDateline(folded, p)) + 1;
  if (datelined > 0 && !capitalDateline(folded, kept[0] as Span)) {
    const above = kept.slice(0, datelined);
    if (above.every((p) => wordCount(folded, p) <= ABOVE_DATELINE_WORDS)) {
      for (const p of above) g.remove(p, "caption", "above the dateline");
      kept.splice(0, datelined);
    }
  }
  if (kept[0]) kept[0] = trimLead(g, folded, kept[0]);
  const repeats = findDuplicates(folded, kept);
  return kept.filter((p, i) => {
    const of = repeats[i] ?? -1;
    if (of >= 0) g.remove(p, "duplicate", `repeats paragraph ${of + 1}`);
    return of < 0 && p.end > p.start;
  });
}

/**
 * The most words a paragraph above a lead that opens with a dateline in capitals may have and still be a caption or
 * a deck: two sentences of a standfirst ("Mount Marapi continued to spew ash on Tuesday as rescuers ... At least
 * 22 climbers have been confirmed dead, while one is still missing.").
 */
const ABOVE_DATELINE_WORDS = 60;

/** "By " opening a line, in any case. */
const BY_OPENING = /^by /i;

/** Splits the raw text into body paragraphs and sentences, sets debris aside and reads the metadata. */
export function cleanArticle(raw: string, options: CleanOptions): CleanDoc {
  const folded = foldText(raw);
  const lines = splitParagraphs(folded).map((span) => readLine(folded, span));
  const { first, last, masthead } = findZones(folded, lines);
  const g = new Gathered(raw);
  let monthFirst: boolean | undefined;
  const readsMonthFirst = () => {
    monthFirst ??= prefersMonthFirst(folded, () => filedCountry(folded, lines[first]));
    return monthFirst;
  };
  const edge = (line: Line, header: boolean) => {
    const [reason, detail] = readEdgeLine(g, folded, line, header, readsMonthFirst);
    g.remove(line.span, reason, detail);
  };
  const headerEnd = first < 0 ? lines.length : first;
  const headline = findHeadline(folded, lines, headerEnd, masthead);
  const site = lines[findSiteName(folded, lines, headerEnd, headline)];
  if (site) {
    // ("Tengrinews.kz English": the edition's language is no part of the name; "africanews.": a brand's stop)
    const name = withoutEdition(siteLineName(folded.slice(site.span.start, site.span.end)).trim());
    const start = site.span.start + folded.slice(site.span.start, site.span.end).indexOf(name);
    g.outlet(RANK.siteName, { text: raw.slice(start, start + name.length), span: { start, end: start + name.length } });
  }
  g.headlineLine = lines[headline] ?? null;
  const namesAt = findNamesLine(folded, lines, headline, headerEnd);
  g.namesLine = lines[namesAt] ?? null;
  if (g.namesLine)
    for (const [k, kind] of creditsUnder(folded, lines, namesAt).entries())
      g.creditLines.set(lines[namesAt + 1 + k] as Line, kind);
  lines.slice(0, headerEnd).forEach((l, i) => {
    if (i === masthead) {
      const name = withoutEdition(raw.slice(l.span.start, l.span.end));
      g.outlet(RANK.masthead, { text: name, span: { start: l.span.start, end: l.span.start + name.length } });
      g.remove(l.span, "header", "masthead");
    } else edge(l, true);
  });
  const paragraphs = first < 0 ? [] : readBody(g, folded, lines.slice(first, last + 1));
  // ("RAMESWARAM" over the share buttons over the lead: widgets may stand between)
  let at = first - 1;
  // ("Baku, Azerbaijan, Dec. 4" over "By Sabina Agayeva - Trend:": the reporter's line may stand between too)
  const bylineUnder = (l: Line | undefined) =>
    l !== undefined && (!l.verdict || l.verdict.reason === "header") && (bylineOf(folded, l)?.byline ?? null) !== null;
  // ("Chandigarh, May 28" over the page's date line and a photo's caption: those may stand between too)
  while (
    at > 0 &&
    (lines[at]?.verdict?.reason === "widget" ||
      lines[at] === g.namesLine ||
      bylineUnder(lines[at]) ||
      lines[at]?.caption ||
      lines[at]?.verdict?.detail === "date line")
  )
    at--;
  const above = lines[at];
  if (above && !above.verdict && !g.dateline) g.dateline = readDatelineLine(folded, above.span);
  g.dateline ??= g.dateLinePlace;
  g.dateline ??= g.basePlace;
  // ("Comments (3)" / "Posted by Tasiboko Boy on 16 March 2010": under the readers' comments, a name is a
  // reader's, not the story's byline; "Posted by Jo, Berkeley, 11/11/2011": nor is the reader's town a dateline)
  let comments = false;
  if (first >= 0)
    for (const l of lines.slice(last + 1)) {
      comments ||= l.verdict?.reason === "comments";
      const byline = g.byline;
      const dateline = g.dateline;
      edge(l, false);
      if (comments) {
        g.byline = byline;
        g.dateline = dateline;
      }
    }

  const sentences: SentenceSpan[] = [];
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(folded, p.start, p.end))
      sentences.push({ start: s.start, end: s.end, paragraph: i });
  });
  const dates = g.best(g.dates)?.date;
  const published = decidePublished(
    raw,
    folded,
    {
      stated: dates ? [dates] : [],
      partial: g.partial ?? g.postedPartial,
      copyrightYear: g.copyrightYear,
      leadSentence: sentences[0] ?? null,
      body: paragraphs,
      captions: g.captions.map((c) => c.span),
    },
    options.referenceDate,
  );
  const outlet = withoutOnline(outletOf(g.outlets));
  const meta: MetaSpans = {};
  if (g.headline) meta.headline = g.headline.span;
  if (outlet) meta.outlet = outlet.span;
  g.byline ??= g.writer;
  if (g.byline) meta.byline = g.byline.span;
  if (g.dateline) meta.dateline = g.dateline.span;
  if (published?.span) meta.published = published.span;
  g.removed.sort((a, b) => a.span.start - b.span.start);
  return {
    id: options.id,
    raw,
    folded,
    paragraphs,
    sentences,
    captions: g.captions,
    removed: g.removed,
    headline: g.headline?.text ?? null,
    // an outlet or a place cut from the folded text would keep the folded copy of the article alive; both
    // are names that articles repeat, held once
    outlet: outlet ? common(outletCase(outlet.text)) : null,
    byline: g.byline ? raw.slice(g.byline.span.start, g.byline.span.end) : null,
    dateline: g.dateline ? common(g.dateline.text) : null,
    published,
    ...filedDay(g.leadDate, published),
    meta,
  };
}

/** How many days before the publication date a dateline's date may say the story was filed. */
const FILED_DAYS = 3;

/** `{ filed }` when the lead's credits date the story a day to FILED_DAYS before it was published, else `{}`. */
function filedDay(lead: FoundDate | null, published: DateValue | null): { filed?: string } {
  if (!lead || lead.day === null || published?.precision !== "day") return {};
  const [py = 0, pm = 1, pd = 1] = published.value.split("-").map(Number);
  // ("Dec 31:" on a page of Jan 1): the year before when the month is later than the publication's
  const year = lead.year ?? (lead.month > pm ? py - 1 : py);
  const days = (Date.UTC(py, pm - 1, pd) - Date.UTC(year, lead.month - 1, lead.day)) / 86_400_000;
  return days >= 1 && days <= FILED_DAYS ? { filed: isoOf(year, lead.month, lead.day) } : {};
}
