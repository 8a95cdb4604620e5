// Everything the App derives from the state for one screen: what is in front, how tall the body is, and what
// the keys act on. Pure, so the key handler can work it out for the newest state even before React redraws
// (keys typed or pasted faster than a frame must each see the effect of the one before).
import type { CorpusIndex } from "../model/corpus-index.js";
import { type FilterScope, scopeOf } from "../model/filters.js";
import type { Row } from "../model/target.js";
import { type Front, frontOf } from "./front.js";
import type { KeyContext } from "./keymap.js";
import { frontCursor, type State } from "./reducer.js";

export interface Screen {
  readonly scope: FilterScope;
  readonly front: Front;
  readonly cursor: number;
  readonly bodyHeight: number;
  readonly ctx: KeyContext;
  /** The rows an export writes: the marked ones, or all of the list in front. */
  readonly exportRows: readonly Row<unknown>[];
}

export interface ScreenSize {
  readonly columns: number;
  readonly rows: number;
}

/** The lines the body gets: the screen less the header, the status line, prompts and the progress bar. */
export function bodyHeightFor(state: State, size: ScreenSize, loading: boolean): number {
  const extra = (state.mode === "filter" ? 2 : 0) + (state.mode === "export" ? 1 : 0) + (loading ? 1 : 0);
  // One line short of the screen: Ink redraws everything when its output fills the terminal.
  return Math.max(3, size.rows - 1 - 2 - extra);
}

/** Works out the screen for a state; `previous` lends its filter scope when the filters did not change. */
export function screenFor(
  state: State,
  index: CorpusIndex,
  size: ScreenSize,
  loading: boolean,
  previous?: { readonly state: State; readonly screen: Screen; readonly index: CorpusIndex },
): Screen {
  const scope =
    previous && previous.index === index && previous.state.filters === state.filters
      ? previous.screen.scope
      : scopeOf(index, state.filters);
  const front = frontOf(state, index, scope, size.columns - 1);
  const cursor = frontCursor(state);
  const bodyHeight = bodyHeightFor(state, size, loading);
  const page = state.pages[state.pages.length - 1];
  const at = front.kind === "reader" ? undefined : front.rows[cursor];
  const ctx: KeyContext = {
    count: front.kind === "reader" ? Math.max(1, front.layout.lines.length - bodyHeight + 2) : front.rows.length,
    pageSize: Math.max(1, bodyHeight - 2),
    selected: at ?? null,
    listName: front.kind === "actor" && front.actor ? `actor-${front.actor.id}` : page ? page.kind : state.view,
    ...(front.kind === "actors" && front.rows[cursor] ? { actorName: front.rows[cursor].data.actor.name } : {}),
    ...(front.kind === "actor" && front.actor ? { actorName: front.actor.name } : {}),
    ...(front.kind === "quotes" && front.rows[cursor]?.data.kind === "group"
      ? { groupId: front.rows[cursor].data.group.id }
      : {}),
  };
  const rows: readonly Row<unknown>[] = front.rows;
  const exportRows = state.marked.length > 0 ? rows.filter((r) => state.marked.includes(r.key)) : rows;
  return { scope, front, cursor, bodyHeight, ctx, exportRows };
}
