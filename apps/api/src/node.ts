import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { parseConfig } from "./config.js";
import { sqliteAppOptions } from "./store-node.js";

// Node entry: settings from process.env; HOST defaults to loopback so that a local run is not exposed.
const config = parseConfig(process.env);
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? "127.0.0.1";
const server = serve(
  { fetch: createApp({ config, ...sqliteAppOptions(process.env) }).fetch, port, hostname },
  (info) => {
    process.stdout.write(`newsgraph API listening on http://${hostname}:${info.port}\n`);
  },
);
// Node stops reading a request that takes longer than the app would wait for it.
(server as import("node:http").Server).requestTimeout = config.requestTimeoutMs + 1000;

const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
