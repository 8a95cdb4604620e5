// `node --import <this file>`: runs the workspace's TypeScript sources as the published builds do. The sources
// are compiled by esbuild module by module, like the core's dist/ bundle and the terminal app's bundle, and
// unlike tsx, whose keepNames option wraps every function created at run time in a call that renames it (a
// sixth of normalizeArticle's time). Only the benchmark runs through it.
import { register } from "node:module";

register("./ts-hooks.mjs", import.meta.url);
