// What the gazetteer knows of one word, looked up once. The name finder asks the same few questions of each
// capitalised word in several passes (is it a given name, does a name start with it, is it a common word);
// the tables behind them hold tens of thousands of entries each, so every question was a walk through
// memory that is rarely in the cache. A word's answers are gathered into one record the first time it is
// asked about, kept on the token, and kept by text for the next article.
import { type Entry, type Gazetteer, genderOfGivenName } from "./gazetteer.js";
import type { Token } from "./tokens.js";

/** The gazetteer's answers for one word: by its text as written, and by its lower case (`lower`). */
export interface WordFacts {
  readonly lower: string;
  /** A known given name, and the gender it suggests. */
  readonly given: boolean;
  readonly gender: "m" | "f" | null;
  /** Some known name starts with this word; `prefix`: a known name of two words or more does. */
  readonly nameStart: boolean;
  readonly prefix: boolean;
  /** The known name this word is alone. */
  readonly entry: Entry | undefined;
  readonly nonName: boolean;
  readonly demonym: string | undefined;
  /** The lower case is a common English word. */
  readonly common: boolean;
  /** The lower case opens a title: "foreign" of "foreign minister". */
  readonly titleStart: boolean;
  /** The word closes the name of an organisation ("Council") or of a place ("River"). */
  readonly orgHead: boolean;
  readonly placeHead: boolean;
}

/** Words kept between articles; past this many the store starts again, to bound its memory. */
const MAX_WORDS = 50_000;

/** The words kept, and the gazetteer that answered for them (there is one, built once). */
let store = new Map<string, WordFacts>();
let storeOf: Gazetteer | null = null;

function lookUp(g: Gazetteer, text: string, lower: string): WordFacts {
  return {
    lower,
    given: g.given.has(text),
    gender: genderOfGivenName(g, text),
    nameStart: g.nameStarts.has(text),
    prefix: g.namePrefixes.has(text),
    entry: g.names.get(text),
    nonName: g.nonNames.has(text),
    demonym: g.demonyms.get(text),
    common: g.common.has(lower),
    titleStart: g.titleStarts.has(lower),
    orgHead: g.orgHeads.has(text),
    placeHead: g.placeHeads.has(text),
  };
}

/** What the gazetteer knows of `text` written in lower case as `lower`. */
function wordFacts(g: Gazetteer, text: string, lower: string): WordFacts {
  if (storeOf !== g) {
    store = new Map();
    storeOf = g;
  }
  const known = store.get(text);
  // a word's lower case comes from its paragraph, which could in principle case it otherwise ("Σ")
  if (known && known.lower === lower) return known;
  const facts = lookUp(g, text, lower);
  if (!known) {
    if (store.size >= MAX_WORDS) store.clear();
    store.set(text, facts);
  }
  return facts;
}

/** What the gazetteer knows of a token's word; asked again of the same token, it is a field read. */
export function factsOf(g: Gazetteer, t: Token): WordFacts {
  let facts = t.facts;
  if (facts === undefined) {
    facts = wordFacts(g, t.text, t.lower);
    (t as { facts?: WordFacts }).facts = facts;
  }
  return facts;
}

/** Whether the token's word alone is a known country or first-level division: "Zambia", "Ontario". */
export function countryOrState(g: Gazetteer, t: Token): boolean {
  const e = factsOf(g, t).entry;
  return e?.kind === "place" && (e.subtype === "country" || e.subtype === "region");
}
