import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { type Backend, guardWrites, isInsertRows, readVersion, type Write, type WriteWork } from "./backend.js";
import { type Migration, migrate } from "./migrate.js";
import type { StoreSchema } from "./schema.js";
import { type CorpusStore, createStore, type StoreOptions } from "./store.js";

/** The migrations shipped with the store, read from packages/store/migrations. */
export function readMigrations(dir = fileURLToPath(new URL("../migrations/", import.meta.url))): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(`${dir}/${name}`, "utf8") }));
}

/** Options of `openSqliteStore`. */
export interface SqliteStoreOptions extends StoreOptions {
  /** How long a writer waits for another process's lock, in milliseconds (default 30 s). */
  busyTimeoutMs?: number;
}

/** SQLite through better-sqlite3: a write holds the file's write lock from its first read (BEGIN IMMEDIATE). */
export function createSqliteBackend(path: string, options: SqliteStoreOptions = {}): Backend {
  const raw = new Database(path);
  raw.pragma("journal_mode = WAL");
  raw.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30_000}`);
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  // A relink reads and writes index pages all over a file of hundreds of MB: keep 256 MB of them in memory
  // (the default is 2 MB) and map the file for reads.
  raw.pragma("cache_size = -262144");
  raw.pragma("mmap_size = 1073741824");
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: raw }) });
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let st = statements.get(sql);
    if (!st) {
      st = raw.prepare(sql);
      statements.set(sql, st);
    }
    return st;
  };
  const run = (w: Write) => {
    if (!isInsertRows(w)) {
      prepared(w.sql).run(...(w.parameters as unknown[]));
      return;
    }
    const st = prepared(
      `INSERT INTO ${w.table} (${w.columns.join(", ")}) VALUES (${w.columns.map(() => "?").join(", ")})`,
    );
    for (const row of w.rows) st.run(...row);
  };
  // One write at a time in this process: BEGIN cannot nest on the one connection.
  let queue: Promise<unknown> = Promise.resolve();
  const write = <T>(work: WriteWork<T>): Promise<T> => {
    const next = queue.then(async () => {
      raw.exec("BEGIN IMMEDIATE");
      try {
        const version = await readVersion(db);
        const { writes, result } = await work(db);
        for (const q of guardWrites(db, version, writes)) run(q);
        raw.exec("COMMIT");
        return result;
      } catch (e) {
        if (raw.inTransaction) raw.exec("ROLLBACK");
        throw e;
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    db,
    write,
    async execScript(list) {
      raw
        .transaction(() => {
          for (const s of list) raw.exec(s);
        })
        .immediate();
    },
    async close() {
      await queue;
      await db.destroy();
    },
  };
}

/**
 * Opens (creating and migrating as needed) a corpus stored in a SQLite file.
 *
 * @example
 * const store = await openSqliteStore("corpus.sqlite");
 * await store.ingest([{ id: "afp-1", text }]);
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<CorpusStore> {
  const backend = createSqliteBackend(path, options);
  await migrate(backend, readMigrations());
  return createStore(backend, options);
}
