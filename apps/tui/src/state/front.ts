// What is in front of the user: the rows of the current view or page, or the reader's layout. The App draws
// it and the keymap acts on it; computing it in one place keeps the two in step.
import type { Actor, CorpusArticle } from "@newsgraph/core";
import { type ActorPageRow, actorFamily, actorPageRows } from "../model/actor-page.js";
import type { CorpusIndex } from "../model/corpus-index.js";
import type { FilterScope } from "../model/filters.js";
import { layoutArticle, type ReaderLayout } from "../model/reader.js";
import {
  type ActorRow,
  actorRows,
  articleRows,
  type EventRow,
  type QuoteRow,
  quoteRows,
  timelineRows,
} from "../model/rows.js";
import { type SearchHit, searchCorpus } from "../model/search.js";
import type { Row } from "../model/target.js";
import type { State } from "./reducer.js";

export type Front =
  | { readonly kind: "timeline"; readonly rows: readonly Row<EventRow>[] }
  | { readonly kind: "actors"; readonly rows: readonly Row<ActorRow>[] }
  | { readonly kind: "quotes"; readonly rows: readonly Row<QuoteRow>[] }
  | { readonly kind: "articles"; readonly rows: readonly Row<CorpusArticle>[] }
  | {
      readonly kind: "actor";
      readonly actor: Actor | undefined;
      readonly rows: readonly Row<ActorPageRow>[];
    }
  | { readonly kind: "search"; readonly rows: readonly Row<SearchHit>[] }
  | {
      readonly kind: "reader";
      readonly article: CorpusArticle | undefined;
      readonly layout: ReaderLayout;
      readonly rows: readonly Row<unknown>[];
    };

const NO_LAYOUT: ReaderLayout = {
  lines: [["This article is not in the corpus."].map((text) => ({ text, marks: 0 }))],
  focusLine: -1,
  focusOutside: null,
};

// What was in front is kept per filter scope (a new corpus snapshot or new filters make a new scope), so that
// moving the cursor or scrolling does not rebuild a list of thousands of rows.
const cache = new WeakMap<FilterScope, Map<string, Front>>();

function remember(scope: FilterScope, key: string, make: () => Front): Front {
  let fronts = cache.get(scope);
  if (!fronts) {
    fronts = new Map();
    cache.set(scope, fronts);
  }
  let front = fronts.get(key);
  if (!front) {
    if (fronts.size > 50) fronts.clear();
    front = make();
    fronts.set(key, front);
  }
  return front;
}

/** The rows (or reader layout) in front for the state. */
export function frontOf(state: State, index: CorpusIndex, scope: FilterScope, width: number): Front {
  const page = state.pages[state.pages.length - 1];
  if (page?.kind === "reader") {
    const focus = page.focus ? `${page.focus.start}-${page.focus.end}` : "";
    return remember(scope, `reader|${page.articleId}|${focus}|${width}|${page.showRemoved}`, () => {
      const article = index.articleById.get(page.articleId);
      const layout = article ? layoutArticle(index, article, page.focus, width, page.showRemoved) : NO_LAYOUT;
      const rows = article ? [{ key: article.id, data: null, target: null, evidence: null, record: article }] : [];
      return { kind: "reader", article, layout, rows };
    });
  }
  if (page?.kind === "actor") {
    return remember(scope, `actor|${page.actorId}|${page.articleId}`, () => {
      const family = actorFamily(index, page.actorId, page.articleId);
      return { kind: "actor", actor: family[0], rows: actorPageRows(index, family) };
    });
  }
  if (page?.kind === "search")
    return remember(scope, `search|${state.query}`, () => ({
      kind: "search",
      rows: searchCorpus(index, state.query, scope),
    }));
  switch (state.view) {
    case "timeline":
      return remember(scope, "timeline", () => ({ kind: "timeline", rows: timelineRows(index, scope) }));
    case "actors":
      return remember(scope, `actors|${state.actorKind}`, () => ({
        kind: "actors",
        rows: actorRows(index, scope, state.actorKind),
      }));
    case "quotes":
      return remember(scope, `quotes|${state.expanded.join("\u0000")}`, () => ({
        kind: "quotes",
        rows: quoteRows(index, scope, new Set(state.expanded)),
      }));
    case "articles":
      return remember(scope, "articles", () => ({ kind: "articles", rows: articleRows(index, scope) }));
  }
}

/** Rows per view for the tab counts; without filters, counted without building the rows. */
export function viewCounts(index: CorpusIndex, scope: FilterScope): Record<State["view"], number> {
  if (scope.articles === null && scope.actors === null && !scope.from && !scope.to) {
    const grouped = new Set(index.corpus.quoteGroups.flatMap((g) => g.quoteIds));
    return {
      timeline: index.timeline.length,
      actors: index.corpus.actors.filter((a) => a.mentions.length > 0 || a.articleIds.length > 0).length,
      quotes: index.corpus.quoteGroups.length + index.quotes.filter((q) => !grouped.has(q.id)).length,
      articles: index.corpus.articles.length,
    };
  }
  return {
    timeline: timelineRows(index, scope).length,
    actors: actorRows(index, scope, "all").length,
    quotes: quoteRows(index, scope, new Set()).length,
    articles: articleRows(index, scope).length,
  };
}
