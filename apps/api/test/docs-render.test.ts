import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { CHROMIUM, renderDocs } from "../scripts/render-docs.js";

// Opens /docs in headless Chromium with every host but loopback unresolvable. Machines without Chromium
// (many CI images) skip this suite: install it with `apt-get install chromium` or point CHROMIUM at one.
const hasChromium = existsSync(CHROMIUM);
const out = mkdtempSync(join(tmpdir(), "newsgraph-docs-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!hasChromium)(`/docs in headless Chromium (skipped when ${CHROMIUM} is absent)`, () => {
  test("renders every route without network, and a screenshot", async () => {
    const { dom, screenshot } = await renderDocs(out);
    for (const path of ["/v1/normalize", "/v1/corpus", "/v1/actors/{id}", "/v1/quotes", "/v1/timeline"]) {
      expect(dom).toContain(`<code>${path}</code>`);
    }
    expect(dom).toContain('<main id="reference"');
    const png = readFileSync(screenshot);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
  }, 120_000);
});
