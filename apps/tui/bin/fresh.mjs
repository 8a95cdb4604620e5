// Whether a built bundle is newer than every source file, so that a stale build is never run.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

async function newest(dir) {
  let latest = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    latest = Math.max(latest, e.isDirectory() ? await newest(p) : (await stat(p)).mtimeMs);
  }
  return latest;
}

/** True when `bundle` exists and was written after the last change under each of `sourceDirs`. */
export async function bundleIsFresh(bundle, ...sourceDirs) {
  const built = await stat(bundle).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built === 0) return false;
  for (const dir of sourceDirs) if ((await newest(dir)) > built) return false;
  return true;
}
