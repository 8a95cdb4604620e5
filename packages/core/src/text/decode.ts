// Bytes to text for callers that read files or request bodies. TextDecoder is available in every runtime the
// core targets (Node, browsers, workerd), so this stays pure; what it adds is the choice of encoding.
import { NewsgraphError } from "../errors.js";

/** The text of some bytes, the encoding it was read with, and how many characters could not be decoded. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  readonly replaced: number;
}

// The core compiles without DOM or Node typings; this is the part of the global TextDecoder it uses.
interface Decoder {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => Decoder;

function decodeWith(label: string, bytes: Uint8Array): string {
  let decoder: Decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new NewsgraphError("UNSUPPORTED_ENCODING", `unknown or unsupported text encoding "${label}"`, {
      encoding: label,
    });
  }
  return decoder.decode(bytes);
}

// Windows-1252 by hand: some runtimes decode the label as ISO-8859-1 and turn curly quotes (0x93, 0x94) into
// C1 control characters. 0x80-0x9F per the WHATWG table; the five undefined bytes keep their code points.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const CP1252_LABELS = new Set([
  "windows-1252",
  "cp1252",
  "x-cp1252",
  "latin1",
  "iso-8859-1",
  "iso8859-1",
  "l1",
  "ascii",
  "us-ascii",
]);

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    let chunk = "";
    const end = Math.min(bytes.length, i + 8192);
    for (let j = i; j < end; j++) {
      const b = bytes[j] ?? 0;
      chunk += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join("");
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/**
 * Decodes article bytes. With `encoding` (any WHATWG label: "utf-8", "latin1", "windows-1251", "shift_jis"...)
 * that encoding is used; an unknown label throws `UNSUPPORTED_ENCODING`. Without it, a byte order mark decides
 * (UTF-8, UTF-16LE, UTF-16BE), then valid UTF-8 is read as UTF-8 and anything else as Windows-1252, the usual
 * encoding of older Western pages. The byte order mark is not part of the text.
 *
 * @example
 * decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { text: "café", encoding: "windows-1252", replaced: 0 }
 */
export function decodeText(bytes: Uint8Array, options: { readonly encoding?: string } = {}): DecodedText {
  let encoding = options.encoding?.trim().toLowerCase();
  let body = bytes;
  if (!encoding) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = "utf-8";
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  }
  if (encoding === "utf-16be") {
    // not every runtime's TextDecoder reads big-endian UTF-16: swap the byte pairs and read little-endian
    const start = bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
    body = new Uint8Array(bytes.length - start);
    for (let i = start; i + 1 < bytes.length; i += 2) {
      body[i - start] = bytes[i + 1] ?? 0;
      body[i - start + 1] = bytes[i] ?? 0;
    }
    const text = decodeWith("utf-16le", body);
    return { text, encoding: "utf-16be", replaced: countReplaced(text) };
  }
  if (!encoding) {
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return { text, encoding: "utf-8", replaced: 0 };
    } catch {
      encoding = "windows-1252";
    }
  }
  if (CP1252_LABELS.has(encoding)) return { text: decodeCp1252(body), encoding: "windows-1252", replaced: 0 };
  const text = decodeWith(encoding, body);
  return { text, encoding, replaced: countReplaced(text) };
}
