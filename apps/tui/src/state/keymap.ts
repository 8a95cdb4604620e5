// Turns a key press into an action, given what is on screen. Pure, so every binding is tested without a terminal.
import type { Row } from "../model/target.js";
import { type Action, type State, VIEWS } from "./reducer.js";

/** The keys Ink reports (a subset of its `Key`). */
export interface KeyInfo {
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly pageUp?: boolean;
  readonly pageDown?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  readonly tab?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly meta?: boolean;
}

/** What the screen shows that a key may act on. */
export interface KeyContext {
  /** Rows of the list in front, or lines the reader can scroll through. */
  readonly count: number;
  readonly pageSize: number;
  readonly selected: Row<unknown> | null;
  /** Name of the list in front, for the export file name. */
  readonly listName: string;
  /** The selected actor's name, if the selection is an actor. */
  readonly actorName?: string;
  /** The selected quote group, if any. */
  readonly groupId?: string;
}

/** An action, or a request the component carries out itself (writing the export file). */
export type KeyResult = Action | { readonly type: "exportSubmit" } | null;

function isText(input: string, key: KeyInfo): boolean {
  return input.length > 0 && !key.ctrl && !key.meta && !key.return && !key.escape && !key.tab && input >= " ";
}

function textInput(
  input: string,
  key: KeyInfo,
  on: { type: (t: string) => Action; erase: Action; done: Action | { type: "exportSubmit" } },
) {
  if (key.escape) return { type: "back" } as const;
  if (key.return) return on.done;
  if (key.backspace || key.delete) return on.erase;
  if (isText(input, key)) return on.type(input);
  return null;
}

/** Maps one key press to what it does in the current state. */
export function keyAction(state: State, input: string, key: KeyInfo, ctx: KeyContext): KeyResult {
  const move = (delta: number): Action => ({ type: "move", delta, count: ctx.count });
  switch (state.mode) {
    case "help":
      return key.escape || input === "?" || input === "q" || key.return ? { type: "help" } : null;
    case "search":
      if (key.upArrow) return move(-1);
      if (key.downArrow) return move(1);
      return textInput(input, key, {
        type: (text) => ({ type: "searchType", text }),
        erase: { type: "searchErase" },
        done: { type: "searchDone" },
      });
    case "filter":
      if (key.tab || key.downArrow) return { type: "filterField", delta: key.shift ? -1 : 1 };
      if (key.upArrow) return { type: "filterField", delta: -1 };
      return textInput(input, key, {
        type: (text) => ({ type: "filterType", text }),
        erase: { type: "filterErase" },
        done: { type: "filterApply" },
      });
    case "export":
      if (key.tab) return { type: "exportFormat" };
      return textInput(input, key, {
        type: (text) => ({ type: "exportType", text }),
        erase: { type: "exportErase" },
        done: { type: "exportSubmit" },
      });
    case "normal":
      break;
  }
  const page = state.pages[state.pages.length - 1];
  if (key.escape) return { type: "back" };
  if (key.tab) return { type: "cycleView", delta: key.shift ? -1 : 1 };
  if (key.downArrow || input === "j") return move(1);
  if (key.upArrow || input === "k") return move(-1);
  if (key.pageDown || (key.ctrl && input === "d") || (input === " " && page?.kind === "reader"))
    return move(ctx.pageSize);
  if (key.pageUp || (key.ctrl && input === "u") || input === "b") return move(-ctx.pageSize);
  if (key.home || input === "g") return { type: "moveTo", index: 0, count: ctx.count };
  if (key.end || input === "G") return { type: "moveTo", index: ctx.count - 1, count: ctx.count };
  if (key.ctrl) return null;
  const n = Number.parseInt(input, 10);
  if (n >= 1 && n <= VIEWS.length && input.length === 1) return { type: "view", view: VIEWS[n - 1] ?? "timeline" };
  switch (input) {
    case "q":
      return { type: "quit" };
    case "?":
      return { type: "help" };
    case "/":
      return { type: "searchStart" };
    case "f":
      return { type: "filterStart" };
    case "F":
      return { type: "filterClear" };
    case "w":
      return { type: "exportStart", list: ctx.listName };
    case "t":
      return !page && state.view === "actors" ? { type: "actorKind" } : null;
    case "d":
      return page?.kind === "reader" ? { type: "toggleRemoved" } : null;
    case "a":
      return ctx.actorName ? { type: "filterActor", name: ctx.actorName } : null;
    case "e":
      return ctx.selected?.evidence ? { type: "open", target: ctx.selected.evidence } : null;
    case " ":
      return ctx.selected ? { type: "mark", key: ctx.selected.key } : null;
  }
  if ((key.rightArrow || key.leftArrow || input === "l" || input === "h" || input === "o") && ctx.groupId)
    return { type: "toggleGroup", id: ctx.groupId };
  if (key.return) {
    if (ctx.selected?.target) return { type: "open", target: ctx.selected.target };
    return null;
  }
  return null;
}

const CONTROL_KEYS: Readonly<Record<string, KeyInfo>> = {
  "\r": { return: true },
  "\n": { return: true },
  "\t": { tab: true },
  "\u007f": { backspace: true },
  "\b": { backspace: true },
};

/**
 * Splits input that holds several plain keys (typed faster than read, or pasted) into one key each, so that
 * "j" then Enter sent together act as two presses. Escape sequences and single keys pass through as they are.
 */
export function splitKeys(input: string, key: KeyInfo): [string, KeyInfo][] {
  if (input.length <= 1 || key.ctrl || key.meta || input.includes("\u001b")) return [[input, key]];
  return [...input].map((ch) => {
    const control = CONTROL_KEYS[ch];
    return control ? ["", control] : [ch, ch !== ch.toLowerCase() ? { shift: true } : {}];
  });
}
