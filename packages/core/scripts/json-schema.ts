// Writes the JSON Schema of the package's output (schema/article.schema.json, schema/corpus.schema.json)
// from the zod schemas in src/schema, so that programs in any language can validate what the core emits.
// `tsx scripts/json-schema.ts --check` fails instead of writing when the files are out of date.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { SCHEMA_VERSION } from "../src/index.js";
import * as schemas from "../src/schema/index.js";

const schemaDir = fileURLToPath(new URL("../schema/", import.meta.url));

/** The top-level shapes that get a file of their own; every other exported schema becomes a named `$defs` entry. */
const ROOTS = { "article.schema.json": schemas.Article, "corpus.schema.json": schemas.Corpus } as const;
export type SchemaFile = keyof typeof ROOTS;
export const SCHEMA_FILES = Object.keys(ROOTS) as SchemaFile[];

function namedDefinitions(root: z.ZodType): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(schemas)) {
    if (value instanceof z.ZodType && value !== root) registry.add(value, { id: name });
  }
  return registry;
}

/** The JSON Schema (draft 2020-12) of one output shape, as the package ships it. */
export function jsonSchemaOf(file: SchemaFile): Record<string, unknown> {
  const root = ROOTS[file];
  const generated = z.toJSONSchema(root, { io: "output", metadata: namedDefinitions(root), unrepresentable: "any" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: file === "article.schema.json" ? "newsgraph Article" : "newsgraph Corpus",
    description: root.description ?? undefined,
    $comment: `@newsgraph/core output, schemaVersion ${SCHEMA_VERSION}. Generated from src/schema by scripts/json-schema.ts.`,
    ...rest,
  };
}

export function schemaPath(file: SchemaFile): string {
  return `${schemaDir}${file}`;
}

/**
 * The files in schema/ that no longer match the zod schemas. Compared as data, not text, because the
 * files are laid out by the repository's formatter.
 */
export function staleSchemaFiles(): SchemaFile[] {
  return SCHEMA_FILES.filter((file) => {
    try {
      return JSON.stringify(JSON.parse(readFileSync(schemaPath(file), "utf8"))) !== JSON.stringify(jsonSchemaOf(file));
    } catch {
      return true;
    }
  });
}

function main(check: boolean): void {
  const stale = staleSchemaFiles();
  if (check) {
    if (stale.length > 0) {
      process.stderr.write(
        `schema/${stale.join(", schema/")} out of date: run pnpm --filter @newsgraph/core json-schema\n`,
      );
      process.exitCode = 1;
    }
    return;
  }
  for (const file of stale) writeFileSync(schemaPath(file), `${JSON.stringify(jsonSchemaOf(file), null, 2)}\n`);
  if (stale.length === 0) return;
  const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
  execFileSync(process.execPath, [biome, "format", "--write", ...stale.map(schemaPath)], { stdio: "inherit" });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.includes("--check"));
