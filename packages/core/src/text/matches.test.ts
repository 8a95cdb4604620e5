import { describe, expect, test } from "vitest";
import { matchesOf } from "./matches.js";

const cases: { pattern: RegExp; text: string }[] = [
  { pattern: /\d+/g, text: "Talks in 2011 and again in 2014 ended on June 8." },
  { pattern: /\S+/g, text: "  MOSCOW (Reuters) -  Russia said " },
  { pattern: /(?:(Jan|Feb)[a-z]*\.? )?((?:19|20)\d\d)\b/g, text: "since January 2009, by Feb. 2012 and in 1998" },
  { pattern: /x*/g, text: "axxb" },
  { pattern: /(?:)/gu, text: "a\u{1F600}b" },
  { pattern: /\p{Lu}\p{Ll}+/gu, text: "Kyiv, Île-de-France and Zürich" },
  { pattern: /z/g, text: "no match here" },
];

describe("matchesOf", () => {
  for (const c of cases) {
    test(`lists the matches of ${c.pattern} as matchAll does`, () => {
      const expected = [...c.text.matchAll(c.pattern)].map((m) => [m.index, ...m]);
      expect(matchesOf(c.pattern, c.text).map((m) => [m.index, ...m])).toEqual(expected);
    });
  }

  test("a pattern left part-way through a text starts again from the beginning", () => {
    const pattern = /\d+/g;
    pattern.exec("12 34");
    expect(matchesOf(pattern, "56 78").map((m) => m[0])).toEqual(["56", "78"]);
  });
});
