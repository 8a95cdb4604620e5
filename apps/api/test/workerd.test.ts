import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { unstable_startWorker } from "wrangler";

// Runs the Workers entry inside workerd (the Cloudflare Workers runtime) through wrangler, on loopback.
const seed = readFileSync(new URL("../../../seeds/001_4dcc7c277b8aa438.txt", import.meta.url), "utf8");
let worker: Awaited<ReturnType<typeof unstable_startWorker>>;

beforeAll(async () => {
  worker = await unstable_startWorker({
    config: fileURLToPath(new URL("../wrangler.jsonc", import.meta.url)),
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, logLevel: "error" },
  });
  await worker.ready;
});
afterAll(async () => {
  await worker?.dispose();
});

describe("api in workerd", () => {
  test("GET /health", async () => {
    const res = await worker.fetch("http://example.com/health");
    expect(res.status).toBe(200);
  });
  test("POST /v1/normalize", async () => {
    const res = await worker.fetch("http://example.com/v1/normalize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: seed, id: "seed-1" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { paragraphs: string[] };
    expect(body.paragraphs.join("\n")).toContain("NATO and Moscow failed anew");
  });
});
