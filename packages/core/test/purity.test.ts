import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const srcDir = fileURLToPath(new URL("../src", import.meta.url));

// Bundles the core for a neutral platform: any import of a Node built-in (node:fs, path, ...) is left
// unresolved and fails the build, and globals that would make the core impure are looked for in the output.
describe("core bundle", () => {
  test("bundles for a neutral platform with no Node built-ins", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "neutral",
      format: "esm",
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes("src/index.ts"))).toBe(true);
    expect(inputs.filter((p) => /^(node:|fs$|path$|crypto$|os$)/.test(p))).toEqual([]);
    expect(result.outputFiles[0]?.text ?? "").not.toMatch(/\brequire\(["']node:/);
  });

  test("core sources use no IO, clock or randomness", async () => {
    const files = (await readdir(srcDir, { recursive: true })).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    const banned = [
      /\bprocess\./,
      /\bDate\.now\(/,
      /\bnew Date\(\)/,
      /\bMath\.random\(/,
      /\bconsole\./,
      /\bfetch\(/,
      /\beval\(/,
    ];
    for (const f of files) {
      // doc comments may show how a caller uses the API (console.log and all); only code counts
      const code = (await readFile(`${srcDir}/${f}`, "utf8"))
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      for (const b of banned) expect(code, `${f} must not use ${b}`).not.toMatch(b);
    }
  });

  test("fails when a Node built-in is imported", async () => {
    await expect(
      build({
        stdin: { contents: 'import { readFileSync } from "node:fs"; export const x = readFileSync;', resolveDir: "." },
        bundle: true,
        platform: "neutral",
        write: false,
        logLevel: "silent",
      }),
    ).rejects.toThrow(/node:fs/);
  });
});
