import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createApp } from "./app.js";

const seed = readFileSync(new URL("../../../seeds/001_4dcc7c277b8aa438.txt", import.meta.url), "utf8");

describe("api in-process", () => {
  const app = createApp();
  test("GET /health answers ok", async () => {
    const res = await app.request("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
  test("POST /v1/normalize returns the article with its paragraphs", async () => {
    const res = await app.request("/v1/normalize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: seed, id: "seed-1" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; paragraphs: string[] };
    expect(body.id).toBe("seed-1");
    expect(body.paragraphs.join("\n")).toContain("NATO and Moscow failed anew");
  });
  test("POST /v1/normalize rejects an empty text with a problem document", async () => {
    const res = await app.request("/v1/normalize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "   " }),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
