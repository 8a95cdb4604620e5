import { buildCorpus, normalizeArticle } from "@newsgraph/core";
import { render } from "ink-testing-library";
import { expect, test } from "vitest";
import { App } from "./App.js";

const corpus = buildCorpus([
  normalizeArticle("NATO and Russia met on Thursday.", { id: "first" }),
  normalizeArticle("Talks ended without a deal.", { id: "second" }),
]);

test("lists the articles and moves the cursor with j", async () => {
  const { lastFrame, stdin } = render(<App corpus={corpus} />);
  expect(lastFrame()).toContain("2 articles");
  expect(lastFrame()).toContain("first");
  expect(lastFrame()).toContain("second");
  stdin.write("j");
  await new Promise((r) => setTimeout(r, 20));
  expect(lastFrame()).toContain("second");
});
