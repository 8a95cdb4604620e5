// Recognises text that is really binary data decoded as characters: control characters and U+FFFD
// replacement characters where prose has letters.

/** Above this share of control or replacement characters the input is not text. */
const MAX_JUNK_SHARE = 0.25;
/** A junk code unit: a control character other than tab, line breaks and form feed, DEL, or U+FFFD. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern looks for
const JUNK = /[\0-\x08\x0e-\x1f\x7f\ufffd]/;

/**
 * Whether `text` is mostly control characters (other than tab, line breaks and form feed) and U+FFFD.
 *
 * @example
 * looksBinary("\u0000\u0001\ufffd\ufffdPNG") // true
 * looksBinary("NATO and Russia failed to agree.") // false
 */
export function looksBinary(text: string): boolean {
  // most texts hold no junk at all: the regex engine tells so faster than a loop over every code unit
  if (!JUNK.test(text)) return false;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) junk++;
  }
  return text.length > 0 && junk > text.length * MAX_JUNK_SHARE;
}
