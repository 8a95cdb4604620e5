#!/usr/bin/env node
// Bundles the command and its loading worker into dist/ with esbuild, so that starting `newsgraph` reads two
// files instead of compiling hundreds of TypeScript modules on the fly. bin/newsgraph.mjs runs the bundle
// only while it is newer than every source file, and the sources through tsx otherwise.
import { createRequire } from "node:module";
import { build } from "esbuild";

// better-sqlite3 is a native addon that the store depends on: left for Node to load, from where the store finds it.
const storeRequire = createRequire(new URL("../node_modules/@newsgraph/store/package.json", import.meta.url));
const nativeAddons = {
  name: "native-addons",
  setup(b) {
    b.onResolve({ filter: /^better-sqlite3$/ }, () => ({
      path: storeRequire.resolve("better-sqlite3"),
      external: true,
    }));
  },
};

await build({
  entryPoints: { newsgraph: "src/cli.ts", "normalize-worker": "src/normalize-worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  // Code loaded on demand (the store) stays in its own chunk, read only when a command needs it.
  splitting: true,
  plugins: [nativeAddons],
  platform: "node",
  format: "esm",
  target: "node20",
  jsx: "automatic",
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
  // Optional at run time (Ink's devtools): left for Node to resolve if it is ever needed.
  external: ["react-devtools-core"],
  // Some bundled packages are CommonJS and call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
