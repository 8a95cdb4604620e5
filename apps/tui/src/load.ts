import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { type Article, decodeText, NewsgraphError, normalizeArticle } from "@newsgraph/core";

/** A file the CLI could not use, with the reason in words. */
export class LoadError extends Error {
  override readonly name = "LoadError";
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** File extensions read as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".text"]);

/** Expands files and folders (recursively) into a sorted list of article files. */
export async function collectFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => null);
    if (!info) throw new LoadError(`no such file or folder: ${p}`, p);
    if (info.isDirectory()) {
      out.push(...(await walk(abs)));
    } else if (info.isFile()) {
      out.push(abs);
    } else {
      throw new LoadError(`not a file or folder: ${p}`, p);
    }
  }
  return [...new Set(out)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw new LoadError(`cannot read folder ${dir}: ${e.code ?? e.message}`, dir);
  });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
  }
  return files;
}

/** The article id of a file: its name without the extension. */
export function articleId(path: string): string {
  return basename(path, extname(path));
}

/** Decodes file bytes: a byte order mark, else UTF-8, else Windows-1252 (see the core's `decodeText`). */
export function decodeBytes(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/** Reads and normalises one file; errors name the file. */
export async function loadArticle(path: string): Promise<Article> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new LoadError(`cannot read ${path}: ${e.code ?? e.message}`, path);
  });
  try {
    return normalizeArticle(decodeBytes(bytes), { id: articleId(path) });
  } catch (e) {
    if (e instanceof NewsgraphError) throw new LoadError(`${path}: ${e.message} (${e.code})`, path);
    throw e;
  }
}
