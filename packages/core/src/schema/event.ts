import { z } from "zod";
import { DateValue, Evidence, IsoDate } from "./common.js";

/** PLOVER event categories (Political Language Ontology for Verifiable Event Records). */
export const PloverType = z.enum([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
]);
export type PloverType = z.infer<typeof PloverType>;

/**
 * The CAMEO root code (two digits) that each PLOVER category corresponds to most closely.
 *
 * @example
 * CAMEO_ROOT.ASSAULT; // "18"
 */
export const CAMEO_ROOT: Readonly<Record<PloverType, string>> = {
  AGREE: "03",
  CONSULT: "04",
  SUPPORT: "05",
  COOPERATE: "06",
  AID: "07",
  CONCEDE: "08",
  RETREAT: "08",
  REQUEST: "02",
  ACCUSE: "11",
  REJECT: "12",
  THREATEN: "13",
  PROTEST: "14",
  MOBILIZE: "15",
  SANCTION: "16",
  COERCE: "17",
  ASSAULT: "18",
};

/**
 * Who did what to whom, when and where, with the sentences that state it.
 *
 * @example
 * const main = article.events.find((e) => e.id === article.mainEventId);
 * main?.evidence[0]?.text; // the sentence that reports it
 */
export const Event = z.object({
  id: z.string().min(1),
  type: PloverType.nullable().describe(
    "the PLOVER category; null for a dated happening the event lexicon does not type ('the cyclone crossed Tanna')",
  ),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/)
    .nullable()
    .describe("CAMEO code, root (two digits) or finer; null when the event has no type"),
  predicate: z.string().describe("the verb phrase as written: 'vowed to deepen', 'failed to defuse'"),
  summary: z.string().describe("a short readable line: 'NATO, Russia: vowed to deepen cooperation'"),
  sourceIds: z.array(z.string()).describe("actor ids of who acted"),
  targetIds: z.array(z.string()).describe("actor ids of whom it was done to"),
  date: IsoDate.nullable(),
  time: DateValue.nullable().describe("the date with its precision, basis and the expression it came from"),
  place: z.string().nullable().describe("actor id of the place where it happened"),
  placeName: z.string().nullable().default(null),
  evidence: z.array(Evidence).min(1),
  articleIds: z.array(z.string()).min(1),
  quoteIds: z.array(z.string()).default([]),
});
export type Event = z.infer<typeof Event>;

/** An entry of the corpus timeline: an event and the date it sorts by. */
export const TimelineEntry = z.object({
  eventId: z.string(),
  date: IsoDate.nullable(),
  main: z.boolean().describe("whether some article reports this event as its main event"),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;
