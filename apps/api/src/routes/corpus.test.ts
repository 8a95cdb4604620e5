import { Corpus } from "@newsgraph/core";
import { describe, expect, test } from "vitest";
import { fixtureApp, KENYA_TEXT } from "../../test/fixture.js";
import { CorpusLine } from "../schemas.js";

const app = fixtureApp({ MAX_BATCH: "3" });

const BRAZIL_TEXT = [
  "Lula says Brazil is back",
  "",
  'BRASILIA (AP) - President Luiz Inacio Lula da Silva said on Tuesday that "Brazil is back on the world stage" after talks with Argentine President Alberto Fernandez.',
].join("\n");

const post = (body: string, headers: Record<string, string>) =>
  app.request("/v1/corpus", { method: "POST", headers, body });
const postJson = (body: unknown, accept?: string) =>
  post(JSON.stringify(body), { "content-type": "application/json", ...(accept ? { accept } : {}) });
const ndjson = (...lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join("\n");

interface ProblemBody {
  type: string;
  detail?: string;
  errors?: { pointer: string }[];
}

describe("POST /v1/corpus", () => {
  test("links a JSON batch into a Corpus that the core's schema accepts", async () => {
    const res = await postJson({ articles: [{ text: KENYA_TEXT, id: "kenya" }, { text: BRAZIL_TEXT }] });
    expect(res.status).toBe(200);
    expect(res.headers.get("vary")).toContain("accept");
    const corpus = Corpus.parse(await res.json());
    expect(corpus.articles.map((a) => a.id)).toEqual(["kenya", "article-2"]);
  });
  test("reads an NDJSON batch, one article per line, blank lines ignored", async () => {
    const body = `${ndjson({ text: KENYA_TEXT, id: "kenya" }, { text: BRAZIL_TEXT, id: "brazil" })}\n\n`;
    const res = await post(body, { "content-type": "application/x-ndjson" });
    expect(res.status).toBe(200);
    const corpus = Corpus.parse(await res.json());
    expect(corpus.articles.map((a) => a.id)).toEqual(["kenya", "brazil"]);
  });
  test("streams NDJSON back: header with counts, articles, the other records, then end", async () => {
    const res = await postJson(
      { articles: [{ text: KENYA_TEXT }, { text: BRAZIL_TEXT }] },
      "application/x-ndjson, application/json;q=0.5",
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const text = await res.text();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => CorpusLine.parse(JSON.parse(l)));
    const first = lines[0]!;
    expect(first.kind).toBe("corpus");
    expect(lines.at(-1)!.kind).toBe("end");
    const kinds = lines.map((l) => l.kind);
    expect(kinds.filter((k) => k === "article")).toHaveLength(2);
    // Records come grouped by kind in a fixed order.
    const order = ["corpus", "article", "actor", "event", "quoteGroup", "timeline", "end"];
    const ranks = kinds.map((k) => order.indexOf(k));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    if (first.kind === "corpus") {
      expect(kinds.filter((k) => k === "actor")).toHaveLength(first.counts.actors);
      expect(kinds.filter((k) => k === "event")).toHaveLength(first.counts.events);
      expect(kinds.filter((k) => k === "timeline")).toHaveLength(first.counts.timeline);
    }
  });
  test("the NDJSON stream holds the same corpus as the JSON answer", async () => {
    const batch = { articles: [{ text: KENYA_TEXT }, { text: BRAZIL_TEXT }] };
    const json = Corpus.parse(await (await postJson(batch)).json());
    const lines = (await (await postJson(batch, "application/x-ndjson")).text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; data?: unknown });
    expect(lines.filter((l) => l.kind === "article").map((l) => l.data)).toEqual(json.articles);
    expect(lines.filter((l) => l.kind === "actor").map((l) => l.data)).toEqual(json.actors);
  });
  test.each([
    ["application/json", "application/json"],
    ["*/*", "application/json"],
    ["application/*", "application/json"],
    ["application/x-ndjson", "application/x-ndjson"],
    ["application/json;q=0.1, application/x-ndjson", "application/x-ndjson"],
  ])("Accept: %s answers %s", async (accept, type) => {
    const res = await postJson({ articles: [{ text: KENYA_TEXT }] }, accept);
    expect(res.headers.get("content-type")).toContain(type);
  });
  test("an Accept that allows neither type is a 406 problem", async () => {
    const res = await postJson({ articles: [{ text: KENYA_TEXT }] }, "text/html");
    expect(res.status).toBe(406);
    expect(((await res.json()) as ProblemBody).type).toBe("urn:newsgraph:problem:not-acceptable");
  });
  test("more articles than MAX_BATCH is a 413 batch-too-large problem, in JSON and NDJSON", async () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ text: KENYA_TEXT, id: `a${i}` }));
    const a = await postJson({ articles: four });
    expect(a.status).toBe(413);
    expect(((await a.json()) as ProblemBody).type).toBe("urn:newsgraph:problem:batch-too-large");
    const b = await post(ndjson(...four), { "content-type": "application/x-ndjson" });
    expect(b.status).toBe(413);
  });
  test("an empty batch is a validation error", async () => {
    const res = await postJson({ articles: [] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors![0]!.pointer).toBe("/articles");
  });
  test("an invalid article points at its index", async () => {
    const res = await postJson({ articles: [{ text: KENYA_TEXT }, { text: 3 }] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors).toContainEqual(
      expect.objectContaining({ pointer: "/articles/1/text" }),
    );
  });
  test("an invalid NDJSON record points at its record index", async () => {
    const res = await post(ndjson({ text: KENYA_TEXT }, { id: "no-text" }), { "content-type": "application/x-ndjson" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors).toContainEqual(expect.objectContaining({ pointer: "/1/text" }));
  });
  test("a broken NDJSON line is a malformed-ndjson problem naming the line", async () => {
    const res = await post(`${ndjson({ text: KENYA_TEXT })}\n{"text": oops}`, {
      "content-type": "application/x-ndjson",
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as ProblemBody;
    expect(problem.type).toBe("urn:newsgraph:problem:malformed-ndjson");
    expect(problem.detail).toMatch(/^line 2:/);
  });
  test("two articles with one id are a 422 duplicate-id problem naming both", async () => {
    const res = await postJson({
      articles: [
        { text: KENYA_TEXT, id: "x" },
        { text: BRAZIL_TEXT, id: "x" },
      ],
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as ProblemBody;
    expect(problem.type).toBe("urn:newsgraph:problem:duplicate-id");
    expect(problem.detail).toContain("/articles/0 and /articles/1");
  });
  test("an empty article in a batch is rejected with its index", async () => {
    const res = await postJson({ articles: [{ text: KENYA_TEXT }, { text: "\n\n" }] });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ProblemBody).detail).toMatch(/^\/articles\/1:/);
  });
  test("a batch that outlasts REQUEST_TIMEOUT_MS is a 503 timeout problem", async () => {
    // 1 ms cannot hold two articles: the deadline is checked after the first.
    const slow = fixtureApp({ REQUEST_TIMEOUT_MS: "1" });
    const res = await slow.request("/v1/corpus", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ articles: [{ text: KENYA_TEXT }, { text: BRAZIL_TEXT }, { text: KENYA_TEXT }] }),
    });
    expect(res.status).toBe(503);
    expect(((await res.json()) as ProblemBody).type).toBe("urn:newsgraph:problem:timeout");
  });
  test("a text/csv body is a 415 problem", async () => {
    const res = await post("text\nhello", { "content-type": "text/csv" });
    expect(res.status).toBe(415);
  });
});
