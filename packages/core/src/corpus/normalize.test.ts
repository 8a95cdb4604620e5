import { describe, expect, test } from "vitest";
import { acronymOf, foldName, nodeId, quoteWords, translitKey } from "./normalize.js";

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

describe("node ids", () => {
  test("an id that already names its article is kept, any other is joined to the article id", () => {
    expect(nodeId("afp-1", "afp-1/sergei-lavrov")).toBe("afp-1/sergei-lavrov");
    expect(nodeId("afp-1", "afp-1/q3")).toBe("afp-1/q3");
    expect(nodeId("afp-1", "a1")).toBe("afp-1\u0000a1");
    expect(nodeId("afp", "afp-1/q3")).toBe("afp\u0000afp-1/q3");
    expect(nodeId("afp-1", "afp-1/")).toBe("afp-1\u0000afp-1/");
  });

  test("two articles whose ids nest give their nodes different ids", () => {
    expect(nodeId("wire/2011", "wire/2011/nato")).toBe("wire/2011/nato");
    expect(nodeId("wire", "wire/2011/nato")).not.toBe(nodeId("wire/2011", "wire/2011/nato"));
  });
});
