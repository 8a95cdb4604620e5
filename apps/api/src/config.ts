import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The runtime settings of the API, read from Workers vars or `process.env` by the same parser. */
export const ApiConfig = z.object({
  /** Largest request body in bytes; larger bodies get 413. */
  maxBodyBytes: positiveInt(4 * 1024 * 1024),
  /** Most articles in one POST /v1/corpus. */
  maxBatch: positiveInt(50),
  /** Longest article text in UTF-16 code units. */
  maxTextLength: positiveInt(200_000),
  /** Time after which a request is answered with 503; checked between articles of a batch as well. */
  requestTimeoutMs: positiveInt(10_000),
  /** Largest page of a list route. */
  maxPageSize: positiveInt(100),
  /** Origins allowed by CORS: `*` or a comma-separated list. */
  corsOrigins: z
    .string()
    .default("*")
    .transform((s) =>
      s.trim() === "*"
        ? ("*" as const)
        : s
            .split(",")
            .map((o) => o.trim())
            .filter((o) => o !== ""),
    ),
  /** `info` logs one JSON line per request, `error` only failures, `silent` nothing. */
  logLevel: z.enum(["info", "error", "silent"]).default("info"),
  /** Where the /docs page loads the Scalar API reference script from. */
  docsScriptUrl: z.string().min(1).default("https://cdn.jsdelivr.net/npm/@scalar/api-reference"),
});
export type ApiConfig = z.output<typeof ApiConfig>;

/** Environment variable (or Workers var) name of each setting. */
export const CONFIG_VARS: Readonly<Record<keyof ApiConfig, string>> = {
  maxBodyBytes: "MAX_BODY_BYTES",
  maxBatch: "MAX_BATCH",
  maxTextLength: "MAX_TEXT_LENGTH",
  requestTimeoutMs: "REQUEST_TIMEOUT_MS",
  maxPageSize: "MAX_PAGE_SIZE",
  corsOrigins: "CORS_ORIGINS",
  logLevel: "LOG_LEVEL",
  docsScriptUrl: "DOCS_SCRIPT_URL",
};

/** A setting that cannot be used; names the variable so that it can be fixed. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * Reads the settings from an environment: Workers bindings (`env`) or `process.env`. Unset or empty
 * variables take their defaults; other bindings (D1, KV) are ignored.
 *
 * @example
 * parseConfig({ MAX_BATCH: "10", CORS_ORIGINS: "https://example.org" }).maxBatch; // 10
 */
export function parseConfig(env: Readonly<Record<string, unknown>> = {}): ApiConfig {
  const input: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(CONFIG_VARS)) {
    const value = env[name];
    if (value !== undefined && value !== null && value !== "") input[key] = value;
  }
  const parsed = ApiConfig.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const key = String(i.path[0]) as keyof ApiConfig;
      return `${CONFIG_VARS[key] ?? key}: ${i.message}`;
    });
    throw new ConfigError(`invalid configuration: ${issues.join("; ")}`);
  }
  return parsed.data;
}
