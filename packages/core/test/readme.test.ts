// Runs every ```ts example of the package README against the sources, so the examples cannot rot: each
// block becomes a module whose imports of @newsgraph/core point at src, and whose top-level assertions run
// on import. The Worker example is called with requests, the browser example gets a minimal stand-in for
// the DOM it touches, and the Deno example a stand-in for `Deno.args` and `Deno.readTextFile`.
// test/package-pack.test.ts type-checks the same examples against the packed package's declarations.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { Article, ERROR_CODES, NormalizeOptions, normalizeArticle, SCHEMA_VERSION } from "../src/index.js";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { exports: Record<string, string> };
const seedPath = fileURLToPath(new URL("../../../seeds/001_4dcc7c277b8aa438.txt", import.meta.url));
const seed = readFileSync(seedPath, "utf8");
const requireHere = createRequire(join(pkgDir, "package.json"));

interface Block {
  readonly lang: string;
  readonly code: string;
  readonly line: number;
}

function codeBlocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1]!,
    code: m[2]!,
    line: markdown.slice(0, m.index).split("\n").length,
  }));
}

/** The README section under a `## ` or `### ` heading, up to the next heading of any level. */
function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  const rest = readme.slice(start + heading.length + 2);
  return rest.slice(0, rest.search(/^#{2,3} /m) >>> 0);
}

/** Backticked names in the first column of the first table of a section. */
function firstColumn(text: string): string[] {
  return [...text.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]!);
}

/** Points imports of the package (also as `npm:` specifiers) at its sources, and other bare imports at this package's dependencies. */
function localise(code: string): string {
  return code.replace(/((?:from|import)\s*\(?\s*)(["'])([^"']+)\2/g, (whole, lead: string, _q, spec: string) => {
    const own = /^(?:npm:)?@newsgraph\/core(?:@[^/]+)?(\/.*)?$/.exec(spec);
    if (own) {
      const target = own[1] ? manifest.exports[`.${own[1]}`] : "./src/index.ts";
      if (!target) throw new Error(`README imports ${spec}, which the package does not export`);
      return `${lead}${JSON.stringify(join(pkgDir, target))}`;
    }
    if (/^(node:|\.|\/)/.test(spec)) return whole;
    return `${lead}${JSON.stringify(requireHere.resolve(spec))}`;
  });
}

const scratch = mkdtempSync(join(tmpdir(), "newsgraph-readme-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function load(block: Block): Promise<Record<string, unknown>> {
  const file = join(scratch, `readme-line-${block.line}.ts`);
  writeFileSync(file, localise(block.code));
  vi.spyOn(console, "log").mockImplementation(() => {});
  return (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
}

class FakeElement {
  value = "";
  textContent = "";
  children: FakeElement[] = [];
  private readonly listeners = new Map<string, (() => void)[]>();
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string): void {
    for (const l of this.listeners.get(type) ?? []) l();
  }
  replaceChildren(): void {
    this.children = [];
    this.textContent = "";
  }
  append(child: FakeElement): void {
    this.children.push(child);
  }
}

const blocks = codeBlocks(readme);
const tsBlocks = blocks.filter((b) => b.lang === "ts");
const isWorker = (b: Block) => /export default \{[\s\S]*fetch\(/.test(b.code);
const isBrowser = (b: Block) => /\bdocument\./.test(b.code);
const isDeno = (b: Block) => /\bDeno\./.test(b.code);

// Each example loads the core from source on first use, which takes a while on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe("README examples", () => {
  test("there is one for Node, Workers, the browser and Deno", () => {
    expect(tsBlocks.length).toBeGreaterThanOrEqual(5);
    expect(tsBlocks.filter(isWorker)).toHaveLength(1);
    expect(tsBlocks.filter(isBrowser)).toHaveLength(1);
    expect(tsBlocks.filter(isDeno)).toHaveLength(1);
  });

  for (const block of tsBlocks.filter((b) => !isWorker(b) && !isBrowser(b) && !isDeno(b))) {
    test(`the example at line ${block.line} runs and its assertions hold`, async () => {
      await load(block);
    });
  }

  for (const block of tsBlocks.filter(isWorker)) {
    test(`the Worker at line ${block.line} answers with the article, or with the error code`, async () => {
      const worker = (await load(block)).default as { fetch(request: Request): Promise<Response> };
      const ok = await worker.fetch(new Request("https://example.com/?id=seed", { method: "POST", body: seed }));
      expect(ok.status).toBe(200);
      const article = Article.parse(await ok.json());
      expect(article.id).toBe("seed");
      expect(article.paragraphs).toEqual(normalizeArticle(seed, { id: "seed" }).paragraphs);
      const empty = await worker.fetch(new Request("https://example.com/", { method: "POST", body: " " }));
      expect(empty.status).toBe(400);
      expect(await empty.json()).toMatchObject({ code: "EMPTY_INPUT" });
      expect((await worker.fetch(new Request("https://example.com/"))).status).toBe(405);
    });
  }

  for (const block of tsBlocks.filter(isBrowser)) {
    test(`the browser example at line ${block.line} lists the quotes of the pasted text`, async () => {
      const elements: Record<string, FakeElement> = { "#article": new FakeElement(), "#quotes": new FakeElement() };
      vi.stubGlobal("document", {
        querySelector: (selector: string) => elements[selector] ?? null,
        createElement: () => new FakeElement(),
      });
      await load(block);
      const [input, list] = [elements["#article"]!, elements["#quotes"]!];
      input.value = seed;
      input.dispatch("input");
      const quotes = normalizeArticle(seed, { id: "pasted" }).quotes;
      expect(list.children.map((c) => c.textContent)).toEqual(
        quotes.map((q) => expect.stringContaining(q.text) as unknown as string),
      );
      input.value = "  ";
      input.dispatch("input");
      expect(list.children).toEqual([]);
      expect(list.textContent).toMatch(/empty/);
    });
  }

  for (const block of tsBlocks.filter(isDeno)) {
    test(`the Deno example at line ${block.line} prints the article of the file it is given`, async () => {
      vi.stubGlobal("Deno", { args: [seedPath], readTextFile: (path: string) => readFile(path, "utf8") });
      await load(block);
      const printed = vi.mocked(console.log).mock.calls.map((c) => String(c[0]));
      expect(printed).toHaveLength(1);
      expect(Article.parse(JSON.parse(printed[0]!)).paragraphs).toEqual(
        normalizeArticle(seed, { id: seedPath }).paragraphs,
      );
    });
  }
});

describe("README reference", () => {
  test("lists every option of normalizeArticle", () => {
    expect(firstColumn(section("## Options")).sort()).toEqual(Object.keys(NormalizeOptions.shape).sort());
  });

  test("lists every error code", () => {
    expect(firstColumn(section("## Errors")).sort()).toEqual([...ERROR_CODES].sort());
  });

  test("shows output that the schemas accept, at the current schema version", () => {
    const json = codeBlocks(section("## Output")).find((b) => b.lang === "json");
    expect(json).toBeDefined();
    const example = JSON.parse(json!.code) as { schemaVersion: string };
    expect(example.schemaVersion).toBe(SCHEMA_VERSION);
    expect(() => Article.parse(example)).not.toThrow();
    const schema = JSON.parse(readFileSync(join(pkgDir, "schema/article.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });
});
