// Quality floor on the seed articles against the hand annotation: every field of the cleaning stage.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { cleanArticle } from "./clean-article.js";

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
const goldPath = fileURLToPath(new URL("../../test/gold/seeds.gold.json", import.meta.url));

interface GoldArticle {
  id: string;
  headline: string | null;
  outlet: string[];
  byline: string | null;
  dateline: string | null;
  published: string | null;
  publishedEvidence: string;
  boilerplate: string[];
  bodyStarts: string;
  bodyEnds: string;
  duplicateParagraphs?: unknown;
}

const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: GoldArticle[] };
const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

describe("cleaning the seeds matches the hand annotation", () => {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));
  for (const g of gold.articles) {
    const file = files.find((f) => f.startsWith(g.id));
    if (!file) continue;
    test(g.id, () => {
      const raw = readFileSync(`${seedsDir}${file}`, "utf8");
      const doc = cleanArticle(raw, { id: g.id, referenceDate: null });
      const paragraphs = doc.paragraphs.map((p) => norm(raw.slice(p.start, p.end)));
      const body = paragraphs.join(" ");
      expect(doc.headline).toBe(g.headline);
      expect(doc.byline).toBe(g.byline);
      expect(doc.dateline).toBe(g.dateline);
      if (g.outlet.length > 0) expect(g.outlet).toContain(doc.outlet);
      if (g.publishedEvidence === "text") expect(doc.published?.value).toBe(g.published);
      else expect(doc.published).toBeNull();
      expect(body).toContain(norm(g.bodyStarts));
      expect(body).toContain(norm(g.bodyEnds));
      expect(paragraphs[0]?.startsWith(norm(g.bodyStarts))).toBe(true);
      for (const b of g.boilerplate) expect(body).not.toContain(norm(b));
      expect(new Set(paragraphs).size).toBe(paragraphs.length);
    });
  }
});
