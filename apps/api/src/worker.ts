import type { ExecutionContext } from "hono";
import { createApp } from "./app.js";
import type { ApiApp } from "./app-env.js";
import { parseConfig } from "./config.js";
import { d1AppOptions } from "./store-app.js";

// Workers entry: the env (vars from wrangler.jsonc or the dashboard) is known only at the first request,
// so the app is built then and kept for the isolate's life.
let app: ApiApp | null = null;

export default {
  fetch(request: Request, env: Record<string, unknown>, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({ config: parseConfig(env), ...d1AppOptions(env) });
    return app.fetch(request, env, ctx);
  },
};
