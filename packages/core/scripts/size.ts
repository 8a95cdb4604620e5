// Measures what the core costs a browser or a Worker: src/index.ts bundled with every runtime dependency
// and its data tables, minified, then gzipped. `tsx scripts/size.ts` prints the figures and the largest
// inputs; test/package-size.test.ts holds the bundle to SIZE_BUDGET_GZIP.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The most the minified, gzipped bundle may weigh: 1 MB. */
export const SIZE_BUDGET_GZIP = 1_000_000;

export interface SizeReport {
  /** Minified bundle, in bytes. */
  readonly raw: number;
  /** The same, gzipped at the default level, in bytes. */
  readonly gzip: number;
  /** Bytes each source contributes to the minified bundle, largest first, grouped by package or src folder. */
  readonly parts: readonly { readonly name: string; readonly bytes: number }[];
}

function partOf(input: string): string {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg) return pkg[1]!;
  return dirname(input);
}

/** Bundles the core as a browser or Worker app would and measures it. */
export async function measureCoreSize(): Promise<SizeReport> {
  const result = await build({
    absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
    entryPoints: ["src/index.ts"],
    bundle: true,
    minify: true,
    platform: "neutral",
    mainFields: ["module", "main"],
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const bytes = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = partOf(input);
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return {
    raw: code.byteLength,
    gzip: gzipSync(code).byteLength,
    parts: [...bytes].map(([name, b]) => ({ name, bytes: b })).sort((a, b) => b.bytes - a.bytes),
  };
}

function kb(n: number): string {
  return `${(n / 1000).toFixed(1)} kB`.padStart(10);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await measureCoreSize();
  process.stdout.write(`minified ${kb(report.raw)}\ngzipped  ${kb(report.gzip)}  (budget ${kb(SIZE_BUDGET_GZIP)})\n\n`);
  for (const p of report.parts.slice(0, 15)) process.stdout.write(`${kb(p.bytes)}  ${p.name}\n`);
}
