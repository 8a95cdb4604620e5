// A child process for the fault and concurrency tests: ingests toy stories [from, to) into a SQLite store,
// in the given order, printing each result as it lands.
import { openSqliteStore } from "../src/sqlite.js";
import { toyLinking, toyStories } from "./fixtures.js";

const [path, from, to, order] = process.argv.slice(2);
const all = toyStories(Number(to));
const mine = all.slice(Number(from));
if (order === "reverse") mine.reverse();
const store = await openSqliteStore(path!, { linking: toyLinking, busyTimeoutMs: 60_000 });
for (const a of mine) {
  const [r] = await store.ingestNormalized([a]);
  process.stdout.write(`${r?.id} ${r?.status}\n`);
}
await store.close();
