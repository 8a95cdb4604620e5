import { type CompiledQuery, type Kysely, sql } from "kysely";
import { StoreError } from "./errors.js";
import type { StoreSchema } from "./schema.js";

/** A unit of write work: reads through `db`, returns the writes to apply atomically and a result. */
export type WriteWork<T> = (db: Kysely<StoreSchema>) => Promise<{ writes: CompiledQuery[]; result: T }>;

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
export function guardWrites(db: Kysely<StoreSchema>, version: number, writes: CompiledQuery[]): CompiledQuery[] {
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
