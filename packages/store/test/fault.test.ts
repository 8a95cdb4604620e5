import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "@newsgraph/core";
import { afterAll, describe, expect, test } from "vitest";
import { openSqliteStore } from "../src/sqlite.js";
import { toyLink, toyLinking, toyStories } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-fault-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const child = fileURLToPath(new URL("./ingest-child.ts", import.meta.url));

function ingest(db: string, from: number, to: number, order = "forward") {
  const proc = spawn(process.execPath, ["--import", "tsx", child, db, String(from), String(to), order], {
    stdio: ["ignore", "pipe", "inherit"],
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  const lines: string[] = [];
  let buffer = "";
  proc.stdout!.on("data", (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, lines, exited };
}

async function killAfter(run: { proc: ChildProcess; lines: string[] }, n: number) {
  while (run.lines.length < n) {
    if (run.proc.exitCode !== null) throw new Error(`the ingest exited (${run.proc.exitCode}) before ${n} articles`);
    await new Promise((r) => setTimeout(r, 5));
  }
  run.proc.kill("SIGKILL");
}

/** Whatever is stored must be exactly the linking of the stored articles, in the order they were stored. */
async function expectWhole(db: string): Promise<Article[]> {
  const store = await openSqliteStore(db, { linking: toyLinking });
  const ids = [...(await store.contentHashes()).keys()];
  const articles = await Promise.all(ids.map(async (id) => (await store.normalized(id))!));
  expect(await store.corpus()).toEqual(toyLink(articles));
  await store.close();
  return articles;
}

describe("a SQLite store under faults and concurrent writers", () => {
  test("an ingest killed mid-batch leaves whole articles only, and a second run completes the batch", async () => {
    const db = join(dir, "killed.sqlite");
    const first = ingest(db, 0, 60);
    await killAfter(first, 12);
    expect(await first.exited).toBeNull();
    const stored = await expectWhole(db);
    expect(stored.length).toBeGreaterThanOrEqual(12);
    expect(stored.length).toBeLessThan(60);
    expect(stored.map((a) => a.id)).toEqual(toyStories(stored.length).map((a) => a.id));

    const resumed = ingest(db, 0, 60);
    expect(await resumed.exited).toBe(0);
    const statuses = resumed.lines.map((l) => l.split(" ")[1]);
    expect(statuses.slice(0, stored.length).every((s) => s === "unchanged")).toBe(true);
    expect(statuses.slice(stored.length).every((s) => s === "added")).toBe(true);
    expect((await expectWhole(db)).map((a) => a.id)).toEqual(toyStories(60).map((a) => a.id));
  });

  test("two processes ingesting overlapping stories into one file end consistent, each article stored once", async () => {
    const db = join(dir, "shared.sqlite");
    // Create the file first so that both writers find it migrated.
    await (await openSqliteStore(db, { linking: toyLinking })).close();
    const a = ingest(db, 0, 40);
    const b = ingest(db, 20, 60, "reverse");
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    const stored = await expectWhole(db);
    expect(stored.map((x) => x.id).sort()).toEqual(toyStories(60).map((x) => x.id));
    const added = [...a.lines, ...b.lines].filter((l) => l.endsWith(" added")).map((l) => l.split(" ")[0]);
    expect(added.sort()).toEqual(toyStories(60).map((x) => x.id));
  });
});
