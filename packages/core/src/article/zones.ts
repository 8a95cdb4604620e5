// Where the body starts and ends among the lines of a page. The body runs from the first line of
// running prose to the last, then on through short closing sentences; a closing section (tags,
// comments, copyright) in the second half ends it even if prose-like lines (teasers, comments) follow.
// A short name line right above a longer title is the masthead, not the headline; the site's name may also
// stand alone above the menus. The headline is the first title-like line long enough not to be a menu item,
// and a line of reporters' names may sit under it. Hand-written: page segmentation libraries read HTML
// structure, which scraped text no longer has.
import { gazetteer } from "../actors/gazetteer.js";
import type { Span } from "../schema/common.js";
import {
  classifyLine,
  endsLikeSentence,
  isCaption,
  isSentenceLike,
  type LineStats,
  LineTail,
  lineStats,
  type Verdict,
} from "./debris.js";
import {
  isOutletName,
  isSectionLabel,
  isSiteAddress,
  isSlogan,
  isTitleLike,
  readBylineLine,
  readLoneCredit,
  readMasthead,
  readSignOff,
  readsAsPersonName,
  siteLineName,
} from "./header.js";
import { readDatelineLine, standsAlone } from "./lead.js";
import { AGENCIES } from "./outlet-data.js";

/** One line (or wrapped paragraph) of the page, read once. */
export interface Line {
  readonly span: Span;
  readonly stats: LineStats;
  readonly verdict: Verdict | null;
  readonly caption: boolean;
  readonly prose: boolean;
}

export function readLine(folded: string, span: Span): Line {
  const stats = lineStats(folded, span);
  const tail = LineTail.of(folded, span);
  const verdict = classifyLine(folded, span, stats, tail);
  const caption = verdict === null && isCaption(folded, span, stats, tail);
  const prose =
    verdict === null &&
    !caption &&
    (isSentenceLike(folded, span, stats) ||
      (stats.words >= 3 &&
        DATELINE_OPENS.test(folded.slice(span.start, span.start + 60)) &&
        endsLikeSentence(folded, span)));
  return { span, stats, verdict, caption, prose };
}

/**
 * A dateline in capitals and a dash opening the line: "VERNON -- Fourteen votes." is a lead however short its
 * sentence.
 */
const DATELINE_OPENS =
  /^\s*\p{Lu}[\p{Lu}.'-]*(?: \p{Lu}[\p{Lu}.'-]*){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})? ?-{1,2} \p{Lu}/u;

/** A line's byline, read once however many of the zone rules ask for it. */
const bylines = new WeakMap<Line, ReturnType<typeof readBylineLine>>();
export function bylineOf(folded: string, line: Line): ReturnType<typeof readBylineLine> {
  let by = bylines.get(line);
  if (by === undefined) {
    by = readBylineLine(folded, line.span, line.stats);
    bylines.set(line, by);
  }
  return by;
}

/** Reasons that close an article: nothing after them is body. */
const CLOSING = new Set(["tags", "comments", "copyright"]);
/** Lines that close an article too: "Source: Al Jazeera and news agencies". */
const CLOSING_DETAILS = new Set(["source credit"]);

/** A headline may end in "?" or "!": the first line reads as a title when it is short and more prose follows. */
function isQuestionTitle(folded: string, lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (!l || l.stats.words > 20 || l.stats.length > 160) return false;
  const end = folded.charCodeAt(l.span.end - 1);
  return (end === 63 || end === 33) && lines.slice(i + 1).some((x) => x.prose);
}

/** The body runs on through short sentences ("Markets barely reacted.") up to debris or a credit. */
function extendBody(folded: string, lines: readonly Line[], last: number, stop: number): number {
  let end = last;
  for (let i = last + 1; i < stop; i++) {
    const l = lines[i];
    if (!l || l.verdict || l.caption || l.stats.words < 2 || !endsLikeSentence(folded, l.span)) break;
    if (bylineOf(folded, l) || readSignOff(folded, l.span)) break;
    end = i;
  }
  return end;
}

/** The first closing line past the middle of the prose, or the line count. */
function closingLine(lines: readonly Line[], first: number): number {
  let total = 0;
  for (const l of lines) if (l.prose) total += l.stats.length;
  let seen = 0;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.prose) seen += l.stats.length;
    if (l.verdict && (CLOSING.has(l.verdict.reason) || CLOSING_DETAILS.has(l.verdict.detail)) && seen * 2 >= total)
      return i;
  }
  return lines.length;
}

/** Lines after the first prose line that a repeated headline may come within. */
const REPEAT_WITHIN = 6;

/** The index of a line shortly after `first` that repeats a title-like line above it, or -1. */
function repeatedTitle(folded: string, lines: readonly Line[], first: number): number {
  const key = (l: Line) => folded.slice(l.span.start, l.span.end).toLowerCase();
  const titles = new Set(
    lines
      .slice(0, first)
      .filter((l) => !l.verdict && isTitleLike(folded, l.span, l.stats))
      .map(key),
  );
  if (titles.size === 0) return -1;
  for (let i = first + 1; i < Math.min(lines.length, first + 1 + REPEAT_WITHIN); i++) {
    const l = lines[i] as Line;
    if (!l.prose && titles.has(key(l))) return i;
  }
  return -1;
}

/** Lines after the first prose line that a byline or date line of the header may come within. */
const CREDIT_WITHIN = 6;

/** The index of a byline or date line shortly after the first prose line, with no other prose between, or -1. */
function creditAfter(folded: string, lines: readonly Line[], first: number): number {
  for (let i = first + 1; i < Math.min(lines.length, first + 1 + CREDIT_WITHIN); i++) {
    const l = lines[i] as Line;
    const by = l.verdict ? null : bylineOf(folded, l);
    // "By Priya Raman, a news writer covering ...": a byline that reads as a sentence; "By Tuesday, the rebels
    // had ..." opens with no given name
    if (l.prose && !(by && startsWithGivenName(by.byline.text))) return -1;
    if (l.verdict?.detail === "date line" || by) return i;
    // ("Staff Writer" under the standfirst)
    if (!l.verdict && readLoneCredit(folded, l.span)) return i;
    // the reporter's name alone over the share buttons ("Rukmini Thapa" / "Share on Facebook   Share on Twitter")
    if (!l.verdict && !l.caption && lines[i + 1]?.verdict && readsAsReporter(folded.slice(l.span.start, l.span.end)))
      return i;
  }
  return -1;
}

/** Whether a name opens with a given name and has a surname after it: "Priya Raman". */
function startsWithGivenName(name: string): boolean {
  const g = gazetteer();
  const words = name.split(" ");
  return words.length >= 2 && (g.male.has(words[0] as string) || g.female.has(words[0] as string));
}

/**
 * Whether the line at `i` is a reporter's name alone, a given name first, over the page's date line: "Jonathan
 * Pearce" over "February 13, 2008 - 12:31PM". No headline, whatever else the page lacks.
 */
function nameOverDateLine(folded: string, lines: readonly Line[], i: number): boolean {
  if (!DATED.has(lines[i + 1]?.verdict?.detail ?? "")) return false;
  const l = lines[i] as Line;
  const text = folded.slice(l.span.start, l.span.end);
  return readsAsReporter(text) && startsWithGivenName(text.trim());
}

/** Index of a masthead line among the header lines `[0, first)`, or -1. */
function findMasthead(folded: string, lines: readonly Line[], first: number): number {
  const titles = lines
    .slice(0, first)
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => !l.verdict && !l.caption && isTitleLike(folded, l.span, l.stats))
    // ("The Western Producer", "Staff Writer", the headline: a credit between the name and the headline)
    .filter(({ l }, k) => k === 0 || !readLoneCredit(folded, l.span));
  const [a, b] = titles;
  if (!a || !b || a.l.stats.words > 4 || b.l.stats.words <= a.l.stats.words) return -1;
  // ("Bermuda's News Source" under a name of one word: the paper's slogan, not its name)
  if (isSectionLabel(folded, a.l.span) || isSlogan(folded.slice(a.l.span.start, a.l.span.end))) return -1;
  return bylineOf(folded, a.l) ? -1 : a.i;
}

/**
 * Whether a title split by a bar or a dash ends with the name the page prints alone as its masthead, and opens
 * with words it does not print alone: a story's title and its site ("Miners strike | Delta Lens").
 */
function storyTitle(folded: string, l: Line): boolean {
  const m = /^\s*(.+?)\s+(?:\||-|\u2013|\u2014)\s+(.+?)\s*$/.exec(folded.slice(l.span.start, l.span.end));
  return !!m?.[1] && !!m[2] && standsAlone(folded, m[2], l.span) && !standsAlone(folded, m[1], l.span);
}

/** A site's title of a few words split by a bar or a spaced dash: "APA News | Agence de Presse Africaine". */
const SITE_TITLE = /^\s*\S+(?: \S+){0,4} (?:\||-|\u2013|\u2014) \S+(?: \S+){0,4}\s*$/;

/** The index of the first line that is no debris, or -1. */
function topLine(lines: readonly Line[]): number {
  return lines.findIndex((l) => !l.verdict);
}

/** A list item of a breadcrumb trail above the headline: "- World", "> Europe". */
export const BULLET = /^\s*[-\u2022\u00b7>\u00bb*]\s/;

/** A section's name and the time of the story, split by a bar or a dot: "ARGENTINA | Yesterday 18:20". */
const SECTION_AND_TIME = /^[^|·•]{2,40}\s[|·•]\s[^|·•]*\b\d{1,2}[:.]\d{2}\b/;

/** A station's or site's home town in its page chrome: "Oklahoma City, OK", "Austin, Texas". */
const HOME_TOWN = /^\s*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}, (?:[A-Z]{2}|\p{Lu}\p{Ll}+\.?)\s*$/u;

/**
 * A paper's boast about itself: "Oman's first independent English daily", "The nation's most trusted news
 * source", "Cambodia's Newspaper of Record", "The Leading Independent Daily in the Arabian Gulf Since 1961", "Denmark's
 * news in English", "France's English-language newspaper". A headline about a paper is told in a sentence, with a verb.
 */
const PAPER_BOAST =
  /\b(?:first|leading|largest|biggest|oldest|only|most \w+|number one|number 1|no\. 1|premier|independent|island|community|hometown)\b.*\b(?:daily|newspaper|paper|weekly|news ?source|news ?site|news ?portal|station|radio)(?: in (?:the )?[\w ]{2,30}?)?(?: since (?:18|19|20)\d\d)?\s*$|\b(?:newspaper|paper|journal) of record\s*$|^[^.]{0,40}\b(?:news|newspaper|daily|weekly) in English\s*$|\bEnglish-language (?:newspaper|daily|weekly|news(?:paper)?)\s*$/i;

/** An agency's name in brackets closing a line: " (Yonhap)", " (AP)". */
const AGENCY_IN_BRACKETS = /\s\(([A-Za-z][\w ./-]{1,24})\)$/;

/** Whether a line is one sentence credited to an agency in brackets, as a photo's caption is. */
function agencyCaption(folded: string, l: Line): boolean {
  if (l.stats.words > 40) return false;
  const text = folded.slice(l.span.start, l.span.end);
  const credit = AGENCY_IN_BRACKETS.exec(text);
  if (!credit || !AGENCIES.has((credit[1] as string).toLowerCase())) return false;
  const sentence = text.slice(0, credit.index);
  // one sentence: no stop before its last character but inside an abbreviation or a number
  return !/[.!?]\s+\p{Lu}/u.test(sentence.slice(0, -1));
}

/** Whether a line is a paper's boast about itself ("Zambia's Leading Online News Site"), not a headline. */
export function isPaperBoast(line: string): boolean {
  return PAPER_BOAST.test(line);
}

/** A line of a person's name alone, every word capitalised: "Kelsey Rhodes-Tanner", not "Ledger home". */
function readsAsReporter(line: string): boolean {
  return /^\s*\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}\s*$/u.test(line) && readsAsPersonName(line);
}

/**
 * "Watch Live | Local News", "Deccan Herald » State » Detailed Story": items of a menu or a breadcrumb trail of
 * three words or fewer each, split by bars, chevrons, bullets or double colons.
 */
function isMenuBar(text: string): boolean {
  // (the folded text writes a chevron as the quote mark it also is)
  // ("The Freeman > Cebu News", "Politics • Canada Politics", "Home :: News :: Business")
  const items = text.split(/\s+(?:[|»›">•·]|::)\s+/);
  return items.length >= 2 && items.every((item) => item.trim().split(/\s+/).length <= 3);
}

/** Headlines have this many words or more; shorter title-like lines above the body are mostly menus and widgets. */
const HEADLINE_WORDS = 4;

/**
 * Index of the headline among the header lines `[0, first)`, or -1 to take the first title-like line: the
 * first title-like line of four words or more that is no section label, masthead or byline, and no tagline (a
 * line under the masthead, or any line, with menu items right after it); the first title-like line when none
 * is that long.
 * Pages open with menus and widgets of two or three words ("Print subscriptions", "Ukraine War", "Just In").
 */
export function findHeadline(folded: string, lines: readonly Line[], first: number, masthead: number): number {
  const candidates: number[] = [];
  for (let i = 0; i < first; i++) {
    const l = lines[i] as Line;
    if (i === masthead || l.verdict || l.caption || !isTitleLike(folded, l.span, l.stats)) continue;
    if (isSectionLabel(folded, l.span) || readMasthead(folded, l.span, l.stats)) continue;
    if (bylineOf(folded, l) || BULLET.test(folded.slice(l.span.start, l.span.start + 4))) continue;
    const text = folded.slice(l.span.start, l.span.end);
    if (SECTION_AND_TIME.test(text) || HOME_TOWN.test(text) || PAPER_BOAST.test(text) || isMenuBar(text)) continue;
    // ("myjoyonline.com" alone at the top: the site's address)
    if (isSiteAddress(text.trim())) continue;
    if (nameOverDateLine(folded, lines, i)) continue;
    // ("APA News | Agence de Presse Africaine", "RFI English - Radio France Internationale" over the menus: the
    // site's title at the top of the page)
    const navAt = (k: number) => lines[k]?.verdict?.reason === "navigation";
    // ("Nine missing as boat capsizes | Delta Lens" over "Delta Lens": the story's title, its site's name after it)
    if (i === topLine(lines) && SITE_TITLE.test(text) && (navAt(i + 1) || navAt(i + 2)) && !storyTitle(folded, l))
      continue;
    candidates.push(i);
  }
  // a menu item: a short line that is no credit ("Reuters home", "World", "Markets", "Watch Live"), not "By X" nor "AFP"
  const menu = (i: number) => {
    const l = lines[i];
    return (
      l !== undefined &&
      i < first &&
      (!l.verdict || l.verdict.reason === "widget") &&
      !l.caption &&
      l.stats.words <= 3 &&
      !bylineOf(folded, l) &&
      !readSignOff(folded, l.span) &&
      // the reporter's name alone under the headline ("Kelsey Rhodes-Tanner") is no menu item
      !(l.verdict === null && readsAsReporter(folded.slice(l.span.start, l.span.end)))
    );
  };
  // a line with menu items right after it is a tagline ("Exclusive news, data and analytics for financial
  // market professionals" above "Reuters home", "World", "Business") or a longer menu item ("Good Morning San
  // Antonio" above "Sports" and "Watch Live"); a date line or a credit after it is no menu item ("Man Charged
  // in Fatal Shooting" above "10/8/2019" and "Media Relations Office")
  // (the site's name may stand between: "Reuters" under the tagline, above "World" and "Business")
  const siteName = (i: number) => {
    const l = lines[i];
    const text = l ? folded.slice(l.span.start, l.span.end).trim() : "";
    return l !== undefined && l.stats.words <= 3 && (AGENCIES.has(text.toLowerCase()) || isOutletName(text));
  };
  // a line between the site's name at the top and its menu bar is its tagline ("icWales" / "The national website of
  // Wales" / "Home | News | Sport")
  // ("The Local Sweden" / "Sweden's news in English" / "Menu": a widget as well)
  const navigation = (i: number) =>
    lines[i]?.verdict?.reason === "navigation" || lines[i]?.verdict?.reason === "widget";
  // ("The Copenhagen Post Online" / "Danish news in English": a name of four words with a publication's word)
  const top = lines[0] as Line;
  // ("Mexico News Daily" under a cookie notice: the line under the masthead, wherever it stands)
  const underName = (i: number) =>
    (i === 1 &&
      (masthead === 0 ||
        (top.stats.words <= 3 && !top.verdict) ||
        (!top.verdict && isOutletName(folded.slice(top.span.start, top.span.end).trim())))) ||
    (masthead > 0 && i === masthead + 1);
  const tagline = (i: number) =>
    ((menu(i + 1) || siteName(i + 1)) && menu(i + 2) && (menu(i + 1) || menu(i + 3))) ||
    (underName(i) && navigation(i + 1));
  // ("Exploration" / "Drilling & Production" / "Oil and Gas Prices" / the title: the last item of a menu of one
  // item a line, right over a longer title)
  const menuTail = (i: number) =>
    (lines[i] as Line).stats.words <= HEADLINE_WORDS &&
    menu(i - 1) &&
    menu(i - 2) &&
    menu(i - 3) &&
    candidates.includes(i + 1) &&
    (lines[i + 1] as Line).stats.words > (lines[i] as Line).stats.words;
  const long = candidates.find((i) => (lines[i] as Line).stats.words >= HEADLINE_WORDS && !tagline(i) && !menuTail(i));
  // the title right over the story's byline or date line ("Pinabete Fire forces evacuations near Truchas" over "By
  // Tomás Gallegos | The New Mexican") outranks a longer name above it ("UN Office for the Coordination of
  // Humanitarian Affairs" under a site's name); a title right over it is the headline with its standfirst under it
  const credit = (k: number) => {
    const l = lines[k];
    return l !== undefined && (DATED.has(l.verdict?.detail ?? "") || (!l.verdict && bylineOf(folded, l) !== null));
  };
  // (only where that name is a name: capitalised words and small ones, at the top of the page)
  const named = (i: number) =>
    i <= 3 &&
    folded
      .slice((lines[i] as Line).span.start, (lines[i] as Line).span.end)
      .split(/\s+/)
      .every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
  const over =
    long !== undefined && named(long) && !overDeck(folded, lines, long, candidates)
      ? candidates.find(
          (i) =>
            i > long &&
            (lines[i] as Line).stats.words >= HEADLINE_WORDS &&
            !tagline(i) &&
            // (or over its standfirst, over the credit: "Morena keeps control ..." / "Opposition alliance makes
            // gains ..." / "Ximena Tapia Ruelas | El Universal"; not a kicker in capitals over the title)
            (credit(i + 1) ||
              (candidates.includes(i + 1) &&
                credit(i + 2) &&
                /\p{Ll}/u.test(folded.slice((lines[i] as Line).span.start, (lines[i] as Line).span.end)))) &&
            !readsAsReporter(folded.slice((lines[i] as Line).span.start, (lines[i] as Line).span.end)),
        )
      : undefined;
  if (over !== undefined) return over;
  // ("Special Report: 7.1-magnitude quake hits Qinghai" / "Updated: 04-15-2010 17:26 BJT" / the title / "Reporter:
  // Xu Lian | Editor: Zhang Peng": the title between the page's date line and the story's credits is the story's)
  const credits = (k: number) =>
    credit(k) || (lines[k]?.verdict?.detail === "link list" && bylineOf(folded, lines[k] as Line) !== null);
  const framed =
    long !== undefined
      ? candidates.find(
          (i) =>
            i > long &&
            (lines[i] as Line).stats.words >= HEADLINE_WORDS &&
            !tagline(i) &&
            DATED.has(lines[i - 1]?.verdict?.detail ?? "") &&
            credits(i + 1) &&
            // ("Baku, Azerbaijan, Dec. 4" over "By Sabina Agayeva - Trend:": the place filed from, not a title)
            readDatelineLine(folded, (lines[i] as Line).span) === null,
        )
      : undefined;
  if (framed !== undefined) return framed;
  // ("HINA - Croatian News Agency" / "Hrvatska izvještajna novinska agencija" / date / "Headlines | Politics" /
  // the title: a line at the top of the page, above the site's menu bar, is the site's, not the story's)
  const chrome =
    long !== undefined && long <= 2
      ? candidates.find(
          (i) =>
            i > long &&
            (lines[i] as Line).stats.words >= HEADLINE_WORDS &&
            !tagline(i) &&
            lines.slice(long + 1, i).some((l) => l.verdict?.detail === "link list"),
        )
      : undefined;
  if (chrome !== undefined) {
    // ("ENGLISH SERVICE - LATEST NEWS" over the title: a section in capitals right over it)
    const under = candidates.find((i) => i > chrome);
    return under !== undefined && kicker(folded, lines, chrome, under, false) ? under : chrome;
  }
  // ("RAIL ACCIDENT IN LOWER SAXONY" over "Three Dead in Level Crossing Crash": a kicker in capitals right over
  // the headline)
  const next = long !== undefined ? candidates.find((i) => i > long) : undefined;
  if (long !== undefined && next !== undefined && kicker(folded, lines, long, next, true)) return next;
  return long ?? candidates[0] ?? -1;
}

/**
 * Whether the title at `k` has its deck right under it: a headline in title case of six words or more over a
 * longer line in sentence case ("Chemical Spill Forces Evacuation Of Kansas Town After Train Wreck" / "Hundreds of
 * residents were told to leave ..."), not a body's or a site's long name over the story's title.
 */
function overDeck(folded: string, lines: readonly Line[], k: number, candidates: readonly number[]): boolean {
  const l = lines[k] as Line;
  const d = lines[k + 1];
  if (!d || !candidates.includes(k + 1) || l.stats.words < 6 || d.stats.words < l.stats.words) return false;
  if (
    folded.slice(l.span.end, d.span.start).trim() !== "" ||
    isOutletName(folded.slice(l.span.start, l.span.end).trim())
  )
    return false;
  const words = folded
    .slice(d.span.start, d.span.end)
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}{4,}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= 0.6 * words.length;
}

/**
 * Whether the line at `k` is in capitals alone, with the title at `next` right under it (blank lines apart); with
 * `titled`, a title in title case.
 */
function kicker(folded: string, lines: readonly Line[], k: number, next: number, titled: boolean): boolean {
  const l = lines[k] as Line;
  const n = lines[next] as Line;
  if (/\p{Ll}/u.test(folded.slice(l.span.start, l.span.end))) return false;
  const title = folded.slice(n.span.start, n.span.end);
  if (!/\p{Ll}/u.test(title) || n.stats.words < HEADLINE_WORDS) return false;
  // ("THREE KILLED IN MORVANT 'SHOOT-OUT'" over "Relatives: They were not bandits": a deck in sentence case under
  // a headline in capitals; at the top of the story a kicker stands over a headline in title case)
  const long = title.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (titled && long.filter((w) => /^\p{Lu}/u.test(w)).length < 0.75 * long.length) return false;
  return folded.slice(l.span.end, n.span.start).trim() === "";
}

/** Small words of a name in title case: "UN Office for the Coordination of Humanitarian Affairs". */
const SMALL_WORDS = new Set(["of", "for", "the", "and", "on", "in", "de", "du", "la", "&"]);

/** Verdicts of a page's date line. */
const DATED = new Set(["date line", "relative timestamp"]);

/** Lines at the top of a page that the site's name may stand on, above its menus. */
const SITE_NAME_WITHIN = 3;

/**
 * Index of the site's name at the top of the page, above its menus ("Independent", "The National", "The
 * Verge homepage", "Sky News - back to home"), or -1: a short line of capitalised words, the first line that
 * is not debris, with two short menu lines after it.
 */
export function findSiteName(folded: string, lines: readonly Line[], first: number, headline: number): number {
  // the first line may read as a photo credit ("Radio Free Europe/Radio Liberty"): a site's name stands there
  const top = lines.findIndex((l, i) => !l.verdict && (!l.caption || i === 0));
  if (top < 0 || top >= Math.min(first, SITE_NAME_WITHIN) || top === headline) return -1;
  const l = lines[top] as Line;
  const text = siteLineName(folded.slice(l.span.start, l.span.end));
  // "The National" is a site's name, "National" alone a section's
  const section = isSectionLabel(folded, l.span) && !/^\s*The \S/.test(text);
  // ("africanews.": a brand written in lower case, with its stop, that is no English word)
  const brand = LOWER_BRAND.exec(text)?.[1];
  const named = SITE_NAME.test(text) || (brand !== undefined && !gazetteer().common.has(brand));
  if (l.stats.words > 5 || text.length > 40 || !named || section) return -1;
  const menu = (k: number) => {
    const m = lines[k];
    return m !== undefined && k < first && m.stats.words <= 3 && !bylineOf(folded, m);
  };
  // ("Macauhub" / "Economic information about China and Portuguese-speaking countries" / "English | Português":
  // a tagline under the name, then the menus)
  const nav = (k: number) => menu(k) || lines[k]?.verdict?.reason === "navigation";
  const tagline = (k: number) => {
    const m = lines[k];
    return m !== undefined && k < first && !m.verdict && m.stats.words <= 10 && !endsLikeSentence(folded, m.span);
  };
  // ("africanews." over "Live | News | Business": a name of a word or two right over a menu bar)
  // ("American Banker" / "Subscribe | Sign In" / "Banking | Regulation": or over a subscription bar and the menus;
  // "freep.com | Detroit Free Press": a name of three words beside the site's address)
  const words = text.trim().split(/\s+/).length;
  const bar =
    (words <= 2 || (words <= 3 && text.length < l.span.end - l.span.start)) &&
    (lines[top + 1]?.verdict?.reason === "navigation" ||
      // ("Newsday" / "Trinidad and Tobago Newsday | Monday, June 16 2008" / "HOME | NEWS": or over the day's date)
      ((lines[top + 1]?.verdict?.reason === "appeal" || DATED.has(lines[top + 1]?.verdict?.detail ?? "")) &&
        lines[top + 2]?.verdict?.reason === "navigation"));
  return (menu(top + 1) && menu(top + 2)) || (tagline(top + 1) && nav(top + 2) && nav(top + 3)) || bar ? top : -1;
}

/** A brand's name in lower case (its stop taken off by siteLineName): "africanews", "ekathimerini". */
const LOWER_BRAND = /^\s*([a-z][a-z0-9]{3,20})\s*$/;

/** Capitalised words, perhaps with "of", "the" or a channel's number: "The Times of India", "Punch Newspapers", "KSAT 12". */
// ("EL UNIVERSAL in English": with the language of its edition)
const SITE_NAME = /^\s*\p{Lu}[\p{L}\d'.&/-]*(?: (?:\p{Lu}[\p{L}\d'.&/-]*|of|the|and|&|\d{1,3}))*(?: in English)?\s*$/u;

/** Names alone on a line, perhaps with a place after them: "Niamh Curran", "Ted Odogwu, Kano", "A. Lee and B. Ray". */
const NAMES_ONLY =
  /^\s*(\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]*){1,3}(?:(?:, | and )\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]*){1,3}){0,3}(?:, \p{Lu}[\p{L}'.-]+)?)\s*$/u;

/** Nouns of a reporter's role, as bylines write them. */
const REPORTER_NOUNS =
  "reporter|correspondent|writer|editor|journalist|columnist|producer|contributor|anchor|photographer|staff";
/** A reporter's role or handle on the line under their name: "Health Correspondent", "Health correspondent @jm". */
const REPORTER_ROLE = new RegExp(`^\\s*(?:[\\p{L}-]+ ){0,3}(?:${REPORTER_NOUNS})\\b[^.]{0,40}$`, "iu");
/** A reporter's role after their names: "DEIRDRE McCANN, Political Reporter", "KAORI YAMADA, Nikkei staff writer". */
const ROLE_AFTER_NAMES = new RegExp(`, (?:[\\p{L}.-]+ ){0,3}(?:${REPORTER_NOUNS})\\s*$`, "iu");
/**
 * A reporter's role in lower case after their name with no comma, perhaps after the region they cover: "Jane Doe
 * political editor", "Jane Doe Wales correspondent", "Jane Doe North of England editor".
 */
const BARE_ROLE_AFTER_NAME = new RegExp(
  `^(\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){1,3}?) ((?:\\p{Lu}[\\p{L}.-]+ (?:(?:of|the|and) )*){0,3})(?:\\p{Ll}[\\p{L}-]* ){0,2}(?:${REPORTER_NOUNS})\\s*$`,
  "u",
);
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\b/;

/**
 * Where the reporter's role starts after the names of a byline line, with a comma or in lower case without one;
 * capitalised words between name and role are a region only when they name a known place or start with a point
 * of the compass ("Wales", "North of England"), else they are the name's ("Mary Jane Smith political editor").
 */
export function roleAfterNames(text: string): { readonly index: number } | null {
  const comma = ROLE_AFTER_NAMES.exec(text);
  if (comma) return comma;
  const m = BARE_ROLE_AFTER_NAME.exec(text.trimEnd());
  if (!m) return null;
  const name = m[1] as string;
  const region = (m[2] as string).trim();
  if (!region || COMPASS.test(region) || gazetteer().names.get(region)?.kind === "place") return { index: name.length };
  // the region was the name's last words
  return { index: name.length + 1 + region.length };
}
/**
 * A reporter's name and role after a slash or a dash, read as a photo's credit: "Andrae Whyte/Staff Reporter", "By
 * Cody Whitaker / Star-Tribune correspondent", "Luciana Souza - Reporter for Agência Brasil".
 */
const NAME_SLASH_ROLE = new RegExp(
  `^\\s*(?:by:?\\s+)?(\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3})(?:\\s*/|\\s[-\u2013\u2014])\\s*(?:[\\p{L}-]+ ){0,2}(?:${REPORTER_NOUNS})(?:\\s+(?:for|at|with)\\s+[^\\n]{1,40})?\\s*$`,
  "iu",
);

/** The reporter's name of a line "Name/Staff Reporter", or null. */
export function nameSlashRole(raw: string, span: Span): { text: string; span: Span } | null {
  const m = NAME_SLASH_ROLE.exec(raw.slice(span.start, span.end));
  const name = m?.[1];
  if (!m || !name) return null;
  const start = span.start + m[0].indexOf(name);
  return { text: name, span: { start, end: start + name.length } };
}

/**
 * Index of a line under the headline that holds only reporters' names, above the date line, perhaps with a
 * line of their role between ("Rebecca Thorn", "Health Correspondent", "Tuesday 11 February 2025 14:05 GMT"),
 * or -1. One of the names reads as a person's, so that a title-case standfirst is not taken for one.
 */
export function findNamesLine(folded: string, lines: readonly Line[], headline: number, first: number): number {
  // a date line is the first thing classifyLine tells, so its verdict says whether the line is one
  const dated = (l: Line | undefined) => l !== undefined && DATED.has(l.verdict?.detail ?? "");
  // ("National" / "Jonathan Pearce" / "February 13, 2008 - 12:31PM" on a page with no headline)
  if (headline < 0)
    return lines.findIndex((l, i) => i < first && !l.verdict && !l.caption && nameOverDateLine(folded, lines, i));
  for (let i = headline + 1; i < first; i++) {
    const l = lines[i] as Line;
    if (l.verdict || l.caption) continue;
    // "DEIRDRE McCANN, Political Reporter": a role after the names makes the line a byline wherever the date is,
    // even right above the lead
    const text = folded.slice(l.span.start, l.span.end);
    const role = roleAfterNames(text);
    // (names right above the lead are a byline only with a role, or right under a headline that a date line
    // stands over: "09.04.2009 15:42", the headline, "Farangis Nazarova", the lead)
    const dateOverHeadline = i === headline + 1 && lines.slice(0, headline).some(dated);
    // ("19/08/2023 13:27" under the headline, "Elnura Asanalieva" under it, then the lead)
    const dateUnderHeadline = i === headline + 2 && dated(lines[i - 1]) && !text.includes(",");
    if (i === first - 1 && role === null && !dateOverHeadline && !dateUnderHeadline) continue;
    if (!NAMES_ONLY.test(role ? text.slice(0, role.index) : text)) continue;
    const next = lines[i + 1] as Line;
    // a role ("Health Correspondent"), the agency ("BIRN") or the place filed from ("Pristina") may come between
    // the names and the date; a role under the names ("BBC Scotland science reporter") makes the line a byline
    // wherever the date is
    const credits = creditsUnder(folded, lines, i);
    const withRole = credits[0] === "role" || role !== null;
    // "Thursday, December 07, 2006" over the names and "The Oregonian" under them: the date may come first
    // ("Dry taps, long queues ..." / "Nur Ertem" / "The New Anatolian" / the lead: right under the headline too)
    const outletUnder =
      (dated(lines[i - 1]) || i === headline + 1) &&
      isPublicationLine(folded.slice(next.span.start, next.span.end).trim());
    // "Posted 16 Nov 2018 19:05" over the names and the share buttons under them
    // "Friday, July 15, 2005" over the headline, the names right under it and the share buttons under them
    // a standfirst over the names and the share buttons under them ("Rukmini Thapa" between the two)
    // ("FROM SÃO PAULO" between the names and the share buttons: the credits under the names come first)
    const widgetsUnder =
      !!lines[i + 1 + credits.length]?.verdict && (dated(lines[i - 1]) || dateOverHeadline || !!lines[i - 1]?.prose);
    if (
      !withRole &&
      !outletUnder &&
      !widgetsUnder &&
      !((dateOverHeadline || dateUnderHeadline) && i === first - 1) &&
      !dated(next) &&
      !(credits.length > 0 && dated(lines[i + 1 + credits.length]))
    )
      continue;
    const names = (role ? text.slice(0, role.index) : text).trim().split(/, | and /);
    if (names.some(readsAsPersonName)) return i;
  }
  return -1;
}

/** A publication's name alone on a line: one with a newspaper word, or "The" and a name ("The Oregonian"). */
function isPublicationLine(text: string): boolean {
  return isOutletName(text) || /^The \p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+){0,2}$/u.test(text);
}

/** What a line under a byline's names credits: the reporter's role, an agency, or the place filed from. */
export type CreditUnder = "role" | "agency" | "place";

/** An agency's short name in capitals alone on a line: "BIRN", "CMC", "RSS". */
const AGENCY_CAPS = /^\s*[A-Z]{2,6}\s*$/;

/**
 * The credit lines right under the names line `i` (at most three): a role ("BBC Scotland science reporter"),
 * an agency ("BIRN") or a known place ("CALGARY", "Pristina").
 */
export function creditsUnder(folded: string, lines: readonly Line[], i: number): CreditUnder[] {
  const out: CreditUnder[] = [];
  for (let k = i + 1; k < lines.length && out.length < 3; k++) {
    const l = lines[k] as Line;
    const kind = l.verdict ? null : creditOf(folded, l.span);
    if (!kind) break;
    out.push(kind);
  }
  return out;
}

function creditOf(folded: string, span: Span): CreditUnder | null {
  const text = folded.slice(span.start, span.end);
  if (REPORTER_ROLE.test(text)) return "role";
  if (readPlaceLine(folded, span)) return "place";
  return AGENCY_CAPS.test(text) || AGENCIES.has(text.trim().toLowerCase()) ? "agency" : null;
}

/**
 * A line that is a known place alone: in capitals, perhaps with its region ("CALGARY", "KINSHASA, DR Congo"), or
 * in title case ("Pristina", "Rio de Janeiro").
 */
export function readPlaceLine(folded: string, span: Span): { text: string; span: Span } | null {
  // "FROM SÃO PAULO", "Reporting from Kyiv": the place filed from, under the reporter's name
  const from = FILED_FROM.exec(folded.slice(span.start, span.end));
  if (from) return readPlaceLine(folded, { start: span.start + from[0].length, end: span.end });
  const caps = readDatelineLine(folded, span);
  if (caps) return caps;
  const text = folded.slice(span.start, span.end);
  const name = text.trim();
  if (name.length > 40 || !/^\p{Lu}/u.test(name) || gazetteer().names.get(name)?.kind !== "place") return null;
  const at = span.start + text.indexOf(name);
  return { text: name, span: { start: at, end: at + name.length } };
}

/** Words that say a line names the place a story was filed from: "FROM", "Reporting from". */
const FILED_FROM = /^\s*(?:reporting )?from\s+(?=\p{Lu})/iu;

/** A label over a standfirst: "In Summary", "In brief", "Story highlights", "Key points". */
const SUMMARY_LABEL =
  /^\s*(?:in summary|summary|in brief|in short|story highlights|highlights|key points|at a glance)\s*:?\s*$/i;

/** Words of a line of photo credits alone: "Stringer/AFP/Getty Images", "Photo: Jane Doe / Reuters". */
const PHOTO_CREDIT_WORDS = 6;

/**
 * The body's first and last line (-1 when there is no prose) and the masthead line (-1 when none).
 *
 * @example
 * findZones(folded, lines) // { first: 2, last: 20, masthead: 0 }
 */
export function findZones(folded: string, lines: readonly Line[]): { first: number; last: number; masthead: number } {
  let first = lines.findIndex((l) => l.prose);
  if (
    first >= 0 &&
    lines.slice(0, first).every((l) => l.verdict || l.caption) &&
    isQuestionTitle(folded, lines, first)
  ) {
    first = lines.findIndex((l, i) => i > first && l.prose);
  }
  if (first < 0) return { first: -1, last: -1, masthead: findMasthead(folded, lines, lines.length) };
  // "Who Pays for the Garage?" / a standfirst / "By Mick Dumbrowski": a question for a headline, under the site's
  // lines, over its standfirst and the story's credit
  if (isQuestionTitle(folded, lines, first)) {
    const standfirst = lines.findIndex((l, i) => i > first && l.prose);
    if (standfirst > 0 && standfirst <= first + 3 && creditAfter(folded, lines, standfirst) > standfirst)
      first = standfirst;
  }
  // a teaser above the headline printed again ("summary, agency, date, headline, photo caption, story"):
  // the story starts after the repeat
  const repeat = repeatedTitle(folded, lines, first);
  if (repeat > first) {
    const next = lines.findIndex((l, i) => i > repeat && l.prose);
    if (next > 0) first = next;
  }
  // a standfirst printed as a sentence above the byline or the date line: the story starts after them
  const credit = creditAfter(folded, lines, first);
  if (credit > first) {
    const next = lines.findIndex((l, i) => i > credit && l.prose);
    if (next > 0) first = next;
  }
  // a photo's caption as a sentence, above its credit ("Stringer/AFP/Getty Images"): the story starts after them
  const photoCredit = lines[first + 1];
  if (photoCredit?.caption && photoCredit.stats.words <= PHOTO_CREDIT_WORDS) {
    const next = lines.findIndex((l, i) => i > first + 1 && l.prose);
    if (next > 0) first = next;
  }
  // "A coast guard vessel patrols waters near the island. (Yonhap)" over the story: a photo's caption that credits
  // an agency, one sentence above more prose
  if (agencyCaption(folded, lines[first] as Line)) {
    const next = lines.findIndex((l, i) => i > first && l.prose);
    if (next > 0) first = next;
  }
  // "In Summary" over a sentence: the sentence is a standfirst, and the story starts at the next prose
  const label = lines[first - 1];
  if (label && SUMMARY_LABEL.test(folded.slice(label.span.start, label.span.end))) {
    const next = lines.findIndex((l, i) => i > first && l.prose);
    if (next > 0) first = next;
  }
  const stop = closingLine(lines, first);
  let last = first;
  for (let i = first; i < stop; i++) if (lines[i]?.prose) last = i;
  return { first, last: extendBody(folded, lines, last, stop), masthead: findMasthead(folded, lines, first) };
}
