import { createRoute, z } from "@hono/zod-openapi";
import { describe, expect, test } from "vitest";
import { FIXTURE, fixtureApp, KENYA_TEXT } from "../test/fixture.js";
import { createApp } from "./app.js";
import { ConfigError, parseConfig } from "./config.js";
import type { LogEntry } from "./log.js";
import { createMemorySource } from "./memory-source.js";
import { ApiError } from "./problem.js";

const app = fixtureApp();

describe("service routes and headers", () => {
  test("GET /health answers ok", async () => {
    const res = await app.request("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
  test("every answer carries a request id, an incoming one is kept", async () => {
    const fresh = await app.request("/health");
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.request("/health", { headers: { "x-request-id": "trace-42" } });
    expect(given.headers.get("x-request-id")).toBe("trace-42");
  });
  test("problems carry the request id in the body and the header", async () => {
    const res = await app.request("/v1/nowhere", { headers: { "x-request-id": "trace-43" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBe("trace-43");
    expect(await res.json()).toMatchObject({
      type: "urn:newsgraph:problem:not-found",
      instance: "/v1/nowhere",
      requestId: "trace-43",
    });
  });
  test("a wrong method is a 405 problem with Allow", async () => {
    const res = await app.request("/v1/normalize", { method: "GET" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const del = await app.request("/v1/actors", { method: "DELETE" });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toContain("GET");
  });
  test("security headers are set", async () => {
    const res = await app.request("/health");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
  });
  test("what GET reads carries an entity tag; the answer to a POST carries none", async () => {
    const get = await app.request("/v1/actors");
    expect(get.headers.get("etag")).toMatch(/^(W\/)?"/);
    const post = await app.request("/v1/normalize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: KENYA_TEXT }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("etag")).toBeNull();
  });
  test("CORS allows any origin by default and exposes the request id", async () => {
    const res = await app.request("/v1/actors", { headers: { origin: "https://news.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
  });
  test("CORS_ORIGINS limits the allowed origins, preflight included", async () => {
    const strict = fixtureApp({ CORS_ORIGINS: "https://a.example, https://b.example" });
    const ok = await strict.request("/v1/actors", {
      method: "OPTIONS",
      headers: { origin: "https://b.example", "access-control-request-method": "GET" },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://b.example");
    const other = await strict.request("/v1/actors", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("GET /docs", () => {
  test("loads Scalar from DOCS_SCRIPT_URL over a server-rendered list of every route", async () => {
    const res = await fixtureApp({ DOCS_SCRIPT_URL: "/static/scalar.js" }).request("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('<script src="/static/scalar.js"></script>');
    expect(html).toMatch(/<div id="app"><main id="reference"/);
    expect(html).toContain('<code class="method">GET</code> <code>/v1/events</code>');
    expect(html).toContain("<code>type</code> (query)");
    expect(html).toContain('"url": "/openapi.json"');
  });
});

describe("body limit", () => {
  const small = fixtureApp({ MAX_BODY_BYTES: "1000" });
  test("a declared length over MAX_BODY_BYTES is a 413 problem", async () => {
    const body = JSON.stringify({ text: `${KENYA_TEXT} `.repeat(3) });
    const res = await small.request("/v1/normalize", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(body.length) },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: "urn:newsgraph:problem:body-too-large", status: 413 });
  });
  test("a streamed body without a length is cut off at the limit too", async () => {
    const chunk = new TextEncoder().encode("x".repeat(600));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await small.request(
      new Request("http://localhost/v1/corpus", {
        method: "POST",
        headers: { "content-type": "application/x-ndjson", "transfer-encoding": "chunked" },
        body,
        duplex: "half",
      } as RequestInit),
    );
    expect(res.status).toBe(413);
  });
});

describe("logging", () => {
  test("logs one line per request with its request id, and errors with their stack", async () => {
    const lines: LogEntry[] = [];
    const logged = createApp({
      config: parseConfig({}),
      source: createMemorySource(FIXTURE),
      log: (e) => lines.push(e),
      extend: (a) => {
        a.get("/boom", () => {
          throw new Error("kaboom");
        });
      },
    });
    await logged.request("/health", { headers: { "x-request-id": "r1" } });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: "info", requestId: "r1", status: 200, path: "/health" }),
    );
    const res = await logged.request("/boom", { headers: { "x-request-id": "r2" } });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ type: "urn:newsgraph:problem:internal-error", requestId: "r2" });
    expect(lines).toContainEqual(expect.objectContaining({ level: "error", requestId: "r2", error: "Error: kaboom" }));
  });
  test("LOG_LEVEL=silent logs nothing", async () => {
    const lines: LogEntry[] = [];
    const quiet = createApp({ config: parseConfig({ LOG_LEVEL: "silent" }), log: (e) => lines.push(e) });
    await quiet.request("/health");
    expect(lines).toEqual([]);
  });
});

describe("extend", () => {
  const extended = createApp({
    config: parseConfig({ LOG_LEVEL: "silent", MAX_BODY_BYTES: "100" }),
    source: createMemorySource(FIXTURE),
    extend: (a, { source }) => {
      a.openapi(
        createRoute({
          method: "delete",
          path: "/v1/articles/{id}",
          request: { params: z.object({ id: z.string() }) },
          responses: { 204: { description: "deleted" } },
        }),
        async (c) => {
          if (c.req.header("authorization") !== "Bearer secret") throw new ApiError("unauthorized");
          const found = await source.getArticle(c.req.valid("param").id);
          if (!found) throw new ApiError("not-found");
          return c.body(null, 204);
        },
      );
      a.post("/v1/echo", async (c) => c.text(await c.req.text()));
    },
  });
  test("added routes appear in the OpenAPI document", async () => {
    const doc = (await (await extended.request("/openapi.json")).json()) as { paths: Record<string, object> };
    expect(Object.keys(doc.paths["/v1/articles/{id}"]!).sort()).toEqual(["delete", "get"]);
  });
  test("added routes run under the same middleware and problem documents", async () => {
    const denied = await extended.request("/v1/articles/x", { method: "DELETE" });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("x-request-id")).toBeTruthy();
    expect(((await denied.json()) as { type: string }).type).toBe("urn:newsgraph:problem:unauthorized");
    const big = await extended.request("/v1/echo", { method: "POST", body: "x".repeat(101) });
    expect(big.status).toBe(413);
  });
  test("added routes see the same source", async () => {
    const res = await extended.request(`/v1/articles/${FIXTURE.articles[0]!.id}`, {
      method: "DELETE",
      headers: { authorization: "Bearer secret" },
    });
    expect(res.status).toBe(204);
  });
});

describe("parseConfig", () => {
  test("defaults apply when nothing is set, and empty strings count as unset", () => {
    const config = parseConfig({ MAX_BATCH: "" });
    expect(config).toMatchObject({ maxBatch: 50, maxTextLength: 200_000, corsOrigins: "*", logLevel: "info" });
  });
  test("reads strings as Workers vars and process.env give them, and numbers as JSON vars do", () => {
    expect(parseConfig({ MAX_BATCH: "7", MAX_TEXT_LENGTH: 900 })).toMatchObject({ maxBatch: 7, maxTextLength: 900 });
  });
  test("splits CORS_ORIGINS on commas", () => {
    expect(parseConfig({ CORS_ORIGINS: "https://a.example,https://b.example" }).corsOrigins).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
  });
  test.each([
    [{ MAX_BATCH: "0" }, "MAX_BATCH"],
    [{ MAX_BODY_BYTES: "lots" }, "MAX_BODY_BYTES"],
    [{ LOG_LEVEL: "verbose" }, "LOG_LEVEL"],
  ])("refuses %j naming %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(name);
  });
  test("ignores bindings it does not know, such as a D1 database", () => {
    expect(() => parseConfig({ DB: { prepare() {} }, PATH: "/usr/bin" })).not.toThrow();
  });
});
