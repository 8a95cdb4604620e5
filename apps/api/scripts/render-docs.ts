// Opens the /docs page of a local API (Node entry, 127.0.0.1, random port) in headless Chromium and saves
// its rendered DOM and a screenshot. Every host but loopback is unresolvable for the browser, so the page
// is judged as it renders without network: Scalar's script (from DOCS_SCRIPT_URL) fails to load and the
// server-rendered reference stays.
//   pnpm --filter @newsgraph/api docs:render [out-dir]      (needs /usr/bin/chromium or CHROMIUM=<path>)
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { serve } from "@hono/node-server";
import { createApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  "--virtual-time-budget=5000",
  "--window-size=1280,1600",
];

export interface RenderedDocs {
  readonly dom: string;
  readonly screenshot: string;
}

async function chromium(args: string[], profile: string): Promise<string> {
  const { stdout } = await promisify(execFile)(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], {
    timeout: 60_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}

/** Serves the API on loopback, renders /docs, and writes `docs.html` and `docs.png` into `outDir`. */
export async function renderDocs(outDir: string): Promise<RenderedDocs> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; apt-get install chromium, or set CHROMIUM`);
  mkdirSync(outDir, { recursive: true });
  const app = createApp({ config: parseConfig({ LOG_LEVEL: "error" }) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  const { port } = server.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
  try {
    const url = `http://127.0.0.1:${port}/docs`;
    const dom = await chromium(["--dump-dom", url], profile);
    const screenshot = join(outDir, "docs.png");
    await chromium([`--screenshot=${screenshot}`, url], profile);
    writeFileSync(join(outDir, "docs.html"), dom);
    return { dom, screenshot };
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.argv[2] ?? join(tmpdir(), "newsgraph-docs"));
  const { dom, screenshot } = await renderDocs(out);
  const routes = [...dom.matchAll(/<code class="method">(\w+)<\/code> <code>([^<]+)<\/code>/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
  process.stdout.write(`rendered ${routes.length} routes:\n  ${routes.join("\n  ")}\n`);
  process.stdout.write(`DOM: ${join(out, "docs.html")}\nscreenshot: ${screenshot}\n`);
}
