import { describe, expect, test } from "vitest";
import { fixtureApp, KENYA_TEXT } from "../test/fixture.js";

// Whatever arrives, the answer is never a 500: every route gets malformed JSON, wrong types, huge and deep
// bodies, binary junk and invalid UTF-8. The routes are read from the OpenAPI document, so a new route is
// covered as soon as it is declared.
const LIMIT = 64 * 1024;
const app = fixtureApp({ MAX_BODY_BYTES: String(LIMIT), MAX_TEXT_LENGTH: "20000", MAX_BATCH: "5" });

/** Deterministic pseudo-random bytes (xorshift), so that a failure can be replayed. */
function junkBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const BODIES: [string, string | Uint8Array][] = [
  ["empty", ""],
  ["whitespace", "  \n "],
  ["truncated JSON", '{"text": "NAIROBI (Reuters) - '],
  ["trailing comma", '{"text": "x",}'],
  ["single quotes", "{'text': 'x'}"],
  ["null", "null"],
  ["number", "42"],
  ["string", JSON.stringify(KENYA_TEXT)],
  ["array of texts", JSON.stringify([KENYA_TEXT])],
  ["text as number", '{"text": 1e309}'],
  ["text as object", '{"text": {"text": "x"}}'],
  ["articles as string", '{"articles": "x"}'],
  ["articles of nulls", '{"articles": [null, null]}'],
  ["proto keys", '{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}, "text": "x"}'],
  ["lone surrogate", '{"text": "Kenya \\ud800 said"}'],
  ["NUL bytes", `{"text": "Kenya\\u0000\\u0000 said", "id": "a\\u0000b"}`],
  ["huge id", JSON.stringify({ text: KENYA_TEXT, id: "x".repeat(10_000) })],
  ["deep arrays", `${"[".repeat(30_000)}${"]".repeat(30_000)}`],
  ["deep objects", `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`],
  ["deep in a field", `{"text": "x", "id": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`],
  ["unclosed deep", "[".repeat(60_000)],
  ["over the body limit", JSON.stringify({ text: "word ".repeat(LIMIT / 4) })],
  ["text over MAX_TEXT_LENGTH", JSON.stringify({ text: "word ".repeat(5000) })],
  ["many NDJSON lines", `${'{"text": "x"}\n'.repeat(50)}`],
  ["binary junk", junkBytes(4096, 7)],
  ["binary junk, JSON prefix", concat(utf8('{"text": "'), junkBytes(512, 11), utf8('"}'))],
  ["invalid UTF-8", concat(utf8('{"text": "Caf'), new Uint8Array([0xc3, 0x28, 0xff, 0xfe]), utf8('"}'))],
  ["overlong UTF-8", concat(utf8('{"text": "'), new Uint8Array([0xc0, 0xaf, 0xe0, 0x80, 0xaf]), utf8('"}'))],
  [
    "UTF-16 with BOM",
    concat(new Uint8Array([0xff, 0xfe]), new Uint8Array([...utf8('{"text":"x"}')].flatMap((b) => [b, 0]))),
  ],
];

const CONTENT_TYPES = [
  "application/json",
  "application/x-ndjson",
  "text/plain",
  "application/json; charset=latin1",
  "multipart/form-data; boundary=x",
  undefined,
];

const QUERIES = [
  "limit=%FF",
  "limit=-1",
  "limit=1e400",
  "limit=",
  "cursor=%00%01",
  "cursor=eyJyIjoxfQ",
  `cursor=${"%F0%9F%92%A9".repeat(200)}`,
  "kind=%ED%A0%80",
  `name=${"a".repeat(300)}`,
  "text=%",
  "from=99999-99-99",
  "to=2023-13-45&from=0000",
  "type=protest",
  "actor[]=x&speaker[$ne]=1",
  "limit=1&limit=2",
];

const PATH_IDS = ["%FF%FE", "%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(2000), "%E2%80%AE", "%25"];

interface OpenApiDoc {
  paths: Record<string, Record<string, unknown>>;
}

async function routes() {
  const doc = (await (await app.request("/openapi.json")).json()) as OpenApiDoc;
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ path, method: m })));
}

async function expectNo500(res: Response, what: string) {
  const body = await res.text();
  expect(res.status, `${what}: ${body.slice(0, 200)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get("content-type"), what).toBe("application/problem+json");
    const problem = JSON.parse(body) as { type: string; status: number };
    expect(problem.type, what).toMatch(/^urn:newsgraph:problem:[a-z-]+$/);
    expect(problem.status, what).toBe(res.status);
  }
}

describe("bad input never yields a 500", () => {
  test("junk bodies on every route that takes a body", async () => {
    const posts = (await routes()).filter((r) => r.method === "post");
    expect(posts.map((r) => r.path).sort()).toEqual(["/v1/corpus", "/v1/normalize"]);
    for (const { path } of posts) {
      for (const [name, body] of BODIES) {
        for (const type of CONTENT_TYPES) {
          const res = await app.request(path, {
            method: "POST",
            headers: type ? { "content-type": type } : {},
            body,
          });
          await expectNo500(res, `${path} ${name} as ${type}`);
        }
      }
    }
  });
  test("junk queries and ids on every read route", async () => {
    const gets = (await routes()).filter((r) => r.method === "get");
    expect(gets.length).toBeGreaterThanOrEqual(8);
    for (const { path } of gets) {
      const targets = path.includes("{id}") ? PATH_IDS.map((id) => path.replace("{id}", id)) : [path];
      for (const target of targets) {
        for (const query of QUERIES) {
          await expectNo500(await app.request(`${target}?${query}`), `${target}?${query}`);
        }
      }
    }
  });
  test("invalid UTF-8 is refused as invalid-encoding, not replaced", async () => {
    const res = await app.request("/v1/normalize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: BODIES.find(([n]) => n === "invalid UTF-8")![1],
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { type: string }).type).toBe("urn:newsgraph:problem:invalid-encoding");
  });
  test("deep nesting is a validation error, not a crash", async () => {
    const res = await app.request("/v1/corpus", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: BODIES.find(([n]) => n === "deep objects")![1],
    });
    expect(res.status).toBe(400);
  });
});
