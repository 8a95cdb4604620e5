// Helpers for driving the App through ink-testing-library: type keys, then wait for the frame to show something.
import { stripVTControlCharacters } from "node:util";

export const KEY = {
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  shiftTab: "\u001b[Z",
  down: "\u001b[B",
  up: "\u001b[A",
  right: "\u001b[C",
  backspace: "\u007f",
} as const;

/** Waits until the last frame, without its styles, satisfies the check; fails with the frame after a bounded time. */
export async function until(lastFrame: () => string | undefined, check: (frame: string) => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const frame = stripVTControlCharacters(lastFrame() ?? "");
    if (check(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`timed out; the screen shows:\n${frame}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Types keys one at a time, letting Ink handle each before the next. */
export async function press(stdin: { write: (s: string) => void }, ...keys: string[]) {
  for (const k of keys) {
    stdin.write(k);
    await new Promise((r) => setTimeout(r, 15));
  }
}

const ESC = String.fromCharCode(27);
const SGR_SPLIT = new RegExp(`(${ESC}\\[[\\d;]*m)`);
const SGR = new RegExp(`^${ESC}\\[([\\d;]*)m$`);
/** Any colour: a foreground, a background or a 256/true colour. */
export const COLOR_SGR = new RegExp(`${ESC}\\[(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;|m)`);

/** The texts drawn with an SGR attribute on (7 inverse, 4 underline, 9 strikethrough), from a raw frame. */
export function styledRuns(raw: string, attribute: 4 | 7 | 9): string[] {
  const off: Record<number, number> = { 4: 24, 7: 27, 9: 29 };
  const runs: string[] = [];
  let on = false;
  let text = "";
  for (const part of raw.split(SGR_SPLIT)) {
    const sgr = part.match(SGR);
    if (!sgr) {
      if (!on) continue;
      // A run ends with its line, even where the terminal carries the attribute on to the next.
      const lines = part.split("\n");
      text += lines[0];
      for (const line of lines.slice(1)) {
        if (text) runs.push(text);
        text = line;
      }
      continue;
    }
    const codes = (sgr[1] ?? "").split(";").map(Number);
    if (codes.includes(attribute)) on = true;
    if (codes.includes(off[attribute] ?? -1) || codes.includes(0)) {
      if (on && text) runs.push(text);
      on = false;
      text = "";
    }
  }
  if (on && text) runs.push(text);
  return runs;
}
