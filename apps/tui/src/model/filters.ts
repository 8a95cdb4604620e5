// Filters by actor, outlet and date range, shared by every view. Text matching ignores case.
import type { Actor, CorpusArticle } from "@newsgraph/core";
import type { CorpusIndex } from "./corpus-index.js";

/** What the user narrowed the corpus to. Empty strings mean "any". Dates are ISO prefixes: 2012, 2012-04, 2012-04-19. */
export interface Filters {
  readonly actor: string;
  readonly outlet: string;
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: Filters = { actor: "", outlet: "", from: "", to: "" };

/** Whether any filter is set. */
export function hasFilters(f: Filters): boolean {
  return f.actor !== "" || f.outlet !== "" || f.from !== "" || f.to !== "";
}

/** Describes the active filters in a few words, for the status line. */
export function describeFilters(f: Filters): string {
  const parts: string[] = [];
  if (f.actor) parts.push(`actor~${f.actor}`);
  if (f.outlet) parts.push(`outlet~${f.outlet}`);
  if (f.from || f.to) parts.push(`date ${f.from || "…"}..${f.to || "…"}`);
  return parts.join("  ");
}

/** Whether an ISO date (any precision) lies in the range given by ISO prefixes. A null date fails any range. */
export function dateInRange(date: string | null, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (date === null) return false;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/** Whether an actor's name or one of its aliases contains the text. */
export function actorMatches(actor: Actor, text: string): boolean {
  const t = text.toLowerCase();
  return actor.name.toLowerCase().includes(t) || actor.aliases.some((a) => a.toLowerCase().includes(t));
}

/** The result of applying filters: allowed article and actor ids, or null for "all". */
export interface FilterScope {
  readonly articles: ReadonlySet<string> | null;
  /** Articles by outlet and actor only: events are dated by when they happened, not by publication. */
  readonly eventArticles: ReadonlySet<string> | null;
  readonly actors: ReadonlySet<string> | null;
  readonly from: string;
  readonly to: string;
}

/** Works out which articles and actors the filters let through. */
export function scopeOf(index: CorpusIndex, f: Filters): FilterScope {
  if (!hasFilters(f)) return { articles: null, eventArticles: null, actors: null, from: "", to: "" };
  const actors = f.actor ? new Set(index.corpus.actors.filter((a) => actorMatches(a, f.actor)).map((a) => a.id)) : null;
  const actorArticles = new Set<string>();
  if (actors) {
    for (const a of index.corpus.actors) {
      if (!actors.has(a.id)) continue;
      for (const id of a.articleIds) actorArticles.add(id);
      for (const m of a.mentions) actorArticles.add(m.articleId);
    }
  }
  const outlet = f.outlet.toLowerCase();
  const byOutletAndActor = index.corpus.articles.filter(
    (a) =>
      (!outlet || (a.outlet ?? "").toLowerCase().includes(outlet)) &&
      (!actors || actorArticles.has(a.id) || a.actorIds.some((id) => actors.has(id))),
  );
  const articles = new Set(byOutletAndActor.filter((a) => dateInRange(a.publishedAt, f.from, f.to)).map((a) => a.id));
  return { articles, eventArticles: new Set(byOutletAndActor.map((a) => a.id)), actors, from: f.from, to: f.to };
}

/** Whether an article passes the scope. */
export function articleAllowed(scope: FilterScope, article: CorpusArticle): boolean {
  return scope.articles === null || scope.articles.has(article.id);
}
