// Test fixtures: a small generator of wire-style stories (several outlets reporting one occurrence, with
// shared quotes and actors), a toy linker that really merges, and articles built by hand for it.
import { readdirSync, readFileSync } from "node:fs";
import { Article, type Corpus } from "@newsgraph/core";
import { type ArticleInput, coreLinking, type Linking } from "../src/index.js";

const PEOPLE = [
  ["Maria Kovacs", "Hungarian Foreign Minister", "Hungary"],
  ["Thomas Brennan", "Irish Finance Minister", "Ireland"],
  ["Aiko Tanaka", "Japanese Trade Minister", "Japan"],
  ["Jorge Alvarez", "Chilean President", "Chile"],
  ["Fatima Diallo", "Senegalese Prime Minister", "Senegal"],
  ["Piotr Nowak", "Polish Defence Minister", "Poland"],
] as const;
const CITIES = ["Lisbon", "Nairobi", "Ottawa", "Vienna", "Jakarta", "Santiago"];
const OUTLETS = ["Reuters", "AFP", "AP"];
const VERBS = ["met", "held talks with", "spoke by telephone with"];
const LINES = [
  "We have agreed to keep talking, but there is still a great deal of work to do",
  "Nobody should doubt our commitment to a peaceful settlement",
  "These sanctions will hurt ordinary families more than anyone else",
  "We will not accept any deal that ignores the interests of our farmers",
];
const MONTHS = ["January", "February", "March", "April", "May", "June"];

/** A tiny deterministic PRNG (mulberry32) so fixtures are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `stories` occurrences, each reported by two or three outlets, as raw scraped texts. */
export function generateStories(stories: number, seed = 1): ArticleInput[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const out: ArticleInput[] = [];
  for (let s = 0; s < stories; s++) {
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    while (b === a) b = pick(PEOPLE);
    const city = pick(CITIES);
    const month = pick(MONTHS);
    const day = 1 + Math.floor(next() * 27);
    const line = pick(LINES);
    const verb = pick(VERBS);
    const reporters = 2 + Math.floor(next() * 2);
    for (let r = 0; r < reporters; r++) {
      const outlet = OUTLETS[r]!;
      const quote = r === 1 ? line.replace("a great deal of", "a lot of") : line;
      const text = [
        `${a[2]} and ${b[2]} pledge closer ties after ${city} talks`,
        "",
        `${city.toUpperCase()}, ${month} ${day}, 2019 (${outlet}) - ${a[1]} ${a[0]} ${verb} ${b[1]} ${b[0]} on ${month} ${day} in ${city}, officials said.`,
        "",
        `"${quote}," ${a[0].split(" ")[1]} told reporters after the meeting.`,
        "",
        `${b[0]} said the two governments would meet again in ${pick(MONTHS)}. "We are closer than we were a year ago," ${b[0].split(" ")[1]} said.`,
        "",
        `Reporting by ${outlet} staff; editing by the ${outlet} desk`,
      ].join("\n");
      out.push({ id: `story-${String(s).padStart(3, "0")}-${outlet.toLowerCase()}`, text });
    }
  }
  return out;
}

/** The five seed articles. */
export function readSeeds(): ArticleInput[] {
  const dir = new URL("../../../seeds/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(new URL(f, dir), "utf8") }));
}

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** A hand-built article with the given actor names, quotes and event date, for the toy linker. */
export function toyArticle(id: string, facts: { actors: string[]; quotes?: string[]; date?: string }): Article {
  return Article.parse({
    id,
    contentHash: `hash-${id}-${facts.actors.join("|")}-${(facts.quotes ?? []).join("|")}-${facts.date ?? ""}`,
    length: 100,
    headline: `headline ${id}`,
    outlet: null,
    byline: null,
    dateline: null,
    publishedAt: facts.date ?? null,
    published: null,
    paragraphs: ["text"],
    paragraphSpans: [{ start: 0, end: 4 }],
    actors: facts.actors.map((name, i) => ({
      id: `${id}/a${i}`,
      name,
      kind: "person",
      articleIds: [id],
      mentions: [{ articleId: id, span: { start: 0, end: 4 }, text: name, via: "name" }],
    })),
    quotes: (facts.quotes ?? []).map((text, i) => ({
      id: `${id}/q${i}`,
      articleId: id,
      text,
      span: { start: 0, end: 4 },
      kind: "direct",
      speakerId: facts.actors[0] ? `${id}/a0` : null,
      paragraph: 0,
    })),
    events: facts.date
      ? [
          {
            id: `${id}/e0`,
            type: "CONSULT",
            cameo: "04",
            predicate: "met",
            summary: `met on ${facts.date}`,
            sourceIds: [`${id}/a0`],
            targetIds: [],
            date: facts.date,
            time: null,
            place: null,
            evidence: [{ articleId: id, span: { start: 0, end: 4 }, text: "text" }],
            articleIds: [id],
          },
        ]
      : [],
    mainEventId: facts.date ? `${id}/e0` : null,
  });
}

/**
 * A linker that really merges, in order: actors by name (keeping the first article's spelling as name),
 * quotes with the same words into groups, events on the same date into one. Ids are content-derived.
 */
export function toyLink(articles: readonly Article[]): Corpus {
  const actors = new Map<string, Corpus["actors"][number]>();
  const idOfName = new Map<string, string>();
  const events = new Map<string, Corpus["events"][number]>();
  const groups = new Map<string, Corpus["quoteGroups"][number]>();
  const out: Corpus["articles"] = [];
  for (const a of articles) {
    const actorIds: string[] = [];
    const local = new Map<string, string>();
    for (const x of a.actors) {
      // merged by exact name; ids are slugs, numbered when two names share one (as the core numbers them)
      let id = idOfName.get(x.name);
      if (!id) {
        const base = `actor:${fold(x.name)}`;
        id = base;
        for (let k = 2; actors.has(id); k++) id = `${base}-${k}`;
        idOfName.set(x.name, id);
      }
      local.set(x.id, id);
      const found = actors.get(id);
      if (found) {
        found.articleIds.push(a.id);
        found.mentions.push(...x.mentions);
      } else actors.set(id, { ...x, id, articleIds: [a.id], mentions: [...x.mentions] });
      actorIds.push(id);
    }
    const eventIds: string[] = [];
    for (const e of a.events) {
      const id = `event:${e.date}`;
      const found = events.get(id);
      if (found) found.articleIds.push(a.id);
      else events.set(id, { ...e, id, sourceIds: e.sourceIds.map((s) => local.get(s) ?? s), articleIds: [a.id] });
      eventIds.push(id);
    }
    const quotes = a.quotes.map((q) => {
      const groupId = `group:${fold(q.text)}`;
      const g = groups.get(groupId);
      const variant = { quoteId: q.id, articleId: a.id, text: q.text, diff: [] };
      if (g) {
        g.quoteIds.push(q.id);
        g.articleIds.push(a.id);
        g.variants.push(variant);
      } else
        groups.set(groupId, {
          id: groupId,
          text: q.text,
          speakerIds: [],
          quoteIds: [q.id],
          articleIds: [a.id],
          variants: [variant],
        });
      return { ...q, speakerId: q.speakerId ? (local.get(q.speakerId) ?? null) : null, groupId };
    });
    const { actors: _a, events: _e, ...rest } = a;
    out.push({ ...rest, quotes, actorIds, eventIds });
  }
  const multi = [...groups.values()].filter((g) => g.articleIds.length > 1);
  const grouped = new Set(multi.map((g) => g.id));
  for (const a of out) for (const q of a.quotes) if (q.groupId && !grouped.has(q.groupId)) q.groupId = null;
  const evs = [...events.values()];
  return {
    schemaVersion: "1.0.0",
    articles: out,
    actors: [...actors.values()],
    events: evs,
    quoteGroups: multi,
    // like the core's: by date, undated last, then in event order
    timeline: evs
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (a.e.date ?? "\uffff").localeCompare(b.e.date ?? "\uffff") || a.i - b.i)
      .map(({ e }) => ({ eventId: e.id, date: e.date, main: true })),
  };
}

/** The toy linking: the core's blocking keys, and the event date, which the toy links events by. */
export const toyLinking: Linking = {
  keys: (a) => [...coreLinking.keys(a), ...a.events.flatMap((e) => (e.date ? [`d:${e.date}`] : []))],
  link: toyLink,
};

const NAMES = [
  "Maria Kovacs",
  "Piotr Nowak",
  "Aiko Tanaka",
  "Jorge Alvarez",
  "Fatima Diallo",
  "Thomas Brennan",
  "Lena Berg",
];
const QUOTES = ["we will keep talking", "nobody should doubt us", "the talks were frank", "prices must come down"];

/** `count` toy articles that overlap in actors, quotes and dates, the same on every run. */
export function toyStories(count: number): Article[] {
  return Array.from({ length: count }, (_, i) =>
    toyArticle(`t${String(i).padStart(3, "0")}`, {
      actors: [NAMES[i % NAMES.length]!, NAMES[(i * 3 + 1) % NAMES.length]!, `Clerk ${i}`],
      quotes: [QUOTES[i % QUOTES.length]!, `line ${i} of its own`],
      date: `2021-0${1 + (i % 6)}-1${i % 10}`,
    }),
  );
}
