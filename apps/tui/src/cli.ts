import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus } from "@newsgraph/core";
import { collectFiles, LoadError, loadArticle } from "./load.js";

const USAGE = `newsgraph: follow news stories through their actors, quotes and events

Usage:
  newsgraph [files or folders...]          browse articles in the terminal (default: ./seeds)
  newsgraph export [files or folders...]   print the linked corpus as JSON

Options:
  --cwd <dir>   resolve paths against this folder
  -h, --help    show this help
`;

/** Runs the command line; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    process.stderr.write(`newsgraph: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const cwd = resolve(values.cwd ?? process.cwd());
  const [command, ...rest] = positionals;
  try {
    if (command === "export") return await runExport(rest, cwd);
    return await runBrowse(positionals, cwd);
  } catch (e) {
    if (e instanceof LoadError) {
      process.stderr.write(`newsgraph: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { cwd: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
}

async function loadCorpus(paths: readonly string[], cwd: string) {
  const files = await collectFiles(paths.length ? paths : ["seeds"], cwd);
  if (files.length === 0) throw new LoadError(`no article files (.txt) in ${paths.join(", ") || "seeds"}`, cwd);
  const articles = [];
  for (const f of files) articles.push(await loadArticle(f));
  return buildCorpus(articles);
}

async function runExport(paths: readonly string[], cwd: string): Promise<number> {
  const corpus = await loadCorpus(paths, cwd);
  process.stdout.write(`${JSON.stringify(corpus, null, 1)}\n`);
  return 0;
}

async function runBrowse(paths: readonly string[], cwd: string): Promise<number> {
  const corpus = await loadCorpus(paths, cwd);
  if (!process.stdout.isTTY) {
    process.stdout.write(`${corpus.articles.length} articles\n`);
    for (const a of corpus.articles)
      process.stdout.write(`  ${a.id}  ${a.headline ?? a.paragraphs[0]?.slice(0, 60) ?? ""}\n`);
    return 0;
  }
  const { browse } = await import("./browse.js");
  await browse(corpus);
  return 0;
}
