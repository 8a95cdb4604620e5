#!/usr/bin/env node
// Runs the bundle that `pnpm build` makes when it is there and newer than the sources; otherwise runs the
// TypeScript sources through tsx's loader, so the command works without a build step.
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));

async function loadMain() {
  const { bundleIsFresh } = await import("./fresh.mjs");
  if (
    !process.env.NEWSGRAPH_FROM_SOURCE &&
    (await bundleIsFresh(here("../dist/newsgraph.mjs"), here("../src"), here("../../../packages/core/src")))
  ) {
    return import("../dist/newsgraph.mjs");
  }
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: here("../tsconfig.json") });
  return import("../src/cli.ts");
}
