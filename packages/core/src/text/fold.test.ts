import { describe, expect, test } from "vitest";
import { foldText } from "./fold.js";

describe("foldText", () => {
  const cases: [string, string][] = [
    ["\u201cWe don\u2019t agree yet,\u201d he said", '"We don\'t agree yet," he said'],
    ["Brussels \u2013 NATO\u2014Russia", "Brussels - NATO-Russia"],
    ["a\u00a0b\u202fc\td", "a b c d"],
    ["\u00abnon\u00bb", '"non"'],
    ["\ufeffBOM", " BOM"],
    ["plain ASCII stays", "plain ASCII stays"],
  ];
  for (const [input, want] of cases) {
    test(JSON.stringify(input), () => {
      const out = foldText(input);
      expect(out).toBe(want);
      expect(out).toHaveLength(input.length);
    });
  }
});
