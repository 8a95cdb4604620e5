// Reading metadata from the lines around the body: masthead, headline, byline lines, copyright and
// agency sign-offs. Hand-written: these are layout conventions of news pages, not a parsing problem a
// library solves; the vocabulary (agencies, masthead words) lives in outlet-data.ts.
import { gazetteer } from "../actors/gazetteer.js";
import type { Span } from "../schema/common.js";
import { type FoundDate, findDates } from "./dates.js";
import type { LineStats } from "./debris.js";
import { naturalCase, standsAlone } from "./lead.js";
import { AGENCIES, GENERIC_BYLINES, OUTLET_WORDS, SECTION_WORDS } from "./outlet-data.js";

/** A piece of metadata with the span it was read from. */
export interface Found {
  readonly text: string;
  readonly span: Span;
}

const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "&",
  "de",
  "du",
  "des",
  "da",
  "do",
  "la",
  "le",
  "el",
  "al",
  "for",
  "on",
  "in",
  "with",
]);

/** Whether a line reads as a title: a handful of words, no final period, mostly letters. */
export function isTitleLike(text: string, span: Span, stats: LineStats): boolean {
  // some papers' headlines run to thirty words and more ("Terrifying moment dog walker, 58, and her spaniel ...")
  if (stats.words < 2 || stats.words > 40 || stats.length > 260 || stats.letters < stats.length * 0.55) return false;
  // (a name or a title a scrape cut off with a spaced ellipsis, "Payvand Iran News ...", is still one)
  const end = text.endsWith(" ...", span.end) ? span.end - 4 : span.end;
  if (/[.,;:]["')\]]*$/.test(text.slice(Math.max(span.start, end - 3), end))) return false;
  // "Printable version | Nov 23, 2011 | http://...": a line with a web address is the page's, not a title
  return !/:\/\/|\bwww\./.test(text.slice(span.start, span.end));
}

/** A section label such as "World", "Middle East" or "Business | Markets": neither masthead nor headline. */
export function isSectionLabel(text: string, span: Span): boolean {
  const words = text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/[\s|/>»:-]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.every((w) => SECTION_WORDS.has(w));
}

/** A link home after a publication's name: "The Guardian - Back to home", "BBC Homepage". */
export const HOME_LINK = /\s*(?:[-|\u2013\u2014:]\s*)?(?:back to |go to )?(?:home ?page|home)\s*$/i;

/** The site's address beside its name on the line at the top of the page: "freep.com | Detroit Free Press". */
const ADDRESS_BESIDE =
  /^\s*(?:www\.)?[\w-]+\.(?:com|net|org|info|news|[a-z]{2}|(?:co|com)\.[a-z]{2})\s*[|\u2013\u2014]\s*(?=\S)|(?<=\S)\s*[|\u2013\u2014]\s*(?:www\.)?[\w-]+\.(?:com|net|org|info|news|[a-z]{2}|(?:co|com)\.[a-z]{2})\s*$/i;

/**
 * The site's name on a line at the top of the page, without a link home, its address beside it, or the stop of a
 * brand written in lower case ("africanews.").
 */
export function siteLineName(line: string): string {
  const first = siteFirstName(line.trim());
  if (first) return first.text;
  const name = line.replace(HOME_LINK, "").replace(ADDRESS_BESIDE, "").replace(LOWER_BRAND_STOP, "$1");
  // ("Doha News | Qatar": the country the site serves, after a bar or a dash, is no part of its name)
  const country = COUNTRY_AFTER.exec(name);
  return country?.[1] && isCountry(country[1]) ? name.slice(0, country.index) : name;
}

/** A bar or a dash and a name of a word or three closing a line: " | Qatar", " - Sri Lanka". */
const COUNTRY_AFTER = /\s+(?:[|\u2013\u2014]|-{1,2})\s+(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})\s*$/u;

/** A brand's name in lower case with a stop after it: "africanews.". */
const LOWER_BRAND_STOP = /^(\s*[a-z][a-z0-9]+)\.(?=\s*$)/;

/** Words of a name in capitals that stay in lower case inside it: "The Times of India". */
const NAME_SMALL_WORDS = new Set(["of", "and", "for", "the", "on", "in", "at", "de", "la", "el"]);

/**
 * A publication's name set in capitals, in the case it is written in prose: "THE HIMALAYAN TIMES" -> "The
 * Himalayan Times", "BBC NEWS" -> "BBC News"; words of four letters or fewer that are neither common words nor
 * known names stay in capitals (initials, call signs: "KSAT 12"); one word alone ("CNN", "RTE") stays as it is,
 * and a name with lower-case letters is left alone.
 */
export function outletCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\s/.test(name.trim())) return name;
  const g = gazetteer();
  return name.replace(/\p{Lu}[\p{Lu}'.&-]*/gu, (w, at: number) => {
    const lower = w.toLowerCase();
    const title = w.charAt(0) + lower.slice(1);
    if (NAME_SMALL_WORDS.has(lower)) return at > 0 ? lower : title;
    const initials = w.length <= 4 && !g.common.has(lower) && !g.names.has(title);
    return initials ? w : title;
  });
}

/** A language edition after a site's name, perhaps after a dash or a bar: " - English", " English Edition". */
const EDITION_AFTER = /\s+(?:[-|\u2013\u2014]\s+)?(?:English|in English)(?: (?:Edition|Service|Version))?\s*$/;

/** A site's name without the language edition after it: "Tengrinews.kz" of "Tengrinews.kz English". */
export function withoutEdition(name: string): string {
  // (and the ellipsis of a tagline a scrape cut off: "Payvand Iran News ...")
  return name.replace(/\s+(?:\.\.\.|\u2026)\s*$/, "").replace(EDITION_AFTER, "");
}

/**
 * A site's title at the top of the page: its name and a tagline that ends in a news word ("The Guardian Nigeria
 * News - Nigeria and World News"). A headline after a site's name ("BBC News - Talks fail") is no tagline.
 */
const SITE_TAGLINE =
  /^(.{3,48}?)\s+(?:-{1,2}|[|\u2013\u2014])\s+((?:[A-Z][\w&'.-]*|and|of|the|&)(?:\s+(?:[A-Z][\w&'.-]*|and|of|the|&)){0,6})$/;
const TAGLINE_END = /\b(?:News|Newspaper|Headlines|Online|(?:Print |Online |Digital )?Edition)$/i;
/** A site's address, or a name run together, before a bar and more: "KansasCity.com | The Kansas City Star". */
const SITE_FIRST =
  /^((?:[\w-]+\.(?:com|net|org|info|news|[a-z]{2}))|\p{Lu}[\p{Ll}\d]*\p{Lu}[\p{L}\d]*)\s+\|\s+(\p{Lu}.{2,48})$/u;
/** A site's address and what the site is home to, after a dash: "Mirror.co.uk - Home of the Daily Mirror". */
const ADDRESS_HOME_OF = /^([\w-]+(?:\.[\w-]+)*\.[a-z]{2,4})\s+(?:-{1,2}|[|\u2013\u2014])\s+(?:the\s+)?home\s+of\s+\S/i;

/**
 * Of a site's address or a name run together before a bar and more: the paper's name after the bar when it holds a
 * paper's word and is no slogan ("KansasCity.com | The Kansas City Star", "JSOnline | Milwaukee Journal
 * Sentinel"), else the address ("NOLA.com | Everything New Orleans", "DesMoinesRegister.com | Iowa's Homepage"),
 * with where it starts in `line`; null for any other line. A line of more than nine words (`words`, 0 when not
 * counted) is only read for a paper's home after the address, up to fourteen.
 */
function siteFirstName(line: string, words = 0): { text: string; at: number } | null {
  // (the home of a paper is no paper's name: "Express.co.uk - Home of the Daily and Sunday Express")
  const home = words <= 14 ? ADDRESS_HOME_OF.exec(line) : null;
  if (home?.[1] && isSiteAddress(home[1])) return { text: home[1], at: 0 };
  if (words > 9) return null;
  const m = SITE_FIRST.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const rest = m[2].replace(HOME_LINK, "");
  if (rest.split(/\s+/).some(hasOutletWord) && !SLOGAN.test(rest)) return { text: rest, at: line.length - m[2].length };
  return isSiteAddress(m[1]) ? { text: m[1], at: 0 } : null;
}
/** A name and a site's address after a dash or a bar: "The Sacramento Bee -- sacbee.com". */
const ADDRESS_AFTER = /^(\p{Lu}.{2,40}?)\s+(?:-{1,2}|[|\u2013\u2014])\s+(\S+)$/u;
/**
 * A site's name and what it is, in lower case ("ASIA-PLUS | Tajik independent news agency", "The FINANCIAL —
 * Weekly business newspaper of Georgia"): a description that names a kind of news outlet.
 */
const SITE_DESCRIPTION =
  /^(\S+(?:\s+\S+){0,3}?)\s+(?:-{1,2}|::|[|\u2013\u2014])\s+((?:[\p{L}'-]+\s+){0,5}(?:news agency|agency|newspaper|daily|weekly|news portal|portal|news site|magazine)(?:\s+(?:of|for|in|from)(?:\s+the)?\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?)$/iu;

/** Whether a line is a paper's boast under its name ("Uganda's Leading Daily", "Bermuda's News Source"). */
export function isSlogan(line: string): boolean {
  return SLOGAN.test(line);
}

/** A paper's boast under its name: a possessive place or a superlative. */
const SLOGAN = /^\s*\p{Lu}[\p{L}.-]*'s\s|\b(?:Leading|Largest|Biggest|Favou?rite|Number One|No\. 1|Most)\b/u;

/** A publication's name standing alone at the top ("Pakistan Today", "The Daily Star", "SpaceWar.com"). */
export function readMasthead(text: string, span: Span, stats: LineStats): Found | null {
  // ("Journal du Cameroun - English": the edition's language is no part of the name)
  const edition = EDITION_AFTER.exec(text.slice(span.start, span.end));
  if (edition && edition.index > 0)
    return readMasthead(text, { start: span.start, end: span.start + edition.index }, stats);
  const full = text.slice(span.start, span.end);
  const home = HOME_LINK.exec(full);
  if (home && home.index > 0) {
    const name = { start: span.start, end: span.start + home.index };
    return stats.words <= 9 ? readMasthead(text, name, { ...stats, words: stats.words - 2, length: home.index }) : null;
  }
  const site = SITE_TAGLINE.exec(full);
  // ("TAP - Tunis Afrique Presse": an agency's initials and its name)
  const agency = site?.[1] ? AGENCIES.get(site[1].toLowerCase()) : undefined;
  if (agency && site?.[1] && stats.words <= 14)
    return { text: agency, span: { start: span.start, end: span.start + site[1].length } };
  // ("UNB | United News of Bangladesh": initials, and the name they stand for)
  if (site?.[1] && site[2] && initialsOf(site[1], site[2]))
    return { text: site[1], span: { start: span.start, end: span.start + site[1].length } };
  // ("The Sacramento Bee -- sacbee.com": the paper's name and its site's address)
  const address = ADDRESS_AFTER.exec(full);
  if (address?.[1] && address[2] && isSiteAddress(address[2]) && stats.words <= 8)
    return { text: address[1], span: { start: span.start, end: span.start + address[1].length } };
  // ("KansasCity.com | The Kansas City Star": a site's address or name before the paper's name, see siteFirstName)
  const siteFirst = siteFirstName(full, stats.words);
  if (siteFirst) {
    const start = span.start + siteFirst.at;
    return { text: siteFirst.text, span: { start, end: start + siteFirst.text.length } };
  }
  const described = site ? null : SITE_DESCRIPTION.exec(full);
  if (described?.[1] && stats.words <= 14)
    return { text: outletCase(described[1]), span: { start: span.start, end: span.start + described[1].length } };
  // ("The Sunday Times Online - Sri Lanka": the country of the edition after the name)
  if (site?.[1] && site[2] && (TAGLINE_END.test(site[2]) || isCountry(site[2])) && stats.words <= 14) {
    const name = { start: span.start, end: span.start + site[1].length };
    const words = site[1].split(/\s+/).length;
    return readMasthead(text, name, { ...stats, words, length: site[1].length });
  }
  if (stats.words > 5 || stats.length > 48) return null;
  const line = full;
  // ("Agence Tunis Afrique Presse": an agency's name in full)
  const agencyName = AGENCIES.get(line.trim().toLowerCase());
  if (agencyName && stats.words > 1) return { text: agencyName, span };
  // "Uganda's Leading Daily", "Zimbabwe's Largest Daily Newspaper": the paper's slogan, not its name
  // ("Hawke's Bay Today": a paper named after a place whose name is a possessive)
  const owned = /^\s*(\p{Lu}[\p{L}.-]*'s \p{Lu}[\p{L}.-]*)/u.exec(line)?.[1];
  const placeName = owned !== undefined && gazetteer().names.get(owned)?.kind === "place";
  if (SLOGAN.test(placeName ? line.slice((owned as string).length) : line)) return null;
  // ("Source: The Gazette", "Section: News": a field's label opens no paper's name)
  if (/^\s*\p{L}+:\s/u.test(line)) return null;
  // ("myjoyonline.com", "theage.com.au": a site's address alone, in lower case)
  const trimmed = line.trim();
  if (isSiteAddress(trimmed)) {
    const at = span.start + line.indexOf(trimmed);
    return { text: trimmed, span: { start: at, end: at + trimmed.length } };
  }
  const words = line.split(/\s+/);
  if (!words.every((w) => /^[A-Z0-9]/.test(w) || CONNECTORS.has(w.toLowerCase()))) return null;
  const named = words.some(hasOutletWord) || isSiteAddress(line);
  return named ? { text: line, span } : null;
}

/** Whether `name` is a country's: "Sri Lanka". */
const isCountry = (name: string) => gazetteer().names.get(name)?.subtype === "country";

/**
 * Whether `short` is written in the initials of `name`'s words ("UNB", "United News of Bangladesh"), or with
 * `opening`, of its first words ("CN", "Courthouse News Service").
 */
export function initialsOf(short: string, name: string, opening = false): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  const words = name.split(/\s+/);
  const all = words.map((w) => w.charAt(0)).join("");
  const main = words
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join("");
  if (opening) return all.toUpperCase().startsWith(short) || main.startsWith(short);
  return short === all.toUpperCase() || short === main;
}

/** A site's address as its name: "SpaceWar.com", "24.kg" (a country's domain too). */
export function isSiteAddress(line: string): boolean {
  // ("news.err.ee", "english.news.cn": a subdomain before the name)
  return /^(?:[\w-]+\.){1,2}(?:com|net|org|info|news|[a-z]{2}|(?:co|com)\.[a-z]{2})$/i.test(line);
}

/**
 * A breadcrumb trail from the home page before a title on one line: "Home » Merida » ", "Home > Tunisia > " (the
 * folded text writes a guillemet as a straight quote).
 */
const HOME_TRAIL =
  /^\s*(?:home|inicio|accueil)\s*(?:>|"|»|›|::|\/)\s*(?:[^>"»›:/\s][^>"»›:/]{0,30}?\s*(?:>|"|»|›|::|\/)\s*){0,4}(?=\S)/i;

/** "Missile talks fail | Reuters" or "Missile talks fail - BBC News": the headline and the outlet. */
export function splitHeadlineSuffix(text: string, span: Span): { headline: Span; outlet: Found | null } {
  // "Home » News » First flight of stranded Cubans leaves": the trail to the page before its title is no part of it
  const trail = HOME_TRAIL.exec(text.slice(span.start, span.end));
  if (trail) span = { start: span.start + trail[0].length, end: span.end };
  const line = text.slice(span.start, span.end);
  const m = /^(.{8,}?)\s+[|-]\s+([^|]{2,40})$/.exec(line);
  const suffix = m?.[2];
  if (!m?.[1] || !suffix) return { headline: span, outlet: null };
  const words = suffix.split(/\s+/);
  const outletish =
    words.length <= 4 &&
    words.every((w) => /^[A-Z0-9]/.test(w) || CONNECTORS.has(w.toLowerCase())) &&
    (AGENCIES.has(suffix.toLowerCase()) ||
      words.some((w) => OUTLET_WORDS.has(w.toLowerCase())) ||
      /\.\w{2,4}$/.test(suffix) ||
      // ("Miners down tools | OC Media" over "OC Media": the name the page prints alone as its masthead)
      standsAlone(text, suffix, span));
  if (!outletish) return { headline: span, outlet: null };
  const at = span.start + line.length - suffix.length;
  return {
    headline: { start: span.start, end: span.start + m[1].length },
    outlet: { text: suffix, span: { start: at, end: span.end } },
  };
}

const BYLINE_LINE =
  /^(?:[\u2014\u2013-]{1,2} ?)?(?:(?:by|written by|posted by|edited by|words by|reporting by|reported by|report by|story by|from (?:correspondent|producer|reporter|staff writer))\s*:?|(?:writer|author|author of the (?:article|story)|reporter|story|words|byline|text)\s*:)\s+(?=[A-Za-z])/i;
/** "ByKaren Dhillon Health Reporter": "By" run into the name, as some pages set it. */
const GLUED_BY = /^(?:By|BY)(?=\p{Lu}\p{Ll}+\s\p{Lu})/u;
/** The article before a newsroom's credit: "a " of "By a Jordan Times Staff Reporter". */
const NEWSROOM_ARTICLE = /^(?:a|an)\s+(?=[A-Z][^\n]*\b(?:Reporter|Correspondent|Writer)\s*$)/;
/** A date line that ends in its author: "May 4, 2019 10:02 AM by Metro Desk", "November 8, 2001|By DAVID R. O'HARE". */
// ("Published On: July 16, 2019 08:27 AM NPT By: Sagun Lamichhane": with a colon after "By")
const DATED_BY = /^[^\n]{0,60}?\d[^\n]{0,40}?[\s|](?:by|By|BY):?\s+(?=[A-Z])/;
/**
 * A name with a social handle or a date label after it: "Jane Doe (@janedoe) Published May 2, 2021", "Jane Doe ·
 * CBC News · Posted: Mar 12, 2014".
 */
const NAME_THEN_DATE =
  /^([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3})(?: \(@\w{1,30}\)| @\w{1,30}\s*$| *[|,·•-]? *(?:[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3} *[|·•] *)?(?=(?:published|updated|posted)\b)| *\| *(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)| *\| *(?=[\w.+-]+@[\w-]+\.))/i;
/**
 * What every match of NAME_THEN_DATE holds: a handle, a bar or a date's label. Most lines hold none, and the
 * pattern would try every split of their first words before failing.
 */
const NAME_THEN_DATE_CUE = /@|\||published|updated|posted/i;
/**
 * A reporter's role before their name in a byline: "rural reporter", "political editor", "senior correspondent",
 * "Pacific affairs reporter".
 */
const BYLINE_ROLE =
  /^(?:[A-Z]?[a-z][a-z-]+ )?(?:[a-z][a-z-]+ ){0,1}(?:reporter|correspondent|editor|writer|columnist|producer|journalist|contributor|photographer|analyst) (?=[A-Z])/;
/**
 * A reporter and where they file from, on a line of their own: "Tom Phillips in Rio de Janeiro", "From Tatenda
 * Mushonga in Bulawayo".
 */
const NAME_IN_PLACE =
  /^\s*(?:From )?([A-Z][\p{L}'.-]+(?: [A-Z][\p{L}'.-]+){1,2}) (?:in|from) ([A-Z][\p{L}.'-]*(?: (?:[A-Z][\p{L}.'-]*|de|do|da|del|la|el|al))*)\s*$/u;
/** A name and the place it is filed from: "MUTALE BANDA in Chingola". */
const FILED_IN = /^(\S+(?:\s+\S+){1,3}?)\s+in\s+(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?)$/u;
/** A name, then "in" and a blog's category: "Carla Rengifo Tuesta in Mining". */
const POSTED_IN = /^(\S+(?:\s+\S+){1,3}?)\s+in\s+\p{Lu}/u;
/**
 * A credit standing alone under the headline: "Staff Writer", "Staff and agencies", "Himalayan News Service",
 * "Bureau Report".
 */
const LONE_CREDIT =
  /^\s*(?:from |by )?(staff( writers?| reporters?| correspondents?)?|staff and agencies|news staff|wire staff|agencies|our correspondent|bureau report|([a-z]+ )?news (?:service|network)|[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)? (?:correspondent|staff|bureau|news desk|web desk))\s*$/i;

/** Words of a newsroom's staff, which a generic credit has: "News Staff", "Times Wire Services". */
const STAFF_WORDS = /\b(?:staff|desk|team|reporters|writers|services|wires?)\b/i;

/** Whether a name after a reporter's is a second reporter's, not a body or a place: "Universiti Malaysia Sabah". */
function isSecondReporter(name: string): boolean {
  if (!readsAsPersonName(name) || isOutletName(name) || AGENCIES.has(name.toLowerCase())) return false;
  const g = gazetteer();
  return name.split(" ").every((w) => !g.names.has(w) && !g.orgHeads.has(w));
}

/** A second name after a comma that closes the credit: ", Jessa Mae Dolendo - @site", ", Ann Ray". */
const SECOND_NAME = /^,\s*(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3})\s*(?:$|[-|]|\(@)/u;

/** Cuts a byline at the first credit that is not a name: ", Reuters", " | June 8", "; Editing by ...". */
function cutName(line: string): string {
  // ("Kevin MarchettiSports Reporter": the role run into the name, as a scrape glues them)
  const glued = ROLE_GLUED.exec(line);
  if (glued) line = line.slice(0, glued.index + 1);
  // a station's number in its staff's credit is no date: "KARE 11 Staff"
  const cut = line.search(
    /\s*(?:[,|;/(·•]|\s{2,}|\s@\w|\s+in\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s+on\b|\s+on\s+\d|\s-{1,2}\s|\s[\u2013\u2014]\s|\bon\s+[A-Z]|\bpublished\b|\bupdated\b|\bposted\b|\d(?!\d* (?:News |Web |Digital )?(?:Staff|Team|Desk)\b))/i,
  );
  return (cut >= 0 ? line.slice(0, cut) : line).trim();
}

/** A role run into the name before it: "Kevin MarchettiSports Reporter", "Jane DoeStaff Writer". */
const ROLE_GLUED = /\p{Ll}(?=(?:[A-Z][a-z]+ )?(?:Reporter|Writer|Correspondent|Editor|Columnist)\b)/u;

/**
 * The agency or publication among the credits after a byline's name: "Reuters" of ", Reuters", "BBC News" of
 * ", BBC News, San Francisco", "The Times" of ", Chief Political Correspondent, The Times".
 */
function creditAfterName(rest: string): { readonly text: string; readonly ofReporter: boolean } | undefined {
  if (!/^\s*[,|/·•-]/.test(rest)) return undefined;
  const parts = rest
    .split(/\s*[,|/·•]\s*|\s+-\s+/)
    .map((p) => p.trim())
    .filter((p) => /^[A-Za-z][A-Za-z .&-]{1,40}$/.test(p) && !isReporterCredit(p));
  // "WRAL Reporter", "BBC Correspondent": the publication, then the reporter's role
  const outlets = parts.map((p) => outletBeforeRole(p) ?? p);
  const known = outlets.find((p) => AGENCIES.has(p.toLowerCase()) || isOutletName(p));
  if (known !== undefined) return { text: known, ofReporter: !parts.includes(known) };
  const ofReporter = outlets.find((p, i) => p !== parts[i]);
  if (ofReporter !== undefined) return { text: ofReporter, ofReporter: true };
  return parts.length === 1 ? { text: parts[0] as string, ofReporter: false } : undefined;
}

/** "WRAL Reporter", "KXAN Correspondent": the publication whose reporter the byline names. */
function outletBeforeRole(credit: string): string | undefined {
  const outlet = credit.replace(ROLE_AFTER_OUTLET, "");
  if (outlet !== credit) return outlet;
  // "Tico Times Staff", "Herald Correspondent": a publication's name with the reporter's standing after it
  const named = credit.replace(STAFF_AFTER_NAME, "");
  return named !== credit && isOutletName(named) ? named : undefined;
}

/** A reporter's beat and role after their name: "Provincial Reporter", "Crime Reporter", "Chief Political Correspondent". */
const BEAT_AFTER_NAME =
  /^(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})\s+(?:(?!Staff\b)\p{Lu}\p{Ll}+\s+){1,2}(?:Reporter|Correspondent|Editor|Writer|Columnist)$/u;
/** What every match of BEAT_AFTER_NAME ends with, asked first: most lines end otherwise. */
const ROLE_AT_END = /(?:Reporter|Correspondent|Editor|Writer|Columnist)\s*$/;

/** The name before a reporter's beat and role ("LAURA MacISAAC" of "LAURA MacISAAC Provincial Reporter"), or null. */
function beforeBeat(text: string): string | null {
  return ROLE_AT_END.test(text) ? (BEAT_AFTER_NAME.exec(text.trim())?.[1] ?? null) : null;
}

/** "Jenny Marsden Crime Reporter": a name, then the beat and the role, on a line of its own. */
function nameWithBeat(line: string, span: Span): { byline: Found; agency: null } | null {
  const name = beforeBeat(line);
  if (!name) return null;
  if (!readsAsPersonName(name) || isOutletName(name)) return null;
  const at = span.start + line.indexOf(name);
  return { byline: { text: name, span: { start: at, end: at + name.length } }, agency: null };
}

/** A reporter's standing after a publication's name in title case: "Tico Times Staff", "Gazette Staff Writer". */
const STAFF_AFTER_NAME = /\s+(?:[Ss]taff(?: [Ww]riter| [Rr]eporter)?|[Cc]orrespondent|[Rr]eporter)$/;

/** A station's or a network's call letters before a reporter's role: "WRAL Reporter", "BBC Correspondent" (not "Health Correspondent"). */
const ROLE_AFTER_OUTLET =
  /(?<=^[A-Z][A-Z\d]{1,5}(?:[ -][A-Z\d]{1,5})?)\s+(?:[Rr]eporter|[Cc]orrespondent|[Ss]taff [Ww]riter|[Ww]riter)$/;

/** A reporter's role among a byline's credits, which names no publication: "Staff Reporter", "Senior Correspondent". */
const REPORTER_CREDIT =
  /^(?:(?:staff|senior|chief|special|political|foreign|our|contributing)\s+)*(?:reporter|correspondent|writer|editor|columnist|contributor)s?$/i;

/**
 * A reporter's role after the name, however it is qualified ("Local Journalism Initiative Reporter"), but not a
 * publication's reporter ("Guardian Reporter", "WRAL Reporter").
 */
function isReporterCredit(credit: string): boolean {
  if (REPORTER_CREDIT.test(credit)) return true;
  const m = QUALIFIED_REPORTER.exec(credit);
  if (!m) return false;
  const before = credit.slice(0, m.index).trim();
  return !isOutletName(before) && !AGENCIES.has(before.toLowerCase());
}
/** Words in ordinary case before a reporter's noun: "Local Journalism Initiative Reporter", "Court reporter". */
const QUALIFIED_REPORTER =
  /(?<=^(?:[A-Za-z][a-z]+\s+|\d\p{L}+\s+){1,4})(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Cc]olumnist|[Cc]ontributor)s?$/u;

/** A publication's name: a few capitalised words, one of them a newspaper word ("BBC News", "The Times"). */
export function isOutletName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[A-Z]/.test(w)) && words.some(hasOutletWord);
}

/** Whether a word is a newspaper word, or two joined by a hyphen: "Times", "Post-Courier", "Star-Telegram". */
function hasOutletWord(word: string): boolean {
  // ("HeraldScotland": two words run together)
  return word
    .split(/-|(?<=\p{Ll})(?=\p{Lu})/u)
    .some((part) => OUTLET_WORDS.has(part.toLowerCase().replace(/[^a-z]/g, "")));
}

/** An agency name closing a byline with no comma before it: "RAHIM FAIEZ Associated Press". */
function trailingAgency(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(" ");
    if (AGENCIES.has(tail.toLowerCase()) && words.length - n >= 1) return tail;
  }
  return undefined;
}

/**
 * A byline on its own line ("By Jane Smith, Reuters"): the name, and an agency named after it.
 * Generic credits such as "Staff Writers" count as bylines.
 */
export function readBylineLine(
  text: string,
  span: Span,
  stats: LineStats,
): {
  byline: Found;
  agency: Found | null;
  place?: Found | null;
  base?: Found;
  service?: Found;
  staff?: boolean;
} | null {
  if (stats.length > 200) return null;
  const line = text.slice(span.start, span.end);
  const lead = BYLINE_LINE.exec(line) ?? GLUED_BY.exec(line) ?? datedBy(text, span, line);
  if (!lead) return withoutRole(unlabelledByline(text, span, line));
  return labelledByline(span, line, lead);
}

/** A byline's name without the reporter's role after its last comma: "Jane Doe, Political correspondent". */
function withoutRole<T extends { byline: Found }>(found: T | null): T | null {
  if (!found) return found;
  const comma = found.byline.text.lastIndexOf(", ");
  if (comma < 0 || !REPORTER_CREDIT.test(found.byline.text.slice(comma + 2).trim())) return found;
  const text = found.byline.text.slice(0, comma);
  return {
    ...found,
    byline: { text, span: { start: found.byline.span.start, end: found.byline.span.start + text.length } },
  };
}

/** The byline of a line with no "By" or label before it (see readBylineLine). */
function unlabelledByline(text: string, span: Span, line: string) {
  return (
    nameThenDate(line, span) ??
    namesBarDate(line, span) ??
    nameWithBeat(line, span) ??
    agencyBar(line, span) ??
    nameCommaDate(line, span) ??
    nameInPlace(line, span) ??
    nameSlashAgency(line, span) ??
    deskSlashName(line, span) ??
    namePipePlace(line, span) ??
    nameOutletPlace(line, span) ??
    creditInPlace(line, span) ??
    datedCreditInPlace(line, span) ??
    nameUnderLabel(text, span, line) ??
    nameAboveOutlet(text, span, line) ??
    nameAmongCredits(text, span, line) ??
    nameBarOutlet(text, span, line) ??
    outletBarName(text, span, line)
  );
}

/** The byline of a line that opens with "By" or a label, `lead` (see readBylineLine). */
function labelledByline(span: Span, line: string, lead: RegExpExecArray) {
  // "By a Jordan Times Staff Reporter", "By an Observer Correspondent": the article before a newsroom's credit
  const article = NEWSROOM_ARTICLE.exec(line.slice(lead[0].length))?.[0] ?? "";
  // where the credit starts: after "By" and the article
  const opening = lead[0].length + article.length;
  // "By rural reporter Hamish Cargill", "By political editor Jane Doe": the role before the name is no part of it
  const role = BYLINE_ROLE.exec(line.slice(opening))?.[0] ?? "";
  // ("By LAURA MacISAAC Provincial Reporter"): the reporter's beat and role after the name are no part of it
  const cut = cutName(line.slice(opening + role.length));
  let name = beforeBeat(cut) ?? cut;
  // "By TOM HALE FOR MAILONLINE", "By Jane Doe For Dailymail.com": the name, then whom they write for
  // ("Bojana Radulović for Southeast European Times in Podgorica": and where they file from)
  const writesFor =
    /^(\S+(?:\s+\S+)+?)\s+(?:for|FOR|For)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:\s+in\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?))?$/u.exec(
      name,
    );
  const forName = writesFor?.[2];
  // a publication: in capitals, a web address, an agency or a name with a newspaper word
  const forOutlet =
    forName &&
    (/^[A-Z\d]+$/.test(forName) ||
      /\.\w{2,3}$/.test(forName) ||
      AGENCIES.has(forName.toLowerCase()) ||
      isOutletName(forName))
      ? forName
      : undefined;
  if (writesFor?.[1] && forOutlet) name = writesFor[1];
  // "By MUTALE BANDA in Chingola": the known place the reporter files from is no part of the name
  // ("Posted by Carla Rengifo Tuesta in Mining, Peru News · 3 Comments", "Posted by X in Argentina, News": a
  // blog's categories after the name, whatever they name)
  const posted = /\bposted by\b/i.test(lead[0]);
  const filedIn = posted ? null : FILED_IN.exec(name);
  const filedFrom = filedIn?.[2] && filedPlace(filedIn[2]) ? filedIn : null;
  if (filedFrom?.[1]) name = filedFrom[1];
  const blog = posted ? POSTED_IN.exec(name) : null;
  if (blog?.[1] && readsAsPersonName(blog[1])) {
    const at = span.start + opening + role.length;
    return { byline: { text: blog[1], span: { start: at, end: at + blog[1].length } }, agency: null };
  }
  // ("By The Canadian Press": the agency itself, with its article)
  const trailing = /^the\s/i.test(name) && AGENCIES.has(name.slice(4).toLowerCase()) ? undefined : trailingAgency(name);
  // "By Euronews with AP": the agency credited after "with" is no part of the name
  if (trailing)
    name = name
      .slice(0, name.length - trailing.length)
      .trimEnd()
      .replace(/\s+(?:with|and)$/i, "");
  // "by Barbados Today": the page's own publication alone, not a reporter ("By Euronews with AP" credits the
  // newsroom and the agency it worked with)
  // ("By The Canadian Press", "By Associated Press": a wire story's credit is its byline)
  const wire = AGENCIES.has(name.replace(/^the\s+/i, "").toLowerCase());
  if (!trailing && !wire && isOutletName(name) && !GENERIC_BYLINES.test(name) && !STAFF_WORDS.test(name)) return null;
  // "By: Ramon Villaflor Jr., Jessa Mae Dolendo": a second reporter after a comma
  const second = SECOND_NAME.exec(line.slice(opening + role.length + name.length))?.[1];
  if (second && isSecondReporter(second)) name = `${name}, ${second}`;
  const words = name.split(/\s+/).filter(Boolean);
  const nameLike =
    words.length >= 1 &&
    words.length <= 8 &&
    words.every(
      (w) =>
        /^[A-Z]/.test(w) ||
        CONNECTORS.has(w.toLowerCase()) ||
        /^(van|von|der|bin|al-)/.test(w) ||
        (/^\d+$/.test(w) && STAFF_WORDS.test(name)),
    );
  if (!nameLike && !GENERIC_BYLINES.test(name)) return null;
  const start = span.start + opening + role.length;
  const rest = line.slice(opening + role.length + name.length);
  const after = (trailing ?? forOutlet) ? undefined : creditAfterName(rest);
  const credit = trailing ?? forOutlet ?? after?.text;
  const agencyName = credit
    ? (AGENCIES.get(credit.toLowerCase()) ??
      (isOutletName(credit) || credit === forOutlet || after?.ofReporter ? credit : undefined))
    : undefined;
  const creditAt = credit ? span.start + line.lastIndexOf(credit) : -1;
  // "By HT Correspondent, Dehradun | Updated on ...": the known place after the name is where it is filed from
  const placed = /^,\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})\s*(?:[|,]|$)/.exec(rest);
  const placeName = placed?.[1];
  const placeAt = placeName ? start + name.length + rest.indexOf(placeName) : -1;
  if (filedFrom?.[2] && !placeName) {
    const at = start + name.length + rest.lastIndexOf(filedFrom[2]);
    return {
      byline: { text: name, span: { start, end: start + name.length } },
      agency: null,
      place: { text: filedFrom[2], span: { start: at, end: at + filedFrom[2].length } },
    };
  }
  // ("... for Southeast European Times in Podgorica": the place filed from after the paper)
  const wroteIn = forOutlet ? writesFor?.[3] : undefined;
  const wroteAt = wroteIn ? span.start + line.lastIndexOf(wroteIn) : -1;
  return {
    byline: { text: name, span: { start, end: start + name.length } },
    // ("By Ellen Marchetti, Globe Staff": the reporter's own paper, which the masthead names in full)
    staff: credit !== undefined && credit === after?.text && after.ofReporter,
    agency:
      agencyName && credit
        ? { text: agencyName, span: { start: creditAt, end: creditAt + credit.length } }
        : wire
          ? { text: name, span: { start, end: start + name.length } }
          : null,
    place:
      placeName && !(agencyName && placeName === credit) && gazetteer().names.get(placeName)?.kind === "place"
        ? { text: placeName, span: { start: placeAt, end: placeAt + placeName.length } }
        : wroteIn && gazetteer().names.get(wroteIn)?.kind === "place"
          ? { text: wroteIn, span: { start: wroteAt, end: wroteAt + wroteIn.length } }
          : null,
  };
}

/**
 * Whether `name` after "in" in a byline is the place the reporter files from ("By MUTALE BANDA in Chingola", "By
 * Alimamy Koroma in Bonthe"): a place the gazetteer knows, or a name it does not know as anything else that is
 * no section or publication ("in Culture").
 */
function filedPlace(name: string): boolean {
  const known = gazetteer().names.get(name);
  if (known) return known.kind === "place";
  const words = name.toLowerCase().split(" ");
  return !words.some((w) => OUTLET_WORDS.has(w) || SECTION_WORDS.has(w) || gazetteer().common.has(w));
}

/** "May 4, 2019 10:02 AM by Metro Desk": the match up to the name when a date comes before "by". */
function datedBy(text: string, span: Span, line: string): RegExpExecArray | null {
  const m = DATED_BY.exec(line);
  if (!m) return null;
  const d = findDates(text, span.start, span.start + m[0].length)[0];
  return d && d.day !== null ? m : null;
}

/**
 * Whether a name of two words or more reads as a person's: it opens with a known given name ("MARCUS TULLY"), or
 * none of its words is a common word, as some word of a title-case headline or standfirst is ("Shafiul Haque",
 * not "Heavy Rains").
 */
export function readsAsPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  const g = gazetteer();
  const head = words[0] as string;
  const given = /\p{Ll}/u.test(head) ? head : `${head.charAt(0)}${head.slice(1).toLowerCase()}`;
  if (g.male.has(given) || g.female.has(given)) return true;
  // ("CNA AK/GG/2008": an agency's and its editors' initials signing off)
  if (words.every((w) => /^\p{Lu}{1,3}$/u.test(w))) return false;
  return (
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{L}.'-]*$/u.test(w) && !/'s$/i.test(w) && !g.common.has(w.toLowerCase()))
  );
}

/**
 * "Tom Phillips in Rio de Janeiro": a name that opens with a given name, then the known place it is filed from
 * (the dateline). A title-case headline ("Heavy Rains in Brazil") reads as no person's name.
 */
function nameInPlace(line: string, span: Span): { byline: Found; agency: Found | null; place: Found } | null {
  const m = NAME_IN_PLACE.exec(line);
  const name = m?.[1];
  const place = m?.[2];
  if (!m || !name || !place) return null;
  if (!readsAsPersonName(name) || gazetteer().names.get(place)?.kind !== "place") return null;
  const start = span.start + m[0].indexOf(name);
  const at = span.start + m[0].lastIndexOf(place);
  return {
    byline: { text: name, span: { start, end: start + name.length } },
    agency: null,
    place: { text: place, span: { start: at, end: at + place.length } },
  };
}

/** "Jane Doe, Hindustan Times, New Delhi": a reporter's name, the publication, and the place filed from. */
const NAME_OUTLET_PLACE = /^\s*([^,]{4,40}),\s*([^,]{2,40})(?:,\s*([^,]{2,30}))?\s*$/;

function nameOutletPlace(
  line: string,
  span: Span,
): { byline: Found; agency: Found | null; place?: Found; staff?: boolean } | null {
  const m = NAME_OUTLET_PLACE.exec(line);
  const [name, credited, place] = [m?.[1], m?.[2], m?.[3]];
  if (!m || !name || !credited || !readsAsPersonName(name) || isOutletName(name)) return null;
  // ("Matthew Delacroix, Chronicle Staff Writer": the paper, without the reporter's standing)
  const outlet = outletBeforeRole(credited) ?? credited;
  if (isReporterCredit(outlet) || (!isOutletName(outlet) && !AGENCIES.has(outlet.toLowerCase()))) return null;
  if (place && gazetteer().names.get(place)?.kind !== "place") return null;
  const found = (text: string, from: number): Found => {
    const at = span.start + line.indexOf(text, from);
    return { text, span: { start: at, end: at + text.length } };
  };
  const by = found(name, 0);
  const agency = found(AGENCIES.get(outlet.toLowerCase()) ?? outlet, by.span.end - span.start);
  return {
    byline: by,
    agency,
    staff: outlet !== credited,
    ...(place ? { place: found(place, agency.span.end - span.start) } : {}),
  };
}

/**
 * "Our Correspondent, Lalmonirhat", "Staff Reporter, Kumasi": a newsroom's credit and the known place filed
 * from; "Samuel Awoyinfa, Abeokuta", "Claudette Rowe, Staff Reporter": a reporter's name and the place filed
 * from or their role.
 */
function creditInPlace(
  line: string,
  span: Span,
): { byline: Found; agency: null; place: Found | null; base?: Found } | null {
  // ("From Abdullahi Musa, Lokoja": a reporter filing from a place)
  // ("Our Correspondent . Sunamganj", "Staff Reporter | Dhaka": other marks between them)
  const m = /^\s*(?:From\s+)?([^,]{4,40}?)\s*(?:,|\s[.|\u00b7\u2022\u2013\u2014-])\s*([^,|]{2,30})\s*$/.exec(line);
  const [credit, after] = [m?.[1]?.trim(), m?.[2]?.trim()];
  if (!m || !credit || !after) return null;
  const generic = GENERIC_BYLINES.test(credit) && !/^(editor|reporter|correspondent)$/i.test(credit);
  const person = !generic && readsAsPersonName(credit) && !isOutletName(credit);
  // ("Our Correspondent . Sunamganj": after a newsroom's credit, a name of a word or two is the place)
  const place =
    gazetteer().names.get(after)?.kind === "place" ||
    (generic && /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?$/u.test(after) && !isOutletName(after));
  if (!(generic || person) || !(place || (person && isReporterCredit(after)))) return null;
  const at = span.start + line.indexOf(credit);
  const placeAt = span.start + line.lastIndexOf(after);
  // ("From Abdullahi Musa, Lokoja": where the reporter is based, which dates the story only when its lead names
  // no place of its own)
  const based = /^\s*From\s/.test(line);
  const found = place ? { text: after, span: { start: placeAt, end: placeAt + after.length } } : null;
  return {
    byline: { text: credit, span: { start: at, end: at + credit.length } },
    agency: null,
    place: based ? null : found,
    ...(based && found ? { base: found } : {}),
  };
}

/** "Wednesday, 12 July 2017 | Staff Reporter | New Delhi": the day of the page before a credit and its place. */
function datedCreditInPlace(line: string, span: Span): ReturnType<typeof creditInPlace> {
  const m = /^\s*([^|]{6,40}?)\s*\|\s*/.exec(line);
  if (!m?.[1] || !findDates(m[1], 0, m[1].length).some((d) => d.day !== null)) return null;
  return creditInPlace(line.slice(m[0].length), { start: span.start + m[0].length, end: span.end });
}

/** A label alone on its line ("Author", "Written by") and the reporter's name on the next. */
const NAME_LABEL = /^\s*(?:author|written by|words by|story by|reporter)\s*:?\s*$/i;

function nameUnderLabel(text: string, span: Span, line: string): { byline: Found; agency: null } | null {
  if (!NAME_LABEL.test(line)) return null;
  const next = /^\r?\n([^\n]{4,60})/.exec(text.slice(span.end));
  const name = next?.[1]?.trim();
  if (!next || !name || !readsAsPersonName(name) || isOutletName(name)) return null;
  const at = span.end + (next[0].length - (next[1] as string).length) + (next[1] as string).indexOf(name);
  return { byline: { text: name, span: { start: at, end: at + name.length } }, agency: null };
}

/** "ANKARA - Turkish Daily News": a known place in capitals, a dash, and an outlet or agency. */
const PLACE_DASH_OUTLET = /^\s*(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,2})\s+[-\u2013\u2014]\s+(\S.{1,40}?)\s*$/u;

/** The place and the outlet of a line such as "ANKARA - Turkish Daily News", or null. */
export function placeDashOutlet(line: string): { place: string; outlet: string } | null {
  const m = PLACE_DASH_OUTLET.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const place = naturalCase(m[1]);
  if (gazetteer().names.get(place)?.kind !== "place") return null;
  return isOutletName(m[2]) || AGENCIES.has(m[2].toLowerCase()) ? { place, outlet: m[2] } : null;
}

/**
 * "Daniel Hurley" on a line and "The Telegram" alone on the next, the name the page opens with: a reporter's name
 * over the publication's (or over an address to write to).
 */
function nameAboveOutlet(text: string, span: Span, line: string): { byline: Found; agency: null } | null {
  const name = line.trim();
  if (name.length > 40 || !/^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(name) || !readsAsPersonName(name)) return null;
  if (isOutletName(name) || AGENCIES.has(name.toLowerCase())) return null;
  // the publication's name as the page's first line gives it ("The Telegram"), or an agency's: not a menu item
  // ("Local News") nor a label ("Category: All, News")
  // (the line under it, or under a blank line)
  const next = /^\r?\n(?:[ \t]*\r?\n)?([^\n]{2,40})(?:\r?\n|$)/.exec(text.slice(span.end, span.end + 90))?.[1]?.trim();
  const masthead = /^\s*([^\n]{2,40})(?:\r?\n|$)/.exec(text)?.[1]?.trim();
  // (or a newsroom's credit: "Express News Service", "Staff Writer"; or a contributor's: "Special to The Star")
  if (
    !next ||
    !(
      (isOutletName(next) && next === masthead) ||
      // ("ANKARA - Turkish Daily News": the place filed from and the paper)
      placeDashOutlet(next) !== null ||
      AGENCIES.has(next.toLowerCase()) ||
      LONE_CREDIT.test(next) ||
      /^Special to (?:the )?\p{Lu}/iu.test(next) ||
      // ("Rebecka Sjöberg" over "radiosweden@sr.se" under the story: the reporter and where to write to them)
      /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(next)
    )
  )
    return null;
  const at = span.start + line.indexOf(name);
  return { byline: { text: name, span: { start: at, end: at + name.length } }, agency: null };
}

/**
 * "Jelena Vuković | Podgorica | BIRN": a reporter's name, then between bars the known place filed from and the
 * agency or outlet, each at most once and nothing else.
 */
function namePipePlace(line: string, span: Span): { byline: Found; agency: Found | null; place: Found } | null {
  if (!line.includes("|")) return null;
  const fields = line.split("|").map((f) => f.trim());
  const [name, ...rest] = fields;
  if (!name || rest.length < 1 || rest.length > 2 || !readsAsPersonName(name) || isOutletName(name)) return null;
  let place: string | undefined;
  let agency: string | undefined;
  for (const f of rest) {
    if (!place && gazetteer().names.get(f)?.kind === "place") place = f;
    else if (!agency && (AGENCIES.has(f.toLowerCase()) || /^[A-Z]{2,6}$/.test(f) || isOutletName(f))) agency = f;
    else return null;
  }
  if (!place) return null;
  const found = (text: string, from: number): Found => {
    const at = span.start + line.indexOf(text, from);
    return { text, span: { start: at, end: at + text.length } };
  };
  const by = found(name, 0);
  const placed = found(place, by.span.end - span.start);
  const credited = agency ? found(agency, by.span.end - span.start) : null;
  return {
    byline: by,
    place: placed,
    agency: credited ? { ...credited, text: AGENCIES.get(credited.text.toLowerCase()) ?? credited.text } : null,
  };
}

/** A reporter's noun closing a credit after the paper's name: "AKIpress correspondent", "Trend reporter". */
const OUTLET_ROLE = /^(\S+(?: \S+){0,3}?) +(?:correspondent|reporter|staff writer|writer|editor)$/i;

/**
 * "Sunday Independent | Ciaran Brennock" under the headline: the paper the page names at its top (or a
 * publication's name), one bar, and the reporter's name.
 */
function outletBarName(text: string, span: Span, line: string): { byline: Found; agency: null } | null {
  const bar = line.indexOf("|");
  if (bar < 0 || line.indexOf("|", bar + 1) >= 0) return null;
  const paper = line.slice(0, bar).trim();
  const name = line.slice(bar + 1).trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  // ("The Daily Advertiser | Wagga Wagga": the masthead and the town the paper serves)
  if (!readsAsPersonName(name) || isOutletName(name) || gazetteer().names.get(name)?.kind === "place") return null;
  const top = text.slice(0, Math.min(span.start, 400)).toLowerCase();
  if (
    !(
      AGENCIES.has(paper.toLowerCase()) ||
      isOutletName(paper) ||
      (paper.length > 3 && top.includes(paper.toLowerCase()))
    )
  )
    return null;
  const at = span.start + line.lastIndexOf(name);
  return { byline: { text: name, span: { start: at, end: at + name.length } }, agency: null };
}

/**
 * "Aibek Sydykov | AKIpress correspondent", "Tamar Jikia | The FINANCIAL", "Muawia Abdel-Razig / Sudan Vision",
 * "Alina Rosca, IPN" under the story: a reporter's name and, after one bar, slash or comma, the paper the page
 * names at its top, a publication's name, or the reporter's role there.
 */
function nameBarOutlet(text: string, span: Span, line: string): { byline: Found; agency: null } | null {
  const mark = line.includes("|") ? "|" : line.includes(" / ") ? "/" : ",";
  const bar = line.indexOf(mark);
  if (bar < 0 || line.indexOf(mark, bar + 1) >= 0) return null;
  const name = line.slice(0, bar).trim();
  const credit = line.slice(bar + 1).trim();
  // ("Nick Calder and Rebecca Lowe | The Courier-Mail": two reporters' names)
  const people = name.split(/\s+(?:and|&)\s+/);
  const words = name.split(/\s+/);
  if (people.length > 2 || people.some((p) => p.split(/\s+/).length > 4)) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || ((w === "and" || w === "&") && people.length === 2))) return null;
  // (a reporter's role after the bar says the words before it are a name: "MERE NAIVALU | Reporter")
  const role = isReporterCredit(credit);
  if (!(people.every(readsAsPersonName) || (role && words.length >= 2)) || isOutletName(name) || credit.length < 2)
    return null;
  const paper = OUTLET_ROLE.exec(credit)?.[1] ?? credit;
  const top = text.slice(0, Math.min(span.start, 400));
  // ("MERE NAIVALU | Reporter": the reporter's role alone)
  // (the page's name in capitals at its top: "EL UNIVERSAL" over "Ximena Tapia | El Universal")
  const known =
    AGENCIES.has(paper.toLowerCase()) ||
    isOutletName(paper) ||
    (/^\p{Lu}/u.test(paper) && top.toLowerCase().includes(paper.toLowerCase())) ||
    role;
  if (!known) return null;
  const at = span.start + line.indexOf(name);
  return { byline: { text: name, span: { start: at, end: at + name.length } }, agency: null };
}

/**
 * "Chittaranjan Tembhekar / TNN / Updated: Jul 9, 2024", "Alok K Tripathi | TNN | Mar 14, 2002": a name, an
 * agency in capitals, then a date.
 */
const NAME_SLASH_AGENCY =
  /^\s*(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3})\s*([/|])\s*([A-Z]{2,6})\s*\2\s*(?:updated|published|posted)?\b/u;

function nameSlashAgency(line: string, span: Span): { byline: Found; agency: Found | null; service?: Found } | null {
  const m = NAME_SLASH_AGENCY.exec(line);
  const name = m?.[1];
  const agency = m?.[3];
  if (!m || !name || !agency || !readsAsPersonName(name) || !/\d/.test(line.slice(m[0].length))) return null;
  const at = span.start + line.indexOf(agency, name.length);
  return {
    byline: {
      text: name,
      span: { start: span.start + line.indexOf(name), end: span.start + line.indexOf(name) + name.length },
    },
    // a wire credits the story to itself; a newsroom's own service in capitals ("TNN") names the outlet only
    // where nothing else does
    ...(AGENCIES.has(agency.toLowerCase())
      ? { agency: { text: AGENCIES.get(agency.toLowerCase()) as string, span: { start: at, end: at + agency.length } } }
      : { agency: null, service: { text: agency, span: { start: at, end: at + agency.length } } }),
  };
}

/** A newsroom's desk, a slash and the reporter: "Aftenposten English Web Desk/Ingrid Solheim", "News Desk / Jane Doe". */
const DESK_SLASH_NAME =
  /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,4}Desk\s*\/\s*(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){1,3})\s*$/u;

/** The reporter after their desk's name and a slash, or null. */
function deskSlashName(line: string, span: Span): { byline: Found; agency: null } | null {
  const name = DESK_SLASH_NAME.exec(line)?.[1];
  if (!name || !readsAsPersonName(name)) return null;
  const at = span.start + line.lastIndexOf(name);
  return { byline: { text: name, span: { start: at, end: at + name.length } }, agency: null };
}

/** The separators of a line of credits: "February 1, 2022 / Jane Doe / 3 min read", "Jane Doe · CBC News ·". */
const CREDIT_SEPARATOR = /\s+[/|·•]\s+|\s*[·•]\s*|\s+[/|]\s*$/;
/**
 * A credit that is a date's label, a reading time or a clock time: "Posted: Apr 16", "Updated 2 hours ago", "3 min
 * read", "4:12 pm".
 */
const DATE_CREDIT =
  /^(?:(?:posted|published|updated|last updated)\b|\d+\s*min(?:ute)?s?\s+read$|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$)/i;

/** A label before the author's name among a line's credits: "Author: ", "By: ", "Article By: ". */
const AUTHOR_LABEL = /^(?:author|reporter|(?:(?:written|article|story|report|text|posted)\s+)?by)\s*:\s*/i;
/** A page's own field among a line's credits: "Category: News", "Views: 412", "Hits: 418", "Comments: 3". */
const PAGE_FIELD = /^(?:categor(?:y|ies)|section|views|hits|reads|comments|tags?)\s*:/i;

/**
 * "February 1, 2022 / Jane Doe / 3 min read", "Jane Doe · CBC News ·" over "Posted: Apr 16, 2014": a line of
 * credits split by slashes, bars or dots, one of them a person's name, the others an outlet, an agency, a date or
 * a reading time, and a date among them or on the line under it.
 */
function nameAmongCredits(
  text: string,
  span: Span,
  line: string,
): { byline: Found; agency: Found | null; place?: Found } | null {
  if (!/[/|·•]/.test(line) || line.length > 160) return null;
  const parts = line
    .split(CREDIT_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 && !/[·•|/]\s*$/.test(line)) return null;
  const isDate = (p: string) => DATE_CREDIT.test(p) || findDates(p, 0, p.length).some((d) => d.day !== null);
  let name: string | null = null;
  // "Lauren Pelletier · CBC News · Posted: ...": the outlet credited beside the name
  let outlet: string | null = null;
  // "Indah Lestari, The Jakarta Post, Jakarta | Jakarta | Tue, June 09 2015": the name with its outlet and place
  let credited: ReturnType<typeof nameOutletPlace> = null;
  let dated = false;
  let role = false;
  // "25 October 2011, Tuesday / MELTEM ÖZDİLEK , ERCİŞ": the town the reporter files from, after a comma
  let filed: string | null = null;
  for (const part of parts) {
    // "15.03.2017 | Author: Jane Doe | Category: News | Views: 412": the author's label, and a page's counters
    if (PAGE_FIELD.test(part)) continue;
    let p = part.replace(AUTHOR_LABEL, "");
    const town = name === null ? NAME_COMMA_TOWN.exec(p) : null;
    if (
      town?.[1] &&
      town[2] &&
      readsAsPersonName(town[1]) &&
      !isOutletName(town[1]) &&
      !gazetteer().common.has(town[2].toLowerCase()) &&
      // ("LRT English, BNS": a newsroom and an agency; a town in capitals follows a name in capitals)
      !AGENCIES.has(town[2].toLowerCase()) &&
      (/\p{Ll}/u.test(town[2]) || !/\p{Ll}/u.test(town[1]))
    ) {
      p = town[1];
      filed = town[2];
    }
    const withOutlet: ReturnType<typeof nameOutletPlace> =
      name === null && p.includes(",") ? nameOutletPlace(p, { start: 0, end: p.length }) : null;
    if (withOutlet) {
      credited = withOutlet;
      name = withOutlet.byline.text;
    } else if (isDate(p)) dated = true;
    // "Amanda Crook | Crime Reporter": the reporter's role after the name makes the line a byline, dated or not
    else if (name !== null && !role && isReporterCredit(p)) role = true;
    else if (name === null && readsAsPersonName(p) && !isOutletName(p) && !AGENCIES.has(p.toLowerCase())) name = p;
    // "Pema Seldon | Lhuentse": the town the reporter files from, after the name
    else if (name !== null && /^\p{Lu}[\p{Ll}'-]+$/u.test(p) && !gazetteer().common.has(p.toLowerCase())) continue;
    // "... | City | Tue, June 09 2015": the section the story is filed under
    else if (name !== null && isSectionLabel(p, { start: 0, end: p.length })) continue;
    else if (!isOutletName(p) && !AGENCIES.has(p.toLowerCase())) return null;
    else if (name !== null) outlet ??= p;
  }
  if (name === null) return null;
  // the date on the line under a line that ends in a separator, or alone on the line above
  if (!dated && !role) {
    const next = /^\s*([^\n]{0,80})/.exec(text.slice(span.end))?.[1] ?? "";
    dated = /[·•|/]\s*$/.test(line) && isDate(next.split(CREDIT_SEPARATOR)[0]?.trim() ?? "");
  }
  if (!dated && !role) {
    const above = /([^\n]{0,60})\n\s*$/.exec(text.slice(Math.max(0, span.start - 80), span.start))?.[1]?.trim() ?? "";
    dated = above !== "" && isDate(above);
  }
  if (!dated && !role) return null;
  const start = span.start + line.indexOf(name);
  if (credited) {
    // the spans of the part read on its own, shifted to the line's
    const shift = start - credited.byline.span.start;
    const moved = (f: Found): Found => ({
      text: f.text,
      span: { start: f.span.start + shift, end: f.span.end + shift },
    });
    return {
      byline: moved(credited.byline),
      agency: credited.agency && moved(credited.agency),
      ...(credited.place ? { place: moved(credited.place) } : {}),
    };
  }
  const outletAt = outlet === null ? -1 : line.indexOf(outlet, start - span.start + name.length);
  const filedAt = filed === null ? -1 : line.indexOf(filed, start - span.start + name.length);
  return {
    byline: { text: name, span: { start, end: start + name.length } },
    ...(filed !== null && filedAt >= 0
      ? {
          place: {
            text: naturalCase(filed),
            span: { start: span.start + filedAt, end: span.start + filedAt + filed.length },
          },
        }
      : {}),
    agency:
      outlet === null || outletAt < 0
        ? null
        : {
            text: AGENCIES.get(outlet.toLowerCase()) ?? outlet,
            span: { start: span.start + outletAt, end: span.start + outletAt + outlet.length },
          },
  };
}

/** A name, a comma and one word of a town: "MELTEM ÖZDİLEK , ERCİŞ", "Ana Ruiz, Tarija". */
const NAME_COMMA_TOWN = /^(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3})\s*,\s*(\p{Lu}[\p{L}'-]+)$/u;

/** "Rizki Anggraeni & Bayu Hermawan | January 18, 2013": one or two names, a bar and the day of the page. */
const NAMES_BAR_DATE =
  /^((\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3})(?:\s*(?:&|and|,)\s*(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3}))?)\s*\|\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*)?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d|\d{1,2} [A-Z][a-z]{2,8}\.?,? (?:19|20)\d\d)/u;

function namesBarDate(line: string, span: Span): { byline: Found; agency: null } | null {
  const m = NAMES_BAR_DATE.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const names = m[3] ? [m[2], m[3]] : [m[2]];
  if (!names.every((n) => readsAsPersonName(n) && !isOutletName(n) && !AGENCIES.has(n.toLowerCase()))) return null;
  return { byline: { text: m[1], span: { start: span.start, end: span.start + m[1].length } }, agency: null };
}

/** "PTI |": a wire agency alone before a bar, the credit of a wire story. */
function agencyBar(line: string, span: Span): { byline: Found; agency: Found } | null {
  const m = /^\s*(\S[^|]{0,40}?)\s*\|\s*$/.exec(line);
  const name = m?.[1];
  const agency = name ? AGENCIES.get(name.toLowerCase()) : undefined;
  if (!name || !agency) return null;
  const at = span.start + line.indexOf(name);
  const found = { start: at, end: at + name.length };
  return { byline: { text: name, span: found }, agency: { text: agency, span: found } };
}

/**
 * "Reem Abou El-Naga , Tuesday 22 Jun 2021", "Tom Haddow, May 19, 2020", "Kamila Yusupova   Jan 13, 2023": a name,
 * a comma or a run of spaces, and the day of the page.
 */
const NAME_COMMA_DATE =
  /^([A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+){1,3})(?: ?, | {2,})(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}),? (?:19|20)\d\d\b/u;

function nameCommaDate(line: string, span: Span): { byline: Found; agency: Found | null } | null {
  const name = NAME_COMMA_DATE.exec(line)?.[1];
  if (!name || !readsAsPersonName(name) || isOutletName(name) || AGENCIES.has(name.toLowerCase())) return null;
  return { byline: { text: name, span: { start: span.start, end: span.start + name.length } }, agency: null };
}

/** "Jane Doe (@janedoe) Published ...": a name that is neither an outlet's nor a section's. */
function nameThenDate(line: string, span: Span): { byline: Found; agency: Found | null } | null {
  if (!NAME_THEN_DATE_CUE.test(line)) return null;
  const m = NAME_THEN_DATE.exec(line);
  const name = m?.[1];
  if (!m || !name) return null;
  // (the pattern ignores case for the labels: "All materials published on this site" is no name)
  if (!name.split(" ").every((w) => /^\p{Lu}/u.test(w))) return null;
  const words = name.toLowerCase().split(" ");
  if (words.some((w) => OUTLET_WORDS.has(w) || SECTION_WORDS.has(w)) || AGENCIES.has(name.toLowerCase())) return null;
  // "Jane Doe | Updated: ...", "Jane Doe | Published January 13, 2016", "Jane Doe |09.06.2023 - Update :
  // 09.06.2023": a date after the name
  const rest = line.slice(name.length);
  // ("James Baker @JamesBakerLL": a person's name and handle alone on the line)
  if (/ @\w+\s*$/.test(m[0]))
    return readsAsPersonName(name)
      ? { byline: { text: name, span: { start: span.start, end: span.start + name.length } }, agency: null }
      : null;
  // "Anna Kovaleva | a.kovaleva@example.com": a name and the reporter's address
  if (
    !/\(@/.test(m[0]) &&
    !/^[^|]*(?:\|\s*)?\b(published|updated|posted)\b[^|]*\d/i.test(rest) &&
    !/^ *\| *\d/.test(rest) &&
    !/^ *\| *[\w.+-]+@[\w-]+\./.test(rest)
  )
    return null;
  // "Jane Doe · CBC News · Posted: ...": the outlet between the name and the date's label
  const between = /^ *[|,·•-] *([A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3}) *[|·•] *(?:published|updated|posted)\b/i.exec(rest);
  const outlet =
    between?.[1] && (isOutletName(between[1]) || AGENCIES.has(between[1].toLowerCase())) ? between[1] : null;
  const outletAt = outlet ? span.start + name.length + rest.indexOf(outlet) : -1;
  return {
    byline: { text: name, span: { start: span.start, end: span.start + name.length } },
    agency: outlet
      ? { text: AGENCIES.get(outlet.toLowerCase()) ?? outlet, span: { start: outletAt, end: outletAt + outlet.length } }
      : null,
  };
}

/** "Written by Aigerim Tulegenova based on reporting by ...": the writer a production credit names. */
export function readWrittenBy(text: string, span: Span): Found | null {
  // ("Written by: Sanja Georgievska": a colon after the label too; "Written by N.Tsetsegmaa": an initial joined to the
  // name, as Mongolian names are written)
  // ("Story by Ines Vale. Translation by Tom Reed.": the writer first)
  const m =
    /^\s*(?:[Ww]ritten|[Cc]ompiled|[Pp]roduced|[Ss]tory|[Tt]ext|[Ww]ords|[Rr]eport|[Aa]rticle|[Ii]nterview) by:? (\p{Lu}\.\p{Lu}\p{Ll}[\p{L}'-]+|\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){1,3})/u.exec(
      text.slice(span.start, span.end),
    );
  // ("Ines Vale. Translation by ...": a stop after a word of lower-case letters ends the name, not "J.R.")
  const name = m?.[1]?.replace(/^(.*?\p{Ll}{2})\.(?: .*)?$/u, "$1");
  if (!m || !name) return null;
  const at = span.start + m[0].indexOf(name, m[0].length - (m[1] as string).length);
  return { text: name, span: { start: at, end: at + name.length } };
}

/** A lone generic credit line ("Staff Writer") under the headline, or null. */
export function readLoneCredit(text: string, span: Span): Found | null {
  const m = LONE_CREDIT.exec(text.slice(span.start, span.end));
  const name = m?.[1];
  if (!m || !name) return null;
  const at = span.start + m[0].indexOf(name);
  return { text: name, span: { start: at, end: at + name.length } };
}

/** A credit line of fields between pipes: "PTI | Mumbai | Updated: 14-07-2021 09:12 IST". */
const CREDIT_LINE =
  /^\s*([A-Za-z][\w .&-]{0,30}?)\s*\|\s*([A-Z][\w .'-]{0,40}?)\s*\|\s*(?:(?:updated|published|posted|date)\b\s*:?\s*)?(.{0,60})$/i;

/** Reads an outlet (an agency or a short capitals credit), a place and a date from a credit line. */
export function readCreditLine(
  text: string,
  span: Span,
  monthFirst: () => boolean = () => false,
): { outlet: Found | null; place: Found | null; date: FoundDate | null } | null {
  const line = text.slice(span.start, span.end);
  const m = CREDIT_LINE.exec(line);
  const [, first, second, third] = m ?? [];
  if (!m || !first || !second || third === undefined) return null;
  const dateAt = span.start + m[0].length - third.length;
  const date = findDates(text, dateAt, span.end, monthFirst)[0] ?? null;
  if (!date || date.day === null || date.year === null) return null;
  const firstAt = span.start + line.indexOf(first);
  const placeAt = span.start + line.indexOf(second, firstAt - span.start + first.length);
  // "Alok K Tripathi | TNN | Mar 14, 2002": a reporter and an agency, read as a byline (see nameSlashAgency)
  const agencyAfterName = AGENCIES.has(second.toLowerCase()) || /^[A-Z]{2,6}$/.test(second);
  if (agencyAfterName && readsAsPersonName(first) && !isOutletName(first) && !AGENCIES.has(first.toLowerCase()))
    return null;
  const outletName =
    AGENCIES.get(first.toLowerCase()) ??
    (/^[A-Z]{2,6}$/.test(first) || first.split(" ").some((w) => OUTLET_WORDS.has(w.toLowerCase())) ? first : undefined);
  const placeWords = second.split(" ");
  const placeOk = placeWords.length <= 4 && placeWords.every((w) => /^[A-Z]/.test(w) || CONNECTORS.has(w));
  return {
    outlet: outletName ? { text: outletName, span: { start: firstAt, end: firstAt + first.length } } : null,
    place: placeOk ? { text: second, span: { start: placeAt, end: placeAt + second.length } } : null,
    date,
  };
}

/** A year in Roman numerals and a comma: "MMVIII, ", "MCMXCIX, ". */
const ROMAN_YEAR = /^M{1,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}),\s*/;

/** The words of a publishing company after the title it is named after: "Media Network", "Publishing". */
const CORPORATE_TAIL = /(?:\s+(?:Media\s+Network|Publishing|Publications|International))$/i;

/**
 * The owner named in a copyright line: "© 2011 AFP" -> "AFP"; "Copyright 2016 The Associated Press."; `company`
 * when it is named as a company ("Allied Newspapers Ltd."), which is often a publisher of several titles.
 */
export function readCopyright(text: string, span: Span): (Found & { readonly company: boolean }) | null {
  const line = text.slice(span.start, span.end);
  const m = /^\s*(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*,?\s*)?/i.exec(line);
  // "© UNICEF/Chisomo Phiri": a photo's credit, agency and photographer, names no owner of the page
  if (!m || line.includes("/")) return null;
  // ("© The Bhutanese 2018.": the year after the holder's name)
  // ("© MMVIII, CBS Interactive Inc.": the year in Roman numerals, and a comma)
  const roman = ROMAN_YEAR.exec(line.slice(m[0].length))?.[0].length ?? 0;
  const start = m[0].length + roman;
  const stated = line
    .slice(start)
    .replace(/[.\s|\u2013\u2014-]*all rights reserved.*$/i, "")
    // ("© 2003 The Plain Dealer. Used with permission.": a sentence after the holder's name)
    .replace(/\.\s+(?:used|reprinted|republished|distributed)\b.*$/i, "")
    // ("© The Connexion 2009. Reproduction in whole or in part ...": a notice after the holder's name;
    // "© 2003 The Examiner, Launceston. Rural Press Limited.": the paper, then the company that publishes it)
    .replace(/\.\s+(?:\p{Lu}\p{Ll}+\s+\p{Ll}.*|\p{Lu}[\p{L}&' ]+\s(?:Ltd|Limited|Inc|Pty|plc|Group)\.?)$/u, "")
    .replace(/[.,\s|\u2013\u2014-]+$/, "")
    .replace(/,?\s+(?:19|20)\d\d$/, "");
  // "Gleaner Company (Media) Limited": the legal form and a bracketed line of business close the name
  // ("The Assam Tribune, Guwahati": the paper and the city it is published in)
  const name = stated
    .replace(
      /,?\s+(ltd|limited|inc|llc|llp|lp|plc|corp|l\.p|s\.a|sa|sarl|sas|srl|ltda|b\.v|bv|n\.v|nv|gmbh|ag|pty|s\.p\.a|spa|s\.l|oy|ab)\.?$/i,
      "",
    )
    .replace(/\s*\([^()]*\)$/, "")
    .replace(/^([^,]+),\s*(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?)$/u, (all, paper: string, city: string) =>
      gazetteer().names.get(city)?.kind === "place" ? paper : all,
    );
  if (!name || name.split(/\s+/).length > 6 || !/^[A-Z]/.test(name.replace(/^the\s+/i, ""))) return null;
  const at = span.start + start;
  // "Islands Business International", "Kathimerini Publishing": the title the company is named after, where the
  // company's words are of publishing or of reach only
  const title = name.replace(CORPORATE_TAIL, "");
  return {
    text: AGENCIES.get(name.toLowerCase()) ?? (title !== name && !/\s(?:and|&)$/i.test(title) ? title : name),
    span: { start: at, end: at + name.length },
    // a publisher's group owns many titles: the masthead names this one ("Newsquest Media Group")
    company:
      (name !== stated && !stated.startsWith(`${name},`)) ||
      /\s(?:Media|Group|Holdings|Publishing|Publications|Newspapers|Communications|Company|Corporation|Network|International)$/i.test(
        name,
      ),
  };
}

/** An agency sign-off line: "-- AFP", "(Reuters)", "AFP", "Source: Xinhua". */
export function readSignOff(text: string, span: Span): Found | null {
  const line = text.slice(span.start, span.end);
  // "Source: Al Jazeera and news agencies": the publication's own credit beside the wires
  const own =
    /^\s*[Ss]ources?:\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s*(?:and|&|,)\s*(?:news |wire )?agencies\.?\s*$/.exec(
      line,
    );
  if (own?.[1]) {
    const at = span.start + line.indexOf(own[1]);
    return { text: own[1], span: { start: at, end: at + own[1].length } };
  }
  const m = /^[\s(\-–—]*(?:source:\s*)?([A-Za-z][A-Za-z .-]{1,30}?)[\s).]*$/i.exec(line);
  const name = m?.[1] ? AGENCIES.get(m[1].toLowerCase()) : undefined;
  if (!m?.[1] || !name) return null;
  const at = span.start + line.indexOf(m[1]);
  return { text: name, span: { start: at, end: at + m[1].length } };
}
