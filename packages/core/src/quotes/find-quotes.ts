import type { ActorAnalysis } from "../actors/find-actors.js";
import type { CleanDoc } from "../pipeline/context.js";
import type { Quote } from "../schema/quote.js";

/** Finds every quoted span of the body and attributes it to a speaker. */
export function findQuotes(_doc: CleanDoc, _actors: ActorAnalysis): Quote[] {
  return [];
}
