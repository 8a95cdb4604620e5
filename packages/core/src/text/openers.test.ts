import { describe, expect, test } from "vitest";
import { DEBRIS_PATTERNS } from "../article/debris-data.js";
import { openersOf } from "./openers.js";

/** The ASCII characters a pattern may start with, as a string. */
const starts = (re: RegExp) =>
  openersOf(re)
    .ascii.map((yes, c) => (yes ? String.fromCharCode(c) : ""))
    .join("");

describe("openersOf", () => {
  const cases: [RegExp, string][] = [
    [/^abc/, "a"],
    [/^(?:tags|topics)\s*:/i, "Tt"],
    [/^(post|add)?x/, "apx"],
    [/^[a-c]+z/, "abc"],
    [/^\d+ min/, "0123456789"],
    [/^[\w-]/, "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"],
    [/^\u00a9|^\(c\)/, "("],
    [/^(?!The )[A-Z]{0,2}q/, "ABCDEFGHIJKLMNOPQRSTUVWXYZq"],
    [/^x{0,3}y/, "xy"],
    [/^x{2}y/, "x"],
    [/^\bread\b/, "r"],
  ];
  for (const [re, want] of cases) test(`${re} may start with ${want}`, () => expect(starts(re)).toBe(want));

  test("counts a space class as opening with characters beyond ASCII", () => {
    expect(openersOf(/^\s*x/).other).toBe(true);
    expect(openersOf(/^x/).other).toBe(false);
  });

  test("allows any character where it cannot tell: negated classes, any character, back-references", () => {
    for (const re of [/^[^.]x/, /^.x/, /^(a?)\1b/, /^\p{L}/u]) expect(openersOf(re).ascii.every(Boolean)).toBe(true);
  });

  test("says when a pattern may match nothing at all", () => {
    expect(openersOf(/^\s*$/).empty).toBe(true);
    expect(openersOf(/^(?=a)/).empty).toBe(true);
    expect(openersOf(/^\s*a/).empty).toBe(false);
  });

  test("never leaves out the first character of a debris line", () => {
    const lines = ["Tags: NATO", "12 Comments", "© 2020 Reuters", "— With assistance by Ann Wu", "Read more: x"];
    for (const line of lines)
      for (const p of DEBRIS_PATTERNS)
        if (p.pattern.test(line)) expect(openersOf(p.pattern).ascii[line.charCodeAt(0)] ?? true).toBe(true);
  });
});

test("allows any character after a group it does not know", () => {
  // "(?i:...)" is newer than some engines: a pattern's source and flags are all the reader looks at
  const modified = { source: "^(?i:a)b", ignoreCase: false, unicode: false } as RegExp;
  expect(openersOf(modified).ascii.every(Boolean)).toBe(true);
});
