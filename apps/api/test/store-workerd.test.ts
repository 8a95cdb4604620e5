import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { unstable_startWorker } from "wrangler";

// The Workers entry with a D1 binding (wrangler.jsonc, env "store"), the migrations applied by
// `wrangler d1 migrations apply` exactly as before a deployment, all inside workerd on loopback.
const config = fileURLToPath(new URL("../wrangler.jsonc", import.meta.url));
const seed = readFileSync(new URL("../../../seeds/002_cf0346507ac3bbce.txt", import.meta.url), "utf8");
const TOKEN = "workerd-test-token";
const persist = mkdtempSync(join(tmpdir(), "newsgraph-d1-"));
let worker: Awaited<ReturnType<typeof unstable_startWorker>>;

beforeAll(async () => {
  const wrangler = fileURLToPath(new URL("../node_modules/.bin/wrangler", import.meta.url));
  execFileSync(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--env", "store", "--persist-to", persist], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: "ignore",
    env: { ...process.env, CI: "1" },
  });
  worker = await unstable_startWorker({
    config,
    env: "store",
    bindings: {
      INGEST_TOKEN: { type: "secret_text", value: TOKEN },
      LOG_LEVEL: { type: "plain_text", value: "silent" },
    },
    dev: { persist, server: { hostname: "127.0.0.1", port: 0 }, inspector: false, logLevel: "error" },
  });
  await worker.ready;
}, 180_000);
afterAll(async () => {
  await worker?.dispose();
  rmSync(persist, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${TOKEN}` };

describe("the store behind the API in workerd, on D1", () => {
  test("writes need the token", async () => {
    const none = await worker.fetch("http://example.com/v1/articles", { method: "POST", body: "{}" });
    expect(none.status).toBe(401);
    const wrong = await worker.fetch("http://example.com/v1/articles", {
      method: "POST",
      body: "{}",
      headers: { authorization: "Bearer nope", "content-type": "application/json" },
    });
    expect(wrong.status).toBe(403);
  });

  test("an ingested article is served by the read routes and removed by DELETE", async () => {
    const post = await worker.fetch("http://example.com/v1/articles", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ id: "wd-1", text: seed }),
    });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ results: [{ id: "wd-1", status: "added" }] });
    const articles = (await (await worker.fetch("http://example.com/v1/articles")).json()) as {
      items: { id: string }[];
    };
    expect(articles.items.map((a) => a.id)).toEqual(["wd-1"]);
    const actors = (await (await worker.fetch("http://example.com/v1/actors?limit=100")).json()) as {
      items: { articleIds: string[] }[];
    };
    expect(actors.items.length).toBeGreaterThan(0);
    expect(actors.items.every((a) => a.articleIds.includes("wd-1"))).toBe(true);
    const del = await worker.fetch("http://example.com/v1/articles/wd-1", { method: "DELETE", headers: auth });
    expect(del.status).toBe(204);
    expect((await worker.fetch("http://example.com/v1/articles/wd-1")).status).toBe(404);
  });
});
