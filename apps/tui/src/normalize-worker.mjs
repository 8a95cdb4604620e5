// Starts the loading worker from the TypeScript sources (the bundle in dist/ needs no such step).
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("./normalize-worker.ts");
