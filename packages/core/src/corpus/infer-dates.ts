// Dates for articles that state none: an article that shares its main event with dated articles takes the
// day of that event (basis "corpus"), and its relative time expressions are resolved against it.

import { formatIso } from "../events/time/calendar.js";
import type { LinkState } from "./linker.js";

/** The day most members of a same-event cluster give their main event, the earliest-added on a tie. */
function clusterDay(state: LinkState, ids: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const day = state.articles.get(id)?.profile?.day;
    if (day) counts.set(formatIso(day), (counts.get(formatIso(day)) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [d, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * The day the corpus infers for each article of `clusters` that states none: the day its cluster gives its
 * main event. The articles are re-dated (`redateArticle`) as the assembly comes to them, not all at once.
 */
export function inferDates(state: LinkState, clusters: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const out = new Map<string, string>();
  const days = new Map<readonly string[], string | null>();
  for (const [id, ids] of clusters) {
    const article = state.articles.get(id)?.article;
    if (!article || article.published?.precision === "day") continue;
    if (!days.has(ids)) days.set(ids, clusterDay(state, ids));
    const day = days.get(ids);
    if (day) out.set(id, day);
  }
  return out;
}
