import { describe, expect, test } from "vitest";
import { acronymOf, foldName, quoteWords, translitKey } from "./normalize.js";

describe("name keys", () => {
  const same: [string, string][] = [
    ["Sergei", "Sergey"],
    ["Alexei", "Aleksey"],
    ["Dmitry", "Dmitri"],
    ["Yevgeny", "Evgeny"],
    ["Gaddafi", "Gadafi"],
    ["Nikolai", "Nikolay"],
  ];
  for (const [a, b] of same) test(`${a} ~ ${b}`, () => expect(translitKey(a)).toBe(translitKey(b)));
  test("keeps different names apart", () => {
    expect(translitKey("Sergei")).not.toBe(translitKey("Serena"));
    expect(translitKey("Hillary")).not.toBe(translitKey("Bill"));
  });
  test("folds case, diacritics, dotted initials and a leading article", () => {
    expect(foldName("the U.S. Senate")).toBe("us senate");
    expect(foldName("Alain Juppé")).toBe("alain juppe");
    expect(acronymOf("North Atlantic Treaty Organization")).toBe("nato");
    expect(acronymOf("NATO")).toBeNull();
  });
});

describe("quoteWords", () => {
  test("reads contractions and curly apostrophes as the full words", () => {
    expect(quoteWords("On missile defense, we don\u2019t agree yet,")).toEqual(
      quoteWords("On missile defense, we do not agree yet"),
    );
    expect(quoteWords("It's not directed against us")).toEqual(quoteWords("it is not directed against us"));
  });
});
