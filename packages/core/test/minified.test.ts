import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, test } from "vitest";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "newsgraph-minified-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A browser app's production build minifies the core with its dependencies: class and function names are
// renamed, so nothing in the core may depend on them.
describe("the core minified with its dependencies", () => {
  test("finds the same dates, names and quotes as the sources", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: "neutral",
      format: "esm",
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent",
    });
    const file = join(dir, "core.min.js");
    writeFileSync(file, result.outputFiles[0]?.text ?? "");
    const minified = (await import(pathToFileURL(file).href)) as typeof import("../src/index.js");
    const source = await import("../src/index.js");
    const raw = [
      "Envoys agree to meet again",
      "",
      "GENEVA (AP) - Foreign Minister Anna Berg said the envoys met on December 8, 2011 in Geneva.",
      "",
      '"We will return on Jan. 14," Berg said. Russia rejected the offer on 3 November 2011.',
    ].join("\n");
    const a = minified.normalizeArticle(raw, { id: "m", referenceDate: "2011-12-09" });
    const b = source.normalizeArticle(raw, { id: "m", referenceDate: "2011-12-09" });
    expect(a.events.map((e) => e.date)).toContain("2011-12-08");
    expect(a.events.map((e) => e.date)).toContain("2011-11-03");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
