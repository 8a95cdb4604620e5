// The pipeline's internal stages, imported from the core's source so each can be timed on its own.
// They are called exactly as src/pipeline/normalize-article.ts calls them; keep the two in step.

import { findActors } from "../../../core/src/actors/find-actors.js";
import { cleanArticle } from "../../../core/src/article/clean-article.js";
import { findEvents } from "../../../core/src/events/find-events.js";
import { findQuotes } from "../../../core/src/quotes/find-quotes.js";
import { cpuNs } from "./clock.js";

export const STAGES = ["cleaning", "actors", "quotes", "events"] as const;
export type Stage = (typeof STAGES)[number];

/** Runs the four stages on one text and adds each one's CPU time (ns) to `totals`. */
export function timeStages(text: string, id: string, totals: Record<Stage, number>): void {
  const t0 = cpuNs();
  const doc = cleanArticle(text, { id, referenceDate: null });
  const t1 = cpuNs();
  const actors = findActors(doc);
  const t2 = cpuNs();
  const quotes = findQuotes(doc, actors);
  const t3 = cpuNs();
  findEvents(doc, actors, quotes);
  const t4 = cpuNs();
  totals.cleaning += t1 - t0;
  totals.actors += t2 - t1;
  totals.quotes += t3 - t2;
  totals.events += t4 - t3;
}
