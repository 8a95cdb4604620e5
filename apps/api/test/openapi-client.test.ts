import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, describe, expect, test } from "vitest";
import { fixtureApp } from "./fixture.js";

// The OpenAPI document is generated from the same zod schemas as the routes; this suite makes sure it also
// says what the routes do: every route is in it, and a client generated from it by openapi-typescript
// type-checks against the core's own types.
const apiDir = fileURLToPath(new URL("..", import.meta.url));
const cacheDir = join(apiDir, "node_modules", ".cache");
mkdirSync(cacheDir, { recursive: true });
const work = mkdtempSync(join(cacheDir, "openapi-client-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const app = fixtureApp();

async function fetchDocument() {
  const res = await app.request("/openapi.json");
  expect(res.status).toBe(200);
  return (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
}

// What a client writes against the generated types. Each line fails to compile when the document and the
// core's types (which the routes return) part ways.
// The schemas module alone, rather than the package index, keeps tsc off the whole pipeline: same types.
const coreSchemas = join(dirname(createRequire(import.meta.url).resolve("@newsgraph/core")), "schema", "index.js");
const USAGE = `
import type { Actor, Article, Corpus, CorpusArticle, Event, Quote, TimelineEntry } from ${JSON.stringify(coreSchemas)};
import type { components, paths } from "./api.js";

type S = components["schemas"];
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const yes = <T extends true>(): T => true as T;

// What the routes return is what the document promises, field for field.
yes<SameKeys<S["Article"], Article>>();
yes<SameKeys<S["CorpusArticle"], CorpusArticle>>();
yes<SameKeys<S["Actor"], Actor>>();
yes<SameKeys<S["Quote"], Quote>>();
yes<SameKeys<S["Event"], Event>>();
yes<SameKeys<S["Corpus"], Corpus>>();
export const article: S["Article"] = {} as Article;
export const corpus: S["Corpus"] = {} as Corpus;

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer T } } };
}
  ? T
  : never;
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export const actors: Json<"/v1/actors", "get"> = { items: [] as Actor[], nextCursor: null };
export const quotes: Json<"/v1/quotes", "get"> = { items: [] as Quote[], nextCursor: "c" };
export const events: Json<"/v1/events", "get"> = { items: [] as Event[], nextCursor: null };
export const timeline: Json<"/v1/timeline", "get"> = {
  items: [] as (TimelineEntry & { event: Event })[],
  nextCursor: null,
};
export const actor: Json<"/v1/actors/{id}", "get"> = {} as Actor & { quotes: Quote[]; events: Event[] };
export const one: Json<"/v1/articles/{id}", "get"> = {} as CorpusArticle;
export const normalized: Json<"/v1/normalize", "post"> = {} as Article;
export const linked: Json<"/v1/corpus", "post"> = {} as Corpus;

yes<SameKeys<Query<"/v1/actors">, { limit: 1; cursor: 1; kind: 1; name: 1; article: 1 }>>();
yes<SameKeys<Query<"/v1/quotes">, { limit: 1; cursor: 1; speaker: 1; article: 1; text: 1 }>>();
yes<SameKeys<Query<"/v1/events">, { limit: 1; cursor: 1; type: 1; actor: 1; article: 1; from: 1; to: 1 }>>();
yes<SameKeys<Query<"/v1/timeline">, { limit: 1; cursor: 1; from: 1; to: 1 }>>();
export const kind: Query<"/v1/actors">["kind"] = "organization";
export const type: Query<"/v1/events">["type"] = "PROTEST";

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody: { content: { "application/json": infer B } } };
}
  ? B
  : never;
export const input: Body<"/v1/normalize"> = { text: "NAIROBI (Reuters) - ...", referenceDate: "2023-03-14" };
export const batch: Body<"/v1/corpus"> = { articles: [input] };
export const problem: S["Problem"] = {
  type: "urn:newsgraph:problem:not-found",
  title: "Not found",
  status: 404,
  errors: [{ pointer: "/text", in: "body", message: "", code: "invalid_type" }],
};
`;

describe("the OpenAPI document", () => {
  test("lists every route the app serves, and nothing else", async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    const served = app.routes
      .filter((r) => r.method !== "ALL" && !["/openapi.json", "/docs"].includes(r.path))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    expect([...new Set(served)].sort()).toEqual(documented.sort());
  });

  test("a client generated by openapi-typescript type-checks against the core's types", async () => {
    const ast = await openapiTS((await fetchDocument()) as unknown as Parameters<typeof openapiTS>[0]);
    writeFileSync(join(work, "api.d.ts"), astToString(ast));
    writeFileSync(join(work, "usage.ts"), USAGE);
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        extends: join(apiDir, "tsconfig.json"),
        compilerOptions: { types: [], noUnusedLocals: false },
        include: ["usage.ts", "api.d.ts"],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const result = await promisify(execFile)(process.execPath, [tsc, "-p", join(work, "tsconfig.json")], {
      cwd: work,
    }).catch((e: { stdout: string; stderr: string }) => e);
    expect(`${result.stdout}${result.stderr}`).toBe("");
  }, 120_000);
});
