import { fileURLToPath } from "node:url";
import { Article, Corpus } from "@newsgraph/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { unstable_startWorker } from "wrangler";
import { KENYA_TEXT } from "./fixture.js";

// The Workers entry inside workerd (the Cloudflare Workers runtime), through wrangler, on loopback: a smoke
// subset of the in-process suite, to catch what only the real runtime does differently (streams, crypto,
// bundling of the generated seed module, env vars).
let worker: Awaited<ReturnType<typeof unstable_startWorker>>;
const plain = (value: string) => ({ type: "plain_text" as const, value });

beforeAll(async () => {
  worker = await unstable_startWorker({
    config: fileURLToPath(new URL("../wrangler.jsonc", import.meta.url)),
    bindings: { LOG_LEVEL: plain("silent"), MAX_BODY_BYTES: plain("65536"), MAX_BATCH: plain("3") },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, logLevel: "error" },
  });
  await worker.ready;
});
afterAll(async () => {
  await worker?.dispose();
});

const url = (path: string) => `http://127.0.0.1${path}`;
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  worker.fetch(url(path), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("api in workerd", () => {
  test("GET /health with a request id and security headers", async () => {
    const res = await worker.fetch(url("/health"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
  test("POST /v1/normalize returns a valid Article", async () => {
    const res = await postJson("/v1/normalize", { text: KENYA_TEXT, id: "kenya" });
    expect(res.status).toBe(200);
    const article = Article.parse(await res.json());
    expect(article.paragraphs.join("\n")).toContain("would not back down");
  });
  test("POST /v1/corpus streams NDJSON ending with an end line", async () => {
    const res = await postJson(
      "/v1/corpus",
      { articles: [{ text: KENYA_TEXT }, { text: `${KENYA_TEXT}\nMore.` }] },
      { accept: "application/x-ndjson" },
    );
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: "corpus", counts: { articles: 2 } });
    expect(JSON.parse(lines.at(-1)!)).toEqual({ kind: "end" });
  });
  test("POST /v1/corpus as JSON, and its batch limit from the Workers vars", async () => {
    const res = await postJson("/v1/corpus", { articles: [{ text: KENYA_TEXT }] });
    expect(Corpus.parse(await res.json()).articles).toHaveLength(1);
    const big = await postJson("/v1/corpus", { articles: Array.from({ length: 4 }, () => ({ text: KENYA_TEXT })) });
    expect(big.status).toBe(413);
  });
  test("the seed corpus is built into the bundle; pages and ETags work", async () => {
    const first = await worker.fetch(url("/v1/articles?limit=2"));
    expect(first.status).toBe(200);
    const page = (await first.json()) as { items: { id: string }[]; nextCursor: string };
    expect(page.items.map((a) => a.id)).toEqual(["000_cbac0d80782ebcd7", "001_4dcc7c277b8aa438"]);
    const next = (await (await worker.fetch(url(`/v1/articles?limit=2&cursor=${page.nextCursor}`))).json()) as {
      items: { id: string }[];
    };
    expect(next.items.map((a) => a.id)).toEqual(["002_cf0346507ac3bbce", "003_c5d2321bc6b974fc"]);
    const again = await worker.fetch(url("/v1/articles?limit=2"), {
      headers: { "if-none-match": first.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });
  test.each(["/v1/actors?kind=person", "/v1/quotes?text=missile", "/v1/events?from=2011", "/v1/timeline"])(
    "GET %s",
    async (path) => {
      const res = await worker.fetch(url(path));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { items: unknown[] }).items).toBeInstanceOf(Array);
    },
  );
  test("GET /openapi.json and /docs", async () => {
    const doc = (await (await worker.fetch(url("/openapi.json"))).json()) as { openapi: string; paths: object };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/v1/timeline");
    const docs = await (await worker.fetch(url("/docs"))).text();
    expect(docs).toContain("<code>/v1/actors/{id}</code>");
  });
  // last: the 413 answers before the oversized body is read, which can leave the dev proxy's connection
  // busy for requests that follow it
  test("errors are problem documents: 404, 405, malformed JSON, invalid UTF-8, body limit", async () => {
    const cases: [Promise<Response>, number, string][] = [
      [worker.fetch(url("/v1/articles/nope")), 404, "not-found"],
      [worker.fetch(url("/v1/normalize")), 405, "method-not-allowed"],
      [
        worker.fetch(url("/v1/normalize"), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{",
        }),
        400,
        "malformed-json",
      ],
      [
        worker.fetch(url("/v1/normalize"), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
        }),
        400,
        "invalid-encoding",
      ],
      [postJson("/v1/normalize", { text: "x".repeat(70_000) }), 413, "body-too-large"],
    ];
    for (const [pending, status, type] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(((await res.json()) as { type: string }).type).toBe(`urn:newsgraph:problem:${type}`);
    }
  });
});
