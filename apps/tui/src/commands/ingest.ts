// `newsgraph ingest <files or folders> --db corpus.sqlite`, and browsing a stored corpus with `--db`.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { autoBatchSize, type CorpusStore, type IngestResult, type IngestStatus } from "@newsgraph/store";
import type { Command, CommandContext } from "../cli.js";
import { articleId, collectFiles, decodeBytes, LoadError } from "../load.js";
import { corpusSource } from "../source.js";
import { summarize } from "../summary.js";
import { wantsNoColor } from "../theme.js";

async function openStore(path: string, cwd: string): Promise<CorpusStore> {
  const { openSqliteStore } = await import("@newsgraph/store/sqlite");
  return openSqliteStore(resolve(cwd, path));
}

/** A one-line progress bar on stderr, redrawn in place on a terminal and every few seconds otherwise. */
export function progressLine(
  done: number,
  total: number,
  counts: Readonly<Record<IngestStatus, number>>,
  perSecond: number,
  width = 24,
) {
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
  const tally = `added ${counts.added}, replaced ${counts.replaced}, unchanged ${counts.unchanged}, rejected ${counts.rejected}`;
  return `${bar} ${done}/${total} articles  ${tally}  ${perSecond.toFixed(1)}/s`;
}

async function runIngest({ args, values, cwd }: CommandContext): Promise<number> {
  const db = values["db"];
  if (typeof db !== "string" || db === "") throw new LoadError("ingest needs --db <file.sqlite>", cwd);
  if (args.length === 0) throw new LoadError("ingest needs files or folders of articles", cwd);
  const batch = values["batch"] ?? "auto";
  const fixed = batch === "auto" ? null : Number(batch);
  if (fixed !== null && (!Number.isInteger(fixed) || fixed < 1))
    throw new LoadError("--batch needs a whole number of articles or auto", cwd);
  const files = await collectFiles(args, cwd);
  const store = await openStore(db, cwd);
  const err = process.stderr;
  const counts: Record<IngestStatus, number> = { added: 0, replaced: 0, unchanged: 0, rejected: 0 };
  const rejected: IngestResult[] = [];
  const start = performance.now();
  let lastDraw = 0;
  const draw = (done: number, force = false) => {
    const now = performance.now();
    if (!force && now - lastDraw < (err.isTTY ? 100 : 5000)) return;
    lastDraw = now;
    const line = progressLine(done, files.length, counts, (done * 1000) / Math.max(1, now - start));
    err.write(err.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  try {
    // auto: each batch as large as the stored corpus, so that a bulk load relinks it only a few times
    let stored = fixed === null ? (await store.counts()).articles : 0;
    for (let i = 0; i < files.length; ) {
      const group = files.slice(i, i + (fixed ?? autoBatchSize(stored)));
      const inputs = [];
      for (const file of group) {
        const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
          throw new LoadError(`cannot read ${file}: ${e.code ?? e.message}`, file);
        });
        inputs.push({ id: articleId(file), text: decodeBytes(bytes) });
      }
      const from = i;
      const results = await store.ingest(inputs, {
        batchSize: group.length,
        onProgress: (done, result) => {
          counts[result.status]++;
          if (result.status === "rejected") rejected.push({ ...result, id: group[done - 1] ?? result.id });
          draw(from + done);
        },
      });
      if (results.length !== group.length) throw new Error("the store answered for fewer articles than it was given");
      stored += results.filter((r) => r.status === "added").length;
      i += group.length;
    }
    draw(files.length, true);
    if (err.isTTY) err.write("\n");
  } finally {
    await store.close();
  }
  for (const r of rejected) err.write(`newsgraph: ${r.id}: ${r.error?.message} (${r.error?.code})\n`);
  return 0;
}

/**
 * `newsgraph ingest`: normalise and link files into a stored corpus, one transaction per batch: as many
 * articles as are stored already (at least 100, at most 5,000), or `--batch n`.
 */
export const ingestCommand: Command = {
  usage: [
    "newsgraph ingest <files or folders...> --db <file.sqlite> [--batch <n>|auto]",
    "                                          add articles to a stored corpus, one transaction per batch",
    "                                          (auto: as many as are stored, 100 to 5,000; 1: one per article)",
  ].join("\n"),
  options: { db: { type: "string" }, batch: { type: "string" } },
  run: runIngest,
};

/**
 * Adds `--db <file.sqlite>` to the browse command: with it, the browser shows the stored corpus.
 *
 * @example
 * COMMANDS.browse = withStore(COMMANDS.browse);
 */
export function withStore(fromFiles: Command): Command {
  return {
    usage: `${fromFiles.usage}\n  newsgraph --db <file.sqlite>              browse a stored corpus (see ingest)`,
    options: { ...fromFiles.options, db: { type: "string" } },
    async run(ctx) {
      const db = ctx.values["db"];
      if (typeof db !== "string" || db === "") return fromFiles.run(ctx);
      const store = await openStore(db, ctx.cwd);
      const corpus = await store.corpus().finally(() => store.close());
      if (!process.stdout.isTTY || !process.stdin.isTTY) {
        process.stdout.write(summarize(corpus, []));
        return 0;
      }
      const { browse } = await import("../browse.js");
      await browse(corpusSource(corpus), { noColor: wantsNoColor(process.env) });
      return 0;
    },
  };
}
