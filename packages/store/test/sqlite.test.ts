import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, test } from "vitest";
import { openSqliteStore } from "../src/sqlite.js";
import { toyArticle, toyLinking } from "./fixtures.js";
import { storeSuite } from "./suite.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite("a SQLite file", (options) => openSqliteStore(join(dir, `corpus-${n++}.sqlite`), options));

test("a relink rewrites only the entities whose content changed", async () => {
  const path = join(dir, "rows.sqlite");
  const store = await openSqliteStore(path, { linking: toyLinking });
  await store.ingestNormalized([
    toyArticle("r1", { actors: ["Ann Lee", "Bo Chan"], date: "2020-01-02" }),
    toyArticle("r2", { actors: ["Jo Park"], date: "2020-02-03" }),
  ]);
  const file = new Database(path, { readonly: true });
  // a rewritten row is deleted and inserted again, so it gets a new rowid
  const rowids = () =>
    new Map(
      file
        .prepare("SELECT id, rowid AS r FROM entities")
        .all()
        .map((x) => [(x as { id: string }).id, (x as { r: number }).r]),
    );
  const before = rowids();
  // r3 shares Ann Lee with r1: r1 is relinked, but only Ann Lee's row changes (one more article)
  await store.ingestNormalized([toyArticle("r3", { actors: ["Ann Lee"] })]);
  const after = rowids();
  const rewritten = [...before].filter(([id, r]) => after.get(id) !== r).map(([id]) => id);
  expect(rewritten).toEqual(["actor:ann-lee"]);
  expect([...after.keys()].filter((id) => !before.has(id))).toEqual([]);
  expect((await store.actor("actor:ann-lee"))?.articleIds).toEqual(["r1", "r3"]);
  file.close();
  await store.close();
});
