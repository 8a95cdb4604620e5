// Reads one capitalised run left to right: known entities, demonyms and owners, titles, and the names
// they stand before. "Russian Foreign Minister Sergei Lavrov" -> person "Sergei Lavrov" with the role
// "Foreign Minister" of Russia; "NATO-Russia Council" -> one organisation; "UN-Arab League" -> two.

import { STATE_NAMES } from "../text/abbreviations.js";
import { remembered } from "../text/share.js";
import type { Candidate } from "./candidate.js";
import { type Chunk, ON_AFTER, PORTFOLIO_HOLDERS, SERVICES } from "./chunks.js";
import {
  afterMediaNoun,
  type Classification,
  classifyUnknown,
  familyNameFirst,
  isAgent,
  isOccupation,
  isPlainWord,
  isPluralWord,
  opensForeignBody,
  SAYS,
  sportBody,
} from "./classify.js";
import { DEPARTMENT_PORTFOLIOS, LEGAL_FORMS, SECTOR_WORDS } from "./data/organizations.js";
import { PLACE_OPENERS, REGION_PARTS } from "./data/places.js";
import { PORTFOLIOS, TITLE_ABBREVIATIONS } from "./data/titles.js";
import { countryOrState, factsOf } from "./facts.js";
import type { Entry, Gazetteer } from "./gazetteer.js";
import { codeAt, type Token, tokenAt } from "./tokens.js";

interface Title {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** "Detective Inspector", "Deputy Prime Minister": titles in a row make one. */
function extendTitle(prior: Title | null, next: Title): Title {
  if (!prior || prior.end + 1 < next.start) return next;
  return { text: `${prior.text} ${next.text}`, start: prior.start, end: next.end };
}

/** The words of `ts` from `from` up to `to` joined by single spaces. */
export function joinText(ts: readonly Token[], from = 0, to = ts.length): string {
  let text = "";
  for (let k = from; k < to; k++) text = k === from ? (ts[k] as Token).text : `${text} ${(ts[k] as Token).text}`;
  return text;
}

/** Whether the words from `from` up to `to`, joined by single spaces, are `text`; nothing is built to ask. */
function spells(ts: readonly Token[], from: number, to: number, text: string): boolean {
  let at = 0;
  for (let k = from; k < to; k++) {
    const word = (ts[k] as Token).text;
    if (k > from && text.charCodeAt(at++) !== 32) return false;
    if (!text.startsWith(word, at)) return false;
    at += word.length;
  }
  return at === text.length;
}

/**
 * A name's words as written: a possessive inside the name stays ("NSW Irrigators' Council", "Department of
 * Veterans' Affairs", "Potter's Cay"); the last word's possessive is the sentence's, not the name's.
 */
function nameText(ts: readonly Token[], from: number, to: number): string {
  let text = "";
  for (let k = from; k < to; k++) {
    const t = ts[k] as Token;
    // "Department for Environment, Food and Rural Affairs": a comma inside a name keeps to the word before it
    text += k === from || t.text === "," ? t.text : ` ${t.text}`;
    if (t.pluralMark && k < to - 1) text += "'";
    // "Potter's Cay": a place's name may hold a possessive
    else if (t.possessive && k < to - 1) text += "'s";
  }
  return text;
}

/** Words of direction, which open street names before a title ("South General McMullen Drive"). */
const DIRECTIONS = new Set([
  "North",
  "South",
  "East",
  "West",
  "Northeast",
  "Northwest",
  "Southeast",
  "Southwest",
  // ("Ibadan North-East", "Lagos South-West": a city's part as its local government area or constituency)
  "North-East",
  "North-West",
  "South-East",
  "South-West",
]);

/**
 * Words in brackets after a title that name the part of the force's or the service's area the office serves:
 * "DCP (South)", "Medical Officer of Health (North-East)", "SP (Rural)".
 */
const AREA_WORDS: ReadonlySet<string> = new Set([...DIRECTIONS, "Central", "Rural", "Urban", "City", "Metro"]);

/** Whether token `i` is an area's word in brackets ("(South)"): see AREA_WORDS. */
export function bracketedArea(ts: readonly Token[], i: number): boolean {
  return (
    tokenAt(ts, i - 1)?.text === "(" &&
    ts[i + 1]?.text === ")" &&
    AREA_WORDS.has((ts[i] as Token | undefined)?.text ?? "")
  );
}

/** Words that open the name of a storm: "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Alberto". */
const STORM_WORDS = new Set(["Hurricane", "Typhoon", "Cyclone", "Storm", "Superstorm", "Tropical", "Super"]);
/** Weather patterns named like people: "El Niño", "La Niña". */
const WEATHER_PATTERNS = new Set(["El Nino", "La Nina", "El Niño", "La Niña"]);

/** Whether the run from `i` names a storm or a weather pattern. */
function isWeatherName(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  const t = ts[i] as Token;
  const next = ts[i + 1];
  // "Storm Prediction Center", "Hurricane Center": a body named after storms
  if (!next || i + 1 >= to || factsOf(g, ts[to - 1] as Token).orgHead) return false;
  // (the pair is built only after the articles that open the patterns)
  if ((t.text === "El" || t.text === "La") && WEATHER_PATTERNS.has(`${t.text} ${next.text}`)) return true;
  if (!STORM_WORDS.has(t.text)) return false;
  // "Tropical Storm Alberto", "Super Typhoon Rai": the second word must be a storm word too
  if (t.text === "Tropical" || t.text === "Super") return STORM_WORDS.has(next.text) && i + 2 < to;
  return true;
}

/** The letters and names of generations after "Gen": "Gen Z", "Gen Alpha". */
const GENERATIONS = new Set(["X", "Y", "Z", "Alpha"]);

/** Lower-case nouns of local public bodies after a place's name: "West Mercia police", "Shropshire council". */
const LOCAL_BODIES: readonly (readonly string[])[] = [
  ["county", "council"],
  ["city", "council"],
  ["borough", "council"],
  ["district", "council"],
  ["council"],
  ["police"],
  ["fire", "service"],
  ["ambulance", "service"],
];
/** The first nouns of LOCAL_BODIES: most runs are followed by none of them. */
const LOCAL_BODY_OPENERS: ReadonlySet<string> = new Set(LOCAL_BODIES.map((words) => words[0] as string));

/**
 * A local body named by a place and a lower-case noun ("West Mercia police", "Worcestershire county council"),
 * from its first word to its noun, or null: the run is an unknown name, or a known region or city before a
 * council, and no title.
 */
function localBody(g: Gazetteer, ts: readonly Token[], chunk: Chunk, titleCase: boolean): [number, number] | null {
  const next = ts[chunk.to];
  if (titleCase || !next?.word || next.cap || !LOCAL_BODY_OPENERS.has(next.lower)) return null;
  const nouns = LOCAL_BODIES.find((words) => words.every((w, k) => ts[chunk.to + k]?.lower === w));
  if (!nouns) return null;
  // "The Oakland police": the article opens no name
  const from = ts[chunk.from]?.text === "The" ? chunk.from + 1 : chunk.from;
  const first = ts[from];
  if (!first || from >= chunk.to || matchTitle(g, ts, from, chunk.to) >= 0) return null;
  if (first.opener && isPlainWord(g, ts, from, chunk.to)) return null;
  // ("A police spokesman said": an article alone names no place)
  if (chunk.to - from === 1 && (first.text === "A" || first.text === "An")) return null;
  const known = matchKnown(g, ts, from, chunk.to);
  // a known city or region keeps its name before "police" ("Denver police said"): only its council is a body
  if (known && (known[1] !== chunk.to || known[0].kind !== "place" || known[0].subtype === "country")) return null;
  if (known && !nouns.includes("council")) return null;
  if (!known && chunk.to - from > 3) return null;
  return [from, chunk.to + nouns.length];
}

/** Portfolios of one word, which name a ministry in lower case after them: "the Interior ministry". */
const ONE_WORD_PORTFOLIOS: ReadonlySet<string> = new Set(PORTFOLIOS.filter((p) => !p.includes(" ")));
/**
 * Whether a portfolio of one word at `i` opens a body's name with the head word after it: "Interior Ministry
 * spokesman X said" opening a sentence, whose first word's capital would otherwise say nothing; or with a
 * country's name, which closes it ("Environment Canada").
 */
/**
 * The end of a sector's national body from `i` ("Retail NZ", "Local Government NSW"): one or two words of a sector
 * and a country's or a state's name; -1 if none.
 */
export function sectorBodyEnd(g: Gazetteer, ts: readonly Token[], i: number, to: number): number {
  for (let k = i + 1; k < to && k <= i + 2; k++) {
    if (!SECTOR_WORDS.has((ts[k - 1] as Token).text)) return -1;
    const place = factsOf(g, ts[k] as Token).entry;
    if (place?.kind === "place" && (place.subtype === "country" || place.subtype === "region") && !ts[k]?.possessive)
      return k + 1;
  }
  return -1;
}

function opensPortfolioBody(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  const head = ts[i + 1];
  if (i + 1 >= to || head === undefined) return false;
  const word = (ts[i] as Token).text;
  // ("Environment Canada issued a warning": a department's portfolio and the country's name alone)
  if (i + 2 === to && DEPARTMENT_PORTFOLIOS.has(word) && factsOf(g, head).entry?.subtype === "country") return true;
  if (sectorBodyEnd(g, ts, i, to) === to) return true;
  return ONE_WORD_PORTFOLIOS.has(word) && g.orgHeads.has(head.text);
}

/** Titles of local offices, whose owner named before them is the place they govern. */
const LOCAL_OFFICES = new Set([
  "mayor",
  "governor",
  "reeve",
  "dzongdag",
  "gup",
  "tahsildar",
  "sarpanch",
  "collector",
  "premier",
]);

/** Words that count or pick out, which open no body's name: "Most Labour Party members", "Several Army units". */
const QUANTIFIERS = new Set([
  "most",
  "some",
  "many",
  "several",
  "all",
  "both",
  "each",
  "every",
  "few",
  "other",
  "these",
  "those",
  "such",
  "two",
  "three",
  "four",
  "five",
  "no",
  "any",
  "more",
]);

/**
 * Whether the ordinary word at `i` opens a body's name of three words or more that its head word closes: "Post
 * Office Counters Ltd" (a firm's legal form, whatever comes first), "Emergency Medical Services met the vessel"
 * (not after a word that counts or picks out, "Most Labour Party members", nor one "and" joins to the name,
 * "Soldiers and National Guard troops").
 */
function opensBodyName(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  if (to - i < 3) return false;
  const head = (ts[to - 1] as Token).text;
  if (COMPANY_FORMS.has(head)) return true;
  return g.orgHeads.has(head) && !QUANTIFIERS.has((ts[i] as Token).lower) && ts[i + 1]?.text !== "and";
}

/** Words of portfolios, and the nouns that close them: "Water Resources", "Foreign Affairs", "Home Department". */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  ...PORTFOLIOS.flatMap((p) => p.split(" ")),
  "Affairs",
  "Resources",
  "Relations",
  "Department",
  "Protection",
  "Services",
  "Change",
  "Cooperation",
  "Administration",
  "Reform",
  "Welfare",
  "Safety",
  "Trade",
  "Investment",
  "Enterprise",
  "Enterprises",
  "Innovation",
  "Technology",
  "Heritage",
  "Arts",
  "Rural",
  "Urban",
  "Regional",
  "National",
  "Natural",
  "Human",
  "Public",
  "Foreign",
  "Internal",
  "External",
  "International",
  "Economic",
  "Social",
  "Cabinet",
  "Office",
  // "Mines and Minerals Development", "Gender and Child Development", "Livestock and Fisheries"
  "Minerals",
  "Mineral",
  "Sport",
  "Wildlife",
  "Sanitation",
  "Irrigation",
  "Livestock",
  "Gender",
  "Employment",
  "Broadcasting",
  "Shipping",
  "Ports",
  "Railways",
  "Community",
  "Citizenship",
  "Indigenous",
  "Children",
  "Child",
  "Disability",
  "Religious",
  "Marine",
  "Electricity",
  "Cooperatives",
  "Co-operatives",
  "Tertiary",
  "Higher",
  "Vocational",
  "Training",
  "Skills",
  "Territories",
  "Correctional",
  "Care",
]);

/** "the Interior ministry said": a portfolio and a lower-case "ministry" or "department" are the ministry. */
function portfolioBody(ts: readonly Token[], chunk: Chunk): [number, number] | null {
  const from = ts[chunk.from]?.text === "The" ? chunk.from + 1 : chunk.from;
  const next = ts[chunk.to];
  if (chunk.to - from !== 1 || !ONE_WORD_PORTFOLIOS.has(ts[from]?.text ?? "") || !next) return null;
  return next.lower === "ministry" || next.lower === "department" ? [from, chunk.to + 1] : null;
}

/**
 * A body named for the office it serves, from its head word to the title that closes the chunk: "the Office of
 * the Labour Commissioner", "Office of the Prime Minister" (a title there holds no name after it).
 */
function officeOfTitle(g: Gazetteer, ts: readonly Token[], chunk: Chunk): [number, number] | null {
  const from = ts[chunk.from]?.text === "The" ? chunk.from + 1 : chunk.from;
  if (!g.orgOfHeads.has(ts[from]?.text ?? "") || ts[from + 1]?.text !== "of" || ts[from + 2]?.text !== "the")
    return null;
  for (let k = from + 3; k < chunk.to; k++) if (matchTitle(g, ts, k, chunk.to) === chunk.to) return [from, chunk.to];
  return null;
}

/**
 * Plurals after a place's name that name its people or its parties' members, not a team ("Ohio Democrats"), and
 * landforms that are no place head ("Florida Keys"); place and body heads ("Islands", "Forces") are asked apart.
 */
const PLACE_PEOPLE =
  /^(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Nationalists|Unionists|Loyalists|Muslims|Christians|Jews|Catholics|Protestants|Sunnis|Shiites|Kurds|Arabs|Residents|Voters|Farmers|Workers|Students|Officials|Troops|Lakes|Keys|Downs|Flats|Sands|Woods)$/;

/**
 * The end of a team's name at `i`: after "the", a city's or region's name and one capitalised plural that closes
 * the run ("the Saskatchewan Huskies", "the Toronto Raptors"), not a place's people, parties or landforms; or -1.
 */
function teamEnd(
  g: Gazetteer,
  ts: readonly Token[],
  i: number,
  to: number,
  known: readonly [Entry, number] | null,
): number {
  if (known?.[0].kind !== "place" || (known[0].subtype !== "city" && known[0].subtype !== "region")) return -1;
  if (known[1] !== to - 1 || tokenAt(ts, i - 1)?.lower !== "the") return -1;
  const last = ts[to - 1] as Token;
  if (!last.cap || last.caps || last.possessive || !/^\p{Lu}\p{Ll}{2,}s$/u.test(last.text)) return -1;
  if (PLACE_PEOPLE.test(last.text) || g.orgHeads.has(last.text) || g.placeHeads.has(last.text)) return -1;
  return factsOf(g, last).entry === undefined && !factsOf(g, last).demonym ? to : -1;
}

/** Services whose districts are public bodies: "School District", "Water District", "Fire District". */
const SERVICE_WORDS = new Set([
  "School",
  "Water",
  "Fire",
  "Park",
  "Parks",
  "Library",
  "Irrigation",
  "Sewer",
  "Transit",
  "Utility",
  "Hospital",
  "Sanitation",
  // "Western NSW Local Health District"
  "Health",
  "Drainage",
  "Conservation",
]);

/** Legal forms that close a company's name: "Siemens AG", "Volvo AB", "Google LLC". */
const COMPANY_FORMS: ReadonlySet<string> = new Set(LEGAL_FORMS);

/** A party and state tag: "R-Texas". */
const PARTY_TAG = /^[DRI]-(\p{Lu}\p{Ll}+)$/u;

/** Heads of units named after ordinary words as often as not: "Carbon County", "Union Parish", "Lake District". */
const COUNTY_HEADS = new Set(["County", "Parish", "Township", "Borough", "District", "Province"]);

/** Combining forms of peoples' names: the "Anglo" of "Anglo-Australian", the "Sino" of "Sino-Russian". */
const COMBINING_FORMS = new Set([
  "Anglo",
  "Franco",
  "Sino",
  "Indo",
  "Russo",
  "Afro",
  "Austro",
  "Italo",
  "Greco",
  "Euro",
]);

/**
 * The demonym that closes a compound of peoples' names, "Anglo-Australian", "Swiss-Swedish", which tells whose a
 * company is rather than naming it.
 */
function compoundDemonym(g: Gazetteer, text: string): string | undefined {
  if (!text.includes("-")) return undefined;
  const parts = text.split("-");
  const last = g.demonyms.get(parts[parts.length - 1] as string);
  if (!last || parts.length < 2) return undefined;
  return parts.slice(0, -1).every((p) => COMBINING_FORMS.has(p) || g.demonyms.has(p)) ? last : undefined;
}

/** Words that join a name to the father's: "bin", "binti", "ibn". */
const PATRONYM_LINKS = new Set(["bin", "binti", "bte", "bt", "ibn", "bint"]);

/** Offices named with their district's town after them: "Deputy Commissioner Peshawar", "SSP Kandy", "DC Sylhet". */
export const DISTRICT_OFFICE =
  /(?:^|\s)(?:Commissioner|Superintendent|Collector|Magistrate|SSP|SP|DC|DCO|DIG|DPO|CPO|RPO|SHO|ASP|Inspector General|(?:Coordination|Police|District|Health) Officer)$/;

/** Months that are also surnames: "May" of Theresa May. */
const SURNAME_MONTHS = new Set(["May", "June", "August"]);

/** A title as a role: abbreviations spelled out ("Lt. Gov." -> "Lieutenant Governor"). */
const spellTitle = (title: string) =>
  title
    .split(" ")
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(" ");

/**
 * A title spelled out, kept for the titles met before. A role is read a couple of times an article, too seldom
 * for the split, the lookups and the join to be compiled: each took microseconds, where the same few dozen
 * titles come back every article.
 */
const roleTitle = remembered(spellTitle, 5_000);

/** The longest known name starting at `i` (not past `to`), as [entry, end index]. */
export function matchKnown(g: Gazetteer, ts: readonly Token[], i: number, to: number): [Entry, number] | null {
  const t0 = ts[i];
  if (!t0 || i >= to) return null;
  // "Sainsbury's", "McDonald's": a name written with a possessive's mark, which the word gives up
  if (t0.possessive) {
    const e = g.possessiveNames.get(t0.text);
    if (e) return [e, i + 1];
  }
  // most words start no name: the first word's facts answer for it, and for the name of one word
  const first = factsOf(g, t0);
  if (!first.nameStart || (!t0.word && t0.text !== "&")) return null;
  // "US$500", "NZ$40": a country's letters before the dollar sign name its currency
  const next = ts[i + 1];
  if (next?.text === "$" && next.start === t0.end) return null;
  let best: [Entry, number] | null = first.entry ? [first.entry, i + 1] : null;
  if (t0.possessive || !first.prefix) return best;
  // the phrase grows down the tree of names' words: its node holds the name it spells, and the words after it
  let node = g.nameTree.get(t0.text);
  for (let j = i + 1; j < to && j - i < g.maxTokens && node?.next; j++) {
    const t = ts[j] as Token;
    if (!t.word && t.text !== "&") break;
    node = node.next.get(t.text);
    if (!node) break;
    if (node.entry) best = [node.entry, j + 1];
    if (t.possessive || !node.next) break;
  }
  return best;
}

/**
 * The end of a title that a field's word or two open before an office's head word ("Procurement Officer Sahr
 * Tengbeh", "The MFA's Integrity Officer, Stephen Cachia", "Environmental Health Officer"), or -1.
 */
function fieldTitleEnd(g: Gazetteer, ts: readonly Token[], i: number, to: number): number {
  if (!fieldWord(g, ts[i])) return -1;
  if (FIELD_TITLE_HEADS.has(ts[i + 1]?.text ?? "")) return matchListedTitle(g, ts, i + 1, to);
  return FIELD_TITLE_HEADS.has(ts[i + 2]?.text ?? "") && fieldWord(g, ts[i + 1])
    ? matchListedTitle(g, ts, i + 2, to)
    : -1;
}

/** The longest title starting at `i` (case-insensitive), as its end index. */
export function matchTitle(g: Gazetteer, ts: readonly Token[], i: number, to: number): number {
  const whole = matchListedTitle(g, ts, i, to);
  if (whole > 0) {
    // ("Chief Environmental Health Officer": a rank that is a title alone, before a field's title)
    const ranked = whole === i + 1 && TITLE_RANKS.has((ts[i] as Token).text) ? fieldTitleEnd(g, ts, i + 1, to) : -1;
    return Math.max(whole, ranked);
  }
  const field = fieldTitleEnd(g, ts, i, to);
  if (field > 0) return field;
  // "Head of Compliance Tunde Olaniyan", "INEC's Head of Voter Education, X": "Head" is a title before "of" and
  // its field ("Koko Head" is a headland)
  if (ts[i]?.text === "Head" && ts[i + 1]?.text === "of" && ts[i + 2]?.cap && i + 2 < to) return i + 1;
  // "Councilors Pete Lucero and Ken Sanchez", "Senators John Ruiz and ...": a title in the plural before a given name
  // (a full name after it: "Kings North" is a riding; the cheap tests first, as titles are looked for everywhere)
  const t = ts[i];
  if (
    t?.cap &&
    i + 2 < to &&
    (ts[i + 2] as Token).cap &&
    t.text.endsWith("s") &&
    factsOf(g, ts[i + 1] as Token).given &&
    !factsOf(g, ts[i + 1] as Token).titleStart &&
    g.titles.has(t.lower.slice(0, -1))
  )
    return i + 1;
  // "Vice Foreign Minister", "Second Vice Foreign Minister", "Acting Police Chief", "County Commissioner",
  // "general manager": a rank or a scope before a title
  let j = i;
  while (j < i + 3 && isTitleRank(ts, j)) j++;
  if (j === i) return -1;
  // ("Ohio Department of Emergency Management Director": capitalised words after "of" end a body's name)
  let k = i - 1;
  while (k >= 0 && (ts[k] as Token).cap && !(ts[k] as Token).possessive) k--;
  return tokenAt(ts, k)?.text === "of" ? -1 : matchListedTitle(g, ts, j, to);
}

/**
 * Words of rank or scope that may stand before any title as part of it, capitalised; "Pol" of Thai police ranks
 * ("Pol Maj Gen").
 */
const TITLE_RANKS = new Set([
  "Vice",
  "Deputy",
  "Acting",
  "Interim",
  "First",
  "Second",
  "Senior",
  "Assistant",
  "Associate",
  "Pol",
  "Chief",
  "Head",
  "Honorary",
  "General",
  "Executive",
  "Managing",
  "Principal",
  "Returning",
  "Presiding",
  "Regional",
  "National",
  "Parliamentary",
  "County",
  "Ward",
  "District",
  "Provincial",
  "Joint",
  // "Special Judge", "Additional Public Prosecutor", "Resident District Commissioner", "Program Manager"
  "Special",
  "Additional",
  "Resident",
  "Program",
  "Programme",
  "Project",
  // the office's field or seat: "Town Manager", "Police Commander", "Public Relations Officer", "Emergency
  // Management Director", "District Medical Officer", "Group Managing Director", "Board secretary"
  "Town",
  "City",
  "State",
  "Municipal",
  "Police",
  "Circle",
  "Group",
  "Board",
  "Medical",
  "Health",
  "Emergency",
  "Management",
  "Public",
  "Relations",
  "Sector",
  "Zonal",
  "Divisional",
  "Station",
]);
/** The ranks that qualify a title in lower case too ("returning officer", "chief coach", "honorary secretary"). */
const LOWER_RANKS: ReadonlySet<string> = new Set(
  [...TITLE_RANKS].filter((w) => w !== "First" && w !== "Second" && w !== "Pol").map((w) => w.toLowerCase()),
);

/** Words of scope among the ranks, which after a capitalised word end a place's name: "Hennepin County Attorney". */
const SCOPES = new Set(["county", "ward", "district", "provincial", "regional", "national"]);

/** Nouns and adjectives of the unit an office serves, which the office's title names: "County Attorney". */
const UNIT_WORDS = new Set(
  (
    "County District Ward Regional Provincial Province Region State Municipal Municipality Council Police " +
    "Barangay Upazila Parish City Town Village Island Ministry Department Party National"
  ).split(" "),
);

/**
 * A title with the words of the unit it serves written just before it, after the unit's own name: "County
 * Attorney" in "Hennepin County Attorney X", "Regional Police Commander" in "Geita Regional Police Commander
 * X", "Interior Ministry spokesman" (a portfolio and its ministry, with no name of their own).
 */
function scopedTitle(ts: readonly Token[], name: number, title: Title): string {
  const text = roleTitle(title.text);
  let k = name - 1;
  while (k > 0 && (ts[k] as Token).start > title.start) k--;
  return (ts[k] as Token).start === title.start ? titleInItsUnit(ts, k, text, true) : text;
}

/**
 * `title`, which starts at token `k`, with the words of its unit before it when `units` ("County" in "Hennepin
 * County Attorney"), and "former" when the words before say it is held no longer ("Former Foreign Minister X").
 */
export function titleInItsUnit(ts: readonly Token[], k: number, title: string, units: boolean): string {
  const from = units ? unitWordsBefore(ts, k, title) : k;
  const scoped = from < k ? `${joinText(ts, from, k)} ${title}` : title;
  return tokenAt(ts, from - 1)?.lower === "former" ? `former ${scoped}` : scoped;
}

/**
 * The first of the capitalised words of a unit (and its portfolio) that end just before token `k` and end with
 * a unit's noun ("County", "Interior Ministry"), or of a portfolio before a minister's `title`, or `k` if there
 * are none.
 */
export function unitWordsBefore(ts: readonly Token[], k: number, title?: string): number {
  const before = tokenAt(ts, k - 1)?.text ?? "";
  // ("Public Enterprises Minister", "Rural Development Minister": a portfolio's words before a minister's title)
  if (!UNIT_WORDS.has(before) && !(title !== undefined && MINISTERIAL.test(title) && PORTFOLIO_WORDS.has(before)))
    return k;
  let from = k;
  for (let t = ts[from - 1]; t?.cap && !t.possessive && (UNIT_WORDS.has(t.text) || PORTFOLIO_WORDS.has(t.text)); ) {
    from--;
    t = ts[from - 1];
  }
  return from;
}

/** Whether tokens `[i, end)` are only the capitalised words of a unit: "State", "National", "County". */
function onlyUnitWords(ts: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const t = ts[k] as Token;
    if (t.possessive || !UNIT_WORDS.has(t.text)) return false;
  }
  return true;
}

/** Whether tokens `[i, end)` are only a portfolio's words before a minister's title at `end`. */
function portfolioOfMinister(g: Gazetteer, ts: readonly Token[], i: number, end: number, to: number): boolean {
  for (let k = i; k < end; k++) {
    const t = ts[k] as Token;
    if (t.possessive || !(PORTFOLIO_WORDS.has(t.text) || (t.text === "and" && k > i))) return false;
  }
  const te = titleEndAt(g, ts, end, to, end);
  return te > end && MINISTERIAL.test(joinText(ts, end, te));
}

/** Titles whose portfolio may stand before them in capitals: "Development Minister", "Minister". */
const MINISTERIAL = /(?:^|\s)(?:Minister|Secretary)$/;

/** Whether token `i` is a rank or scope word that may stand before a title as part of it. */
export function isTitleRank(ts: readonly Token[], i: number): boolean {
  const t = ts[i];
  // ("the board's general manager": an owner is no rank)
  if (!t || t.possessive || !(TITLE_RANKS.has(t.text) || LOWER_RANKS.has(t.text))) return false;
  const before = tokenAt(ts, i - 1);
  // "Malaita Provincial Police Commander": a force named by its scope ends its name, before the title
  if (t.lower === "police") return !(before?.cap && SCOPES.has(before.lower));
  // "Water Board Chairman", "Tata Group Chairman": a body's head word after a word of its name ends the name
  // ("NDC Board Chairman", "the board's chairman": after initials or an owner it is the title's)
  if ((t.text === "Board" || t.text === "Group") && before?.cap && before.word && !before.possessive && !before.caps)
    return false;
  // ("NDMA's regional coordinator": an owner's possessive ends no place's name; "the NDC Regional Chairman": nor
  // does a body's initials)
  return !SCOPES.has(t.lower) || !before?.cap || before.possessive || (before.caps && before.text.length > 1);
}

function matchListedTitle(g: Gazetteer, ts: readonly Token[], i: number, to: number): number {
  const t0 = ts[i];
  if (!t0 || !factsOf(g, t0).titleStart) return -1;
  let text = "";
  let best = -1;
  for (let j = i; j < to && j - i < g.maxTitleTokens; j++) {
    const t = ts[j] as Token;
    if (!t.word) break;
    text = j === i ? t.lower : `${text} ${t.lower}`;
    if (g.titles.has(text)) best = j + 1;
    if (t.possessive || !g.titlePrefixes.has(text)) break;
  }
  return best;
}

/** Heads of the names of places of learning that may take their city's name after them. */
const COLLEGE_HEADS: ReadonlySet<string> = new Set(["College", "University", "Polytechnic", "Institute"]);

/**
 * Where a college's name starts in `chunk` when the chunk is a college's name and the known city after its head
 * word ("Trinity College Dublin", "University College London"), or -1.
 */
function collegeInCity(g: Gazetteer, ts: readonly Token[], chunk: Chunk): number {
  const from = (ts[chunk.from] as Token).text === "The" ? chunk.from + 1 : chunk.from;
  if (chunk.to - from < 3) return -1;
  const city = ts[chunk.to - 1] as Token;
  const head = ts[chunk.to - 2] as Token;
  if (!COLLEGE_HEADS.has(head.text) || head.possessive || factsOf(g, city).entry?.subtype !== "city") return -1;
  for (let k = from; k < chunk.to - 2; k++) if ((ts[k] as Token).possessive || !(ts[k] as Token).cap) return -1;
  return from;
}

/** Styles that some people bear as their first name: "Sheikh Hasina". */
const STYLES_AS_NAMES: ReadonlySet<string> = new Set(["Sheikh", "Shaikh"]);

/** A candidate as it is built: its fields are set after it is made. */
type Built = { -readonly [K in keyof Candidate]: Candidate[K] };

/**
 * A candidate for the words `from` up to `to` with every field at its default (an unknown name, as written), for
 * the caller to set what it knows. One object literal with every field: all candidates share one hidden class.
 * (A bag of optional fields read here instead came in a dozen shapes, and each of its fields was a megamorphic
 * read.)
 */
function makeCandidate(ts: readonly Token[], from: number, to: number, paragraph: number, text?: string): Built {
  const first = ts[from] as Token;
  const last = ts[to - 1] as Token;
  return {
    start: first.start,
    end: last.end,
    text: text ?? (to - from === 1 ? first.text : nameText(ts, from, to)),
    kind: "unknown",
    subtype: null,
    entry: null,
    via: "name",
    role: null,
    gender: null,
    personish: false,
    agent: false,
    paragraph,
    describes: undefined,
    placeish: undefined,
    surnameOnly: undefined,
  };
}

/** A candidate of a kind and subtype. */
export function kindCandidate(
  ts: readonly Token[],
  from: number,
  to: number,
  paragraph: number,
  kind: Candidate["kind"],
  subtype: Candidate["subtype"],
  agent = false,
): Built {
  const c = makeCandidate(ts, from, to, paragraph);
  c.kind = kind;
  c.subtype = subtype;
  c.agent = agent;
  return c;
}

/** A candidate for the known name `e`, written as `via` says. */
export function knownCandidate(
  ts: readonly Token[],
  from: number,
  to: number,
  paragraph: number,
  e: Entry,
  via: Candidate["via"],
  agent = false,
): Built {
  const c = kindCandidate(ts, from, to, paragraph, e.kind, e.subtype, agent);
  c.entry = e;
  c.via = via;
  // "Sainsbury's": the possessive's mark the word gave up is of the name
  const last = ts[to - 1] as Token;
  if (last.possessive && e.name.endsWith("'s") && !c.text.endsWith("'s")) {
    c.text = `${c.text}${last.caps ? "'S" : "'s"}`;
    c.end = last.end + 2;
  }
  return c;
}

/**
 * "Paterson, N.J.", "Fresno, Calif.", "Regina, Sask.": a state's or a province's abbreviation with its stop after a
 * town and a comma names the state, as its entry and the token's end; else null.
 */
function abbreviatedState(g: Gazetteer, ts: readonly Token[], i: number): [Entry, number] | null {
  const t = ts[i] as Token;
  if (!t.text.endsWith(".") || tokenAt(ts, i - 1)?.text !== "," || !tokenAt(ts, i - 2)?.cap) return null;
  const name = STATE_NAMES.get(t.text.replace(/\./g, "").toLowerCase());
  const e = name === undefined ? undefined : g.names.get(name);
  return e?.kind === "place" ? [e, i + 1] : null;
}

/** Sets on `c` what `classifyUnknown` made of its words. */
function setClassified(c: Built, found: Classification): void {
  c.kind = found.kind ?? "unknown";
  c.subtype = found.subtype !== undefined ? found.subtype : null;
  c.via = found.via ?? "name";
  c.gender = found.gender !== undefined ? found.gender : null;
  c.personish = found.personish ?? false;
  c.placeish = found.placeish ? true : undefined;
}

/**
 * The end of a minister's or secretary's title after a portfolio of two parts that opens at `i` ("Mines and
 * Minerals Development Minister"), or -1.
 */
function portfolioTitleEnd(g: Gazetteer, ts: readonly Token[], i: number, to: number): number {
  if (!PORTFOLIO_WORDS.has((ts[i] as Token).text)) return -1;
  let k = i;
  let and = false;
  while (k < to && (PORTFOLIO_WORDS.has((ts[k] as Token).text) || (!and && (ts[k] as Token).text === "and"))) {
    and ||= (ts[k] as Token).text === "and";
    k++;
  }
  if (!and || k >= to) return -1;
  const held = matchTitle(g, ts, k, to);
  return held > 0 && PORTFOLIO_HOLDERS.has((ts[held - 1] as Token).lower) ? held : -1;
}

/**
 * The title's end at `i`, or -1 when the word is a surname there: "Martin Luther King Jr." (a name and a
 * generational suffix right after it), "Jordan's King Abdullah" stays a title.
 */
/** Events named after their host: "Olympics" of "the Rio Olympics", "World Cup" of "the Qatar World Cup". */
const HOSTED_EVENTS: readonly (readonly string[])[] = [
  ["Olympics"],
  ["Olympic", "Games"],
  ["Paralympics"],
  ["Paralympic", "Games"],
  ["Games"],
  ["Commonwealth", "Games"],
  ["Asian", "Games"],
  ["World", "Cup"],
  ["Expo"],
  ["Grand", "Prix"],
  ["Marathon"],
];

/** The end of an event named after its host at `k` ("Olympics", "World Cup"), or -1. */
function hostedEventEnd(ts: readonly Token[], k: number, to: number): number {
  for (const words of HOSTED_EVENTS) {
    if (k + words.length > to) continue;
    if (
      words.every(
        (w, n) => (ts[k + n] as Token).text === w && !(n < words.length - 1 && (ts[k + n] as Token).possessive),
      )
    )
      return k + words.length;
  }
  return -1;
}

/** Malay styles that stand inside a name, before the father's: "Awang Ismail Awang Damit". */
const INNER_STYLES = new Set(["Awang", "Dayang", "Abang", "Pengiran"]);

function titleEndAt(g: Gazetteer, ts: readonly Token[], i: number, to: number, from: number): number {
  // ("Mohd Yusri bin Haji Abdullah": a father's style after "bin" is part of the name)
  if (PATRONYM_LINKS.has(tokenAt(ts, i - 1)?.lower ?? "")) return -1;
  // ("Awang Ismail Awang Damit": a Malay style after a name word is the father's, of the name)
  const prev = tokenAt(ts, i - 1);
  if (
    i > from + 1 &&
    INNER_STYLES.has((ts[i] as Token).text) &&
    prev?.cap &&
    ts[i - 2]?.cap &&
    prev.word &&
    !prev.possessive &&
    !g.titles.has(prev.lower) &&
    ts[i + 1]?.cap
  )
    return -1;
  // ("Kelvin Tan Eng Hock": a style that is also a syllable of Chinese and Burmese names, inside a name)
  if (i > from && SYLLABLE_STYLES.has((ts[i] as Token).text) && prev?.cap && prev.word && !prev.possessive) return -1;
  const te = matchTitle(g, ts, i, to);
  if (te < 0) {
    const held = portfolioTitleEnd(g, ts, i, to);
    if (held > 0) return held;
  }
  // ("Martin Luther King, Jr.": the suffix after a comma)
  const suffix = ts[te]?.text === "," ? ts[te + 1] : ts[te];
  if (te > 0 && i > from && te < to && g.suffixes.has(suffix?.text ?? "") && (ts[i - 1] as Token).cap) return -1;
  // "Gen Z", "Gen X": a letter alone is no name after a title
  if (te > 0 && te === to - 1 && (ts[te] as Token).text.length === 1) return -1;
  return te;
}

/** Styles without a stop that are also syllables of names: "Eng" ("Tan Eng Hock"), "Daw". */
const SYLLABLE_STYLES: ReadonlySet<string> = new Set(["Eng", "Daw"]);

/**
 * A title's end with the portfolio it names after "of" or "for": "Minister of Foreign Affairs Sergei
 * Lavrov" has the title "Minister of Foreign Affairs". The portfolio runs to the first given name, or past
 * its own words to two capitalised words more; a known place or organisation after "of" ("President of Russia")
 * is left to name the title's owner.
 */
function portfolioEnd(g: Gazetteer, ts: readonly Token[], titleEnd: number, to: number): number {
  // most words open no title: `ts[-1]` is not asked (see `tokenAt`)
  if (titleEnd < 0) return titleEnd;
  const of = ts[titleEnd];
  // "Minister for the Environment": the article before the portfolio
  const the = ts[titleEnd + 1]?.text === "the" ? 1 : 0;
  const first = ts[titleEnd + 1 + the];
  if (
    titleEnd + 1 + the >= to ||
    !of ||
    (of.text !== "of" && of.text !== "for") ||
    !first?.cap ||
    factsOf(g, first).entry !== undefined
  )
    return titleEnd;
  const start = titleEnd + 1 + the;
  let k = start;
  while (k < to) {
    const t = ts[k] as Token;
    const next = ts[k + 1];
    if (t.cap) {
      // ("Minister of Land Affairs Derek Hanekom": a portfolio's first word that is also a given name opens it)
      // ("Minister for Port Affairs Faisal Nouri": so is one that a portfolio's word follows)
      const opens =
        k === start && next?.cap === true && (PORTFOLIO_WORDS.has(t.text) || PORTFOLIO_WORDS.has(next.text));
      // ("Acting Director of Marine at the Marine Department": a given name alone after "of", with no more names
      // after it, is the portfolio's word)
      if (factsOf(g, t).given && !opens && (k > start || next?.cap)) break;
      // "Petroleum Resources Diezani Alison-Madueke": past a portfolio's words, two or more capitalised words
      // are the holder's name
      if (k > start && !PORTFOLIO_WORDS.has(t.text) && next?.cap) break;
      k++;
    } else if ((t.text === "and" || t.text === "&") && next?.cap && PORTFOLIO_WORDS.has(next.text)) k++;
    else break;
  }
  return k;
}

/** Whether a body's head word stands among the `n` capitalised words from `from` ("Players Association"). */
function headWithin(g: Gazetteer, ts: readonly Token[], from: number, to: number, n: number): boolean {
  for (let k = from; k < to && k < from + n; k++) {
    const t = ts[k] as Token;
    if (!t.cap) return false;
    if (factsOf(g, t).orgHead) return true;
  }
  return false;
}

/**
 * The end of a country's or a state's name that starts at `i` ("Zambia", "South Africa", "Papua New Guinea"), or
 * -1.
 */
export function countryNameEnd(g: Gazetteer, ts: readonly Token[], i: number, to = ts.length): number {
  const whole = matchKnown(g, ts, i, to);
  if (whole && whole[0].kind === "place" && (whole[0].subtype === "country" || whole[0].subtype === "region"))
    return whole[1];
  return countryOrState(g, ts[i] as Token) ? i + 1 : -1;
}

/** Particles inside Spanish, Portuguese and Italian place names: "del Sur", "do Sul", "de la Frontera". */
const PLACE_PARTICLES = new Set(["del", "de", "do", "da", "dos", "das", "di", "della"]);

/** The end of a particle and a capitalised word after token `end` of a place's name, or -1. */
function placeParticleEnd(ts: readonly Token[], end: number, to: number): number {
  const p = ts[end];
  return p && end + 1 < to && PLACE_PARTICLES.has(p.text) && ts[end + 1]?.cap ? end + 2 : -1;
}

/**
 * "Neighbouring South Africa", "Landlocked Malawi", "Drought-hit Malawi": a participle or a hyphened adjective
 * opening the sentence before a known name describes it and is no part of it.
 */
function describesKnown(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  const t = ts[i] as Token;
  if (i + 1 >= to || t.caps || factsOf(g, t).given || factsOf(g, t).entry !== undefined) return false;
  if (!/^\p{Lu}\p{Ll}+(?:ing|ed)$|^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t.text)) return false;
  return matchKnown(g, ts, i + 1, to) !== null;
}

/** Turns one chunk into candidates. Leading sentence openers that are common words are dropped. */
/** Prefixes of ships' names: "MV Exuma Pride", "HMS Queen Elizabeth", "USS Carl Vinson". */
const VESSEL_PREFIXES = new Set("MV M/V MS MT MY SS RMS HMS HMAS HMCS HMNZS USS USNS INS PNS FV RV SY".split(" "));
/** Nouns of ships before their names: "the mailboat Exuma Pride", "the cruise ship Diamond Princess". */
const VESSEL_NOUNS = new Set(
  "ship vessel ferry mailboat boat tanker freighter trawler yacht liner barge tug tugboat dhow cutter frigate destroyer submarine schooner catamaran steamer dredger".split(
    " ",
  ),
);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her"]);

/**
 * Whether a run is a ship's name, which names no actor: it opens with a ship's prefix ("MV Exuma Pride"), or a
 * ship's noun after a determiner stands right before it ("the mailboat Exuma Pride", "the cruise ship X").
 */
function isVessel(ts: readonly Token[], chunk: Chunk): boolean {
  const first = ts[chunk.from] as Token;
  if (chunk.to - chunk.from >= 2 && VESSEL_PREFIXES.has(first.text)) return true;
  const noun = tokenAt(ts, chunk.from - 1);
  if (!noun?.word || noun.cap || !VESSEL_NOUNS.has(noun.lower)) return false;
  const d1 = tokenAt(ts, chunk.from - 2);
  const d2 = tokenAt(ts, chunk.from - 3);
  return DETERMINERS.has(d1?.lower ?? "") || (!!d1?.word && !d1.cap && DETERMINERS.has(d2?.lower ?? ""));
}

export function segmentChunk(
  g: Gazetteer,
  ts: readonly Token[],
  chunk: Chunk,
  paragraph: number,
  titleCase = false,
  speaking?: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  let i = chunk.from;
  const to = chunk.to;
  if (isVessel(ts, chunk)) return out;
  // ("HH the Amir", "HE the Minister", "Her Majesty the Queen": a style alone names no one)
  const styleFrom = ts[chunk.from]?.text === "The" ? chunk.from + 1 : chunk.from;
  if (to - styleFrom <= 3 && g.bareHonorifics.has(joinText(ts, styleFrom, to))) return out;
  const body = titleCase
    ? null
    : (portfolioBody(ts, chunk) ?? localBody(g, ts, chunk, titleCase) ?? officeOfTitle(g, ts, chunk));
  if (body) return [kindCandidate(ts, body[0], body[1], paragraph, "organization", "government", isAgent(ts, body[1]))];
  // "Trinity College Dublin", "Imperial College London": a college named with the city it stands in
  const college = titleCase ? -1 : collegeInCity(g, ts, chunk);
  if (college >= 0) return [kindCandidate(ts, college, to, paragraph, "organization", null, isAgent(ts, to))];
  // a demonym or a known owner before a title: "Russian Foreign Minister", "NATO Secretary General"
  // "Jordan's King Abdullah": a known possessive just before the run owns its title
  const before = tokenAt(ts, chunk.from - 1);
  const ownerEntry = before?.possessive ? factsOf(g, before).entry : undefined;
  let owner: string | null = ownerEntry && ownerEntry.kind !== "person" ? ownerEntry.name : null;
  let title: Title | null = null;
  // "told The Arizona Republic": a capital "The" inside a sentence opens the name of a title or an organisation
  const first = ts[chunk.from] as Token;
  if (
    first.text === "The" &&
    !first.opener &&
    to - chunk.from >= 2 &&
    matchTitle(g, ts, chunk.from + 1, to) < 0 &&
    !matchKnown(g, ts, chunk.from, to)
  ) {
    const known = matchKnown(g, ts, chunk.from + 1, to);
    if (
      !known ||
      (known[1] < to && !g.orgHeads.has((ts[to - 1] as Token).text) && !g.placeHeads.has((ts[to - 1] as Token).text))
    ) {
      const media = g.mediaHeads.has((ts[to - 1] as Token).text);
      if (!known || to - chunk.from > 2)
        return [
          kindCandidate(ts, chunk.from + 1, to, paragraph, "organization", media ? "media" : null, isAgent(ts, to)),
        ];
    }
  }
  while (i < to) {
    const t = ts[i] as Token;
    // "boss Ten Hag", "De Gea": a capitalised name particle inside a sentence opens a surname
    const particle = !titleCase && !t.opener && i + 1 < to && g.particles.has(t.lower);
    // "Gov. Jan Brewer", "singer June Carter": a month that is also a given name, before a name
    // ("Jan Pronk, the UN envoy, said": at a sentence's start too, before a word that is no English word)
    const givenMonth =
      i + 1 < to &&
      factsOf(g, t).given &&
      !/^\d/.test((ts[i + 1] as Token).text) &&
      // ("the elections of Sunday October 25": a day's name before a month's is a date)
      !factsOf(g, ts[i + 1] as Token).nonName &&
      (!t.opener || !factsOf(g, ts[i + 1] as Token).common);
    // "Soldiers and National Guard troops": after a word passed over, "and" opens nothing
    if (i > chunk.from && t.text === "and" && out.length === 0 && title === null) {
      i++;
      continue;
    }
    // "The Hague", "The Gambia": a known name that opens with an article
    const knownThe = t.text === "The" && matchKnown(g, ts, i, to) !== null;
    // ("the One Bermuda Alliance's spokesperson"): "One" inside a sentence opening a body's name is of the name
    const oneBody = t.text === "One" && !t.opener && i + 2 < to && g.orgHeads.has((ts[to - 1] as Token).text);
    if (
      !familyNameFirst(g, ts, i, to) &&
      ((factsOf(g, t).nonName && !particle && !givenMonth && !knownThe && !oneBody) ||
        (i === chunk.from &&
          t.opener &&
          ts[i + 1]?.text !== "&" &&
          !opensPortfolioBody(g, ts, i, to) &&
          portfolioTitleEnd(g, ts, i, to) < 0 &&
          !sportBody(g, ts, i) &&
          // "Citizens for Responsibility": a plural of people that a cause follows names a body
          ts[i + 1]?.text !== "for" &&
          !opensBodyName(g, ts, i, to) &&
          // "Carbon County Coroner ...", "Union Parish": an ordinary word names the county that follows it
          !COUNTY_HEADS.has(ts[i + 1]?.text ?? "") &&
          (isPlainWord(g, ts, i, to) ||
            isOccupation(g, ts, i, to) ||
            (to - i === 1 && isPluralWord(g, ts, i, to)) ||
            describesKnown(g, ts, i, to))))
    ) {
      // "Banks said", "May told MPs": a common word or a month alone before a verb of saying may be the surname
      // of someone named before
      if (
        i === chunk.from &&
        to - i === 1 &&
        (!factsOf(g, t).nonName || SURNAME_MONTHS.has(t.text)) &&
        SAYS.has((ts[i + 1] as Token | undefined)?.lower ?? "")
      ) {
        const c = makeCandidate(ts, i, i + 1, paragraph);
        c.surnameOnly = true;
        out.push(c);
      }
      i++;
      continue;
    }
    // "Hurricane Katrina", "Tropical Storm Alberto", "El Niño": a storm or a weather pattern is no actor
    if (isWeatherName(g, ts, i, to)) return out;
    // "Gen Z voters", "Gen X": a generation, not a general
    if (t.text === "Gen" && GENERATIONS.has(ts[i + 1]?.text ?? "") && i + 2 === to) return out;
    // "Sen. Rachel Austin, R-Texas": the state named in a party tag is a place; the party letter is nothing
    // (the pattern runs only on words with a hyphen second)
    const tag = codeAt(t.text, 1) === 45 ? PARTY_TAG.exec(t.text) : null;
    // ("Sen. John Burton, D-San Francisco,", "(R-Eden Prairie)": a home town of several words)
    let tagEnd = i + 1;
    while (tag && tagEnd < to && tagEnd - i < 3 && (ts[tagEnd] as Token).cap && (ts[tagEnd] as Token).word) tagEnd++;
    const tagName = tag?.[1] ? joinText(ts, i, tagEnd).slice(2) : "";
    const state = tagName ? g.names.get(tagName) : undefined;
    // ("Rep. Harold Lisk, R-Wasilla,": a state legislator's tag names the home town the lists may not know)
    const opens = tokenAt(ts, i - 1)?.text;
    const closes = tokenAt(ts, tagEnd)?.text;
    const town =
      tagName !== "" &&
      state === undefined &&
      ((opens === "," && (closes === "," || closes === ".")) || (opens === "(" && closes === ")"));
    if (tag?.[1] && (state?.kind === "place" || town)) {
      const c = makeCandidate(ts, i, tagEnd, paragraph, tagName);
      c.kind = "place";
      c.subtype = state ? state.subtype : "city";
      if (state) c.entry = state;
      c.start = t.start + 2;
      out.push(c);
      i = tagEnd;
      continue;
    }
    // "UN-Arab League": a hyphenated word whose parts open two known names (not a double surname after a title:
    // "Chief Ames-Poole")
    if (t.text.includes("-") && factsOf(g, t).entry === undefined && title === null) {
      const cut = t.text.indexOf("-");
      const head = g.names.get(t.text.slice(0, cut));
      const tailText = [t.text.slice(cut + 1), ...ts.slice(i + 1, to).map((x) => x.text)];
      let tail: Entry | undefined;
      let tailLen = 0;
      for (let k = tailText.length; k >= 1 && !tail; k--) {
        tail = g.names.get(tailText.slice(0, k).join(" "));
        tailLen = k;
      }
      // only when the second name runs to the end of the run: "NATO-Russia Council" stays one name
      if (head && tail && tailLen === tailText.length) {
        const headName = makeCandidate(ts, i, i + 1, paragraph, t.text.slice(0, cut));
        headName.kind = head.kind;
        headName.subtype = head.subtype;
        headName.entry = head;
        headName.end = t.start + cut;
        out.push(headName);
        const tailName = makeCandidate(ts, i, i + tailLen, paragraph, tailText.slice(0, tailLen).join(" "));
        tailName.kind = tail.kind;
        tailName.subtype = tail.subtype;
        tailName.entry = tail;
        tailName.start = t.start + cut + 1;
        out.push(tailName);
        i += tailLen;
        continue;
      }
    }
    const titleEnd = portfolioEnd(g, ts, titleEndAt(g, ts, i, to, chunk.from), to);
    let known = matchKnown(g, ts, i, to) ?? abbreviatedState(g, ts, i);
    // "the Rio Olympics", "the London Games", "the Qatar World Cup": the host of a games or a fair is the place,
    // the event no actor
    const hosted = known && known[0].kind === "place" && known[1] < to ? hostedEventEnd(ts, known[1], to) : -1;
    if (known && hosted > 0) {
      out.push(
        knownCandidate(ts, i, known[1], paragraph, known[0], spells(ts, i, known[1], known[0].name) ? "name" : "alias"),
      );
      i = hosted;
      continue;
    }
    // "Vladimir Putin", "Georgia Meloni", "Chelsea Clinton": a place or club that is also a given name, before
    // an unknown name that is no title ("Arizona Gov. Jan Brewer" is the state's governor)
    if (
      known &&
      (known[0].subtype === "city" ||
        known[0].subtype === "country" ||
        known[0].subtype === "region" ||
        known[0].subtype === "team") &&
      known[1] === i + 1 &&
      i + 1 < to &&
      factsOf(g, t).given &&
      factsOf(g, ts[i + 1] as Token).entry === undefined &&
      !factsOf(g, ts[i + 1] as Token).common &&
      !factsOf(g, ts[i + 1] as Token).nonName &&
      matchTitle(g, ts, i + 1, to) < 0
    )
      known = null;
    // "a Keene Democrat", "a Hudson Republican": a town and a party's member, as American papers name legislators
    if (
      i + 2 === to &&
      PARTY_MEMBERS.has((ts[i + 1] as Token).text) &&
      (tokenAt(ts, i - 1)?.lower === "a" || tokenAt(ts, i - 1)?.lower === "an") &&
      !t.possessive &&
      factsOf(g, t).entry?.kind !== "organization"
    ) {
      out.push(kindCandidate(ts, i, i + 1, paragraph, "place", "city"));
      break;
    }
    // "Canada Soccer", "Rugby Australia": a sport and a country or state are the sport's governing body there
    // ("Perak Hockey Association", "Rwanda Football Players Association" go on to their own head word)
    if (
      i + 2 <= to &&
      sportBody(g, ts, i) &&
      (known === null || known[1] <= i + 2) &&
      !headWithin(g, ts, i + 2, to, 3)
    ) {
      const c = kindCandidate(ts, i, i + 2, paragraph, "organization", null, isAgent(ts, i + 2));
      out.push(c);
      owner = c.text;
      i += 2;
      continue;
    }
    // "Queensland Health", "NSW Health": a state's or a country's health department, named by the place and "Health"
    // alone at the end of the run
    if (
      known !== null &&
      known[1] + 1 === to &&
      ts[known[1]]?.text === "Health" &&
      known[0].kind === "place" &&
      (known[0].subtype === "region" || known[0].subtype === "country")
    ) {
      const c = kindCandidate(ts, i, to, paragraph, "organization", "government", isAgent(ts, to));
      out.push(c);
      owner = c.text;
      i = to;
      continue;
    }
    // "Retail NZ", "Local Government NSW", "Screen Australia": a sector's national body
    const sector = title === null ? sectorBodyEnd(g, ts, i, to) : -1;
    if (sector > 0) {
      const c = kindCandidate(ts, i, sector, paragraph, "organization", null, isAgent(ts, sector));
      out.push(c);
      owner = c.text;
      i = sector;
      continue;
    }
    // "Mr Bradford said", "Dr. Lincoln": after an honorific a place's name is someone's surname
    const before = tokenAt(ts, i - 1);
    if (known && known[0].kind === "place" && known[1] === i + 1 && before && g.bareHonorifics.has(before.text))
      known = null;
    // "the Cerro Verde mine", "Nong Prue": a word that opens places' names, before another name, opens this one
    // though it is a town's name alone
    if (
      known &&
      known[1] === i + 1 &&
      i + 1 < to &&
      PLACE_OPENERS[t.text] !== undefined &&
      ts[i + 1]?.cap &&
      !t.possessive &&
      factsOf(g, ts[i + 1] as Token).entry === undefined
    )
      known = null;
    // "Lt Col Shahriar Hossain Chowdhury": after a title, a town's name that more names follow opens a person's
    const next = ts[i + 1];
    if (
      known &&
      title !== null &&
      known[0].subtype === "city" &&
      known[1] === i + 1 &&
      i + 2 < to &&
      next?.cap &&
      !next.caps &&
      factsOf(g, next).entry === undefined &&
      !factsOf(g, next).common &&
      matchTitle(g, ts, i + 1, to) < 0 &&
      // ("Deputy Commissioner Peshawar Ahmad Nawaz Marwat", "SSP Kandy Nandana Munasinghe": a district office's
      // town, in South Asian usage, is the office's)
      !DISTRICT_OFFICE.test(title.text)
    )
      known = null;
    // "Irving Berlin", "Allen Taylor", "David Davis": a given name that is also a town, and a town's name
    // right after it with nothing between, are a person's names, not two places
    const second = ts[i + 1];
    if (
      known?.[0].subtype === "city" &&
      known[1] === i + 1 &&
      i + 2 === to &&
      second?.cap &&
      !t.possessive &&
      factsOf(g, t).given &&
      factsOf(g, second).entry?.subtype === "city"
    )
      known = null;
    // "Prime Minister Sheikh Hasina": a style with one name after it is the first of the person's names
    const styleAsName = titleEnd === to - 1 && title !== null && STYLES_AS_NAMES.has(t.text);
    if (titleEnd > 0 && (!known || titleEnd >= known[1]) && titleEnd < to && !endsInHead(g, ts, to) && !styleAsName) {
      // ("Councilors Pete Lucero and ...": each of them holds the title in the singular)
      const plural = titleEnd === i + 1 && !g.titles.has(t.lower) && g.titles.has(t.lower.slice(0, -1));
      const text = plural ? t.text.slice(0, -1) : joinText(ts, i, titleEnd);
      const end = (ts[titleEnd - 1] as Token).end;
      // "Health Minister Dr. Zweli Mkhize": an honorific after a title is no part of it
      // ("His Royal Highness Prince Salman": a style before a title gives way to it)
      if (title && g.bareHonorifics.has(title.text) && !g.bareHonorifics.has(text))
        title = { text, start: t.start, end };
      else if (!title || !g.bareHonorifics.has(text)) title = extendTitle(title, { text, start: t.start, end });
      i = titleEnd;
      // "Commissioner of Chittagong Port Authority Rahim Uddin": a known place after "of" opens the body whose
      // office the title is, and "of" is no part of its name
      const of = ts[i] as Token;
      if ((of.text === "of" || of.text === "for") && i + 1 < to) i += ts[i + 1]?.text === "the" && i + 2 < to ? 2 : 1;
      continue;
    }
    if (titleEnd === to && (!known || known[1] < to)) {
      // a title alone: "the US State Secretary", "NATO Secretary General"
      const c = makeCandidate(ts, i, to, paragraph);
      c.kind = "person";
      c.via = "description";
      c.describes = { noun: joinText(ts, i, to).toLowerCase(), of: owner };
      out.push(c);
      break;
    }
    // "District Coordination Officer (DCO) Khanewal Nadeem Akhtar Cheema": after a district office, a word no
    // list knows and that is no given name, before a given name and more names, is the district's town
    const named = ts[i + 1];
    // (the office's initials in brackets just before: "(DCO) Khanewal Nadeem Akhtar Cheema")
    const office =
      title?.text ??
      (tokenAt(ts, i - 1)?.text === ")" && tokenAt(ts, i - 3)?.text === "(" ? (tokenAt(ts, i - 2)?.text ?? "") : "");
    if (
      !known &&
      DISTRICT_OFFICE.test(office) &&
      i + 2 < to &&
      !t.caps &&
      !t.possessive &&
      named !== undefined &&
      !factsOf(g, t).given &&
      !factsOf(g, t).common &&
      factsOf(g, t).entry === undefined &&
      factsOf(g, named).given
    ) {
      out.push(kindCandidate(ts, i, i + 1, paragraph, "place", "city"));
      i++;
      continue;
    }
    // "The DCE for Wassa East, X", "the MP for Ayawaso West": a word no list knows with a direction after "for"
    // is a constituency or a district too (after "of" only when it is no given name: "the son of John West")
    const by = tokenAt(ts, i - 1)?.lower;
    if (
      !known &&
      i + 2 === to &&
      i === chunk.from &&
      DIRECTIONS.has((ts[i + 1] as Token).text) &&
      (by === "for" || (by === "of" && !factsOf(g, t).given))
    ) {
      out.push(kindCandidate(ts, i, to, paragraph, "place", "region"));
      break;
    }
    // "Alaska Airlines CEO ...", "Labour Party leader ...": a run ending in an organisation or place word
    // "Mrs Precious Nyathi": an honorific right before the name titles it, even a name of common words
    const honoured = title === null && g.bareHonorifics.has(tokenAt(ts, i - 1)?.text ?? "");
    const headEnd = headRunEnd(g, ts, i, to, title !== null || honoured);
    // "Pulaski Community School District", "Metropolitan Water District": a district of a public service is a body
    const serviceDistrict =
      headEnd > 1 &&
      (ts[headEnd - 1] as Token).text === "District" &&
      SERVICE_WORDS.has((ts[headEnd - 2] as Token).text);
    const admin = headEnd > 0 && !serviceDistrict ? g.adminHeads.get((ts[headEnd - 1] as Token).text) : undefined;
    // "Sichuan Province", "Yibin City": a known place and the noun of its unit is that place; "Siemens AG":
    // a known company and its legal form is that company
    const form = headEnd > 0 && COMPANY_FORMS.has((ts[headEnd - 1] as Token).text);
    // a city's name and a region's noun is the region around it: "Odesa Oblast" is not Odesa
    // ("Corfu Town": an island's or a region's name and a town's noun is its town, not the island)
    const sameUnit =
      admin !== undefined && known?.[0].kind === "place" && (known[0].subtype === "city") === (admin === "city");
    if (known && known[1] === headEnd - 1 && (sameUnit || (form && known[0].subtype === "company"))) {
      const e = known[0];
      out.push(knownCandidate(ts, i, headEnd, paragraph, e, "alias"));
      owner = e.name;
      i = headEnd;
      continue;
    }
    // "Grace Park said", "Nathan Lane told": a given name and a place's head word before a verb of saying is a
    // person; so is "Salim Ward" anywhere: after a given name "Ward" is a surname far more often than a ward
    const head = ts[i + 1]?.text ?? "";
    // ("Luz Marina Camacho": two given names, the second a place's head word, then a surname)
    const after = ts[headEnd];
    const surnameAfterGiven =
      headEnd + 1 === to &&
      after !== undefined &&
      // ("Santa Marina Salina": a saint's name opens a place's)
      PLACE_OPENERS[t.text] === undefined &&
      factsOf(g, ts[i + 1] as Token).given &&
      !factsOf(g, after).common &&
      !g.placeHeads.has(after.text) &&
      !g.orgHeads.has(after.text);
    const personHead =
      headEnd === i + 2 &&
      !known &&
      factsOf(g, t).given &&
      g.placeHeads.has(head) &&
      !LANDFORM_HEADS.has(head) &&
      (head === "Ward" || SAYS.has(ts[headEnd]?.lower ?? "") || surnameAfterGiven);
    if (personHead) {
      const c = makeCandidate(ts, i, surnameAfterGiven ? to : headEnd, paragraph);
      c.kind = "person";
      c.gender = factsOf(g, t).gender;
      out.push(c);
      title = null;
      owner = null;
      i = surnameAfterGiven ? to : headEnd;
      continue;
    }
    if (headEnd > 0 && (!known || known[1] < headEnd)) {
      // "Democratic Party of Ivory Coast", "University of Cape Coast": a body named after a place is a body
      const ofBody = ts
        .slice(i + 1, headEnd - 1)
        .some((x, k) => (x.text === "of" || x.text === "for") && g.orgHeads.has((ts[i + k] as Token).text));
      // ("the US Federal Reserve": a country's name before a body the lists know)
      const inner = matchKnown(g, ts, i + 1, headEnd);
      const knownBody = inner !== null && inner[1] === headEnd && inner[0].kind === "organization";
      // ("Rainier Avenue South": a street and its quarter)
      const quarter = headEnd - 2 > i && STREET_QUARTERS.has((ts[headEnd - 1] as Token).text);
      const last = (ts[quarter ? headEnd - 2 : headEnd - 1] as Token).text;
      // ("Emaar Real Estate": a firm's trade, not an industrial estate)
      const trade = last === "Estate" && ts[headEnd - 2]?.text === "Real";
      const place =
        !ofBody && !knownBody && !serviceDistrict && !trade && g.placeHeads.has(last) && !g.orgHeads.has(last);
      const media = !place && g.mediaHeads.has((ts[headEnd - 1] as Token).text);
      const cand = kindCandidate(
        ts,
        i,
        headEnd,
        paragraph,
        place ? "place" : "organization",
        place ? (admin ?? "landmark") : media ? "media" : null,
        isAgent(ts, headEnd),
      );
      out.push(cand);
      owner = cand.text;
      i = headEnd;
      continue;
    }
    // "Philippine Red Cross", "Emirates Red Crescent": a country's own society of the movement, not its committee
    const society = nationalSocietyEnd(g, ts, i, to, known);
    if (society > 0) {
      const c = makeCandidate(ts, i, society, paragraph);
      c.kind = "organization";
      c.agent = isAgent(ts, society);
      out.push(c);
      owner = null;
      i = society;
      continue;
    }
    // "the Saskatchewan Huskies", "the Winnipeg Jets": a team named after its city or region
    const team = teamEnd(g, ts, i, to, known);
    if (team > 0) {
      const c = kindCandidate(ts, i, team, paragraph, "organization", "team", isAgent(ts, team));
      out.push(c);
      owner = null;
      i = team;
      continue;
    }
    // "Surigao del Sur", "Rio Grande do Sul": a known place's name going on after a particle names another place
    const particleEnd = known && known[0].kind === "place" ? placeParticleEnd(ts, known[1], to) : -1;
    if (particleEnd > 0) {
      const cand = kindCandidate(ts, i, particleEnd, paragraph, "place", "region");
      out.push(cand);
      owner = cand.text;
      i = particleEnd;
      continue;
    }
    // "a TD for Kildare North", "the MP for Belfast East": a constituency named by a place and a direction
    if (known && known[0].kind === "place" && known[1] + 1 === to && DIRECTIONS.has((ts[known[1]] as Token).text)) {
      out.push(kindCandidate(ts, i, to, paragraph, "place", "region"));
      owner = null;
      i = to;
      continue;
    }
    // "Oxfam Australia", "Tesco Ireland": a known charity's or company's name before a country is its branch there
    if (
      known &&
      known[1] + 1 === to &&
      known[0].kind === "organization" &&
      (known[0].subtype === "group" || known[0].subtype === "company") &&
      !(ts[known[1] - 1] as Token).possessive &&
      factsOf(g, ts[known[1]] as Token).entry?.subtype === "country"
    ) {
      out.push(kindCandidate(ts, i, to, paragraph, "organization", known[0].subtype, isAgent(ts, to)));
      break;
    }
    // "the Turkish newspaper Sabah": a place's name after a newspaper's noun is the newspaper's
    if (known && known[0].kind === "place" && known[1] === to && afterMediaNoun(ts, i)) {
      out.push(kindCandidate(ts, i, to, paragraph, "organization", "media", isAgent(ts, to)));
      break;
    }
    if (known) {
      const [e, end] = known;
      const agent = isAgent(ts, end);
      const viaAlias = !spells(ts, i, end, e.name);
      const via = viaAlias ? (/^[A-Z.]+$/.test(ts[i]?.text ?? "") ? "acronym" : "alias") : "name";
      out.push(knownCandidate(ts, i, end, paragraph, e, via, agent));
      owner = e.kind === "person" ? null : e.name;
      i = end;
      continue;
    }
    const dem = factsOf(g, t).demonym ?? compoundDemonym(g, t.text);
    if (dem && i + 1 < to) {
      owner = dem;
      i++;
      continue;
    }
    if (dem && i + 1 === to) break;
    // an unknown run up to the next title that stands before a further name
    let end = i + 1;
    // ("Gov. Gray Davis' Department of Finance": a person's possessive closes the run before the body's name)
    const given = title !== null || factsOf(g, t).given;
    while (end < to) {
      if (given && end > i + 1 && ownedBy(g, ts[end - 1] as Token)) break;
      const te = titleEndAt(g, ts, end, to, chunk.from);
      if (te > 0 && te < to && !endsInHead(g, ts, to)) break;
      // "The INEC Chairman, Prof. Maurice Iwu,", "the NDC Regional Chairman,": a body's name, then the title of
      // the office in it, whose holder a name after the comma gives
      // ("The Ashanti Regional Minister, Mr X": a region's office, which names no body)
      if (
        te === to &&
        OFFICE_TITLES.has((ts[to - 1] as Token).text) &&
        ts[to]?.text === "," &&
        !SCOPES.has((ts[end - 1] as Token).lower)
      )
        break;
      // "the Piers Morgan Uncensored Twitter feed": a known organisation ending a long run is a name of its own
      if (end - i >= 3) {
        const k = matchKnown(g, ts, end, to);
        if (k && k[1] === to && k[0].kind === "organization") break;
      }
      end++;
    }
    // "Public Enterprises Minister Alec Erwin": the words of a portfolio before a minister's title are the
    // title's (see titleInItsUnit), not its organisation
    if (end < to && title === null && portfolioOfMinister(g, ts, i, end, to)) {
      i = end;
      continue;
    }
    // "Commissioner of Chittagong Custom House Mohammad Ismail Hossain Khan": after a title, ordinary words no
    // list knows, then a given name and more names, are the office's body and its holder
    const holder = title !== null && !factsOf(g, t).given ? bodyBeforeHolder(g, ts, i, end) : -1;
    if (holder > 0) {
      const cand = kindCandidate(ts, i, holder, paragraph, "organization", null, false);
      out.push(cand);
      owner = cand.text;
      i = holder;
      continue;
    }
    // "State Drugs Controller X", "National Security Adviser X": the words of a unit alone before a title are
    // the title's scope (see titleInItsUnit), no body's name
    if (end < to && title === null && onlyUnitWords(ts, i, end)) {
      i = end;
      continue;
    }
    // "Boeing Chief Executive Dave Calhoun": an unknown name before a title is the title's organisation
    // not a word of direction: "South General McMullen Drive" is a street
    const ownsTitle = end < to && title === null && !factsOf(g, t).given && !DIRECTIONS.has(t.text);
    // ("Lhuentse Dzongdag Tashi Penjor", "Kisumu Governor Anyang Nyong'o": a place heads a local office)
    const c = ownsTitle
      ? LOCAL_OFFICES.has((ts[end] as Token).lower) && !opensForeignBody(t.text)
        ? { kind: "place" as const, subtype: "city" as const }
        : { kind: "organization" as const }
      : classifyUnknown(g, ts, i, end, title !== null || honoured, titleCase, speaking);
    if (c) {
      const role = title ? { title: scopedTitle(ts, i, title), of: owner, start: title.start, end: title.end } : null;
      const cand = makeCandidate(ts, i, end, paragraph);
      setClassified(cand, c);
      cand.role = role;
      cand.agent = isAgent(ts, end);
      if (title && cand.kind === "person") {
        if (g.maleHonorifics.has(title.text)) cand.gender = "m";
        else if (g.femaleHonorifics.has(title.text)) cand.gender = "f";
        if (g.bareHonorifics.has(title.text)) cand.role = null;
      }
      out.push(cand);
    }
    title = null;
    owner = ownsTitle && c ? joinText(ts, i, end) : null;
    i = end;
  }
  return out;
}

/** The names of the movement whose national societies carry a country's name before them. */
export const SOCIETY_NAMES: readonly string[] = ["Red Cross", "Red Crescent"];

/**
 * The end of a national society's name opening at `i` with a demonym or a country ("Philippine Red Cross",
 * "Emirates Red Crescent Society"), or -1.
 */
function nationalSocietyEnd(
  g: Gazetteer,
  ts: readonly Token[],
  i: number,
  to: number,
  known: readonly [{ readonly kind: string }, number] | null,
): number {
  const after = known?.[0].kind === "place" ? known[1] : factsOf(g, ts[i] as Token).demonym ? i + 1 : -1;
  if (after < 0 || after + 2 > to) return -1;
  const name = `${(ts[after] as Token).text} ${(ts[after + 1] as Token).text}`;
  if (!SOCIETY_NAMES.includes(name)) return -1;
  return after + 2 < to && (ts[after + 2] as Token).text === "Society" ? after + 3 : after + 2;
}

/** Whether a body's head word goes on after `word`: "Department of", "Commission for", "Commission on". */
function namedOnAfter(g: Gazetteer, head: string, word: string | undefined): boolean {
  return ((word === "of" || word === "for") && g.orgOfHeads.has(head)) || (word === "on" && ON_AFTER.has(head));
}

/** Head words of firms' and places' names that are also surnames: "Textile Mills" and "Janet Mills". */
const SURNAME_HEADS: ReadonlySet<string> = new Set([
  "Mills",
  "Gold",
  "Hill",
  "Brooks",
  "Fields",
  "Field",
  "Pike",
  "Power",
]);

/**
 * Whether token `h` is a head word that, after a given name, is a surname: "Janet Mills". A given name that is
 * also a country or a state names the firm's home instead: "Kenya Power", "Georgia Power".
 */
export function surnameHead(g: Gazetteer, ts: readonly Token[], h: number): boolean {
  const before = ts[h - 1];
  if (!SURNAME_HEADS.has((ts[h] as Token).text) || before === undefined) return false;
  const facts = factsOf(g, before);
  const home = facts.entry?.kind === "place" && facts.entry.subtype !== "city";
  // ("North Field": a word of direction is no given name here)
  if (facts.given && !home && !DIRECTIONS.has(before.text)) return true;
  // ("Professor John Evans Atta Mills", "President J.E.A. Mills": names no list knows back to initials, a given
  // name or a person's title)
  for (let k = h - 1; k >= 0 && k >= h - 4; k--) {
    const t = ts[k] as Token;
    const f = factsOf(g, t);
    if (INITIALS.test(t.text) || (k < h - 1 && f.given && !f.entry)) return true;
    if (!t.word || !t.cap || f.common || f.entry !== undefined || g.orgHeads.has(t.text)) {
      return k < h - 1 && (g.titles.has(t.lower) || g.bareHonorifics.has(t.text));
    }
  }
  return false;
}

/**
 * The index of the given name that opens a holder's name after a body's in `[i, end)`: the body's words are
 * capitalised English words no list knows as names ("Custom House", "Water Board"), the holder's a given name and at
 * least one more name; -1 if the run is not so made.
 */
function bodyBeforeHolder(g: Gazetteer, ts: readonly Token[], i: number, end: number): number {
  for (let p = i + 1; p + 1 < end; p++) {
    const f = factsOf(g, ts[p] as Token);
    if (!f.given) continue;
    const words = ts.slice(i, p);
    const ordinary = words.every((w) => w.cap && !w.caps && factsOf(g, w).common && !factsOf(g, w).given);
    return ordinary && p - i >= 2 ? p : -1;
  }
  return -1;
}

/** Titles of offices that a body's name before them holds: "INEC Chairman", "NDC Regional Chairman". */
const OFFICE_TITLES: ReadonlySet<string> = new Set([
  "Chairman",
  "Chairperson",
  "Chairwoman",
  "Chair",
  "President",
  "Secretary",
  "Director",
  "Commissioner",
  "Commander",
  "Coordinator",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
  "Treasurer",
  "Minister",
  // "NCDC Director-General, Dr. X", "NCDC Director General, X" (not "Disease Control Officer": a field's title)
  "Director-General",
  "Secretary-General",
  "Inspector-General",
  "General",
  "CEO",
  "Registrar",
  "Administrator",
]);

/** Initials with stops: "J.E.A.", "J." */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Whether the run ending before `to` ends in an organisation's head word ("Labour Party"), not in a surname. */
function endsInHead(g: Gazetteer, ts: readonly Token[], to: number): boolean {
  return factsOf(g, ts[to - 1] as Token).orgHead && !surnameHead(g, ts, to - 1);
}

/** Members of American parties after their home town: "a Keene Democrat". */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(["Democrat", "Republican"]);

/** Heads of the names of land and water, which no one bears as a surname: "Vashon Island say" is a place. */
const LANDFORM_HEADS: ReadonlySet<string> = new Set(
  (
    "Island Islands River Lake Sea Ocean Gulf Bay Strait Straits Peninsula Desert Canyon Gorge Creek Glacier " +
    "Basin Delta Plateau Valley Mountain Mountains Atoll Reef Lagoon Estuary Inlet Channel Coast"
  ).split(" "),
);

/** The end of the longest run from `i` that ends in an organisation or place word, before any title; or -1. */
/**
 * Whether a name's last word is its owner's possessive: "Davis'" of "Gray Davis' Department", not a plural's
 * mark inside a body's name ("West Indies Players' Association").
 */
function ownedBy(g: Gazetteer, t: Token): boolean {
  return t.possessive || (t.pluralMark === true && !factsOf(g, t).common && !pluralOfNoun(g, t.lower));
}

/** Whether `t` is a word of a field of work written as part of a title: "Finance", "Procurement", "Integrity". */
export function fieldWord(g: Gazetteer, t: Token | undefined): boolean {
  if (!t?.cap || t.caps || t.possessive) return false;
  const f = factsOf(g, t);
  return (
    (f.common || /(?:ment|tion|sion|ance|ence|ity|\w{4}al)$/.test(f.lower)) &&
    !f.given &&
    f.entry === undefined &&
    !f.orgHead &&
    !f.placeHead
  );
}

/** Head words of offices that a field's word may open: "Finance Officer", "Communications Director". */
export const FIELD_TITLE_HEADS: ReadonlySet<string> = new Set([
  "Officer",
  "Director",
  "Manager",
  "Coordinator",
  "Administrator",
  "Controller",
  "Inspector",
  "Supervisor",
  "Adviser",
  "Advisor",
  "Specialist",
  "Superintendent",
  "Auditor",
  "Analyst",
]);

/** Heads of streets' names, which a quarter of the city may follow: "Rainier Avenue South". */
const STREET_HEADS = new Set(["Street", "Avenue", "Road", "Boulevard", "Drive", "Way", "Place", "Lane", "Parkway"]);
const STREET_QUARTERS = new Set(
  "North South East West Northeast Northwest Southeast Southwest NE NW SE SW N.E. N.W. S.E. S.W.".split(" "),
);

/** Whether `lower` is the plural of a trade the lists know in the singular: "vendors", "traders" (not "Morales"). */
function pluralOfNoun(g: Gazetteer, lower: string): boolean {
  if (!lower.endsWith("s")) return false;
  return g.occupations.has(lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.slice(0, -1));
}

function headRunEnd(g: Gazetteer, ts: readonly Token[], i: number, to: number, titled = false): number {
  // "Commission for Conciliation": a run that opens with its head word and goes on after "of", "for" or "on"
  let best = namedOnAfter(g, (ts[i] as Token).text, ts[i + 1]?.text) ? i + 1 : -1;
  let joined = false;
  // ("Gov. Gray Davis' Department of Finance", "President Evo Morales' Movement Toward Socialism": a person's
  // possessive closes the run before the body's name)
  const person = titled || factsOf(g, ts[i] as Token).given;
  for (let h = i + 1; h < to; h++) {
    if (person && h - 1 > i && ownedBy(g, ts[h - 1] as Token)) break;
    const te = matchTitle(g, ts, h, to);
    // ("Angau Memorial General Hospital": a title of one word before a body's head word is part of the name)
    if (te > 0 && te < to && (te > h + 1 || !factsOf(g, ts[te] as Token).orgHead)) break;
    const w = (ts[h] as Token).text;
    const facts = factsOf(g, ts[h] as Token);
    // ("Chief Executive Officer": a head word inside a title that goes on past it closes no body's name)
    const inTitle = facts.orgHead && h + 1 < to && (ts[h + 1] as Token).cap && matchTitle(g, ts, h - 1, to) > h + 1;
    // ("Dr Helen Firth", "Mayor Ian Bay": after a person's title, a given name and a place's head word are a name)
    const titledName = titled && h === i + 1 && h + 1 === to && factsOf(g, ts[i] as Token).given && !facts.orgHead;
    if ((facts.orgHead || facts.placeHead) && !surnameHead(g, ts, h) && !inTitle && !titledName) best = h + 1;
    // ("15th Avenue East", "Rainier Avenue South", "4th Street NW": a street's quarter of the city after its name)
    if (best === h && STREET_HEADS.has((ts[h - 1] as Token).text) && STREET_QUARTERS.has(w)) {
      best = h + 1;
      continue;
    }
    // ("Bahamas Power and Light": a utility's two services)
    if (
      best === h &&
      w === "and" &&
      h + 1 < to &&
      SERVICES.has((ts[h - 1] as Token).text) &&
      SERVICES.has((ts[h + 1] as Token).text)
    ) {
      best = h + 2;
      h++;
      continue;
    }
    // "Chamber of Mines of Zambia": a body's name goes on after a second "of" to the country it serves, or to the
    // part of it ("Departmental Directorate of Agriculture of the South")
    // ("Chamber of Mines of South Africa", "Bank of Papua New Guinea": a country's name of several words; not "Bank
    // of New York Mellon", where the name goes on past the place's)
    if (best === h && w === "of" && h + 1 < to) {
      const whole = countryNameEnd(g, ts, h + 1, to);
      const end =
        whole > h + 2 && whole < to && ts[whole]?.cap ? (countryOrState(g, ts[h + 1] as Token) ? h + 2 : -1) : whole;
      if (end > 0) {
        best = end;
        h = end - 1;
        continue;
      }
    }
    if (
      best === h &&
      w === "of" &&
      h + 2 < to &&
      ts[h + 1]?.text === "the" &&
      REGION_PARTS.has(ts[h + 2]?.text ?? "") &&
      // ("University of the South Pacific": the part's name goes on)
      !(h + 3 < to && ts[h + 3]?.cap)
    ) {
      best = h + 3;
      h += 2;
      continue;
    }
    // "Illinois Department of Transportation": the name goes on after "of" up to a title, and "and" may join
    // two parts ("Department of Health and Social Care")
    // ("Commission on Restitution of Land Rights": and once it has, after a further "of")
    if (best === h && (namedOnAfter(g, (ts[h - 1] as Token).text, w) || (joined && w === "of"))) {
      joined = true;
      // "Armed Forces of the Philippines": an article before the part after "of"
      let k = (ts[h + 1] as Token | undefined)?.text === "the" && ts[h + 2]?.cap ? h + 2 : h + 1;
      // ("University of Dar es Salaam": a known name with lower-case words inside it)
      const known = matchKnown(g, ts, k, to);
      if (known && known[1] > k + 2) k = known[1];
      // (the chunk holds a comma only in a portfolio of three parts: "Environment, Food and Rural Affairs")
      // ("Ministry of Justice and Labour": a portfolio that is also a title, "Justice", goes on too)
      const goesOn = (x: number) =>
        ((ts[x] as Token).cap && (matchTitle(g, ts, x, to) < 0 || PORTFOLIO_WORDS.has((ts[x] as Token).text))) ||
        (((ts[x] as Token).text === "and" || (ts[x] as Token).text === ",") && x + 1 < to && (ts[x + 1] as Token).cap);
      while (k < to && goesOn(k)) k++;
      if (k > h + 1 && (ts[k - 1] as Token).cap) best = k;
      h = k - 1;
    }
  }
  return best > i + 1 && !g.names.has(joinText(ts, i, best)) ? best : -1;
}
