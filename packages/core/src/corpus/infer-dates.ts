// Dates for articles that state none: an article that shares its main event with dated articles takes the
// day of that event (basis "corpus"), and its relative time expressions are resolved against it.

import { formatIso } from "../events/time/calendar.js";
import type { Article } from "../schema/article.js";
import type { LinkState } from "./linker.js";
import { redateArticle } from "./redate.js";

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

/** The articles of `clusters` whose date the corpus inferred, re-dated. */
export function inferDates(state: LinkState, clusters: ReadonlyMap<string, readonly string[]>): Map<string, Article> {
  const out = new Map<string, Article>();
  const days = new Map<readonly string[], string | null>();
  for (const [id, ids] of clusters) {
    const article = state.articles.get(id)?.article;
    if (!article || article.published?.precision === "day") continue;
    if (!days.has(ids)) days.set(ids, clusterDay(state, ids));
    const day = days.get(ids);
    if (day) out.set(id, redateArticle(article, day));
  }
  return out;
}
