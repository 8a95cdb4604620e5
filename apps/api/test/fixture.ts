import { Corpus } from "@newsgraph/core";
import { createApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { createMemorySource } from "../src/memory-source.js";

// A small hand-made corpus (not the seeds) with every kind of record, so that filters and paging have
// something to bite on whatever the core extracts today.
const REUTERS = "reuters-2023-03-14-kenya";
const AFP = "afp-2023-03-15-kenya";
const AP = "ap-2023-05-02-brazil";

const article = (id: string, headline: string, outlet: string, publishedAt: string, paragraphs: string[]) => ({
  id,
  contentHash: `hash-${id}`,
  length: paragraphs.join("\n").length,
  headline,
  outlet,
  byline: null,
  dateline: null,
  publishedAt,
  published: { value: publishedAt, precision: "day", basis: "stated" },
  paragraphs,
  paragraphSpans: paragraphs.map((_, i) => ({ start: i * 10, end: i * 10 + 9 })),
});

const quote = (id: string, articleId: string, text: string, start: number, speakerId: string | null) => ({
  id,
  articleId,
  text,
  span: { start, end: start + text.length },
  kind: speakerId ? "direct" : "partial",
  speakerId,
  paragraph: 0,
});

const event = (
  id: string,
  type: string,
  sourceIds: string[],
  targetIds: string[],
  date: string | null,
  articleIds: string[],
) => ({
  id,
  type,
  cameo: "14",
  predicate: "did",
  summary: `${sourceIds.join(", ")}: did`,
  sourceIds,
  targetIds,
  date,
  time: date ? { value: date, precision: date.length === 10 ? "day" : "month", basis: "stated" } : null,
  place: null,
  evidence: [{ articleId: articleIds[0]!, span: { start: 0, end: 5 }, text: "Ruto " }],
  articleIds,
});

export const FIXTURE = Corpus.parse({
  articles: [
    {
      ...article(REUTERS, "Kenya's Ruto rejects calls to scrap tax rises", "Reuters", "2023-03-14", [
        "Kenyan President William Ruto on Tuesday rejected calls to scrap tax increases.",
        "Opposition leader Raila Odinga called for protests.",
      ]),
      quotes: [
        quote("q1", REUTERS, "We will not be intimidated by street protests", 120, "william-ruto"),
        quote("q2", REUTERS, "The cost of living is crushing ordinary Kenyans", 300, "raila-odinga"),
        quote("q3", REUTERS, "a dark day for democracy", 10, null),
      ],
      actorIds: ["william-ruto", "raila-odinga", "imf", "kenya"],
      eventIds: ["e1", "e3", "e5"],
    },
    {
      ...article(AFP, "Kenya braces for opposition protests", "AFP", "2023-03-15", [
        "Kenya braced on Wednesday for a day of protests called by the opposition.",
      ]),
      quotes: [quote("q1", AFP, "Dialogue remains open to all", 80, "william-ruto")],
      actorIds: ["william-ruto", "raila-odinga", "kenya"],
      eventIds: ["e1", "e2"],
    },
    {
      ...article(AP, "Lula says Brazil is back", "AP", "2023-05-02", [
        "President Luiz Inácio Lula da Silva said Brazil was back on the world stage.",
      ]),
      quotes: [quote("q1", AP, "Brazil is back on the world stage", 50, "luiz-inacio-lula-da-silva")],
      actorIds: ["luiz-inacio-lula-da-silva", "brasilia"],
      eventIds: ["e4"],
    },
  ],
  actors: [
    { id: "william-ruto", name: "William Ruto", kind: "person", articleIds: [REUTERS, AFP] },
    {
      id: "raila-odinga",
      name: "Raila Odinga",
      kind: "person",
      articleIds: [REUTERS, AFP],
      roles: [{ title: "opposition leader", of: null, asOf: "2023-03-14", articleId: REUTERS }],
    },
    {
      id: "imf",
      name: "International Monetary Fund",
      kind: "organization",
      subtype: "international",
      aliases: ["IMF"],
      articleIds: [REUTERS],
    },
    { id: "kenya", name: "Kenya", kind: "place", subtype: "country", articleIds: [REUTERS, AFP] },
    {
      id: "luiz-inacio-lula-da-silva",
      name: "Luiz Inácio Lula da Silva",
      kind: "person",
      aliases: ["Lula"],
      articleIds: [AP],
    },
    { id: "brasilia", name: "Brasília", kind: "place", subtype: "city", articleIds: [AP] },
  ],
  events: [
    event("e1", "PROTEST", ["raila-odinga"], ["william-ruto"], "2023-03-20", [REUTERS, AFP]),
    event("e2", "REJECT", ["william-ruto"], ["raila-odinga"], "2023-03", [AFP]),
    event("e3", "AGREE", ["kenya"], ["imf"], null, [REUTERS]),
    event("e4", "CONSULT", ["luiz-inacio-lula-da-silva"], [], "2023-05-02", [AP]),
    event("e5", "THREATEN", ["william-ruto"], [], "2023-03-14", [REUTERS]),
  ],
  timeline: [
    { eventId: "e5", date: "2023-03-14", main: true },
    { eventId: "e2", date: "2023-03", main: false },
    { eventId: "e1", date: "2023-03-20", main: true },
    { eventId: "e4", date: "2023-05-02", main: true },
    { eventId: "e3", date: null, main: false },
  ],
});

export const IDS = { REUTERS, AFP, AP };

/** An app over the fixture corpus with logging off; settings as Workers vars. */
export function fixtureApp(vars: Record<string, string> = {}) {
  return createApp({
    config: parseConfig({ LOG_LEVEL: "silent", ...vars }),
    source: createMemorySource(FIXTURE),
  });
}

/** A realistic article that is not one of the seeds. */
export const KENYA_TEXT = [
  "Kenya's Ruto rejects calls to scrap tax rises",
  "",
  "NAIROBI, March 14 (Reuters) - Kenyan President William Ruto said on Tuesday his government would not back down over tax increases that opposition leader Raila Odinga has vowed to fight in the streets.",
  "",
  '"We will not be intimidated by street protests," Ruto told reporters at State House in Nairobi.',
  "",
  "Odinga has called for weekly demonstrations against the rising cost of living.",
].join("\n");
