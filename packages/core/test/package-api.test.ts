import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import * as api from "../src/index.js";

interface Exported {
  readonly name: string;
  readonly doc: string;
  readonly hasExample: boolean;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
}

function docOf(node: ts.Node): { doc: string; hasExample: boolean } {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return {
    doc: docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? "").join("\n"),
    hasExample: docs.some((d) => d.tags?.some((t) => t.tagName.text === "example")),
  };
}

/**
 * The exports of a module with the doc comments of their declarations, following re-exports. Syntactic
 * (no type checker), so it stays fast: the public API is re-exported by name or with `export *`.
 */
function exportsOf(file: string): Map<string, Exported> {
  const out = new Map<string, Exported>();
  const source = parse(file);
  const target = (spec: ts.Expression) =>
    resolve(dirname(file), (spec as ts.StringLiteral).text.replace(/\.js$/, ".ts"));
  for (const st of source.statements) {
    if (ts.isExportDeclaration(st) && st.moduleSpecifier) {
      const inner = exportsOf(target(st.moduleSpecifier));
      if (!st.exportClause) for (const [k, v] of inner) out.set(k, v);
      else if (ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) {
          const found = inner.get((el.propertyName ?? el.name).text);
          out.set(el.name.text, { name: el.name.text, doc: found?.doc ?? "", hasExample: found?.hasExample ?? false });
        }
      }
      continue;
    }
    const exported =
      ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const names = ts.isVariableStatement(st)
      ? st.declarationList.declarations.map((d) => d.name.getText(source))
      : "name" in st && st.name && ts.isIdentifier(st.name as ts.Node)
        ? [(st.name as ts.Identifier).text]
        : [];
    for (const name of names) {
      const doc = docOf(st);
      const prior = out.get(name); // a schema and its type share one name: either may carry the comment
      out.set(name, {
        name,
        doc: prior?.doc || doc.doc,
        hasExample: (prior?.hasExample ?? false) || doc.hasExample,
      });
    }
  }
  return out;
}

const exported = [...exportsOf(fileURLToPath(new URL("../src/index.ts", import.meta.url))).values()];
const runtime = api as Record<string, unknown>;

/** The exports a first-time reader reaches for; each must show how it is used. */
const ENTRY_POINTS = [
  "normalizeArticle",
  "buildCorpus",
  "NormalizeOptions",
  "DEFAULT_MAX_LENGTH",
  "NewsgraphError",
  "ERROR_CODES",
  "SCHEMA_VERSION",
  "Article",
  "Corpus",
  "Actor",
  "Quote",
  "Event",
  "Span",
];

describe("public API", () => {
  test("the syntactic reading finds every runtime export", () => {
    const names = new Set(exported.map((e) => e.name));
    expect(Object.keys(api).filter((k) => !names.has(k))).toEqual([]);
    expect(names).toContain("NewsgraphErrorCode");
  });

  test("exports the entry points", () => {
    for (const name of ENTRY_POINTS) expect(api).toHaveProperty(name);
  });

  test("documents every export", () => {
    expect(exported.filter((e) => e.doc.trim() === "").map((e) => e.name)).toEqual([]);
  });

  test("shows an example for every entry point and every plain function or class", () => {
    const isSchema = (v: unknown) => typeof (v as { safeParse?: unknown })?.safeParse === "function";
    const needExample = exported.filter(
      (e) => ENTRY_POINTS.includes(e.name) || (typeof runtime[e.name] === "function" && !isSchema(runtime[e.name])),
    );
    expect(needExample.filter((e) => !e.hasExample).map((e) => e.name)).toEqual([]);
  });
});
