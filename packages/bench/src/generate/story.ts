// A story: one occurrence with its cast, place, date and statements. Several outlets report the same story.
import { TOPICS, type TopicTemplate } from "./data/topics.js";
import type { Rng } from "./prng.js";
import type { CountryEntry, Vocabulary } from "./vocab.js";

export interface Person {
  readonly first: string;
  readonly last: string;
  readonly female: boolean;
  /** The title as used before a name: "Foreign Minister". */
  readonly title: string;
  /** Whose official the person is: a country, an organisation, or nothing. */
  readonly affiliation: string;
  /** The adjective form of the affiliation, used before the title: "Russian". */
  readonly affiliationAdjective: string;
}

export interface Story {
  readonly index: number;
  readonly topic: TopicTemplate;
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
  readonly a: CountryEntry;
  readonly b: CountryEntry;
  readonly city: string;
  readonly org: { readonly name: string; readonly short: string };
  readonly issue: string;
  readonly people: readonly Person[];
  /** Statements in canonical wording; outlets vary them slightly. `speaker` indexes `people`. */
  readonly quotes: readonly { readonly speaker: number; readonly text: string }[];
  readonly numbers: { readonly n: number; readonly big: number; readonly earlier: number; readonly month: string };
}

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const COUNTRY_TITLES = [
  "Foreign Minister",
  "Defence Minister",
  "Prime Minister",
  "President",
  "Interior Minister",
  "Finance Minister",
  "Economy Minister",
  "Justice Minister",
];
const ORG_TITLES = ["Secretary General", "spokesman", "spokeswoman", "chief executive", "director", "envoy"];

function makePerson(rng: Rng, vocab: Vocabulary, title: string, affiliation: string, adjective: string): Person {
  const female = title === "spokeswoman" || (title !== "spokesman" && rng.chance(0.4));
  return {
    first: rng.pick(female ? vocab.femaleNames : vocab.maleNames),
    last: rng.pick(vocab.surnames),
    female,
    title,
    affiliation,
    affiliationAdjective: adjective,
  };
}

/** "the UN" -> "UN", "the bank" -> "World Bank": what stands before a title such as "spokesman". */
function orgAdjective(org: { name: string; short: string }): string {
  const short = org.short.replace(/^the /, "");
  return /^[A-Z]/.test(short) ? short : org.name.replace(/^the /, "");
}

/** Makes story number `index` from the generator's random source. */
export function makeStory(rng: Rng, vocab: Vocabulary, index: number): Story {
  const topic = rng.pick(TOPICS);
  const [a, b] = rng.sample(vocab.countries, 2) as [CountryEntry, CountryEntry];
  const org = rng.pick(vocab.organisations);
  const year = rng.int(2003, 2024);
  const titles = rng.sample(COUNTRY_TITLES, 2);
  const people: Person[] = [
    makePerson(rng, vocab, titles[0]!, a.name, a.demonym),
    makePerson(rng, vocab, titles[1]!, b.name, b.demonym),
    makePerson(rng, vocab, rng.pick(ORG_TITLES), org.short, orgAdjective(org)),
    makePerson(rng, vocab, "analyst", "", ""),
  ];
  const quoteCount = rng.int(4, 6);
  const quotes = rng
    .sample(topic.quotes, quoteCount)
    .map((text, i) => ({ speaker: i < 3 ? i : rng.int(0, people.length - 1), text }));
  return {
    index,
    topic,
    date: { year, month: rng.int(1, 12), day: rng.int(1, 28) },
    a,
    b,
    city: rng.chance(0.7) ? a.capital : b.capital,
    org,
    issue: rng.pick(topic.issues),
    people,
    quotes,
    numbers: { n: rng.int(2, 40), big: rng.int(120, 95000), earlier: year - rng.int(1, 12), month: rng.pick(MONTHS) },
  };
}
