// Drives the real `newsgraph` command in tmux, as a person would: keys in, screen out. Each run uses its own
// tmux server (-L) and a fixed 100x30 window; the screen is polled with a bounded wait, never a fixed sleep.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { makeFixture } from "./fixture.js";
import { styledRuns } from "./ink.js";

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const bin = fileURLToPath(new URL("../bin/newsgraph.mjs", import.meta.url));
const root = fileURLToPath(new URL("../../..", import.meta.url));
const socket = `newsgraph-e2e-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
}

function start(args: string): void {
  // CI variables are dropped so that the command sees what a person's terminal gives it.
  tmux(
    "new-session",
    "-d",
    "-s",
    "e2e",
    "-x",
    "100",
    "-y",
    "30",
    "-c",
    root,
    `env -u CI TERM=xterm-256color node ${bin} ${args}; echo "exited with $?"; sleep 30`,
  );
}

function screen(styles = false): string {
  return tmux("capture-pane", "-p", ...(styles ? ["-e"] : []), "-t", "e2e");
}

async function waitFor(check: (s: string) => boolean, what: string, ms = 60_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (check(s)) return s;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}; the screen shows:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const shows = (text: string) => (s: string) => s.includes(text);

/** Waits until the highlighted tab of the header is the given view. */
function onView(name: string): Promise<string> {
  return waitFor(
    () => styledRuns(screen(true), 7).some((run) => new RegExp(`^ \\d ${name} \\d+ ?$`).test(run)),
    `the ${name} view`,
  );
}

function keys(...k: string[]): void {
  tmux("send-keys", "-t", "e2e", ...k);
}

afterEach(() => {
  spawnSync("tmux", ["-L", socket, "kill-server"]);
});

describe.skipIf(!hasTmux)("newsgraph in a terminal (tmux)", { timeout: 180_000 }, () => {
  test("opens the seeds, walks the four views, finds Lavrov, jumps to the evidence and quits", async () => {
    start("seeds");
    await waitFor((s) => /Articles 5/.test(s) && !s.includes("Loading"), "the seeds to load");
    keys("1");
    await onView("Timeline");
    keys("2");
    await onView("Actors");
    await waitFor(shows("showing: all"), "the actor list");
    keys("3");
    const quotes = await onView("Quotes");
    keys("4");
    await onView("Articles");

    keys("/", "Lavrov");
    await waitFor((s) => /\/ Lavrov .*[1-9]\d* articles/.test(s), "search results for Lavrov");
    // The last hits are passages of article text, which name Lavrov whatever the extraction finds.
    keys("Enter", "G", "Enter");
    let s = await waitFor((x) => /lines \d+-\d+ of \d+/.test(x), "the reader");
    const marked = styledRuns(screen(true), 7).join(" ");
    expect(marked).toContain("Lavrov");
    expect(s).toMatch(/lines \d+-\d+ of \d+/);

    keys("Escape");
    await waitFor(shows("/ Lavrov"), "back on the search results");
    keys("Escape");
    await waitFor((x) => !x.includes("/ Lavrov") && x.includes("Enter: read"), "back on the articles");
    if (!quotes.includes("No quotes found")) {
      // Once quotes are extracted from the seeds, Enter on one opens its evidence as well.
      keys("3", "Enter");
      s = await waitFor((x) => /lines \d+-\d+ of \d+/.test(x), "the quote's evidence");
      expect(styledRuns(screen(true), 7).join("").length).toBeGreaterThan(0);
    }
    keys("q");
    await waitFor(shows("exited with 0"), "the command to exit");
  });

  test("from a quote in a saved corpus, Enter opens the article with the quote marked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-e2e-"));
    try {
      const file = join(dir, "corpus.json");
      writeFileSync(file, JSON.stringify(makeFixture().corpus));
      start(file);
      await waitFor(shows("4 Articles 3"), "the corpus");
      keys("3");
      await waitFor(shows("Maria Keller ×2"), "the quote group");
      keys("j", "Enter");
      await waitFor(shows("Outlet: Danube Wire · Byline: Staff · Dateline: BRUSSELS"), "the evidence");
      expect(styledRuns(screen(true), 7)).toContain("This is a fair offer,");
      keys("Escape");
      await waitFor(shows("Maria Keller ×2"), "back on the quotes");
      keys("q");
      await waitFor(shows("exited with 0"), "the command to exit");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.runIf(!hasTmux)("the terminal test needs tmux, which is not installed: skipped", () => {});
