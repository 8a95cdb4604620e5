import { describe, expect, test } from "vitest";
import { common, idLists, joined, NO_IDS, sharing, strings } from "./share.js";

describe("sharing within an article", () => {
  test("equal id lists come back as one frozen list, empty ones as the shared empty list", () => {
    const ids = idLists();
    const a = ids(["a/nato", "a/russia"]);
    expect(ids(["a/nato", "a/russia"])).toBe(a);
    expect(ids(["a/russia", "a/nato"])).not.toBe(a);
    expect(ids([])).toBe(NO_IDS);
    expect(() => a.push("a/kremlin")).toThrow(TypeError);
    expect(() => NO_IDS.push("a/kremlin")).toThrow(TypeError);
  });

  test("a value is built once per key", () => {
    const one = sharing<{ value: string }>();
    let built = 0;
    const make = () => {
      built++;
      return { value: "2011-12-08" };
    };
    expect(one("2011-12-08", make)).toBe(one("2011-12-08", make));
    expect(built).toBe(1);
  });
});

describe("one copy of short strings across articles", () => {
  // a string's identity cannot be seen from JavaScript: what can be checked is that the copy handed out
  // reads exactly as the text it stands for, whatever its characters
  const raw = "\u201cWe are ready,\u201d said Erdo\u011fan in \ud83c\udf0d \ud800 Caf\u00e9 ".repeat(3);
  const cases: [string, number, number][] = [
    ["a name with a letter beyond Latin-1", 21, 28],
    ["curly quotes", 0, 15],
    ["an emoji and a lone surrogate", 32, 36],
    ["a string longer than any kept", 0, 84],
    ["the empty string", 5, 5],
  ];
  for (const [name, start, end] of cases) {
    test(name, () => {
      const s = raw.slice(start, end);
      expect(common(s)).toBe(s);
      // the same words further on, met again
      expect(common(raw.slice(start + 42, end + 42))).toBe(raw.slice(start + 42, end + 42));
      expect(strings()(s)).toBe(s);
    });
  }

  test("ids joined from their parts read as the parts one after another", () => {
    expect(joined("gen-000015/", "madison-murray")).toBe("gen-000015/madison-murray");
    expect(joined("gen-000015/", "madison-murray", "-2")).toBe("gen-000015/madison-murray-2");
  });
});
