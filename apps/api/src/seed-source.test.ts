import { readdirSync, readFileSync } from "node:fs";
import { buildCorpus, normalizeArticle } from "@newsgraph/core";
import { describe, expect, test } from "vitest";
import { createApp } from "./app.js";
import { parseConfig } from "./config.js";
import { SEED_ARTICLES } from "./generated/seeds.js";
import { createLazySource } from "./seed-source.js";

const seedsDir = new URL("../../../seeds/", import.meta.url);
const files = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe("the seed corpus", () => {
  test("the generated module holds every seed file, byte for byte", () => {
    expect(SEED_ARTICLES.map((s) => `${s.id}.txt`)).toEqual(files);
    for (const s of SEED_ARTICLES) expect(s.text).toBe(readFileSync(new URL(`${s.id}.txt`, seedsDir), "utf8"));
  });
  test("is what the current core makes of the seeds, served by default", async () => {
    const app = createApp({ config: parseConfig({ LOG_LEVEL: "silent" }) });
    const expected = buildCorpus(
      files.map((f) => normalizeArticle(readFileSync(new URL(f, seedsDir), "utf8"), { id: f.replace(/\.txt$/, "") })),
    );
    const list = (await (await app.request("/v1/articles?limit=100")).json()) as { items: { id: string }[] };
    expect(list.items.map((a) => a.id)).toEqual(files.map((f) => f.replace(/\.txt$/, "")));
    const first = expected.articles[0]!;
    const res = await app.request(`/v1/articles/${first.id}`);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(first)));
    const actors = (await (await app.request("/v1/actors?limit=100")).json()) as { items: unknown[] };
    expect(actors.items.length).toBe(Math.min(100, expected.actors.length));
  });
  test("a corpus that cannot be built answers 503 corpus-unavailable, and is not rebuilt on every request", async () => {
    let builds = 0;
    const source = createLazySource(() => {
      builds++;
      throw new TypeError("q.sketch is not iterable");
    });
    const app = createApp({ config: parseConfig({ LOG_LEVEL: "silent" }), source });
    for (const path of ["/v1/articles", "/v1/actors/x", "/v1/timeline"]) {
      const res = await app.request(path);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        type: "urn:newsgraph:problem:corpus-unavailable",
        detail: "the corpus cannot be built: q.sketch is not iterable",
      });
    }
    expect(builds).toBe(1);
  });
});
