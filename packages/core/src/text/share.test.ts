import { describe, expect, test } from "vitest";
import { idLists, NO_IDS, sharing } from "./share.js";

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
