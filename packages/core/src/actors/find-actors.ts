import type { CleanDoc } from "../pipeline/context.js";
import type { Actor } from "../schema/actor.js";

/** The actors of one article, with whatever the later stages need to resolve references to them. */
export interface ActorAnalysis {
  readonly actors: readonly Actor[];
}

/** Finds the people, organisations and places of an article and merges their mentions into actors. */
export function findActors(_doc: CleanDoc): ActorAnalysis {
  return { actors: [] };
}
