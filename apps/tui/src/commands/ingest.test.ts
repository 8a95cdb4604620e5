import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test, vi } from "vitest";
import { main } from "../cli.js";
import { progressLine } from "./ingest.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeds = fileURLToPath(new URL("../../../../seeds/", import.meta.url));

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("newsgraph ingest and --db", () => {
  test("ingests files into a store, knows them again, and browses the stored corpus", async () => {
    const db = join(dir, "corpus.sqlite");
    const first = await run([
      "ingest",
      join(seeds, "001_4dcc7c277b8aa438.txt"),
      join(seeds, "003_c5d2321bc6b974fc.txt"),
      "--db",
      db,
    ]);
    expect(first.code).toBe(0);
    expect(first.err).toContain("2/2 articles  added 2, replaced 0, unchanged 0, rejected 0");
    const again = await run(["ingest", join(seeds, "001_4dcc7c277b8aa438.txt"), "--db", db, "--batch", "5"]);
    expect(again.err).toContain("added 0, replaced 0, unchanged 1");
    const browse = await run(["--db", db]);
    expect(browse.code).toBe(0);
    expect(browse.out).toMatch(/^2 articles/);
    expect(browse.out).toContain("001_4dcc7c277b8aa438");
  });

  test("ingest without --db or without files is a usage error", async () => {
    expect((await run(["ingest", seeds])).err).toContain("--db");
    expect((await run(["ingest", "--db", join(dir, "x.sqlite")])).code).toBe(1);
    const batch = await run(["ingest", seeds, "--db", join(dir, "y.sqlite"), "--batch", "half"]);
    expect(batch.code).toBe(1);
    expect(batch.err).toContain("--batch needs a whole number of articles or auto");
  });

  test("the progress line shows the share done and the tally", () => {
    const line = progressLine(5, 20, { added: 3, replaced: 0, unchanged: 1, rejected: 1 }, 2.5, 8);
    expect(line).toBe("██░░░░░░ 5/20 articles  added 3, replaced 0, unchanged 1, rejected 1  2.5/s");
  });
});
