import type { OpenAPIHono } from "@hono/zod-openapi";
import type { RequestIdVariables } from "hono/request-id";
import type { ApiConfig } from "./config.js";
import type { CorpusSource } from "./source.js";

/** What every handler finds on `c.var`. `Bindings` are the Workers env (vars, D1) or empty on Node. */
export interface AppEnv {
  Bindings: Record<string, unknown>;
  Variables: RequestIdVariables & { config: ApiConfig; source: CorpusSource };
}

/** The app type that route modules (and an `extend` hook) register on. */
export type ApiApp = OpenAPIHono<AppEnv>;
