import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { timeout } from "hono/timeout";
import type { ApiApp, AppEnv } from "./app-env.js";
import { type ApiConfig, parseConfig } from "./config.js";
import { consoleLog, type Log } from "./log.js";
import { ApiError, fieldErrors, problemOf, problemResponse } from "./problem.js";
import { registerCorpus } from "./routes/corpus.js";
import { registerDocs } from "./routes/docs.js";
import { registerNormalize } from "./routes/normalize.js";
import { registerReadRoutes } from "./routes/read.js";
import { Health } from "./schemas.js";
import { createSeedSource } from "./seed-source.js";
import type { CorpusSource } from "./source.js";

export interface CreateAppOptions {
  /** Settings; defaults to `parseConfig({})`. Entries pass `parseConfig(env)`. */
  readonly config?: ApiConfig;
  /** The corpus behind the read routes; defaults to the seed corpus built into the bundle. */
  readonly source?: CorpusSource;
  /**
   * Registers more routes on the app after the built-in ones, under the same middleware (request id,
   * CORS, limits, problem documents): `extend: (app, { config, source }) => registerWriteRoutes(app, store)`.
   * Routes added with `app.openapi(...)` appear in /openapi.json and /docs.
   */
  readonly extend?: (app: ApiApp, context: { readonly config: ApiConfig; readonly source: CorpusSource }) => void;
  /** Where log lines go; defaults to JSON lines on the console. */
  readonly log?: Log;
}

const validationIn = { json: "body", form: "body", query: "query", param: "path", header: "header" } as const;

/**
 * Builds the API app. The runtime entries (Workers, Node) are thin adapters that read the environment and
 * pass it here.
 *
 * @example
 * const app = createApp({ config: parseConfig(process.env) });
 * const res = await app.request("/v1/actors?kind=person");
 */
export function createApp(options: CreateAppOptions = {}): ApiApp {
  const config = options.config ?? parseConfig({});
  const source = options.source ?? createSeedSource();
  const log = config.logLevel === "silent" ? () => {} : (options.log ?? consoleLog);

  const app: ApiApp = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const where = validationIn[result.target as keyof typeof validationIn] ?? "body";
      throw new ApiError("validation-failed", `the ${where} does not match the schema`, {
        errors: fieldErrors(result.error.issues, where),
      });
    },
  });

  app.use(requestId());
  app.use(async (c, next) => {
    c.set("config", config);
    c.set("source", source);
    const start = Date.now();
    await next();
    if (config.logLevel === "info" || c.res.status >= 500) {
      log({
        level: c.res.status >= 500 ? "error" : "info",
        msg: "request",
        requestId: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Date.now() - start,
      });
    }
  });
  app.use(secureHeaders());
  app.use(
    cors({
      origin: config.corsOrigins === "*" ? "*" : [...config.corsOrigins],
      exposeHeaders: ["X-Request-Id", "ETag", "Link"],
    }),
  );
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          problemOf("method-not-allowed", `${c.req.method} is not allowed here; use ${methods.join(", ")}`, {
            instance: c.req.path,
            requestId: c.var.requestId,
          }),
          { allow: methods.join(", ") },
        ),
    }),
  );
  app.use(
    timeout(config.requestTimeoutMs, () => {
      const problem = problemOf("timeout", `no answer within ${config.requestTimeoutMs} ms`);
      return new HTTPException(503, { res: problemResponse(problem) });
    }),
  );
  app.use(
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: () => {
        throw new ApiError("body-too-large", `the body is over the limit of ${config.maxBodyBytes} bytes`);
      },
    }),
  );
  app.use("/v1/*", etag());

  app.openapi(
    {
      method: "get",
      path: "/health",
      tags: ["service"],
      summary: "Liveness",
      responses: { 200: { description: "the service answers", content: { "application/json": { schema: Health } } } },
    },
    (c) => c.json({ status: "ok" as const }, 200),
  );
  registerNormalize(app);
  registerCorpus(app);
  registerReadRoutes(app, config.maxPageSize);
  options.extend?.(app, { config, source });
  registerDocs(app);

  app.notFound((c) => {
    const problem = problemOf("not-found", `no route for ${c.req.method} ${c.req.path}`, {
      instance: c.req.path,
      requestId: c.var.requestId,
    });
    return problemResponse(problem);
  });

  app.onError((err, c) => {
    const instance = c.req.path;
    const rid = c.var.requestId;
    if (err instanceof ApiError) return problemResponse(err.toProblem(instance, rid));
    if (err instanceof HTTPException) {
      const res = err.getResponse();
      if (res.headers.get("content-type")?.startsWith("application/problem+json")) return res;
      const type =
        err.status === 413
          ? "body-too-large"
          : err.status === 415
            ? "unsupported-media-type"
            : err.status === 401
              ? "unauthorized"
              : err.status === 404
                ? "not-found"
                : err.status < 500
                  ? "validation-failed"
                  : "internal-error";
      const headers: Record<string, string> = {};
      const auth = res.headers.get("www-authenticate");
      if (auth) headers["www-authenticate"] = auth;
      return problemResponse(problemOf(type, err.message || undefined, { instance, requestId: rid }), headers);
    }
    log({ level: "error", msg: "unhandled error", requestId: rid, error: String(err), stack: (err as Error).stack });
    return problemResponse(
      problemOf("internal-error", "an unexpected error; quote the request id", { instance, requestId: rid }),
    );
  });
  return app;
}
