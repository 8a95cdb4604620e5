import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { Article } from "../schema/article.js";
import { normalizeArticle } from "./normalize-article.js";

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url));

/** The article as the schema would give it back: valid, every default filled, no stray keys, same order. */
function expectSchemaExact(article: Article): void {
  expect(JSON.stringify(Article.parse(article))).toBe(JSON.stringify(article));
}

describe("normalizeArticle builds exactly what the schema describes", () => {
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".txt"))) {
    test(file, () => {
      expectSchemaExact(normalizeArticle(readFileSync(`${seedsDir}${file}`, "utf8"), { id: file }));
    });
  }

  test("on a short wire story with a quote, a role and a date", () => {
    const raw = [
      "Ministers agree on grain corridor",
      "",
      "ANKARA, March 3 (Reuters) - Turkey's Foreign Minister Mevlut Cavusoglu met his Ukrainian counterpart on Thursday.",
      "",
      '"We will keep the corridor open," Cavusoglu told reporters in Ankara.',
      "",
      "Comments 0",
    ].join("\n");
    const article = normalizeArticle(raw, { id: "wire", url: "https://example.com/a", referenceDate: "2022-03-05" });
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(article.events.length).toBeGreaterThan(0);
    expectSchemaExact(article);
  });
});
