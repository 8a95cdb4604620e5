import { render } from "ink";
import { App } from "./components/App.js";
import type { CorpusSource } from "./source.js";

const ENTER_ALT_SCREEN = "\x1b[?1049h\x1b[H";
const LEAVE_ALT_SCREEN = "\x1b[?1049l";

/** Draws the browser on the terminal's alternate screen until the user quits, then restores the screen. */
export async function browse(source: CorpusSource, options: { readonly noColor: boolean }): Promise<void> {
  process.stdout.write(ENTER_ALT_SCREEN);
  try {
    const app = render(<App source={source} noColor={options.noColor} />, { exitOnCtrlC: true, patchConsole: true });
    await app.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}
