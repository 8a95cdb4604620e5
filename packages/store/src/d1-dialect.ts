/**
 * A Kysely dialect over a Cloudflare D1 binding. Written here rather than taken from npm because the
 * store needs D1's atomic `batch()` (D1 has no interactive transactions), which the published dialects
 * do not expose, and because it is small: D1 speaks SQLite, so Kysely's SQLite compiler and adapter apply.
 */
import type { D1Database } from "@cloudflare/workers-types";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import { StoreError } from "./errors.js";

class D1Connection implements DatabaseConnection {
  constructor(private readonly db: D1Database) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.db
      .prepare(query.sql)
      .bind(...query.parameters)
      .all<R>();
    const changes = result.meta?.changes;
    const lastRowId = result.meta?.last_row_id;
    return {
      rows: result.results ?? [],
      numAffectedRows: typeof changes === "number" ? BigInt(changes) : undefined,
      insertId: typeof lastRowId === "number" && lastRowId > 0 ? BigInt(lastRowId) : undefined,
    };
  }

  // biome-ignore lint/correctness/useYield: D1 has no cursors; streaming is refused outright
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new StoreError("UNSUPPORTED", "D1 cannot stream query results");
  }
}

class D1Driver implements Driver {
  constructor(private readonly db: D1Database) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new D1Connection(this.db);
  }
  async beginTransaction(): Promise<void> {
    throw new StoreError("UNSUPPORTED", "D1 has no interactive transactions: write through the store's batch()");
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/**
 * Kysely over a D1 binding.
 *
 * @example
 * const db = new Kysely<StoreSchema>({ dialect: new D1Dialect(env.DB) });
 */
export class D1Dialect implements Dialect {
  constructor(private readonly db: D1Database) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new D1Driver(this.db);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

/** Runs compiled queries as one D1 batch: all of them take effect, or none. */
export async function runD1Batch(db: D1Database, queries: readonly CompiledQuery[]): Promise<void> {
  if (queries.length === 0) return;
  await db.batch(queries.map((q) => db.prepare(q.sql).bind(...q.parameters)));
}
