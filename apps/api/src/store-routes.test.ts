import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "@newsgraph/store/sqlite";
import { afterAll, describe, expect, test } from "vitest";
import { createApp } from "./app.js";
import { parseConfig } from "./config.js";
import { createMemorySource } from "./memory-source.js";
import { storeAppOptions } from "./store-app.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-api-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const config = parseConfig({ LOG_LEVEL: "silent" });
const seed = readFileSync(new URL("../../../seeds/001_4dcc7c277b8aa438.txt", import.meta.url), "utf8");
const TOKEN = "s3cret-token-for-tests";

function storeApp(token: string | undefined) {
  const path = join(dir, `api-${n++}.sqlite`);
  const open = () => openSqliteStore(path);
  return { app: createApp({ config, ...storeAppOptions(open, token) }), open };
}

const post = (body: string, headers: Record<string, string> = {}) => ({
  method: "POST",
  body,
  headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, ...headers },
});

describe("write routes over a store", () => {
  test("without a token: 401 with a Bearer challenge; a wrong one: 403; both as problem documents", async () => {
    const { app } = storeApp(TOKEN);
    const none = await app.request("/v1/articles", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(none.status).toBe(401);
    expect(none.headers.get("content-type")).toBe("application/problem+json");
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const wrong = await app.request("/v1/articles", post("{}", { authorization: "Bearer s3cret-token-for-test" }));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ type: "urn:newsgraph:problem:forbidden", status: 403 });
    const del = await app.request("/v1/articles/x", { method: "DELETE", headers: { authorization: "Bearer nope" } });
    expect(del.status).toBe(403);
  });

  test("a server without a token refuses every write", async () => {
    const { app } = storeApp(undefined);
    const res = await app.request("/v1/articles", post(JSON.stringify({ text: seed, id: "s1" })));
    expect(res.status).toBe(403);
  });

  test("a batch is stored in order, its too-long and blank articles rejected in their places", async () => {
    const path = join(dir, `api-${n++}.sqlite`);
    const small = parseConfig({ LOG_LEVEL: "silent", MAX_TEXT_LENGTH: "5000" });
    const app = createApp({ config: small, ...storeAppOptions(() => openSqliteStore(path), TOKEN) });
    const other = readFileSync(new URL("../../../seeds/003_c5d2321bc6b974fc.txt", import.meta.url), "utf8");
    const body = JSON.stringify({
      articles: [
        { id: "a", text: seed },
        { id: "long", text: "word ".repeat(2000) },
        { id: "blank", text: " " },
        { id: "b", text: other },
      ],
    });
    const res = await app.request("/v1/articles", post(body));
    const { results } = (await res.json()) as { results: { id: string; status: string }[] };
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ["a", "added"],
      ["long", "rejected"],
      ["blank", "rejected"],
      ["b", "added"],
    ]);
    const list = (await (await app.request("/v1/articles")).json()) as { items: { id: string }[] };
    expect(list.items.map((a) => a.id)).toEqual(["a", "b"]);
  });

  test("ingests one article, knows it again, rejects a blank one, and serves reads from the store", async () => {
    const { app, open } = storeApp(TOKEN);
    const first = await app.request("/v1/articles", post(JSON.stringify({ text: seed, id: "s1" })));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ results: [{ id: "s1", status: "added" }] });
    const ndjson = `${JSON.stringify({ text: seed, id: "s1-again" })}\n\n${JSON.stringify({ text: "  ", id: "blank" })}\n`;
    const again = await app.request("/v1/articles", post(ndjson, { "content-type": "application/x-ndjson" }));
    expect(await again.json()).toEqual({
      results: [
        { id: "s1-again", status: "unchanged", existingId: "s1" },
        { id: "blank", status: "rejected", error: { code: "EMPTY_INPUT", message: expect.any(String) } },
      ],
    });
    const list = (await (await app.request("/v1/articles")).json()) as { items: { id: string }[] };
    expect(list.items.map((a) => a.id)).toEqual(["s1"]);
    // The same read routes over the same corpus held in memory answer the same.
    const memory = createApp({ config, source: createMemorySource(await (await open()).corpus()) });
    for (const url of [
      "/v1/articles/s1",
      "/v1/actors?limit=3",
      "/v1/actors?kind=person",
      "/v1/quotes",
      "/v1/events",
      "/v1/timeline",
    ]) {
      const [a, b] = await Promise.all([app.request(url), memory.request(url)]);
      // Page keys are the source's own (opaque in cursors), so cursors differ; whether there is a next page does not.
      const strip = async (res: Response) => {
        const { nextCursor, ...rest } = (await res.json()) as Record<string, unknown>;
        return { ...rest, more: nextCursor != null };
      };
      expect([url, a.status, await strip(a)]).toEqual([url, b.status, await strip(b)]);
    }
  });

  test("DELETE removes an article: 204, then 404", async () => {
    const { app } = storeApp(TOKEN);
    await app.request("/v1/articles", post(JSON.stringify({ articles: [{ text: seed, id: "s1" }] })));
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await app.request("/v1/articles/s1", { method: "DELETE", headers: auth })).status).toBe(204);
    expect((await app.request("/v1/articles/s1", { method: "DELETE", headers: auth })).status).toBe(404);
    expect((await app.request("/v1/articles/s1")).status).toBe(404);
    expect(((await (await app.request("/v1/actors")).json()) as { items: unknown[] }).items).toEqual([]);
  });
});
