import type { D1Database } from "@cloudflare/workers-types";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll } from "vitest";
import { openD1Store } from "../src/d1.js";
import { readMigrations } from "../src/sqlite.js";
import { storeSuite } from "./suite.js";

// D1 as workerd runs it (through miniflare); each test gets a database of its own.
const NAMES = Array.from({ length: 12 }, (_, i) => `DB${i}`);
let mf: Miniflare;
let n = 0;
beforeAll(async () => {
  mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response('ok') } }",
    d1Databases: NAMES,
  });
  await mf.ready;
});
afterAll(async () => {
  await mf?.dispose();
});

// Fewer generated stories than on SQLite: every D1 call crosses from Node into workerd.
storeSuite(
  "D1 in workerd",
  async (options) => {
    const name = NAMES[n++];
    if (!name) throw new Error("add more D1 databases to the test worker");
    const d1 = (await mf.getD1Database(name)) as unknown as D1Database;
    return openD1Store(d1, { ...options, migrations: readMigrations() });
  },
  { stories: 3 },
);
