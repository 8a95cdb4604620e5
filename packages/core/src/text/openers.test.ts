import { describe, expect, test } from "vitest";
import { DEBRIS_PATTERNS } from "../article/debris-data.js";
import { mayOpen, openersOf } from "./openers.js";

/** Whether a match of `re` may open a text that starts like `text`. */
const opens = (re: RegExp, text: string) => mayOpen(openersOf(re), text.charCodeAt(0), text.charCodeAt(1));

describe("openersOf", () => {
  const cases: [RegExp, string, boolean][] = [
    [/^abc/, "ab", true],
    [/^abc/, "ac", false],
    [/^abc/, "Ab", false],
    [/^(?:tags|topics)\s*:/i, "TO", true],
    [/^(?:tags|topics)\s*:/i, "Th", false],
    [/^(post|add)?x/, "xy", true],
    [/^(post|add)?x/, "ad", true],
    [/^(post|add)?x/, "ax", false],
    [/^[a-c]+z/, "bz", true],
    [/^[a-c]+z/, "bb", true],
    [/^[a-c]+z/, "zb", false],
    [/^\d+ min/, "5 ", true],
    [/^\d+ min/, "5m", false],
    [/^\s*x/, "  ", true],
    [/^\s*x/, " x", true],
    [/^\s*x/, "x!", true],
    [/^\s*x/, "yx", false],
    [/^\u00a9|^\(c\)/, "\u00a9 2020", true],
    [/^\u00a9|^\(c\)/, "(c", true],
    [/^\u00a9|^\(c\)/, "(d", false],
    [/^(?!The )[A-Z]{0,2}q/, "Tq", true],
    [/^(?!The )[A-Z]{0,2}q/, "qz", true],
    [/^(?!The )[A-Z]{0,2}q/, "Tz", false],
    [/^x{0,3}y/, "xx", true],
    [/^x{2}y/, "yx", false],
    [/^\bread\b/, "re", true],
    [/^a$/, "a", true],
    [/^(ab)+c/, "ab", true],
    [/^(a|b)*c/, "bc", true],
  ];
  for (const [re, text, want] of cases)
    test(`${re} ${want ? "may" : "cannot"} open "${text}"`, () => expect(opens(re, text)).toBe(want));

  test("allows anything where it cannot tell: negated classes, any character, back-references", () => {
    for (const re of [/^[^.]x/, /^.x/, /^(a?)\1b/, /^\p{L}/u]) expect(opens(re, "zx") && opens(re, "#x")).toBe(true);
  });

  test("allows anything after a group it does not know", () => {
    // "(?i:...)" is newer than some engines: a pattern's source and flags are all the reader looks at
    const modified = { source: "^(?i:a)b", flags: "", ignoreCase: false, unicode: false } as RegExp;
    expect(opens(modified, "zz")).toBe(true);
  });

  test("opens a pattern that may match nothing on any text", () => {
    expect(opens(/^\s*$/, "ab")).toBe(true);
    expect(opens(/^(?=a)/, "zz")).toBe(true);
  });

  test("never leaves out a debris pattern that matches", () => {
    const lines = [
      "Tags: NATO, Russia",
      "12 Comments",
      "© 2020 Reuters",
      "— With assistance by Ann Wu",
      "Read more: Putin warns",
      "Maria T. Lopez covers immigration for the Metro desk.",
      "NATIONTrending Now",
      "Possession: 55% - 45%",
      "Home > News > World",
      "(Updates with minister's comment)",
    ];
    for (const line of lines)
      for (const p of DEBRIS_PATTERNS)
        if (p.pattern.test(line)) expect([p.name, opens(p.pattern, line)]).toEqual([p.name, true]);
  });
});

test("reads a Unicode property or a code point in braces as any character, then goes on", () => {
  expect(opens(/^\p{Lu}x/u, "Zx")).toBe(true);
  expect(opens(/^\p{Lu}x/u, "Zy")).toBe(false);
  expect(opens(/^[\p{L}]x/u, "#x")).toBe(true);
  expect(opens(/^\u{41}x/u, "#x")).toBe(true);
});

test("allows anything under the v flag, whose classes nest", () => {
  const nested = { source: "^[[a-z]--[aeiou]]x", flags: "v", ignoreCase: false, unicode: false } as RegExp;
  expect(opens(nested, "#y")).toBe(true);
});
