import type { D1Database } from "@cloudflare/workers-types";
import type { CorpusStore } from "@newsgraph/store";
import { openD1Store } from "@newsgraph/store/d1";
import type { CreateAppOptions } from "./app.js";
import { registerStoreRoutes } from "./store-routes.js";
import { createStoreSource } from "./store-source.js";

/** The app options that put a store behind the read routes and add the write routes. */
export function storeAppOptions(
  open: () => Promise<CorpusStore>,
  token: string | undefined,
): Pick<CreateAppOptions, "source" | "extend"> {
  const source = createStoreSource(open);
  return { source, extend: (app) => registerStoreRoutes(app, { store: source.store, token }) };
}

const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

/**
 * The store options of a Worker: the D1 binding `DB` and the secret `INGEST_TOKEN`; none without a binding,
 * so that the read routes then serve the seed corpus.
 */
export function d1AppOptions(env: Readonly<Record<string, unknown>>): Pick<CreateAppOptions, "source" | "extend"> {
  const db = env.DB as D1Database | undefined;
  if (!db) return {};
  return storeAppOptions(() => openD1Store(db), text(env.INGEST_TOKEN));
}
