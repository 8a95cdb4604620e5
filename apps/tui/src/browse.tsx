import type { Corpus } from "@newsgraph/core";
import { render } from "ink";
import { App } from "./components/App.js";

/** Draws the browser until the user quits. */
export async function browse(corpus: Corpus): Promise<void> {
  const app = render(<App corpus={corpus} />);
  await app.waitUntilExit();
}
