import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtureApp, KENYA_TEXT } from "./fixture.js";

// The app behind @hono/node-server on loopback, as the Node entry serves it: real sockets, real
// Content-Length and chunked bodies, a streamed answer.
let server: ReturnType<typeof serve>;
let base = "";

beforeAll(async () => {
  server = serve({ fetch: fixtureApp({ MAX_BODY_BYTES: "65536" }).fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe("api on Node", () => {
  test("streams an NDJSON corpus over a real socket", async () => {
    const res = await fetch(`${base}/v1/corpus`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", accept: "application/x-ndjson" },
      body: `${JSON.stringify({ text: KENYA_TEXT, id: "a" })}\n${JSON.stringify({ text: KENYA_TEXT, id: "b" })}\n`,
    });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: "corpus", counts: { articles: 2 } });
    expect(JSON.parse(lines.at(-1)!)).toEqual({ kind: "end" });
  });
  test("refuses a chunked body over the limit with 413", async () => {
    const chunk = new TextEncoder().encode(`${"x".repeat(16_383)}\n`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${base}/v1/corpus`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { type: string }).type).toBe("urn:newsgraph:problem:body-too-large");
  });
  test("answers HEAD like GET without a body, and 304 to a matching ETag", async () => {
    const head = await fetch(`${base}/v1/actors`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const get = await fetch(`${base}/v1/actors`);
    const again = await fetch(`${base}/v1/actors`, { headers: { "if-none-match": get.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });
  test("a client that hangs up mid-body does not take the server down", async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"text": "NAIROBI (Reuters) -'));
        setTimeout(() => controller.abort(), 50);
      },
    });
    await fetch(`${base}/v1/normalize`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
      signal: controller.signal,
    } as RequestInit).catch(() => null);
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
  });
});
