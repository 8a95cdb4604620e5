import { describe, expect, test } from "vitest";
import { firstStartingAt, holdsWord, isWholeAt } from "./search.js";

describe("search", () => {
  test("finds the first item at or after an offset", () => {
    expect(firstStartingAt([{ start: 0 }, { start: 5 }, { start: 9 }], 4)).toBe(1);
    expect(firstStartingAt([{ start: 0 }, { start: 5 }], 10)).toBe(2);
  });

  test("a word is whole with no letter or digit on either side", () => {
    expect(isWholeAt("in Cork, said", 3, 7)).toBe(true);
    expect(isWholeAt("Corktown", 0, 4)).toBe(false);
    expect(isWholeAt("A4", 0, 1)).toBe(false);
    expect(holdsWord("Corktown and then Cork.", "Cork")).toBe(true);
    expect(holdsWord("Corktown and Scorkers", "Cork")).toBe(false);
    expect(holdsWord("Ulster Unionist Party", "Unionist Party")).toBe(true);
  });
});
