import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { buildCorpus, Corpus } from "@newsgraph/core";
import { ingestCommand, withStore } from "./commands/ingest.js";
import { collectFiles, LoadError, loadArticle } from "./load.js";
import { type CorpusSource, corpusSource, fileSource, uniqueIds, workerSource } from "./source.js";
import { summarize } from "./summary.js";
import { wantsNoColor } from "./theme.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What a command gets: its positional arguments, its parsed options, and the folder paths resolve against. */
export interface CommandContext {
  readonly args: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly cwd: string;
}

/** One `newsgraph <name>` command. The first positional names it; otherwise `browse` runs. */
export interface Command {
  readonly usage: string;
  readonly options?: Options;
  run(ctx: CommandContext): Promise<number>;
}

const GLOBAL_OPTIONS: Options = { cwd: { type: "string" }, help: { type: "boolean", short: "h" } };

/** The commands, by name. Add a command here and it gets parsing, help and error handling. */
export const COMMANDS: Record<string, Command> = {
  browse: withStore({
    usage: "newsgraph [browse] [files or folders...]  browse in the terminal (default: ./seeds; a .json corpus too)",
    run: ({ args, cwd }) => runBrowse(args, cwd),
  }),
  ingest: ingestCommand,
  export: {
    usage: "newsgraph export [files or folders...]    print the linked corpus as JSON",
    run: ({ args, cwd }) => runExport(args, cwd),
  },
};

function usage(): string {
  return `newsgraph: follow news stories through their actors, quotes and events

Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join("\n")}

Options:
  --cwd <dir>   resolve paths against this folder
  -h, --help    show this help

In the browser, press ? for the keys.
`;
}

/** Runs the command line; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const name = argv.find((a) => !a.startsWith("-"));
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? name : "browse";
  const spec = COMMANDS[command] as Command;
  const rest = name === command ? argv.filter((_, i) => i !== argv.indexOf(name)) : argv;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], allowPositionals: true, options: { ...GLOBAL_OPTIONS, ...spec.options } });
  } catch (e) {
    process.stderr.write(`newsgraph: ${(e as Error).message}\n\n${usage()}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values["help"]) {
    process.stdout.write(usage());
    return 0;
  }
  const cwd = resolve(typeof values["cwd"] === "string" ? values["cwd"] : process.cwd());
  try {
    return await spec.run({ args: positionals, values, cwd });
  } catch (e) {
    if (e instanceof LoadError) {
      process.stderr.write(`newsgraph: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function defaultPaths(paths: readonly string[]): readonly string[] {
  return paths.length ? paths : ["seeds"];
}

async function articleFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const files = await collectFiles(paths, cwd);
  if (files.length === 0) throw new LoadError(`no article files (.txt) in ${paths.join(", ")}`, cwd);
  return files;
}

/** Reads a corpus saved by `newsgraph export`. */
async function readCorpusFile(path: string, cwd: string): Promise<Corpus> {
  const text = await readFile(resolve(cwd, path), "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new LoadError(
      e.code === "ENOENT" ? `no such file or folder: ${path}` : `cannot read ${path}: ${e.code}`,
      path,
    );
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LoadError(`${path} is not JSON: ${(e as Error).message}`, path);
  }
  const parsed = Corpus.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LoadError(`${path} is not a newsgraph corpus: ${issue?.path.join(".")}: ${issue?.message}`, path);
  }
  return parsed.data;
}

async function runExport(args: readonly string[], cwd: string): Promise<number> {
  const files = await articleFiles(defaultPaths(args), cwd);
  const articles = [];
  for (const f of files) articles.push(await loadArticle(f));
  const corpus = buildCorpus(uniqueIds(articles));
  process.stdout.write(`${JSON.stringify(corpus, null, 1)}\n`);
  return 0;
}

/** The worker that normalises files for the browser: beside this module, as source or as bundle. */
const NORMALIZE_WORKER = new URL("./normalize-worker.mjs", import.meta.url);

async function sourceFor(paths: readonly string[], cwd: string, interactive: boolean): Promise<CorpusSource> {
  if (paths.length === 1 && extname(paths[0] ?? "").toLowerCase() === ".json")
    return corpusSource(await readCorpusFile(paths[0] ?? "", cwd));
  const files = await articleFiles(paths, cwd);
  return interactive ? workerSource(files, NORMALIZE_WORKER) : fileSource(files);
}

async function runBrowse(args: readonly string[], cwd: string): Promise<number> {
  const interactive = Boolean(process.stdout.isTTY && process.stdin.isTTY);
  const source = await sourceFor(defaultPaths(args), cwd, interactive);
  if (!interactive) {
    let last: Parameters<Parameters<CorpusSource["load"]>[0]>[0] | undefined;
    await source.load((s) => {
      last = s;
    });
    if (last) process.stdout.write(summarize(last.corpus, last.progress.errors));
    return 0;
  }
  // A terminal is interactive even when CI variables are set; Ink would otherwise hold every frame back.
  delete process.env["CI"];
  delete process.env["CONTINUOUS_INTEGRATION"];
  const { browse } = await import("./browse.js");
  await browse(source, { noColor: wantsNoColor(process.env) });
  return 0;
}
