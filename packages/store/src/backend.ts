import { CompiledQuery, type Kysely, sql } from "kysely";
import { StoreError } from "./errors.js";
import type { StoreSchema } from "./schema.js";

/**
 * Rows to insert into one table, each an array in the order of `columns`. The backend picks the
 * statements: SQLite runs one prepared insert per row, D1 sends the rows as JSON lists (`insertStatements`).
 */
export interface InsertRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly unknown[][];
}

/** One write: a statement, or rows to insert. */
export type Write = CompiledQuery | InsertRows;

export const isInsertRows = (w: Write): w is InsertRows => "rows" in w && "table" in w;

/** Rows per insert statement made of a JSON list, and the most characters of one list. */
const ROWS = 500;
export const LIST_CHARS = 300_000;

/**
 * JSON arrays of at most `size` items and about `LIST_CHARS` characters each (an item longer goes alone):
 * at most 3 bytes a character in UTF-8, under D1's 1 MB per string.
 */
export function jsonLists(items: readonly unknown[], size: number): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let length = 0;
  for (const item of items) {
    const text = JSON.stringify(item);
    if (part.length && (part.length >= size || length + text.length > LIST_CHARS)) {
      out.push(`[${part.join(",")}]`);
      part = [];
      length = 0;
    }
    part.push(text);
    length += text.length + 1;
  }
  if (part.length) out.push(`[${part.join(",")}]`);
  return out;
}

/** Insert statements that carry their rows as one JSON parameter each (`INSERT ... SELECT ... FROM json_each(?)`). */
export function insertStatements(w: InsertRows): CompiledQuery[] {
  const values = w.columns.map((_, i) => `value->>${i}`).join(", ");
  const sql = `INSERT INTO ${w.table} (${w.columns.join(", ")}) SELECT ${values} FROM json_each(?)`;
  return jsonLists(w.rows, ROWS).map((list) => CompiledQuery.raw(sql, [list]));
}

/** A unit of write work: reads through `db`, returns the writes to apply atomically and a result. */
export type WriteWork<T> = (db: Kysely<StoreSchema>) => Promise<{ writes: Write[]; result: T }>;

/**
 * What the store needs from a database: typed reads through Kysely and atomic writes. The two adapters
 * differ only here: SQLite locks the file for the whole read-compute-write (BEGIN IMMEDIATE); D1 cannot,
 * so its writes carry a version guard and are retried when another writer got in between.
 */
export interface Backend {
  readonly db: Kysely<StoreSchema>;
  /** Runs `work` and applies its writes as one transaction; retries when the guard reports a conflict. */
  write<T>(work: WriteWork<T>): Promise<T>;
  /** Applies SQL statements in order, outside the version guard (used by migrations). */
  execScript(statements: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** The statements that open and close a guarded write: they fail unless the version is still `version`. */
export function guardWrites(db: Kysely<StoreSchema>, version: number, writes: readonly Write[]): Write[] {
  if (writes.length === 0) return [];
  const check = db
    .insertInto("write_guard")
    .columns(["ok"])
    .expression(
      db.selectFrom("store_meta").select(sql<number>`value = ${version}`.as("ok")).where("key", "=", "version"),
    )
    .compile();
  return [
    check,
    ...writes,
    db.deleteFrom("write_guard").compile(),
    db.updateTable("store_meta").set({ value: sql`value + 1` }).where("key", "=", "version").compile(),
  ];
}

/** The store's version: bumped by every write. */
export async function readVersion(db: Kysely<StoreSchema>): Promise<number> {
  const row = await db.selectFrom("store_meta").select("value").where("key", "=", "version").executeTakeFirst();
  if (!row) throw new StoreError("MIGRATION_FAILED", "the store has no version row: were the migrations applied?");
  return Number(row.value);
}

/** Whether an error is a failed version guard (another writer came first). */
export function isGuardFailure(e: unknown): boolean {
  const text = String((e as { message?: unknown })?.message ?? e);
  return /CHECK constraint failed/i.test(text) && /write_guard|ok = 1|ok/i.test(text);
}

/** Retries guarded work a bounded number of times. */
export async function withRetries<T>(attempts: number, run: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (e) {
      if (!isGuardFailure(e) || i >= attempts) {
        if (isGuardFailure(e))
          throw new StoreError("CONFLICT", `gave up after ${attempts} conflicting concurrent writes`, { attempts });
        throw e;
      }
    }
  }
}
