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

describe("the place of the article's main event", () => {
  const page = (credit: string, lead: string) => `Robbers attack two banks in a market town, kill policeman
Published Friday, March 18, 2011
${credit}
${lead}
The robbers escaped with an unknown amount of money, police said.`;
  const placeOf = (text: string) => {
    const a = normalizeArticle(text, { id: "a" });
    return a.events.find((e) => e.id === a.mainEventId)?.placeName ?? null;
  };

  test("a town the lead puts the act in comes before the place a reporter files from, on a line above", () => {
    const lead = "A policeman was killed on Thursday when armed robbers attacked two banks in Ilaro-Oke.";
    expect(placeOf(page("Tunde Adebayo-Okafor, Ibadan", lead))).toBe("Ilaro-Oke");
  });

  test("a town the lead puts the act near or north of, when nothing else places it", () => {
    const near = "A scrub fire burned out of control near Ohaupo on Thursday, fire crews said.";
    expect(placeOf(page("Tunde Adebayo-Okafor", near))).toBe("Ohaupo");
    const north = "A scrub fire burned out of control north of Ohaupo on Thursday, fire crews said.";
    expect(placeOf(page("Tunde Adebayo-Okafor", north))).toBe("Ohaupo");
  });

  test("a court acts where it sits; a place 'nearby' the dateline is not where the act is", () => {
    const court =
      "OSIJEK - The Osijek County Court on Thursday sentenced a former road agency chief to four years in prison " +
      "for taking bribes for repair contracts on roads in Slavonia and Baranja.";
    expect(placeOf(page("Tunde Adebayo-Okafor", court))).toBe("Osijek");
    const nearby =
      "WHITBY - About 900 workers at a seat maker walked off the job on Thursday, threatening the supply of " +
      "seats to assembly plants in nearby Oshawa.";
    expect(placeOf(page("Tunde Adebayo-Okafor", nearby))).toBe("Whitby");
  });

  test("a place a unit of government's noun and 'of' name is where the act happens, over the dateline", () => {
    const lead =
      "MUSCAT - Rescuers recovered the body of a boy who was swept away when flash floods hit the wilayat of " +
      "Al Rawdah on Tuesday.";
    expect(placeOf(page("Tunde Adebayo-Okafor", lead))).toBe("Al Rawdah");
  });

  test("a dateline opening the lead is the place where the lead names no town", () => {
    const lead = "IBADAN - Armed robbers attacked two banks on Thursday, killing a policeman.";
    expect(placeOf(page("Tunde Adebayo-Okafor", lead))).toBe("Ibadan");
  });
});
