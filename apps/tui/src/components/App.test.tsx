import { render } from "ink-testing-library";
import { describe, expect, test } from "vitest";
import { makeFixture } from "../../test/fixture.js";
import { COLOR_SGR, KEY, press, styledRuns, until } from "../../test/ink.js";
import type { CorpusSource } from "../source.js";
import { App, type WriteExport } from "./App.js";

const { corpus } = makeFixture();

function open(props: Partial<Parameters<typeof App>[0]> = {}) {
  const written: { path: string; content: string }[] = [];
  const writeExport: WriteExport = async (path, content) => {
    written.push({ path, content });
    return `/out/${path}`;
  };
  const app = render(<App corpus={corpus} columns={100} rows={30} writeExport={writeExport} {...props} />);
  const frame = (check: (f: string) => boolean) => until(app.lastFrame, check);
  const has = (text: string) => frame((f) => f.includes(text));
  // Keys are read once the corpus is on screen: by then Ink listens to the input.
  const ready = props.source ? Promise.resolve("") : frame((f) => /Articles [1-9]/.test(f));
  const keys = async (...k: string[]) => {
    await ready;
    await press(app.stdin, ...k);
  };
  return { ...app, written, frame, has, keys };
}

describe("views", () => {
  test("opens on the timeline: events by date with type, actors, place and the main event starred", async () => {
    const app = open();
    const f = await app.has("2023-03-14");
    expect(f).toContain("1 Timeline 3");
    expect(f).toMatch(/2023-03-14 ★ CONSULT\s+Maria Keller: failed to agree on @ Vienna/);
    expect(f).toMatch(/2023-04 {4}\s+CONSULT/);
    expect(f).toContain("2023-04-20 ★ SANCTION");
  });
  test("2 lists actors by mentions with the selected one's roles; t narrows to a kind", async () => {
    const app = open();
    await app.keys("2");
    let f = await app.has("showing: all");
    expect(f.indexOf("European Commission")).toBeLessThan(f.indexOf("Maria Keller"));
    await app.keys("j");
    f = await app.has("roles: trade minister (2023-03-14)");
    await app.keys("t", "t", "t");
    f = await app.has("showing: place");
    expect(f).toContain("Vienna");
    expect(f).not.toContain("Jonas Berg");
  });
  test("3 groups the same utterance across outlets and highlights the wording differences", async () => {
    const app = open();
    await app.keys("3");
    let f = await app.has("×2");
    expect(f).toContain("Maria Keller ×2 “We are not there yet, but the door stays open,”");
    expect(f).toContain("Jonas Berg (Danube Wire) “This is a fair offer,”");
    expect(f).toContain("said in 2 outlets");
    await app.keys(KEY.right);
    f = await app.has("▾");
    expect(f).toContain("Alpine Post: We are not there yet, but the door stays open,remains open.");
  });
  test("the wording differences are styled: dropped words struck through, added words underlined", async () => {
    const app = open();
    await app.keys("3", KEY.right);
    await app.has("▾");
    const raw = app.lastFrame() ?? "";
    expect(styledRuns(raw, 9)).toContain("stays open,");
    expect(styledRuns(raw, 4)).toContain("remains open.");
  });
  test("4 lists articles with date and outlet; Enter reads one with its metadata and marked text", async () => {
    const app = open();
    await app.keys("4");
    let f = await app.has("Alpine Post");
    expect(f).toMatch(/2023-03-14 Danube Wire\s+Trade ministers fail to bridge gap on steel tariffs/);
    await app.keys(KEY.enter);
    f = await app.has("Outlet: Danube Wire");
    expect(f).toContain("Byline: Staff · Dateline: VIENNA · Date: 2023-03-14");
    expect(f).toContain("Trade ministers meeting in Vienna on Tuesday");
    expect(f).not.toContain("Share this article");
    await app.keys("d");
    f = await app.has("[widget] Share this article | Subscribe");
    await app.keys(KEY.escape);
    await app.has("4 Articles 3");
  });
  test("Tab and Shift-Tab move between the views", async () => {
    const app = open();
    await app.has("Timeline");
    await app.keys(KEY.tab);
    await app.has("showing: all");
    await app.keys(KEY.shiftTab, KEY.shiftTab);
    await app.has("Alpine Post");
  });
});

describe("evidence and actors", () => {
  test("Enter on a quote opens its article with the quote inverted and in view", async () => {
    const app = open();
    await app.keys("3", "j", KEY.enter);
    await app.has("Outlet: Danube Wire");
    await app.frame((f) => f.includes("› Commission tables steel quota plan"));
    expect(styledRuns(app.lastFrame() ?? "", 7)).toContain("This is a fair offer,");
  });
  test("e on an event jumps to the sentence that states it", async () => {
    const app = open();
    await app.keys("j", "j", "e");
    const f = await app.has("Outlet: Danube Wire");
    expect(f).toContain("The European Commission on Thursday proposed quotas on imported steel.");
    expect(styledRuns(app.lastFrame() ?? "", 7).join("")).toContain("The European Commission on Thursday proposed");
  });
  test("Enter on an actor shows everything about it; Enter on its quote opens the evidence; Esc comes back", async () => {
    const app = open();
    await app.keys("2", "j", KEY.enter);
    let f = await app.has("1 roles · 2 quotes · 1 events · 2 articles");
    expect(f).toContain("role    2023-03-14 trade minister, Austria");
    expect(f).toContain("said    2023-03-14 “We are not there yet, but the door stays open,”");
    await app.keys("j", KEY.enter);
    f = await app.has("Outlet: Danube Wire");
    await app.keys(KEY.escape);
    f = await app.has("1 roles · 2 quotes");
    await app.keys(KEY.escape);
    await app.has("showing: all");
  });
});

describe("search and filters", () => {
  test("/ searches actors, quotes and text as you type; Enter then opens a hit", async () => {
    const app = open();
    await app.keys("/", "k", "e", "l", "l", "e", "r");
    let f = await app.has("1 actors · 2 quotes · 2 articles");
    expect(f).toContain("actor   Maria Keller (person)");
    await app.keys(KEY.enter);
    f = await app.has("/: edit");
    await app.keys(KEY.enter);
    f = await app.has("1 roles · 2 quotes");
  });
  test("Esc while typing closes the search; q typed into the search does not quit", async () => {
    const app = open();
    await app.keys("/", "q", "u");
    await app.has("/ qu");
    await app.keys(KEY.escape);
    const f = await app.frame((x) => !x.includes("/ qu"));
    expect(f).toContain("2023-03-14");
  });
  test("f filters by outlet and date; the tabs count what passes; F clears", async () => {
    const app = open();
    await app.keys("4", "f", KEY.tab, ..."danube", KEY.tab, ..."2023-04", KEY.enter);
    let f = await app.has("[outlet~danube  date 2023-04..…]");
    expect(f).toContain("4 Articles 1");
    expect(f).toContain("Commission tables steel quota plan");
    expect(f).not.toContain("Trade ministers fail");
    await app.keys("F");
    f = await app.has("4 Articles 3");
  });
  test("a on an actor filters every view by it", async () => {
    const app = open();
    await app.keys("2", "j", "a");
    const f = await app.has("[actor~Maria Keller]");
    expect(f).toContain("1 Timeline 1");
    expect(f).toContain("3 Quotes 1");
    expect(f).toContain("4 Articles 2");
  });
});

describe("export, help and the screen", () => {
  test("w writes the current view as CSV after Tab picks the format", async () => {
    const app = open();
    await app.keys("4", "w");
    await app.has("newsgraph-articles.json");
    await app.keys(KEY.tab, KEY.tab, KEY.enter);
    await app.has("wrote 3 rows to /out/newsgraph-articles.csv");
    expect(app.written[0]?.content.split("\r\n")[0]).toBe(
      "id,headline,outlet,byline,dateline,publishedAt,paragraphs,quotes,actors,events",
    );
  });
  test("Space marks rows and w exports only the marked ones", async () => {
    const app = open();
    await app.keys("3", " ", "w");
    await app.has("1 marked rows");
    await app.keys(KEY.enter);
    await app.has("wrote 1 rows");
    expect(JSON.parse(app.written[0]?.content ?? "")).toEqual([
      expect.objectContaining({ id: "g-door", speaker: "Maria Keller" }),
    ]);
  });
  test("? shows the keys and Esc hides them", async () => {
    const app = open();
    await app.keys("?");
    await app.has("Keys (? or Esc closes)");
    await app.keys(KEY.escape);
    await app.has("2023-03-14");
  });
  test("fits 80x24: every line within 80 columns and 23 lines", async () => {
    const app = open({ columns: 80, rows: 24 });
    await app.keys("3", KEY.right);
    const f = await app.has("▾");
    const lines = f.split("\n");
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });
  test("without colour, highlights still show through inverse, bold and underline", async () => {
    const app = open({ noColor: true });
    await app.keys("3", "j", KEY.enter);
    await app.has("Outlet: Danube Wire");
    const raw = app.lastFrame() ?? "";
    expect(raw).not.toMatch(COLOR_SGR);
    expect(styledRuns(raw, 7)).toContain("This is a fair offer,");
  });
  test("q quits", async () => {
    const app = open();
    await app.has("Timeline");
    await app.keys("q", "2");
    await new Promise((r) => setTimeout(r, 100));
    // Once the app has exited, keys change nothing.
    expect(app.lastFrame()).not.toContain("showing: all");
  });
});

describe("loading", () => {
  test("shows a progress bar and the articles that have arrived, then the linked corpus", async () => {
    let deliver: (n: number) => void = () => {};
    const source: CorpusSource = {
      load: (onSnapshot) =>
        new Promise<void>((resolve) => {
          deliver = (n) => {
            const finished = n === corpus.articles.length;
            onSnapshot({
              corpus: { ...corpus, articles: corpus.articles.slice(0, n), timeline: finished ? corpus.timeline : [] },
              progress: { done: n, total: 3, finished, errors: [] },
            });
            if (finished) resolve();
          };
        }),
    };
    const app = open({ source });
    await app.frame(() => true);
    deliver(1);
    let f = await app.has("1/3 articles");
    expect(f).toContain("Loading");
    deliver(3);
    f = await app.frame((x) => !x.includes("Loading"));
    expect(f).toContain("4 Articles 3");
  });
});
