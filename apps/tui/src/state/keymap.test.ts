import { describe, expect, test } from "vitest";
import type { Row } from "../model/target.js";
import { type KeyContext, keyAction, splitKeys } from "./keymap.js";
import { initialState, reducer, type State } from "./reducer.js";

const row: Row<null> = {
  key: "r1",
  data: null,
  target: { kind: "actor", actorId: "x" },
  evidence: { kind: "evidence", articleId: "a", span: { start: 1, end: 2 } },
  record: {},
};
const ctx: KeyContext = { count: 10, pageSize: 5, selected: row, listName: "actors" };

describe("normal mode", () => {
  const cases: [string, string, object, object | null][] = [
    ["j moves down", "j", {}, { type: "move", delta: 1 }],
    ["↑ moves up", "", { upArrow: true }, { type: "move", delta: -1 }],
    ["PgDn pages", "", { pageDown: true }, { type: "move", delta: 5 }],
    ["G goes to the end", "G", {}, { type: "moveTo", index: 9 }],
    ["3 opens the quotes", "3", {}, { type: "view", view: "quotes" }],
    ["Tab cycles", "", { tab: true }, { type: "cycleView", delta: 1 }],
    ["Shift-Tab cycles back", "", { tab: true, shift: true }, { type: "cycleView", delta: -1 }],
    ["Enter opens the target", "", { return: true }, { type: "open", target: row.target }],
    ["e opens the evidence", "e", {}, { type: "open", target: row.evidence }],
    ["/ searches", "/", {}, { type: "searchStart" }],
    ["f filters", "f", {}, { type: "filterStart" }],
    ["w exports", "w", {}, { type: "exportStart", list: "actors" }],
    ["Space marks", " ", {}, { type: "mark", key: "r1" }],
    ["? helps", "?", {}, { type: "help" }],
    ["q quits", "q", {}, { type: "quit" }],
    ["Esc backs out", "", { escape: true }, { type: "back" }],
    ["t does nothing outside the actors view", "t", {}, null],
    ["d does nothing outside the reader", "d", {}, null],
    ["a does nothing without an actor", "a", {}, null],
    ["5 is not a view", "5", {}, null],
  ];
  for (const [name, input, key, expected] of cases) {
    test(name, () => {
      const got = keyAction(initialState, input, key, ctx);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toMatchObject(expected);
    });
  }
  test("t cycles actor kinds in the actors view; a filters by the selected actor", () => {
    const actors: State = { ...initialState, view: "actors" };
    expect(keyAction(actors, "t", {}, ctx)).toEqual({ type: "actorKind" });
    expect(keyAction(actors, "a", {}, { ...ctx, actorName: "Keller" })).toEqual({
      type: "filterActor",
      name: "Keller",
    });
  });
  test("→ opens a quote group; Enter without a target does nothing", () => {
    expect(keyAction(initialState, "", { rightArrow: true }, { ...ctx, groupId: "g" })).toEqual({
      type: "toggleGroup",
      id: "g",
    });
    expect(keyAction(initialState, "", { return: true }, { ...ctx, selected: null })).toBeNull();
  });
  test("in the reader, Space pages and d shows the removed text", () => {
    const reader = reducer(initialState, { type: "open", target: { kind: "article", articleId: "a" } });
    expect(keyAction(reader, " ", {}, ctx)).toMatchObject({ type: "move", delta: 5 });
    expect(keyAction(reader, "d", {}, ctx)).toEqual({ type: "toggleRemoved" });
  });
});

describe("prompts take text", () => {
  test("search: letters (including q) type, Backspace erases, Enter finishes, arrows move", () => {
    const s: State = { ...initialState, mode: "search" };
    expect(keyAction(s, "q", {}, ctx)).toEqual({ type: "searchType", text: "q" });
    expect(keyAction(s, "", { backspace: true }, ctx)).toEqual({ type: "searchErase" });
    expect(keyAction(s, "", { return: true }, ctx)).toEqual({ type: "searchDone" });
    expect(keyAction(s, "", { downArrow: true }, ctx)).toMatchObject({ type: "move", delta: 1 });
    expect(keyAction(s, "", { escape: true }, ctx)).toEqual({ type: "back" });
  });
  test("filter: Tab moves between fields", () => {
    const s: State = { ...initialState, mode: "filter" };
    expect(keyAction(s, "", { tab: true }, ctx)).toEqual({ type: "filterField", delta: 1 });
    expect(keyAction(s, "2", {}, ctx)).toEqual({ type: "filterType", text: "2" });
    expect(keyAction(s, "", { return: true }, ctx)).toEqual({ type: "filterApply" });
  });
  test("export: Tab changes the format, Enter asks for the file to be written", () => {
    const s: State = { ...initialState, mode: "export" };
    expect(keyAction(s, "", { tab: true }, ctx)).toEqual({ type: "exportFormat" });
    expect(keyAction(s, "", { return: true }, ctx)).toEqual({ type: "exportSubmit" });
  });
  test("help: any of ?, q, Esc closes it and other keys do nothing", () => {
    const s: State = { ...initialState, mode: "help" };
    expect(keyAction(s, "q", {}, ctx)).toEqual({ type: "help" });
    expect(keyAction(s, "j", {}, ctx)).toBeNull();
  });
});

describe("keys that arrive together", () => {
  test("are taken one at a time, with Enter, Tab and Backspace recognised", () => {
    expect(splitKeys("/Lav", {})).toEqual([
      ["/", {}],
      ["L", { shift: true }],
      ["a", {}],
      ["v", {}],
    ]);
    expect(splitKeys("j\r\t\u007f", {})).toEqual([
      ["j", {}],
      ["", { return: true }],
      ["", { tab: true }],
      ["", { backspace: true }],
    ]);
  });
  test("a single key or an escape sequence passes through", () => {
    expect(splitKeys("q", {})).toEqual([["q", {}]]);
    expect(splitKeys("\u001b[A", { upArrow: true })).toEqual([["\u001b[A", { upArrow: true }]]);
  });
});
