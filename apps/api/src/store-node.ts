import { openSqliteStore } from "@newsgraph/store/sqlite";
import type { CreateAppOptions } from "./app.js";
import { storeAppOptions } from "./store-app.js";

/**
 * The store options on Node: a SQLite file at `NEWSGRAPH_DB` (created and migrated on first use) and the
 * token `INGEST_TOKEN`; none without `NEWSGRAPH_DB`, so that the read routes serve the seed corpus.
 */
export function sqliteAppOptions(
  env: Readonly<Record<string, string | undefined>>,
): Pick<CreateAppOptions, "source" | "extend"> {
  const path = env.NEWSGRAPH_DB;
  if (!path) return {};
  return storeAppOptions(() => openSqliteStore(path), env.INGEST_TOKEN || undefined);
}
