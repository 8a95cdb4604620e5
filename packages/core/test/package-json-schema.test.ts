import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { jsonSchemaOf, SCHEMA_FILES, schemaPath, staleSchemaFiles } from "../scripts/json-schema.js";
import { buildCorpus, normalizeArticle, SCHEMA_VERSION } from "../src/index.js";

const seedDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(`${seedDir}${f}`, "utf8") }));

function validator(file: (typeof SCHEMA_FILES)[number]) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(readFileSync(schemaPath(file), "utf8")));
}

// JSON round trip: what a program in another language reads.
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("shipped JSON Schema", () => {
  test("matches the zod schemas (else run pnpm --filter @newsgraph/core json-schema)", () => {
    expect(staleSchemaFiles()).toEqual([]);
  });

  test("names the schema version it describes", () => {
    for (const file of SCHEMA_FILES) expect(String(jsonSchemaOf(file).$comment)).toContain(SCHEMA_VERSION);
  });

  test("validates real articles and the corpus linked from them", () => {
    const articles = seeds.map((s) => normalizeArticle(s.text, { id: s.id }));
    const validateArticle = validator("article.schema.json");
    for (const a of articles) expect(validateArticle(asJson(a)), JSON.stringify(validateArticle.errors)).toBe(true);
    const validateCorpus = validator("corpus.schema.json");
    const corpus = asJson(buildCorpus(articles));
    expect(validateCorpus(corpus), JSON.stringify(validateCorpus.errors)).toBe(true);
  }, 60_000);

  test("rejects an article with a missing field, a mistyped field or an unknown field", () => {
    const validate = validator("article.schema.json");
    const good = asJson(normalizeArticle(seeds[0]!.text, { id: "seed" })) as Record<string, unknown>;
    const { paragraphs: _, ...missing } = good;
    expect(validate(missing)).toBe(false);
    expect(validate({ ...good, publishedAt: "19 April 2012" })).toBe(false);
    expect(validate({ ...good, paragraphSpans: [{ start: -1, end: 3 }] })).toBe(false);
    expect(validate({ ...good, sentiment: 0.4 })).toBe(false);
  }, 60_000);
});
