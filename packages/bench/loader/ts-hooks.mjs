// Module hooks for register.mjs: `.js` specifiers that name a `.ts` source resolve to it, and `.ts`/`.tsx`
// files are compiled to JavaScript with esbuild (types removed, nothing renamed).
import { readFile } from "node:fs/promises";
import { transform } from "esbuild";

const TS = /\.(c|m)?tsx?$/;

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const fromTs = context.parentURL && TS.test(new URL(context.parentURL).pathname);
    if (!fromTs || !/\.(c|m)?js$/.test(specifier) || error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    return next(specifier.replace(/js$/, "ts"), context);
  }
}

export async function load(url, context, next) {
  if (!url.startsWith("file:") || !TS.test(new URL(url).pathname)) return next(url, context);
  const path = new URL(url).pathname;
  const source = await readFile(path, "utf8");
  const { code } = await transform(source, {
    loader: path.endsWith("x") ? "tsx" : "ts",
    format: "esm",
    target: "node20",
    sourcefile: path,
    sourcemap: "inline",
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, jsx: "react-jsx" } },
  });
  return { format: "module", source: code, shortCircuit: true };
}
