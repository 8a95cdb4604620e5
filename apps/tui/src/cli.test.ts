import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../bin/newsgraph.mjs", import.meta.url));
const root = fileURLToPath(new URL("../../..", import.meta.url));

async function newsgraph(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("newsgraph command", () => {
  test("export prints the seed corpus as JSON", async () => {
    const { code, stdout } = await newsgraph("export", "seeds");
    expect(code).toBe(0);
    const corpus = JSON.parse(stdout) as { articles: { id: string }[] };
    expect(corpus.articles.map((a) => a.id)).toContain("000_cbac0d80782ebcd7");
    expect(corpus.articles).toHaveLength(5);
  });
  test("a missing path gives a clear message and exit code 1, not a stack trace", async () => {
    const { code, stderr } = await newsgraph("export", "no/such/folder");
    expect(code).toBe(1);
    expect(stderr).toContain("no such file or folder: no/such/folder");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  test("an unknown option gives usage and exit code 2", async () => {
    const { code, stderr } = await newsgraph("--frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain("Usage:");
  });
  test("without a terminal, browsing prints a plain summary", async () => {
    const { code, stdout } = await newsgraph("seeds");
    expect(code).toBe(0);
    expect(stdout).toContain("5 articles");
  });
});
