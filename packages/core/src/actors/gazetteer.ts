// Lookup tables over the generated and curated data, built once on first use and shared by every article.
import type { ActorKind, ActorSubtype } from "../schema/actor.js";
import { CITY_LINES, TOWN_LINES } from "./data/cities.gen.js";
import { COMMON_WORDS } from "./data/common-words.gen.js";
import { COUNTRY_ROWS } from "./data/countries.gen.js";
import { DIVISION_LINES } from "./data/divisions.gen.js";
import { FEMALE_NAMES, MALE_NAMES } from "./data/given-names.gen.js";
import { KNOWN_ORGS, MEDIA_HEADS, NOT_ACRONYMS, ORG_HEADS, ORG_OF_HEADS } from "./data/organizations.js";
import {
  ADMIN_HEADS,
  CITY_ALIASES,
  COUNTRY_ALIASES,
  COUNTRY_DEMONYMS,
  COUNTRY_RENAMES,
  DIVISION_ALIASES,
  DIVISIONS,
  ISLANDS,
  NEWS_TOWNS,
  PLACE_HEADS,
  REGIONS,
  SEATS_OF_POWER,
  STATE_DEMONYMS,
  UK_COUNTIES,
} from "./data/places.js";
import { TEAM_ROWS } from "./data/teams.js";
import { BARE_HONORIFICS, FEMALE_HONORIFICS, MALE_HONORIFICS, OCCUPATIONS, ROLE_NOUNS, TITLES } from "./data/titles.js";
import { EITHER_SEX_NAMES, NAME_PARTICLES, NAME_SUFFIXES, NON_NAMES, SURNAMES_FIRST } from "./data/words.js";

/** What the gazetteer knows about a name. */
export interface Entry {
  readonly name: string;
  readonly kind: ActorKind;
  readonly subtype: ActorSubtype | null;
  readonly country: string | null;
  /** For a capital or a seat of power: the country it can stand for. */
  readonly standsFor: string | null;
  /** Nouns that describe it after "the": "alliance" for NATO. */
  readonly nouns: readonly string[];
}

/** A word of the known names of two words or more, in the tree of their words (see `Gazetteer.nameTree`). */
export interface NameNode {
  /** The known name that the words up to this one spell. */
  readonly entry: Entry | undefined;
  /** The words that go on from here, or undefined when no longer name does. */
  readonly next: ReadonlyMap<string, NameNode> | undefined;
}

export interface Gazetteer {
  /** Exact-case names and aliases, multi-word ones joined by single spaces. */
  readonly names: ReadonlyMap<string, Entry>;
  /** The longest name in tokens, to bound phrase lookups. */
  readonly maxTokens: number;
  /** First words of names, so that most words are rejected before any phrase is built. */
  readonly nameStarts: ReadonlySet<string>;
  /** The first words of names of two words or more ("Bosnia", "Bosnia and"): a phrase grows only while it is one. */
  readonly namePrefixes: ReadonlySet<string>;
  /**
   * The names of two words or more as a tree of their words, by first word: a phrase grows word by word down it,
   * where a joined phrase to look up in `names` and `namePrefixes` would be built and hashed at every word.
   */
  readonly nameTree: ReadonlyMap<string, NameNode>;
  /** Names of one word that end in a possessive's mark, by the word before it: "McDonald" of "McDonald's". */
  readonly possessiveNames: ReadonlyMap<string, Entry>;
  readonly demonyms: ReadonlyMap<string, string>;
  readonly male: ReadonlySet<string>;
  readonly female: ReadonlySet<string>;
  /** Given names of either gender: one lookup for the question asked of most capitalised words. */
  readonly given: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  /** Titles in lower case, multi-word ones joined by spaces. */
  readonly titles: ReadonlySet<string>;
  readonly maxTitleTokens: number;
  /** First words of titles, in lower case. */
  readonly titleStarts: ReadonlySet<string>;
  /** The first words of titles of two words or more, in lower case. */
  readonly titlePrefixes: ReadonlySet<string>;
  readonly bareHonorifics: ReadonlySet<string>;
  readonly maleHonorifics: ReadonlySet<string>;
  readonly femaleHonorifics: ReadonlySet<string>;
  readonly roleNouns: ReadonlyMap<string, readonly string[]>;
  /** Lower-case nouns of what a person does ("golfer", "rapper"): before a name, they describe its bearer. */
  readonly occupations: ReadonlySet<string>;
  readonly orgNouns: ReadonlyMap<string, Entry>;
  /** The first words of role and organisation nouns of two words or more: "state" of "state secretary". */
  readonly nounPrefixes: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  /** Organisation heads that make a newspaper or broadcaster: "Tribune", "Times". */
  readonly mediaHeads: ReadonlySet<string>;
  readonly orgOfHeads: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  /** Capitalised nouns of administrative units and the kind of place they close: "Township" -> city. */
  readonly adminHeads: ReadonlyMap<string, "city" | "region">;
  readonly particles: ReadonlySet<string>;
  /** Family names written before the given name: "Xi" of "Xi Jinping". */
  readonly surnamesFirst: ReadonlySet<string>;
  readonly suffixes: ReadonlySet<string>;
  readonly notAcronyms: ReadonlySet<string>;
  /**
   * Towns of one word too small for the list of cities, with their country: a lone capitalised word that is
   * one of them is a place where no one of that name is in the story ("a Peterhead skipper").
   */
  readonly towns: ReadonlyMap<string, string | null>;
}

let cached: Gazetteer | null = null;

const entry = (name: string, kind: ActorKind, subtype: ActorSubtype | null, more: Partial<Entry> = {}): Entry => ({
  name,
  kind,
  subtype,
  country: more.country ?? null,
  standsFor: more.standsFor ?? null,
  nouns: more.nouns ?? [],
});

function buildNames(demonyms: Map<string, string>, common: ReadonlySet<string>): Map<string, Entry> {
  const names = new Map<string, Entry>();
  // first writer wins: curated organisations, then countries, regions, seats of power, cities
  const put = (key: string, e: Entry) => {
    if (key && !names.has(key)) names.set(key, e);
  };
  for (const o of KNOWN_ORGS) {
    const e = entry(o.name, "organization", o.subtype, { country: o.country ?? null, nouns: o.nouns ?? [] });
    put(o.name, e);
    for (const a of o.aliases) put(a, e);
  }
  const capitals: [string, string][] = [];
  for (const [name, list] of Object.entries(COUNTRY_DEMONYMS)) for (const d of list) demonyms.set(d, name);
  for (const [generated, , aliases, dems, caps] of COUNTRY_ROWS) {
    const name = COUNTRY_RENAMES[generated] ?? generated;
    const e = entry(name, "place", "country", { country: name });
    put(name, e);
    put(generated, e);
    for (const a of COUNTRY_ALIASES[generated] ?? []) put(a, e);
    for (const a of aliases.split("|")) put(a, e);
    for (const a of COUNTRY_ALIASES[name] ?? []) put(a, e);
    for (const d of dems.split("|")) if (d && !demonyms.has(d)) demonyms.set(d, name);
    // "Saudi Arabian Foreign Minister": a demonym of two words reads as the country's name
    for (const d of dems.split("|")) if (d.includes(" ")) put(d, e);
    for (const c of caps.split("|")) if (c) capitals.push([c, name]);
  }
  for (const [name, sub, ...aliases] of REGIONS) {
    const e = entry(name, "place", sub, sub === "country" ? { country: name } : {});
    put(name, e);
    for (const a of aliases) put(a, e);
  }
  const countryOf = new Map(COUNTRY_ROWS.map((r) => [r[1], COUNTRY_RENAMES[r[0]] ?? r[0]]));
  const divisions = DIVISION_LINES.split("\n").map((line) => line.split("\t") as [string, string]);
  const divisionCountry = new Map(divisions.map(([name, cc]) => [name, countryOf.get(cc) ?? null]));
  for (const name of DIVISIONS)
    put(name, entry(name, "place", "region", { country: divisionCountry.get(name) ?? null }));
  for (const name of UK_COUNTIES) put(name, entry(name, "place", "region", { country: "United Kingdom" }));
  for (const [name, country, ...aliases] of ISLANDS) {
    const e = entry(name, "place", "region", { country });
    put(name, e);
    for (const a of aliases) put(a, e);
  }
  for (const [name, country] of SEATS_OF_POWER)
    put(name, entry(name, "place", "landmark", { country, standsFor: country }));
  // teams before cities: "Bayern Munich" is the club; a bare city name stays the city
  for (const row of TEAM_ROWS.split("\n")) {
    const [name, aliases, country] = row.split("|") as [string, string, string];
    const e = entry(name, "organization", "team", { country });
    put(name, e);
    for (const a of aliases.split(";")) put(a, e);
  }
  for (const [c, country] of capitals) put(c, entry(c, "place", "city", { country, standsFor: country }));
  for (const [town, country] of NEWS_TOWNS) put(town, entry(town, "place", "city", { country }));
  for (const line of CITY_LINES.split("\n")) {
    const [name, cc] = line.split("\t") as [string, string];
    const e = entry(name, "place", "city", { country: countryOf.get(cc) ?? null });
    put(name, e);
    // "Sao Paulo", "Bogota", "Zurich": the name without its accents, unless that is a word ("Salé" -> "sale")
    const plain = withoutAccents(name);
    if (plain !== name && !common.has(plain.toLowerCase())) put(plain, e);
  }
  // towns of two words or more are names of places ("Mount Vernon", "Grand Junction"); of one word, see `towns`
  for (const line of TOWN_LINES.split("\n")) {
    const [name, cc] = line.split("\t") as [string, string];
    if (name.includes(" ") && !names.has(name))
      put(name, entry(name, "place", "city", { country: countryOf.get(cc) ?? null }));
  }
  // provinces and states after cities: "Beijing" and "Lagos" are the cities
  for (const [name] of divisions) {
    // ("Ḩaḑramawt" is "Hadramout" in English copy: a transliteration's marks give way to the first English name)
    const english = withoutAccents(name) !== name ? DIVISION_ALIASES[name]?.[0] : undefined;
    const e = entry(english ?? name, "place", "region", { country: divisionCountry.get(name) ?? null });
    put(name, e);
    // "Quang Ninh", "Hai Phong", "Da Nang": as English copy writes them, unless a city goes by that name
    const plain = withoutAccents(name);
    if (plain !== name && !common.has(plain.toLowerCase()) && !names.has(plain)) put(plain, e);
  }
  // ("South Australian CFS units": a state's adjective of two words reads as the state's name, as a country's does)
  for (const [d, state] of STATE_DEMONYMS) {
    if (!demonyms.has(d)) demonyms.set(d, state);
    const e = names.get(state);
    if (d.includes(" ") && e) put(d, e);
  }
  for (const [name, aliases] of [...Object.entries(CITY_ALIASES), ...Object.entries(DIVISION_ALIASES)]) {
    const e = names.get(name);
    if (e) for (const a of aliases) put(a, e);
  }
  return names;
}

/** Letters that have no accent to take off, only another letter to be written as: "Đà Nẵng" -> "Da Nang". */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { Đ: "D", đ: "d", Ł: "L", ł: "l", Ø: "O", ø: "o", ı: "i" };

/** A name without its accents and with its barred letters plain: "Hải Phòng" -> "Hai Phong". */
function withoutAccents(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[ĐđŁłØøı]/g, (c) => PLAIN_LETTERS[c] ?? c);
}

interface BuiltNode {
  entry: Entry | undefined;
  next: Map<string, BuiltNode> | undefined;
}

/** The tree of the words of the names of two words or more, each name's entry at its last word. */
function buildNameTree(names: ReadonlyMap<string, Entry>): Map<string, BuiltNode> {
  const root = new Map<string, BuiltNode>();
  const child = (level: Map<string, BuiltNode>, word: string) => {
    let node = level.get(word);
    if (!node) {
      node = { entry: undefined, next: undefined };
      level.set(word, node);
    }
    return node;
  };
  for (const [name, e] of names) {
    const words = name.split(" ");
    if (words.length < 2) continue;
    let node = child(root, words[0] as string);
    for (let k = 1; k < words.length; k++) {
      node.next ??= new Map();
      node = child(node.next, words[k] as string);
    }
    node.entry = e;
  }
  return root;
}

/** The shared lookup tables; built on first call. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const demonyms = new Map<string, string>();
  const common = new Set(COMMON_WORDS.split(" "));
  const names = buildNames(demonyms, common);
  const orgNouns = new Map<string, Entry>();
  for (const o of KNOWN_ORGS) {
    const e = names.get(o.name) as Entry;
    for (const n of o.nouns ?? []) if (!orgNouns.has(n)) orgNouns.set(n, e);
  }
  // "President-elect", "foreign minister-designate": a title to be held, its last word joined to "-elect" or
  // "-designate"
  // ("Lieutenant-Colonel", "Major-General", "Air Vice-Marshal": two words of a title joined by a hyphen)
  const hyphened = (t: string) => {
    const out: string[] = [];
    for (let cut = t.indexOf(" "); cut > 0; cut = t.indexOf(" ", cut + 1))
      out.push(`${t.slice(0, cut)}-${t.slice(cut + 1)}`);
    return out;
  };
  const titles = new Set(
    TITLES.flatMap((t) => {
      const lower = t.toLowerCase();
      if (/-(?:elect|designate)$/.test(lower)) return [lower];
      return [lower, `${lower}-elect`, `${lower}-designate`, ...(lower.split(" ").length <= 3 ? hyphened(lower) : [])];
    }),
  );
  let maxTokens = 1;
  for (const k of names.keys()) maxTokens = Math.max(maxTokens, k.split(" ").length);
  const prefixesOf = (phrases: Iterable<string>) => {
    const out = new Set<string>();
    for (const phrase of phrases) {
      for (let cut = phrase.indexOf(" "); cut > 0; cut = phrase.indexOf(" ", cut + 1)) out.add(phrase.slice(0, cut));
    }
    return out;
  };
  cached = {
    names,
    maxTokens,
    nameStarts: new Set([...names.keys()].map((k) => k.split(" ")[0] as string)),
    namePrefixes: prefixesOf(names.keys()),
    nameTree: buildNameTree(names),
    possessiveNames: new Map(
      [...names].filter(([k]) => /^[^\s]+'s$/.test(k)).map(([k, e]) => [k.slice(0, -2), e] as [string, Entry]),
    ),
    demonyms,
    male: new Set([...MALE_NAMES.split(" "), ...EITHER_SEX_NAMES]),
    female: new Set([...FEMALE_NAMES.split(" "), ...EITHER_SEX_NAMES]),
    given: new Set(`${MALE_NAMES} ${FEMALE_NAMES}`.split(" ")),
    common,
    nonNames: new Set(NON_NAMES),
    titles,
    maxTitleTokens: Math.max(...[...titles].map((t) => t.split(" ").length)),
    titleStarts: new Set([...titles].map((t) => t.split(" ")[0] as string)),
    titlePrefixes: prefixesOf(titles),
    bareHonorifics: new Set(BARE_HONORIFICS),
    maleHonorifics: new Set(MALE_HONORIFICS),
    femaleHonorifics: new Set(FEMALE_HONORIFICS),
    roleNouns: new Map(Object.entries(ROLE_NOUNS)),
    occupations: new Set(OCCUPATIONS),
    orgNouns,
    nounPrefixes: prefixesOf([...Object.keys(ROLE_NOUNS), ...orgNouns.keys()]),
    orgHeads: new Set(ORG_HEADS),
    mediaHeads: new Set(MEDIA_HEADS),
    orgOfHeads: new Set(ORG_OF_HEADS),
    placeHeads: new Set(PLACE_HEADS),
    adminHeads: new Map(Object.entries(ADMIN_HEADS)),
    particles: new Set(NAME_PARTICLES),
    surnamesFirst: new Set(SURNAMES_FIRST),
    suffixes: new Set(NAME_SUFFIXES),
    notAcronyms: new Set(NOT_ACRONYMS),
    towns: townsOf(names),
  };
  return cached;
}

/** The towns of one word that no other name in the gazetteer spells, with their country's name. */
function townsOf(names: ReadonlyMap<string, Entry>): Map<string, string | null> {
  const countryOf = new Map(COUNTRY_ROWS.map((r) => [r[1], COUNTRY_RENAMES[r[0]] ?? r[0]]));
  const towns = new Map<string, string | null>();
  for (const line of TOWN_LINES.split("\n")) {
    const [name, cc] = line.split("\t") as [string, string];
    if (!name.includes(" ") && !names.has(name)) towns.set(name, countryOf.get(cc) ?? null);
  }
  return towns;
}

/** The gender a given name suggests: "m", "f", or null when unknown or used by both. */
export function genderOfGivenName(g: Gazetteer, name: string): "m" | "f" | null {
  const m = g.male.has(name);
  const f = g.female.has(name);
  return m === f ? null : m ? "m" : "f";
}
