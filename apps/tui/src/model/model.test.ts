import { describe, expect, test } from "vitest";
import { makeFixture } from "../../test/fixture.js";
import { actorFamily, actorPageRows } from "./actor-page.js";
import { indexCorpus } from "./corpus-index.js";
import { formatRecords, withFormat } from "./export.js";
import { dateInRange, NO_FILTERS, scopeOf } from "./filters.js";
import { layoutArticle, MARK, wrapRanges } from "./reader.js";
import { actorRows, articleRows, quoteRows, timelineRows } from "./rows.js";
import { searchCorpus } from "./search.js";

const { corpus, raws } = makeFixture();
const index = indexCorpus(corpus);
const all = scopeOf(index, NO_FILTERS);

describe("rows of each view", () => {
  test("the timeline follows the corpus timeline and marks main events", () => {
    const rows = timelineRows(index, all);
    expect(rows.map((r) => [r.data.date, r.data.event.type, r.data.main])).toEqual([
      ["2023-03-14", "CONSULT", true],
      ["2023-04", "CONSULT", false],
      ["2023-04-20", "SANCTION", true],
    ]);
    expect(rows[0]?.data.sources).toEqual(["Maria Keller"]);
    expect(rows[0]?.data.place).toBe("Vienna");
  });
  test("actors are ordered by mentions and can be limited to a kind", () => {
    expect(actorRows(index, all, "all").map((r) => [r.data.actor.name, r.data.count])).toEqual([
      ["European Commission", 3],
      ["Maria Keller", 2],
      ["Jonas Berg", 1],
      ["Vienna", 1],
    ]);
    expect(actorRows(index, all, "place").map((r) => r.data.actor.name)).toEqual(["Vienna"]);
  });
  test("a quote group comes first and opens into each wording with its diff", () => {
    const closed = quoteRows(index, all, new Set());
    expect(closed.map((r) => r.data.kind)).toEqual(["group", "quote"]);
    const open = quoteRows(index, all, new Set(["g-door"]));
    expect(open.map((r) => r.data.kind)).toEqual(["group", "variant", "variant", "quote"]);
    const second = open[2]?.data;
    expect(second?.kind === "variant" && second.diff.map((d) => d.op)).toEqual(["equal", "delete", "insert"]);
  });
  test("an actor's page lists its role, its quotes, its events and its articles", () => {
    const rows = actorPageRows(index, actorFamily(index, "maria-keller"));
    expect(rows.map((r) => r.data.section)).toEqual(["role", "quote", "quote", "event", "article", "article"]);
    expect(rows[0]?.data.text).toBe("trade minister, Austria");
  });
});

describe("filters", () => {
  test("date ranges compare ISO prefixes at any precision", () => {
    expect(dateInRange("2023-03-14", "2023-03", "2023-03")).toBe(true);
    expect(dateInRange("2023-04", "2023-03", "2023-03-31")).toBe(false);
    expect(dateInRange(null, "2023", "")).toBe(false);
    expect(dateInRange(null, "", "")).toBe(true);
  });
  test("by outlet, by actor and by date", () => {
    const outlet = scopeOf(index, { ...NO_FILTERS, outlet: "alpine" });
    expect(articleRows(index, outlet).map((r) => r.key)).toEqual(["vienna-2"]);
    const keller = scopeOf(index, { ...NO_FILTERS, actor: "keller" });
    expect(articleRows(index, keller).map((r) => r.key)).toEqual(["vienna-1", "vienna-2"]);
    expect(quoteRows(index, keller, new Set()).map((r) => r.data.kind)).toEqual(["group"]);
    expect(timelineRows(index, keller).map((r) => r.data.event.id)).toEqual(["ev-talks"]);
    const april = scopeOf(index, { ...NO_FILTERS, from: "2023-04" });
    expect(timelineRows(index, april).map((r) => r.data.event.id)).toEqual(["ev-meet", "ev-quotas"]);
    expect(actorRows(index, april, "all").map((r) => r.data.actor.name)).toEqual(["European Commission", "Jonas Berg"]);
  });
});

describe("search", () => {
  test("finds actors by alias, quotes by words and article text, each pointing at the match", () => {
    const rows = searchCorpus(index, "door", all);
    expect(rows.map((r) => r.data.section)).toEqual(["quote", "quote", "article", "article"]);
    const hit = rows[2];
    expect(hit?.target?.kind).toBe("evidence");
    if (hit?.target?.kind === "evidence" && hit.target.span) {
      expect(raws.get(hit.target.articleId)?.slice(hit.target.span.start, hit.target.span.end)).toBe("door");
    }
    expect(searchCorpus(index, "KELLER", all).map((r) => r.data.section)[0]).toBe("actor");
    expect(searchCorpus(index, "k", all)).toEqual([]);
  });
});

describe("reader layout", () => {
  test("wraps at word boundaries within the width", () => {
    const text = "the quick brown fox jumps over the lazy dog";
    const lines = wrapRanges(text, 10).map(([s, e]) => text.slice(s, e));
    expect(lines).toEqual(["the quick", "brown fox", "jumps over", "the lazy", "dog"]);
    expect(wrapRanges("abcdefghij", 4).map(([s, e]) => e - s)).toEqual([4, 4, 2]);
  });
  test("marks the quote, its speaker and the focused span, and finds the focus line", () => {
    const article = index.articleById.get("vienna-1");
    if (!article) throw new Error("fixture");
    const quote = article.quotes[0];
    if (!quote) throw new Error("fixture");
    const layout = layoutArticle(index, article, quote.span, 40, false);
    const text = (m: number) =>
      layout.lines
        .flat()
        .filter((s) => s.marks & m)
        .map((s) => s.text)
        .join("");
    expect(text(MARK.focus).replace(/ /g, "")).toBe(quote.text.replace(/ /g, ""));
    expect(text(MARK.speaker)).toBe("Maria Keller");
    expect(layout.lines[layout.focusLine]?.some((s) => s.marks & MARK.focus)).toBe(true);
    for (const line of layout.lines) expect(line.map((s) => s.text).join("").length).toBeLessThanOrEqual(40);
  });
  test("shows the removed text with its reason on request", () => {
    const article = index.articleById.get("vienna-1");
    if (!article) throw new Error("fixture");
    const joined = (show: boolean) =>
      layoutArticle(index, article, null, 60, show)
        .lines.map((l) => l.map((s) => s.text).join(""))
        .join("\n");
    expect(joined(false)).not.toContain("Share this article");
    expect(joined(true)).toContain("[widget] Share this article | Subscribe");
  });
});

describe("export", () => {
  const records = [
    { id: "q1", text: 'He said "no", then left', tags: ["a", "b"] },
    { id: "q2", extra: 3 },
  ];
  test("CSV quotes fields with commas and quotes, joins arrays, and unions columns", () => {
    expect(formatRecords(records, "csv")).toBe(
      'id,text,tags,extra\r\nq1,"He said ""no"", then left",a; b,\r\nq2,,,3\r\n',
    );
  });
  test("NDJSON is one object a line; JSON is an array", () => {
    const nd = formatRecords(records, "ndjson").trim().split("\n");
    expect(nd.map((l) => JSON.parse(l).id)).toEqual(["q1", "q2"]);
    expect(JSON.parse(formatRecords(records, "json"))).toEqual(records);
  });
  test("changing the format changes a known extension only", () => {
    expect(withFormat("out/quotes.json", "csv")).toBe("out/quotes.csv");
    expect(withFormat("quotes.txt", "csv")).toBe("quotes.txt");
  });
});
