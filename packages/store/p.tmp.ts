import { Miniflare } from "miniflare";
import { openD1Store } from "./src/d1.ts";
import { readMigrations } from "./src/sqlite.ts";
import { generateStories } from "./test/fixtures.ts";

const mf = new Miniflare({
  modules: true,
  script: "export default { fetch() { return new Response('ok') } }",
  d1Databases: ["DB"],
});
const d1: any = await mf.getD1Database("DB");
let n = 0,
  t = 0;
const orig = d1.prepare.bind(d1);
const wrapped = new Proxy(d1, {
  get(target, p) {
    if (p === "prepare")
      return (sql: string) => {
        const st = orig(sql);
        return new Proxy(st, {
          get(s2, q) {
            if (q === "bind")
              return (...a: unknown[]) => {
                const b = st.bind(...a);
                return {
                  all: async () => {
                    n++;
                    const t0 = performance.now();
                    const r = await b.all();
                    t += performance.now() - t0;
                    return r;
                  },
                  __b: b,
                };
              };
            return Reflect.get(s2, q);
          },
        });
      };
    if (p === "batch")
      return async (list: any[]) => {
        n++;
        const t0 = performance.now();
        const r = await target.batch(list.map((x) => x.__b ?? x));
        t += performance.now() - t0;
        return r;
      };
    return Reflect.get(target, p);
  },
});
const store = await openD1Store(wrapped, { migrations: readMigrations() });
const inputs = generateStories(4, 3);
const t0 = performance.now();
for (const i of inputs) {
  const a = performance.now();
  const n0 = n,
    tt = t;
  await store.ingest([i]);
  console.log(i.id, (performance.now() - a).toFixed(0), "ms", n - n0, "calls", (t - tt).toFixed(0), "ms in d1");
}
console.log("total", performance.now() - t0);
await mf.dispose();
