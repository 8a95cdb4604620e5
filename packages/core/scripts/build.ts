// Builds the published form of the package into dist/: one ES module bundled from src (runtime
// dependencies left as imports, data files inlined) and the type declarations emitted by tsc.
// The workspace imports src directly; dist/ is only what `pnpm pack` and `pnpm publish` ship.
// Declarations are emitted without type checking (tsconfig.build.json: noCheck): `pnpm typecheck` checks.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(`${pkgDir}/package.json`, "utf8")) as {
  dependencies?: Record<string, string>;
};

/** The package an import specifier belongs to: `zod/v4` -> `zod`, `@scope/name/x` -> `@scope/name`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Builds dist/index.js and dist/**\/*.d.ts; throws when the bundle imports a package that is not a runtime dependency. */
export async function buildPackage(): Promise<void> {
  rmSync(`${pkgDir}/dist`, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: pkgDir,
    entryPoints: ["src/index.ts"],
    outfile: "dist/index.js",
    bundle: true,
    packages: "external",
    platform: "neutral",
    format: "esm",
    target: "es2022",
    metafile: true,
    logLevel: "warning",
  });
  const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
  const imported = new Set(
    Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)),
  );
  const stray = [...imported].filter((p) => !runtime.has(packageOf(p)));
  if (stray.length > 0) {
    throw new Error(`dist/index.js imports ${stray.join(", ")}, which package.json does not list in "dependencies"`);
  }
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: pkgDir, stdio: "inherit" });
  pruneDeclarations(join(pkgDir, "dist"));
}

/**
 * tsc declares every module of the program, including generated data tables whose literal types run to
 * hundreds of kilobytes. Consumers need only the declarations that dist/index.d.ts reaches through its
 * imports, so the rest are deleted.
 */
export function pruneDeclarations(distDir: string): string[] {
  const reached = new Set<string>();
  const queue = [join(distDir, "index.d.ts")];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (reached.has(file) || !existsSync(file)) continue;
    reached.add(file);
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(resolve(dirname(file), m[1]!.replace(/\.js$/, ".d.ts")));
    }
  }
  const removed: string[] = [];
  const entries = readdirSync(distDir, { recursive: true, encoding: "utf8" });
  for (const f of entries) {
    const path = join(distDir, f);
    if (f.endsWith(".d.ts") && !reached.has(path)) {
      rmSync(path);
      removed.push(f);
    }
  }
  // deepest first, so that a folder emptied of its subfolders goes too
  for (const f of entries.sort((a, b) => b.length - a.length)) {
    const path = join(distDir, f);
    if (existsSync(path) && statSync(path).isDirectory() && readdirSync(path).length === 0) rmdirSync(path);
  }
  return removed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildPackage();
  } catch (e) {
    // tsc and esbuild have already printed their diagnostics
    if (!(e instanceof Error && "status" in e)) process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    process.exitCode = 1;
  }
}
