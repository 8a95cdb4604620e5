import { describe, expect, test } from "vitest";
import { FIXTURE, fixtureApp, IDS } from "../../test/fixture.js";

const app = fixtureApp({ MAX_PAGE_SIZE: "50" });

interface PageBody<T = { id: string }> {
  items: T[];
  nextCursor: string | null;
}

async function getJson<T = PageBody>(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as T };
}

/** Follows nextCursor to the end and returns every item, checking each page's size. */
async function walk(path: string, limit: number) {
  const sep = path.includes("?") ? "&" : "?";
  const all: { id: string; eventId?: string; articleId?: string }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const { res, body } = await getJson(url);
    expect(res.status).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    if (body.nextCursor !== null) expect(body.items.length).toBe(limit);
    all.push(...body.items);
    cursor = body.nextCursor;
    pages++;
  } while (cursor !== null && pages < 50);
  return { all, pages };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("GET /v1/articles", () => {
  test("lists summaries ordered by id without the body", async () => {
    const { res, body } = await getJson<PageBody<Record<string, unknown>>>("/v1/articles");
    expect(res.status).toBe(200);
    expect(body.items.map((a) => a.id)).toEqual([IDS.AFP, IDS.AP, IDS.REUTERS]);
    expect(body.nextCursor).toBeNull();
    const reuters = body.items[2]!;
    expect(reuters).toMatchObject({ headline: "Kenya's Ruto rejects calls to scrap tax rises", quoteCount: 3 });
    expect(reuters).toMatchObject({ paragraphCount: 2, actorCount: 4, eventCount: 3, outlet: "Reuters" });
    expect(reuters).not.toHaveProperty("paragraphs");
  });
  test("pages of one reach every article once, in the same order", async () => {
    const { all, pages } = await walk("/v1/articles", 1);
    expect(ids(all)).toEqual([IDS.AFP, IDS.AP, IDS.REUTERS]);
    expect(pages).toBe(3);
  });
  test("a page exactly as long as the rest ends the list", async () => {
    const { all, pages } = await walk("/v1/articles", 3);
    expect(all).toHaveLength(3);
    expect(pages).toBe(1);
  });
  test("announces the next page in a Link header", async () => {
    const res = await app.request("/v1/articles?limit=2");
    const body = (await res.json()) as PageBody;
    expect(res.headers.get("link")).toBe(
      `</v1/articles?limit=2&cursor=${encodeURIComponent(body.nextCursor!)}>; rel="next"`,
    );
  });
  test.each([
    ["limit=0", "/limit"],
    ["limit=51", "/limit"],
    ["limit=two", "/limit"],
    ["limit=1.5", "/limit"],
  ])("rejects %s with the offending field", async (query, pointer) => {
    const { res, body } = await getJson<{ type: string; errors: { pointer: string; in: string }[] }>(
      `/v1/articles?${query}`,
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(body.type).toBe("urn:newsgraph:problem:validation-failed");
    expect(body.errors).toContainEqual(expect.objectContaining({ pointer, in: "query" }));
  });
});

describe("GET /v1/articles/{id}", () => {
  test("returns the whole article", async () => {
    const { res, body } = await getJson<{ id: string; paragraphs: string[]; quotes: unknown[] }>(
      `/v1/articles/${IDS.AP}`,
    );
    expect(res.status).toBe(200);
    expect(body.paragraphs[0]).toContain("Lula da Silva");
    expect(body.quotes).toHaveLength(1);
  });
  test("answers 404 as a problem for an unknown id", async () => {
    const { res, body } = await getJson<{ type: string; detail: string }>("/v1/articles/nope");
    expect(res.status).toBe(404);
    expect(body.type).toBe("urn:newsgraph:problem:not-found");
    expect(body.detail).toContain('"nope"');
  });
  test("decodes a percent-encoded id", async () => {
    const res = await app.request(`/v1/articles/${encodeURIComponent(IDS.AP)}`);
    expect(res.status).toBe(200);
  });
});

describe("ETags", () => {
  test("a matching If-None-Match gets 304 without a body", async () => {
    const first = await app.request("/v1/actors?kind=person");
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const again = await app.request("/v1/actors?kind=person", { headers: { "if-none-match": tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);
  });
  test("another page has another ETag, and a stale tag gets the full body", async () => {
    const a = (await app.request("/v1/actors?kind=person")).headers.get("etag");
    const b = (await app.request("/v1/actors?kind=place")).headers.get("etag");
    expect(a).not.toBe(b);
    const res = await app.request("/v1/actors?kind=person", { headers: { "if-none-match": b! } });
    expect(res.status).toBe(200);
  });
  test("single resources carry an ETag too", async () => {
    const res = await app.request("/v1/actors/imf");
    const again = await app.request("/v1/actors/imf", { headers: { "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });
});

describe("GET /v1/actors", () => {
  test("lists every actor ordered by id", async () => {
    const { body } = await getJson("/v1/actors");
    expect(ids(body.items)).toEqual([...FIXTURE.actors.map((a) => a.id)].sort());
  });
  test.each([
    ["kind=person", ["luiz-inacio-lula-da-silva", "raila-odinga", "william-ruto"]],
    ["kind=place", ["brasilia", "kenya"]],
    ["kind=organization", ["imf"]],
    ["name=ruto", ["william-ruto"]],
    ["name=IMF", ["imf"]],
    ["name=monetary", ["imf"]],
    ["name=inacio", ["luiz-inacio-lula-da-silva"]],
    ["name=BRASILIA", ["brasilia"]],
    ["name=Bras%C3%ADlia", ["brasilia"]],
    ["name=lula&kind=place", []],
    [`article=${IDS.AP}`, ["brasilia", "luiz-inacio-lula-da-silva"]],
    [`article=${IDS.AFP}&kind=person`, ["raila-odinga", "william-ruto"]],
    ["name=nobody", []],
  ])("?%s", async (query, expected) => {
    const { res, body } = await getJson(`/v1/actors?${query}`);
    expect(res.status).toBe(200);
    expect(ids(body.items)).toEqual(expected);
  });
  test("rejects an unknown kind", async () => {
    const { res, body } = await getJson<{ errors: { pointer: string }[] }>("/v1/actors?kind=animal");
    expect(res.status).toBe(400);
    expect(body.errors[0]!.pointer).toBe("/kind");
  });
  test("rejects a repeated filter rather than picking one", async () => {
    const res = await app.request("/v1/actors?kind=person&kind=place");
    expect(res.status).toBe(400);
  });
  test("filters before paging, so pages of a filtered list are full", async () => {
    const { all, pages } = await walk("/v1/actors?kind=person", 2);
    expect(ids(all)).toEqual(["luiz-inacio-lula-da-silva", "raila-odinga", "william-ruto"]);
    expect(pages).toBe(2);
  });
});

describe("cursors", () => {
  test("a cursor replayed with other filters is refused", async () => {
    const { body } = await getJson("/v1/actors?kind=person&limit=1");
    const res = await app.request(`/v1/actors?kind=place&limit=1&cursor=${body.nextCursor}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { type: string }).type).toBe("urn:newsgraph:problem:invalid-cursor");
  });
  test("a cursor of one route is refused on another", async () => {
    const { body } = await getJson("/v1/articles?limit=1");
    const res = await app.request(`/v1/actors?cursor=${body.nextCursor}`);
    expect(res.status).toBe(400);
  });
  test("a changed limit keeps the cursor valid", async () => {
    const { body } = await getJson("/v1/actors?limit=1");
    const { res, body: next } = await getJson(`/v1/actors?limit=10&cursor=${body.nextCursor}`);
    expect(res.status).toBe(200);
    expect(next.items).toHaveLength(FIXTURE.actors.length - 1);
  });
  test.each(["x", "!!!", "e30", btoa('{"r":"/v1/actors","f":"[]","a":"not json"}'), "a".repeat(4000)])(
    "a forged cursor %# is a 400 problem",
    async (cursor) => {
      const res = await app.request(`/v1/actors?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    },
  );
  test("a cursor longer than allowed is a validation error", async () => {
    const res = await app.request(`/v1/actors?cursor=${"a".repeat(5000)}`);
    expect(res.status).toBe(400);
  });
});

describe("GET /v1/actors/{id}", () => {
  test("returns the actor with roles, quotes and events", async () => {
    const { res, body } = await getJson<{
      name: string;
      roles: { title: string }[];
      quotes: { text: string }[];
      events: { id: string }[];
    }>("/v1/actors/raila-odinga");
    expect(res.status).toBe(200);
    expect(body.name).toBe("Raila Odinga");
    expect(body.roles.map((r) => r.title)).toEqual(["opposition leader"]);
    expect(body.quotes.map((q) => q.text)).toEqual(["The cost of living is crushing ordinary Kenyans"]);
    expect(body.events.map((e) => e.id)).toEqual(["e2", "e1"]);
  });
  test("collects quotes from every article", async () => {
    const { body } = await getJson<{ quotes: { articleId: string }[] }>("/v1/actors/william-ruto");
    expect(body.quotes.map((q) => q.articleId)).toEqual([IDS.AFP, IDS.REUTERS]);
  });
  test("answers 404 for an unknown actor", async () => {
    const res = await app.request("/v1/actors/nobody");
    expect(res.status).toBe(404);
  });
});

describe("GET /v1/quotes", () => {
  test("lists quotes by article, then position", async () => {
    const { body } = await getJson<PageBody<{ articleId: string; span: { start: number } }>>("/v1/quotes");
    expect(body.items.map((q) => `${q.articleId}@${q.span.start}`)).toEqual([
      `${IDS.AFP}@80`,
      `${IDS.AP}@50`,
      `${IDS.REUTERS}@10`,
      `${IDS.REUTERS}@120`,
      `${IDS.REUTERS}@300`,
    ]);
  });
  test.each([
    ["speaker=william-ruto", ["Dialogue remains open to all", "We will not be intimidated by street protests"]],
    [
      `article=${IDS.REUTERS}`,
      [
        "a dark day for democracy",
        "We will not be intimidated by street protests",
        "The cost of living is crushing ordinary Kenyans",
      ],
    ],
    ["text=STREET", ["We will not be intimidated by street protests"]],
    [`speaker=william-ruto&article=${IDS.AFP}`, ["Dialogue remains open to all"]],
    ["speaker=Ruto", []],
    ["text=back%20on", ["Brazil is back on the world stage"]],
  ])("?%s", async (query, expected) => {
    const { body } = await getJson<PageBody<{ text: string }>>(`/v1/quotes?${query}`);
    expect(body.items.map((q) => q.text)).toEqual(expected);
  });
  test("pages through quotes that share an id across articles", async () => {
    const { all } = await walk("/v1/quotes", 2);
    expect(all.map((q) => `${q.articleId}/${q.id}`)).toEqual([
      `${IDS.AFP}/q1`,
      `${IDS.AP}/q1`,
      `${IDS.REUTERS}/q3`,
      `${IDS.REUTERS}/q1`,
      `${IDS.REUTERS}/q2`,
    ]);
  });
});

describe("GET /v1/events", () => {
  test("lists events by date, undated last", async () => {
    const { body } = await getJson("/v1/events");
    expect(ids(body.items)).toEqual(["e2", "e5", "e1", "e4", "e3"]);
  });
  test.each([
    ["type=PROTEST", ["e1"]],
    ["actor=william-ruto", ["e2", "e5", "e1"]],
    ["actor=imf", ["e3"]],
    [`article=${IDS.AFP}`, ["e2", "e1"]],
    ["from=2023-03-15", ["e2", "e1", "e4"]],
    ["to=2023-03-14", ["e2", "e5"]],
    ["from=2023-03-21&to=2023-03-31", ["e2"]],
    ["from=2023-04&to=2023", ["e4"]],
    ["from=2023-03-20&to=2023-03-20", ["e2", "e1"]],
    ["from=2024", []],
    ["type=REJECT&actor=raila-odinga", ["e2"]],
  ])("?%s", async (query, expected) => {
    const { res, body } = await getJson(`/v1/events?${query}`);
    expect(res.status).toBe(200);
    expect(ids(body.items)).toEqual(expected);
  });
  test.each(["type=RIOT", "from=2023-3-1", "to=yesterday", "from=20230301"])("rejects ?%s", async (query) => {
    const res = await app.request(`/v1/events?${query}`);
    expect(res.status).toBe(400);
  });
  test("pages of one walk the filtered list", async () => {
    const { all, pages } = await walk("/v1/events?actor=william-ruto", 1);
    expect(ids(all)).toEqual(["e2", "e5", "e1"]);
    expect(pages).toBe(3);
  });
});

describe("GET /v1/timeline", () => {
  test("keeps the corpus timeline order, each entry with its event", async () => {
    const { body } =
      await getJson<PageBody<{ eventId: string; main: boolean; event: { type: string } }>>("/v1/timeline");
    expect(body.items.map((t) => t.eventId)).toEqual(["e5", "e2", "e1", "e4", "e3"]);
    expect(body.items[0]).toMatchObject({ main: true, event: { type: "THREATEN" } });
  });
  test("filters by date range", async () => {
    const { body } = await getJson<PageBody<{ eventId: string }>>("/v1/timeline?from=2023-03-16&to=2023-04");
    expect(body.items.map((t) => t.eventId)).toEqual(["e2", "e1"]);
  });
  test("pages through the timeline", async () => {
    const { all } = await walk("/v1/timeline", 2);
    expect(all.map((t) => t.eventId)).toEqual(["e5", "e2", "e1", "e4", "e3"]);
  });
});
