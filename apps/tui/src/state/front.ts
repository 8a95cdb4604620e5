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

/** The rows (or reader layout) in front for the state. */
export function frontOf(state: State, index: CorpusIndex, scope: FilterScope, width: number): Front {
  const page = state.pages[state.pages.length - 1];
  if (page?.kind === "reader") {
    const article = index.articleById.get(page.articleId);
    const layout = article ? layoutArticle(index, article, page.focus, width, page.showRemoved) : NO_LAYOUT;
    const rows = article ? [{ key: article.id, data: null, target: null, evidence: null, record: article }] : [];
    return { kind: "reader", article, layout, rows };
  }
  if (page?.kind === "actor") {
    const family = actorFamily(index, page.actorId, page.articleId);
    return { kind: "actor", actor: family[0], rows: actorPageRows(index, family) };
  }
  if (page?.kind === "search") return { kind: "search", rows: searchCorpus(index, state.query, scope) };
  switch (state.view) {
    case "timeline":
      return { kind: "timeline", rows: timelineRows(index, scope) };
    case "actors":
      return { kind: "actors", rows: actorRows(index, scope, state.actorKind) };
    case "quotes":
      return { kind: "quotes", rows: quoteRows(index, scope, new Set(state.expanded)) };
    case "articles":
      return { kind: "articles", rows: articleRows(index, scope) };
  }
}

/** Rows per view for the tab counts. */
export function viewCounts(index: CorpusIndex, scope: FilterScope): Record<State["view"], number> {
  return {
    timeline: timelineRows(index, scope).length,
    actors: actorRows(index, scope, "all").length,
    quotes: quoteRows(index, scope, new Set()).length,
    articles: articleRows(index, scope).length,
  };
}
