// The browser's state and every change to it. Pure: the components turn keys into actions (see keymap.ts)
// and draw the state; nothing here reads the corpus, so counts come in with the actions that need them.
import type { Span } from "@newsgraph/core";
import { defaultExportPath, EXPORT_FORMATS, type ExportFormat, withFormat } from "../model/export.js";
import { type Filters, NO_FILTERS } from "../model/filters.js";
import type { Target } from "../model/target.js";

export const VIEWS = ["timeline", "actors", "quotes", "articles"] as const;
export type View = (typeof VIEWS)[number];

/** A page opened on top of a view; Esc closes it. */
export type Page =
  | {
      readonly kind: "reader";
      readonly articleId: string;
      readonly focus: Span | null;
      /** First line shown; null until the reader has laid out the article and centred the focus. */
      readonly scroll: number | null;
      readonly showRemoved: boolean;
    }
  | { readonly kind: "actor"; readonly actorId: string; readonly articleId?: string; readonly cursor: number }
  | { readonly kind: "search"; readonly cursor: number };

export type Mode = "normal" | "search" | "filter" | "export" | "help";
export const FILTER_FIELDS = ["actor", "outlet", "from", "to"] as const;
export const ACTOR_KINDS = ["all", "person", "organization", "place"] as const;

export interface State {
  readonly view: View;
  readonly cursors: Readonly<Record<View, number>>;
  readonly pages: readonly Page[];
  readonly mode: Mode;
  readonly query: string;
  readonly filters: Filters;
  readonly draft: Filters;
  readonly draftField: number;
  readonly exportPath: string;
  readonly exportFormat: ExportFormat;
  /** Keys of the rows marked with Space, for exporting a selection. */
  readonly marked: readonly string[];
  readonly actorKind: (typeof ACTOR_KINDS)[number];
  /** Quote groups shown with each wording. */
  readonly expanded: readonly string[];
  readonly message: string | null;
  /** Whether the user has pressed a key yet; until then the first screen may change as the corpus loads. */
  readonly touched: boolean;
  readonly quit: boolean;
}

export const initialState: State = {
  view: "timeline",
  cursors: { timeline: 0, actors: 0, quotes: 0, articles: 0 },
  pages: [],
  mode: "normal",
  query: "",
  filters: NO_FILTERS,
  draft: NO_FILTERS,
  draftField: 0,
  exportPath: "",
  exportFormat: "json",
  marked: [],
  actorKind: "all",
  expanded: [],
  message: null,
  touched: false,
  quit: false,
};

export type Action =
  | { readonly type: "view"; readonly view: View }
  | { readonly type: "cycleView"; readonly delta: 1 | -1 }
  /** Moves the cursor of the list in front (or scrolls the reader) by delta, within [0, count). */
  | { readonly type: "move"; readonly delta: number; readonly count: number }
  | { readonly type: "moveTo"; readonly index: number; readonly count: number }
  | { readonly type: "open"; readonly target: Target }
  | { readonly type: "back" }
  | { readonly type: "quit" }
  | { readonly type: "help" }
  | { readonly type: "searchStart" }
  | { readonly type: "searchType"; readonly text: string }
  | { readonly type: "searchErase" }
  | { readonly type: "searchDone" }
  | { readonly type: "filterStart" }
  | { readonly type: "filterType"; readonly text: string }
  | { readonly type: "filterErase" }
  | { readonly type: "filterField"; readonly delta: 1 | -1 }
  | { readonly type: "filterApply" }
  | { readonly type: "filterClear" }
  | { readonly type: "filterActor"; readonly name: string }
  | { readonly type: "exportStart"; readonly list: string }
  | { readonly type: "exportType"; readonly text: string }
  | { readonly type: "exportErase" }
  | { readonly type: "exportFormat" }
  | { readonly type: "exportDone"; readonly message: string }
  | { readonly type: "mark"; readonly key: string }
  | { readonly type: "actorKind" }
  | { readonly type: "toggleGroup"; readonly id: string }
  | { readonly type: "toggleRemoved" }
  | { readonly type: "scrollTo"; readonly line: number }
  | { readonly type: "message"; readonly text: string | null }
  | { readonly type: "loaded"; readonly hasEvents: boolean };

function clamp(n: number, count: number): number {
  return Math.max(0, Math.min(n, count - 1));
}

function top(state: State): Page | undefined {
  return state.pages[state.pages.length - 1];
}

function replaceTop(state: State, page: Page): State {
  return { ...state, pages: [...state.pages.slice(0, -1), page] };
}

/** Moves whatever is in front: the reader's scroll, a page's cursor, or the view's cursor. */
function moveTo(state: State, index: number, count: number): State {
  const page = top(state);
  if (page?.kind === "reader") return replaceTop(state, { ...page, scroll: clamp(index, count) });
  if (page) return replaceTop(state, { ...page, cursor: clamp(index, count) });
  return { ...state, cursors: { ...state.cursors, [state.view]: clamp(index, count) } };
}

/** The cursor (or scroll) of whatever is in front. */
export function frontCursor(state: State): number {
  const page = top(state);
  if (page?.kind === "reader") return page.scroll ?? 0;
  if (page) return page.cursor;
  return state.cursors[state.view];
}

function pageFor(target: Target): Page {
  switch (target.kind) {
    case "evidence":
      return { kind: "reader", articleId: target.articleId, focus: target.span, scroll: null, showRemoved: false };
    case "article":
      return { kind: "reader", articleId: target.articleId, focus: null, scroll: 0, showRemoved: false };
    case "actor":
      return {
        kind: "actor",
        actorId: target.actorId,
        ...(target.articleId ? { articleId: target.articleId } : {}),
        cursor: 0,
      };
  }
}

function editDraft(state: State, edit: (s: string) => string): State {
  const field = FILTER_FIELDS[state.draftField] ?? "actor";
  return { ...state, draft: { ...state.draft, [field]: edit(state.draft[field]) } };
}

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function reducer(s: State, action: Action): State {
  if (s.quit) return s;
  const state = s.touched || action.type === "loaded" ? s : { ...s, touched: true };
  switch (action.type) {
    case "view":
      return { ...state, view: action.view, pages: [], marked: [], mode: "normal", message: null };
    case "cycleView": {
      const i = VIEWS.indexOf(state.view);
      const view = VIEWS[(i + action.delta + VIEWS.length) % VIEWS.length] ?? "timeline";
      return { ...state, view, pages: [], marked: [], mode: "normal", message: null };
    }
    case "move":
      return moveTo(state, frontCursor(state) + action.delta, action.count);
    case "moveTo":
      return moveTo(state, action.index, action.count);
    case "scrollTo": {
      const page = top(state);
      return page?.kind === "reader" ? replaceTop(state, { ...page, scroll: Math.max(0, action.line) }) : state;
    }
    case "open":
      return { ...state, pages: [...state.pages, pageFor(action.target)], mode: "normal", marked: [], message: null };
    case "back":
      if (state.mode !== "normal") {
        const closingSearch = state.mode === "search" && top(state)?.kind === "search";
        return { ...state, mode: "normal", pages: closingSearch ? state.pages.slice(0, -1) : state.pages };
      }
      if (state.pages.length > 0) return { ...state, pages: state.pages.slice(0, -1), marked: [], message: null };
      return { ...state, message: null, marked: [] };
    case "quit":
      return { ...state, quit: true };
    case "help":
      return { ...state, mode: state.mode === "help" ? "normal" : "help" };
    case "searchStart": {
      const onSearch = top(state)?.kind === "search";
      return {
        ...state,
        mode: "search",
        pages: onSearch ? state.pages : [...state.pages, { kind: "search", cursor: 0 }],
        query: onSearch ? state.query : "",
        message: null,
      };
    }
    case "searchType":
      return resetSearchCursor({ ...state, query: state.query + action.text });
    case "searchErase":
      return resetSearchCursor({ ...state, query: state.query.slice(0, -1) });
    case "searchDone":
      return { ...state, mode: "normal" };
    case "filterStart":
      return { ...state, mode: "filter", draft: state.filters, draftField: 0, message: null };
    case "filterType":
      return editDraft(state, (v) => v + action.text);
    case "filterErase":
      return editDraft(state, (v) => v.slice(0, -1));
    case "filterField":
      return {
        ...state,
        draftField: (state.draftField + action.delta + FILTER_FIELDS.length) % FILTER_FIELDS.length,
      };
    case "filterApply":
      return { ...state, mode: "normal", filters: state.draft, ...resetCursors(state) };
    case "filterClear":
      return { ...state, filters: NO_FILTERS, draft: NO_FILTERS, ...resetCursors(state), message: "filters cleared" };
    case "filterActor":
      return {
        ...state,
        filters: { ...state.filters, actor: action.name },
        ...resetCursors(state),
        message: `filtered by actor ${action.name}`,
      };
    case "exportStart":
      return {
        ...state,
        mode: "export",
        exportPath: defaultExportPath(action.list, state.exportFormat),
        message: null,
      };
    case "exportType":
      return { ...state, exportPath: state.exportPath + action.text };
    case "exportErase":
      return { ...state, exportPath: state.exportPath.slice(0, -1) };
    case "exportFormat": {
      const i = EXPORT_FORMATS.indexOf(state.exportFormat);
      const exportFormat = EXPORT_FORMATS[(i + 1) % EXPORT_FORMATS.length] ?? "json";
      return { ...state, exportFormat, exportPath: withFormat(state.exportPath, exportFormat) };
    }
    case "exportDone":
      return { ...state, mode: "normal", message: action.message };
    case "mark":
      return { ...state, marked: toggle(state.marked, action.key) };
    case "actorKind": {
      const i = ACTOR_KINDS.indexOf(state.actorKind);
      return {
        ...state,
        actorKind: ACTOR_KINDS[(i + 1) % ACTOR_KINDS.length] ?? "all",
        cursors: { ...state.cursors, actors: 0 },
      };
    }
    case "toggleGroup":
      return { ...state, expanded: toggle(state.expanded, action.id) };
    case "toggleRemoved": {
      const page = top(state);
      return page?.kind === "reader"
        ? replaceTop(state, { ...page, showRemoved: !page.showRemoved, scroll: page.showRemoved ? page.scroll : 0 })
        : state;
    }
    case "message":
      return { ...state, message: action.text };
    case "loaded":
      // Open on the timeline when there is one; otherwise on the articles, unless the user has already moved.
      return !state.touched && !action.hasEvents && state.view === "timeline" ? { ...state, view: "articles" } : state;
  }
}

function resetSearchCursor(state: State): State {
  const page = top(state);
  return page?.kind === "search" ? replaceTop(state, { ...page, cursor: 0 }) : state;
}

function resetCursors(state: State): Pick<State, "cursors" | "marked"> {
  return { cursors: { ...state.cursors, [state.view]: 0 }, marked: [] };
}
