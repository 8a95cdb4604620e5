import { describe, expect, test } from "vitest";
import { type Action, frontCursor, initialState, reducer, type State } from "./reducer.js";

const run = (actions: Action[], from: State = initialState) => actions.reduce(reducer, from);

describe("views and cursors", () => {
  test("switching views keeps each view's cursor and closes open pages", () => {
    const s = run([
      { type: "move", delta: 2, count: 5 },
      { type: "view", view: "actors" },
      { type: "move", delta: 1, count: 5 },
      { type: "open", target: { kind: "actor", actorId: "x" } },
      { type: "view", view: "timeline" },
    ]);
    expect(s.view).toBe("timeline");
    expect(s.pages).toEqual([]);
    expect(s.cursors).toMatchObject({ timeline: 2, actors: 1 });
  });
  test("Tab cycles through the four views and wraps around both ways", () => {
    expect(run([{ type: "cycleView", delta: 1 }]).view).toBe("actors");
    expect(run([{ type: "cycleView", delta: -1 }]).view).toBe("articles");
    const views = [1, 2, 3, 4].map((n) => run(Array(n).fill({ type: "cycleView", delta: 1 })).view);
    expect(views).toEqual(["actors", "quotes", "articles", "timeline"]);
  });
  test("the cursor stays within the list", () => {
    expect(frontCursor(run([{ type: "move", delta: 10, count: 3 }]))).toBe(2);
    expect(frontCursor(run([{ type: "move", delta: -4, count: 3 }]))).toBe(0);
    expect(frontCursor(run([{ type: "moveTo", index: 7, count: 0 }]))).toBe(0);
  });
});

describe("pages", () => {
  test("opening evidence pushes a reader that centres the span later; Esc closes it", () => {
    const span = { start: 4, end: 9 };
    const s = run([{ type: "open", target: { kind: "evidence", articleId: "a", span } }]);
    expect(s.pages).toEqual([{ kind: "reader", articleId: "a", focus: span, scroll: null, showRemoved: false }]);
    const scrolled = reducer(s, { type: "scrollTo", line: 12 });
    expect(frontCursor(scrolled)).toBe(12);
    expect(reducer(scrolled, { type: "back" }).pages).toEqual([]);
  });
  test("moving in a page moves that page's cursor, not the view's", () => {
    const s = run([
      { type: "open", target: { kind: "actor", actorId: "x" } },
      { type: "move", delta: 3, count: 10 },
    ]);
    expect(frontCursor(s)).toBe(3);
    expect(s.cursors.timeline).toBe(0);
  });
  test("d toggles the removed text only in the reader", () => {
    const s = run([{ type: "open", target: { kind: "article", articleId: "a" } }, { type: "toggleRemoved" }]);
    expect(s.pages[0]).toMatchObject({ showRemoved: true });
    expect(run([{ type: "toggleRemoved" }])).toEqual({ ...initialState, touched: true });
  });
});

describe("search", () => {
  test("typing builds the query; Enter keeps the results; Esc while typing closes the search", () => {
    const typed = run([
      { type: "searchStart" },
      { type: "searchType", text: "La" },
      { type: "searchType", text: "vx" },
      { type: "searchErase" },
    ]);
    expect(typed.query).toBe("Lav");
    expect(typed.mode).toBe("search");
    expect(typed.pages).toEqual([{ kind: "search", cursor: 0 }]);
    const done = reducer(typed, { type: "searchDone" });
    expect(done.mode).toBe("normal");
    expect(done.pages).toHaveLength(1);
    expect(reducer(typed, { type: "back" }).pages).toEqual([]);
  });
  test("typing resets the result cursor; / on the results edits the same query", () => {
    const s = run([
      { type: "searchStart" },
      { type: "searchType", text: "ke" },
      { type: "searchDone" },
      { type: "move", delta: 2, count: 5 },
      { type: "searchStart" },
    ]);
    expect(s.query).toBe("ke");
    expect(frontCursor(s)).toBe(2);
    expect(frontCursor(reducer(s, { type: "searchType", text: "l" }))).toBe(0);
  });
});

describe("filters", () => {
  test("the form edits a draft field by field and applies it on Enter", () => {
    const s = run([
      { type: "move", delta: 2, count: 5 },
      { type: "filterStart" },
      { type: "filterType", text: "kel" },
      { type: "filterField", delta: 1 },
      { type: "filterType", text: "wire" },
      { type: "filterField", delta: 1 },
      { type: "filterType", text: "2023-04" },
      { type: "filterErase" },
    ]);
    expect(s.filters).toEqual(initialState.filters);
    expect(s.draft).toEqual({ actor: "kel", outlet: "wire", from: "2023-0", to: "" });
    const applied = reducer(s, { type: "filterApply" });
    expect(applied.filters).toEqual(s.draft);
    expect(applied.mode).toBe("normal");
    expect(applied.cursors.timeline).toBe(0);
  });
  test("Esc drops the draft; F clears; a filters by an actor", () => {
    const s = run([{ type: "filterStart" }, { type: "filterType", text: "x" }, { type: "back" }]);
    expect(s.filters.actor).toBe("");
    const byActor = reducer(s, { type: "filterActor", name: "Maria Keller" });
    expect(byActor.filters.actor).toBe("Maria Keller");
    expect(reducer(byActor, { type: "filterClear" }).filters.actor).toBe("");
  });
  test("the field cycles both ways", () => {
    expect(run([{ type: "filterStart" }, { type: "filterField", delta: -1 }]).draftField).toBe(3);
  });
});

describe("export, marks and the first screen", () => {
  test("the export prompt proposes a file per list and follows the format", () => {
    const s = run([{ type: "exportStart", list: "quotes" }]);
    expect(s.exportPath).toBe("newsgraph-quotes.json");
    const csv = run([{ type: "exportFormat" }, { type: "exportFormat" }], s);
    expect([csv.exportFormat, csv.exportPath]).toEqual(["csv", "newsgraph-quotes.csv"]);
    const done = reducer(csv, { type: "exportDone", message: "wrote 2 rows" });
    expect([done.mode, done.message]).toEqual(["normal", "wrote 2 rows"]);
  });
  test("Space marks and unmarks rows", () => {
    const s = run([
      { type: "mark", key: "a" },
      { type: "mark", key: "b" },
      { type: "mark", key: "a" },
    ]);
    expect(s.marked).toEqual(["b"]);
  });
  test("a corpus without events opens on the articles, unless a key was pressed", () => {
    expect(run([{ type: "loaded", hasEvents: false }]).view).toBe("articles");
    expect(run([{ type: "loaded", hasEvents: true }]).view).toBe("timeline");
    expect(
      run([
        { type: "move", delta: 1, count: 2 },
        { type: "loaded", hasEvents: false },
      ]).view,
    ).toBe("timeline");
  });
  test("q quits; ? toggles the help", () => {
    expect(run([{ type: "quit" }]).quit).toBe(true);
    expect(run([{ type: "quit" }, { type: "view", view: "actors" }]).view).toBe("timeline");
    expect(run([{ type: "help" }]).mode).toBe("help");
    expect(run([{ type: "help" }, { type: "help" }]).mode).toBe("normal");
  });
});
