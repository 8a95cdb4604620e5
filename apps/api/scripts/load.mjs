// Load run against POST /v1/normalize on loopback only: the Node entry (a child process) and the Workers
// entry inside workerd (through wrangler), one after the other, each for a bounded time. Prints requests per
// second and latency p50/p99; exits non-zero on any error or non-2xx answer.
//   pnpm --filter @newsgraph/api load [--duration 10] [--connections 8] [--target node|workerd|both] [--get /v1/actors]
// --get loads a read route instead (GET, the seed corpus), which shows the API's own overhead apart from the core.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { unstable_startWorker } from "wrangler";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "8" },
    target: { type: "string", default: "both" },
    get: { type: "string" },
  },
});
const duration = Math.min(60, Math.max(1, Number(values.duration)));
const connections = Math.min(64, Math.max(1, Number(values.connections)));
const HOST = "127.0.0.1";
const apiDir = fileURLToPath(new URL("..", import.meta.url));
const text = readFileSync(new URL("../../../seeds/001_4dcc7c277b8aa438.txt", import.meta.url), "utf8");
const body = JSON.stringify({ text, id: "load", referenceDate: "2012-04-19" });

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, HOST, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function startNode() {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
    cwd: apiDir,
    env: { ...process.env, HOST, PORT: String(port), LOG_LEVEL: "error", NEWSGRAPH_DB: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("listening") && resolve());
    child.on("exit", (code) => reject(new Error(`the Node entry exited with ${code}`)));
  });
  return { url: `http://${HOST}:${port}`, stop: async () => void child.kill("SIGTERM") };
}

async function startWorkerd() {
  const worker = await unstable_startWorker({
    config: fileURLToPath(new URL("../wrangler.jsonc", import.meta.url)),
    bindings: { LOG_LEVEL: { type: "plain_text", value: "error" } },
    dev: { server: { hostname: HOST, port: await freePort() }, inspector: false, logLevel: "error" },
  });
  await worker.ready;
  const url = new URL(await worker.url);
  return { url: `http://${HOST}:${url.port}`, stop: () => worker.dispose() };
}

function run(url, seconds) {
  if (new URL(url).hostname !== HOST) throw new Error(`refusing to load anything but ${HOST}: ${url}`);
  const request = values.get
    ? { url: `${url}${values.get}`, method: "GET" }
    : { url: `${url}/v1/normalize`, method: "POST", headers: { "content-type": "application/json" }, body };
  // workerd runs one isolate, so requests queue behind each other: allow for queueing before calling it a timeout.
  return autocannon({ ...request, connections, duration: seconds, timeout: 30 });
}

/** One request at a time until the server answers: the first one pays for startup and the seed corpus. */
async function warm(url) {
  const signal = AbortSignal.timeout(120_000);
  await (await fetch(`${url}/health`, { signal })).text();
  const res = values.get
    ? await fetch(`${url}${values.get}`, { signal })
    : await fetch(`${url}/v1/normalize`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal,
      });
  await res.text();
  if (!res.ok) throw new Error(`warm-up answered ${res.status}`);
}

const targets = values.target === "both" ? ["node", "workerd"] : [values.target];
let failed = false;
for (const target of targets) {
  const server = target === "node" ? await startNode() : await startWorkerd();
  try {
    await warm(server.url);
    await run(server.url, 2); // warm-up under load: JIT, connection pools
    const r = await run(server.url, duration);
    const bad = r.errors + r.timeouts + r.non2xx;
    failed ||= bad > 0;
    process.stdout.write(
      `${target.padEnd(8)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ` +
        `(${r.requests.total} requests in ${duration} s, ${connections} connections, ` +
        `${values.get ? `GET ${values.get}` : `POST /v1/normalize, ${text.length}-char article`}; ` +
        `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})\n`,
    );
  } finally {
    await server.stop();
  }
}
process.exit(failed ? 1 : 0);
