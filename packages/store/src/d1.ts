import type { D1Database } from "@cloudflare/workers-types";
import { Kysely } from "kysely";
import { type Backend, guardWrites, insertStatements, isInsertRows, readVersion, withRetries } from "./backend.js";
import { D1Dialect, runD1Batch } from "./d1-dialect.js";
import { type Migration, migrate } from "./migrate.js";
import type { StoreSchema } from "./schema.js";
import { type CorpusStore, createStore, type StoreOptions } from "./store.js";

/**
 * D1 has no interactive transactions: a write reads, computes, then applies everything in one `batch()`
 * (atomic), guarded by the version it read; if another writer got in between, the guard fails the batch
 * and the work is redone on fresh reads.
 */
export function createD1Backend(d1: D1Database, attempts = 8): Backend {
  const db = new Kysely<StoreSchema>({ dialect: new D1Dialect(d1) });
  return {
    db,
    write: (work) =>
      withRetries(attempts, async () => {
        const version = await readVersion(db);
        const { writes, result } = await work(db);
        const statements = guardWrites(db, version, writes).flatMap((w) =>
          isInsertRows(w) ? insertStatements(w) : [w],
        );
        await runD1Batch(d1, statements);
        return result;
      }),
    async execScript(list) {
      if (list.length) await d1.batch(list.map((s) => d1.prepare(s)));
    },
    async close() {},
  };
}

/** Options of `openD1Store`. */
export interface D1StoreOptions extends StoreOptions {
  /** Apply these migrations first (tests, local dev). In production `wrangler d1 migrations apply` does it. */
  migrations?: readonly Migration[];
}

/**
 * A corpus stored in Cloudflare D1, from the Worker's binding.
 *
 * @example
 * const store = await openD1Store(env.DB);
 */
export async function openD1Store(d1: D1Database, options: D1StoreOptions = {}): Promise<CorpusStore> {
  const backend = createD1Backend(d1);
  if (options.migrations) await migrate(backend, options.migrations);
  return createStore(backend, options);
}
