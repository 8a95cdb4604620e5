import type { Backend } from "./backend.js";
import { StoreError } from "./errors.js";

/** One migration file: `NNNN_name.sql`, as `wrangler d1 migrations apply` reads them. */
export interface Migration {
  name: string;
  sql: string;
}

/** The table wrangler records applied D1 migrations in; using it too keeps both runners in step. */
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS d1_migrations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`;

/** Splits a SQL script into statements at top-level semicolons, skipping comments and quoted text. */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let current = "";
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end < 0 ? script.length : end;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end < 0 ? script.length : end + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < script.length && !(script[j] === c && script[j + 1] !== c)) j += script[j] === c ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ";") {
      if (current.trim()) out.push(current.trim());
      current = "";
    } else current += c;
    i++;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * Applies the migrations not yet recorded in `d1_migrations`, in name order, each with its record in one
 * transaction. Returns the names applied.
 */
export async function migrate(backend: Backend, migrations: readonly Migration[]): Promise<string[]> {
  await backend.execScript([CREATE_TABLE]);
  const done = new Set((await backend.db.selectFrom("d1_migrations").select("name").execute()).map((r) => r.name));
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (done.has(m.name)) continue;
    const record = `INSERT INTO d1_migrations (name) VALUES ('${m.name.replaceAll("'", "''")}')`;
    try {
      await backend.execScript([...splitStatements(m.sql), record]);
    } catch (e) {
      // Another process may have applied it a moment ago.
      const again = await backend.db.selectFrom("d1_migrations").select("name").where("name", "=", m.name).execute();
      if (again.length) continue;
      throw new StoreError("MIGRATION_FAILED", `migration ${m.name} failed: ${(e as Error).message}`, { name: m.name });
    }
    applied.push(m.name);
  }
  return applied;
}
