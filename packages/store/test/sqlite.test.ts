import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openSqliteStore } from "../src/sqlite.js";
import { storeSuite } from "./suite.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite("a SQLite file", (options) => openSqliteStore(join(dir, `corpus-${n++}.sqlite`), options));
