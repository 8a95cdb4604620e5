import { Article } from "@newsgraph/core";
import { describe, expect, test } from "vitest";
import { fixtureApp, KENYA_TEXT } from "../../test/fixture.js";

const app = fixtureApp({ MAX_TEXT_LENGTH: "2000" });

const post = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  app.request("/v1/normalize", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

interface ProblemBody {
  type: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { pointer: string; in: string; code: string }[];
}

describe("POST /v1/normalize", () => {
  test("returns an Article that the core's schema accepts, with the given id, url and reference date", async () => {
    const res = await post({
      text: KENYA_TEXT,
      id: "reuters-kenya",
      url: "https://example.org/kenya",
      referenceDate: "2023-03-14",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const article = Article.parse(await res.json());
    expect(article.id).toBe("reuters-kenya");
    expect(article.url).toBe("https://example.org/kenya");
    expect(article.length).toBe(KENYA_TEXT.length);
    expect(article.paragraphs.join("\n")).toContain("would not back down over tax increases");
    for (const [i, span] of article.paragraphSpans.entries()) {
      expect(KENYA_TEXT.slice(span.start, span.end)).toBe(article.paragraphs[i]);
    }
  });
  test("names the article 'article' when no id is given", async () => {
    const res = await post({ text: KENYA_TEXT });
    expect(((await res.json()) as { id: string }).id).toBe("article");
  });
  test("accepts a JSON type with parameters or a +json suffix", async () => {
    expect((await post({ text: KENYA_TEXT }, { "content-type": "application/json; charset=utf-8" })).status).toBe(200);
    expect((await post({ text: KENYA_TEXT }, { "content-type": "application/vnd.api+json" })).status).toBe(200);
  });
  test("an empty text is a 422 article-rejected problem with the core's code", async () => {
    const res = await post({ text: "   " });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = (await res.json()) as ProblemBody;
    expect(body).toMatchObject({ type: "urn:newsgraph:problem:article-rejected", status: 422, code: "EMPTY_INPUT" });
  });
  test("a text over MAX_TEXT_LENGTH is a 413 text-too-long problem", async () => {
    const res = await post({ text: "word ".repeat(401) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ProblemBody).type).toBe("urn:newsgraph:problem:text-too-long");
  });
  test.each([
    [{}, "/text", "invalid_type"],
    [{ text: 5 }, "/text", "invalid_type"],
    [{ text: KENYA_TEXT, id: "" }, "/id", "too_small"],
    [{ text: KENYA_TEXT, referenceDate: "14 March 2023" }, "/referenceDate", "invalid_format"],
    [{ text: KENYA_TEXT, url: 7 }, "/url", "invalid_type"],
    [[KENYA_TEXT], "", "invalid_type"],
  ])("rejects %j, naming %s", async (body, pointer, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as ProblemBody;
    expect(problem.type).toBe("urn:newsgraph:problem:validation-failed");
    expect(problem.errors).toContainEqual({ pointer, in: "body", code, message: expect.any(String) });
  });
  test("lists every offending field at once", async () => {
    const res = await post({ text: 1, id: 2, referenceDate: 3 });
    const problem = (await res.json()) as ProblemBody;
    expect(problem.errors!.map((e) => e.pointer).sort()).toEqual(["/id", "/referenceDate", "/text"]);
  });
  test("malformed JSON is a 400 malformed-json problem", async () => {
    const res = await post('{"text": "unterminated');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).type).toBe("urn:newsgraph:problem:malformed-json");
  });
  test.each([["text/plain"], ["application/x-www-form-urlencoded"], ["application/x-ndjson"]])(
    "a %s body is a 415 problem",
    async (type) => {
      const res = await post({ text: KENYA_TEXT }, { "content-type": type });
      expect(res.status).toBe(415);
      expect(((await res.json()) as ProblemBody).type).toBe("urn:newsgraph:problem:unsupported-media-type");
    },
  );
  test("a body without a Content-Type is a 415 problem", async () => {
    const res = await app.request("/v1/normalize", { method: "POST", body: JSON.stringify({ text: KENYA_TEXT }) });
    expect(res.status).toBe(415);
  });
});
