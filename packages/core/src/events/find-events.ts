import type { ActorAnalysis } from "../actors/find-actors.js";
import type { CleanDoc } from "../pipeline/context.js";
import type { Event } from "../schema/event.js";
import type { Quote } from "../schema/quote.js";

export interface EventAnalysis {
  readonly events: readonly Event[];
  readonly mainEventId: string | null;
}

/** Finds dated, typed events in the sentences of an article, and the main event it reports. */
export function findEvents(_doc: CleanDoc, _actors: ActorAnalysis, _quotes: readonly Quote[]): EventAnalysis {
  return { events: [], mainEventId: null };
}
