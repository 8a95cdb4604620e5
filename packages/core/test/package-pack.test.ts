// Packs @newsgraph/core as it would be published, installs the tarball into a scratch project outside the
// workspace with npm (runtime dependencies come from the npm registry), and uses it as an outside
// project would: from Node, from TypeScript under NodeNext resolution, and from a Worker in workerd.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { packageOf } from "../scripts/build.js";
import { normalizeArticle, SCHEMA_VERSION } from "../src/index.js";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const seedPath = fileURLToPath(new URL("../../../seeds/001_4dcc7c277b8aa438.txt", import.meta.url));
const seed = readFileSync(seedPath, "utf8");
const sourceManifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as Manifest;
// Kept between runs so that installing the tarball's dependencies is served from the cache.
const npmCache = join(tmpdir(), "newsgraph-npm-cache");

interface Manifest {
  exports: Record<string, unknown>;
  main?: string;
  types?: string;
  publishConfig?: unknown;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** The environment of a child process, less the npm_* variables that a calling `pnpm run` sets. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

/** pnpm as the calling `pnpm` ran it, or from PATH. */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  return execPath && /pnpm/.test(execPath) && /\.c?js$/.test(execPath)
    ? run(process.execPath, [execPath, ...args], cwd)
    : run("pnpm", args, cwd);
}

/** The ```ts blocks of the package README, with `npm:` specifiers as Node and bundlers spell them. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) =>
    m[1]!.replace(/"npm:(@newsgraph\/core)@[^"]*"/g, '"$1"'),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

const NODE_SCRIPT = `
import { readFileSync } from "node:fs";
import { Article, buildCorpus, NewsgraphError, normalizeArticle, SCHEMA_VERSION } from "@newsgraph/core";
import schema from "@newsgraph/core/article.schema.json" with { type: "json" };

const text = readFileSync(process.argv[2], "utf8");
const article = normalizeArticle(text, { id: "seed", referenceDate: "2011-12-08" });
let errorCode = null;
try {
  normalizeArticle("  ", { id: "empty" });
} catch (e) {
  errorCode = e instanceof NewsgraphError ? e.code : String(e);
}
process.stdout.write(JSON.stringify({
  article,
  SCHEMA_VERSION,
  valid: Article.safeParse(article).success,
  spansMatch: article.paragraphs.every((p, i) => text.slice(article.paragraphSpans[i].start, article.paragraphSpans[i].end) === p),
  corpusArticles: buildCorpus([article]).articles.length,
  errorCode,
  schemaTitle: schema.title,
}));
`;

const TYPES_CHECK = `
import {
  type Article,
  buildCorpus,
  type Corpus,
  NewsgraphError,
  type NewsgraphErrorCode,
  type NormalizeOptions,
  normalizeArticle,
  SCHEMA_VERSION,
} from "@newsgraph/core";

const options: NormalizeOptions = { id: "a", referenceDate: "2012-04-19" };
const article: Article = normalizeArticle("text", options);
const corpus: Corpus = buildCorpus([article]);
const first: string | undefined = article.paragraphs[0];
const code: NewsgraphErrorCode = "EMPTY_INPUT";
const version: string = SCHEMA_VERSION;
const isError = (e: unknown): boolean => e instanceof NewsgraphError && e.code === "INVALID_OPTIONS";
// @ts-expect-error the id is required
normalizeArticle("text", {});
// @ts-expect-error not one of the error codes
const wrong: NewsgraphErrorCode = "NO_SUCH_CODE";
export { code, corpus, first, isError, version, wrong };
`;

const WORKER = `
import { NewsgraphError, normalizeArticle } from "@newsgraph/core";

export default {
  async fetch(request) {
    try {
      const article = normalizeArticle(await request.text(), { id: "seed", referenceDate: "2011-12-08" });
      return Response.json(article);
    } catch (e) {
      if (e instanceof NewsgraphError) return Response.json({ code: e.code }, { status: 400 });
      throw e;
    }
  },
};
`;

let scratch = "";
let project = "";
let installed = "";

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "newsgraph-pack-"));
  const packDir = join(scratch, "pack");
  mkdirSync(packDir);
  pnpm(["pack", "--pack-destination", packDir], pkgDir); // prepack builds dist/ first
  const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack left no tarball in ${packDir}`);
  project = join(scratch, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  run(
    "npm",
    ["install", join(packDir, tarball), "--cache", npmCache, "--prefer-offline", "--no-audit", "--no-fund"],
    project,
  );
  installed = join(project, "node_modules", "@newsgraph", "core");
}, 240_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 120_000); // thousands of installed files: slow to delete on a busy disk

// Each step runs a child process (node, tsc) or workerd; a loaded machine can take many seconds.
const STEP = 90_000;

describe("the packed package", () => {
  test("ships the build, the JSON Schemas, README and LICENSE, and nothing else", () => {
    const files = listFiles(installed);
    for (const f of files) {
      expect(f).toMatch(/^(dist\/.+\.(js|d\.ts)|schema\/[a-z]+\.schema\.json|README\.md|LICENSE|package\.json)$/);
    }
    expect(files).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.d.ts",
        "schema/article.schema.json",
        "schema/corpus.schema.json",
        "README.md",
        "LICENSE",
      ]),
    );
  });

  test("its manifest points at dist, types first, with resolved versions and only runtime dependencies", () => {
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Manifest;
    const root = manifest.exports["."] as Record<string, string>;
    expect(Object.keys(root)).toEqual(["types", "default"]);
    expect(root).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    expect(manifest.main).toBe("./dist/index.js");
    expect(manifest.types).toBe("./dist/index.d.ts");
    expect(manifest.publishConfig).toEqual({ access: "public" }); // the rest of it was applied
    expect(manifest.scripts?.prepack).toBeUndefined();
    const deps = manifest.dependencies ?? {};
    expect(Object.keys(deps).sort()).toEqual(Object.keys(sourceManifest.dependencies ?? {}).sort());
    for (const version of Object.values(deps)) expect(version).toMatch(/^[\^~]?\d+\.\d+\.\d+/);
    // data packages feed the gazetteer generator only; the bundle carries the tables it made
    for (const name of Object.keys(sourceManifest.devDependencies ?? {})) expect(deps).not.toHaveProperty(name);
  });

  test("depends on exactly the packages its code imports", () => {
    const code = readFileSync(join(installed, "dist/index.js"), "utf8");
    const imported = new Set(
      [...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"'./][^"']*)["']/gm)].map((m) =>
        packageOf(m[1]!),
      ),
    );
    expect([...imported].sort()).toEqual(Object.keys(sourceManifest.dependencies ?? {}).sort());
  });

  test(
    "imported from Node, normalises a seed article exactly as the sources do",
    () => {
      writeFileSync(join(project, "use.mjs"), NODE_SCRIPT);
      const out = JSON.parse(run(process.execPath, ["use.mjs", seedPath], project)) as {
        article: { schemaVersion: string; paragraphs: string[] };
        [k: string]: unknown;
      };
      expect(out.article.paragraphs.join("\n")).toContain("NATO and Moscow failed anew to defuse a rift");
      expect(out).toMatchObject({
        SCHEMA_VERSION,
        valid: true,
        spansMatch: true,
        corpusArticles: 1,
        errorCode: "EMPTY_INPUT",
        schemaTitle: "newsgraph Article",
      });
      expect(out.article).toEqual(
        JSON.parse(JSON.stringify(normalizeArticle(seed, { id: "seed", referenceDate: "2011-12-08" }))),
      );
    },
    STEP,
  );

  test(
    "loads with require() from CommonJS on Node 20.19 and newer",
    () => {
      writeFileSync(
        join(project, "use.cjs"),
        'const core = require("@newsgraph/core"); process.stdout.write(core.normalizeArticle("Talks resumed on Monday.", { id: "a" }).schemaVersion);',
      );
      expect(run(process.execPath, ["use.cjs"], project)).toBe(SCHEMA_VERSION);
    },
    STEP,
  );

  test(
    "type-checks against its declarations under NodeNext resolution, with the README's examples",
    () => {
      writeFileSync(join(project, "check.ts"), TYPES_CHECK);
      // The README's examples as a TypeScript user copies them; those that need another package are left out.
      const examples = readmeExamples().filter((code) =>
        [...code.matchAll(/from\s+"([^"]+)"/g)].every((m) => /^(node:|@newsgraph\/core)/.test(m[1]!)),
      );
      const files = ["check.ts", "deno.d.ts"];
      examples.forEach((code, i) => {
        writeFileSync(join(project, `readme-${i}.ts`), `${code}\nexport {};\n`);
        files.push(`readme-${i}.ts`);
      });
      writeFileSync(
        join(project, "deno.d.ts"),
        "declare const Deno: { args: string[]; readTextFile(path: string): Promise<string> };\n",
      );
      const compilerOptions = {
        strict: true,
        noEmit: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib: ["es2023", "dom"],
        types: ["node"],
        typeRoots: [join(pkgDir, "node_modules/@types")],
        skipLibCheck: true,
      };
      writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
      const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
      expect(examples.length).toBeGreaterThanOrEqual(5);
      expect(() => run(process.execPath, [tsc, "-p", project], project)).not.toThrow();
    },
    STEP,
  );

  test(
    "bundled into a Worker, normalises the seed in workerd without Node compatibility",
    async () => {
      writeFileSync(join(project, "worker.mjs"), WORKER);
      const bundle = await build({
        absWorkingDir: project,
        entryPoints: ["worker.mjs"],
        bundle: true,
        format: "esm",
        platform: "neutral",
        conditions: ["workerd", "worker", "browser"],
        mainFields: ["module", "main"],
        write: false,
        logLevel: "silent",
      });
      const mf = new Miniflare({
        modules: true,
        script: bundle.outputFiles[0]!.text,
        compatibilityDate: "2026-04-20",
      });
      try {
        const ok = await mf.dispatchFetch("http://localhost/", { method: "POST", body: seed });
        expect(ok.status).toBe(200);
        const article = (await ok.json()) as { schemaVersion: string; paragraphs: string[] };
        expect(article.schemaVersion).toBe(SCHEMA_VERSION);
        expect(article.paragraphs.join("\n")).toContain("NATO and Moscow failed anew to defuse a rift");
        const empty = await mf.dispatchFetch("http://localhost/", { method: "POST", body: "" });
        expect(empty.status).toBe(400);
        expect(await empty.json()).toEqual({ code: "EMPTY_INPUT" });
      } finally {
        await mf.dispose();
      }
    },
    STEP,
  );
});
