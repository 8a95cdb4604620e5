import { describe, expect, test } from "vitest";
import { NewsgraphError } from "../errors.js";
import { decodeText } from "./decode.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  const cases: { name: string; input: Uint8Array; encoding?: string; text: string; used: string }[] = [
    {
      name: "plain UTF-8",
      input: utf8("Kyiv \u2014 \u201cno\u201d"),
      text: "Kyiv \u2014 \u201cno\u201d",
      used: "utf-8",
    },
    { name: "UTF-8 with a byte order mark", input: bytes(0xef, 0xbb, 0xbf, 0x4f, 0x4b), text: "OK", used: "utf-8" },
    {
      name: "UTF-16LE with a byte order mark",
      input: bytes(0xff, 0xfe, 0x4f, 0x00, 0x4b, 0x00),
      text: "OK",
      used: "utf-16le",
    },
    {
      name: "UTF-16BE with a byte order mark",
      input: bytes(0xfe, 0xff, 0x00, 0x4f, 0x00, 0x4b),
      text: "OK",
      used: "utf-16be",
    },
    {
      name: "Windows-1252 when UTF-8 is invalid",
      input: bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94),
      text: "caf\u00e9 \u201cx\u201d",
      used: "windows-1252",
    },
    {
      name: "an encoding the caller names",
      input: bytes(0xcf, 0xf0, 0xe8),
      encoding: "windows-1251",
      text: "\u041f\u0440\u0438",
      used: "windows-1251",
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const out = decodeText(c.input, c.encoding ? { encoding: c.encoding } : {});
      expect(out.text).toBe(c.text);
      expect(out.encoding).toBe(c.used);
      expect(out.replaced).toBe(0);
    });
  }

  test("counts characters that could not be decoded in a named encoding", () => {
    expect(decodeText(bytes(0x41, 0xff, 0x42), { encoding: "utf-8" })).toEqual({
      text: "A\ufffdB",
      encoding: "utf-8",
      replaced: 1,
    });
  });

  test("an unknown encoding is a typed error, not a crash", () => {
    let error: unknown;
    try {
      decodeText(utf8("x"), { encoding: "klingon-8" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).toBe("UNSUPPORTED_ENCODING");
  });
});
