// npm start runs the BUILT add-on, so build it first when dist/ is missing or older than the
// sources it is made from.
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** Folders and files the add-on bundle is built from. */
const SOURCES = ["apps-script", "shared", "scripts/payload-schema.ts"];

export function addonCodePath(root: string): string {
  return join(root, "dist", "apps-script", "Code.js");
}

async function modifiedAt(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

/** The newest modification time of any file under `path` (or of the file itself). */
async function newestUnder(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestUnder(join(path, entry)));
  return newest;
}

export async function addonIsStale(root: string): Promise<boolean> {
  const built = await modifiedAt(addonCodePath(root));
  if (built === Number.NEGATIVE_INFINITY) return true;
  for (const source of SOURCES) if ((await newestUnder(join(root, source))) > built) return true;
  return false;
}

/** A lock older than this was left by a process that died; it is taken over. */
const STALE_LOCK_MS = 120_000;

/**
 * One build at a time: the build empties dist/apps-script first, so two runs started together
 * (tests in parallel) must not build over each other. mkdir is atomic, so it is the lock.
 */
async function withBuildLock(root: string, action: () => Promise<void>): Promise<void> {
  const lock = join(root, "dist", ".apps-script-build-lock");
  await mkdir(join(root, "dist"), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (Date.now() - (await modifiedAt(lock)) > STALE_LOCK_MS)
        await rm(lock, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    await action();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Builds the add-on if needed; returns the path of its Code.js. */
export async function ensureAddonBuilt(root: string, onBuild: () => void): Promise<string> {
  if (await addonIsStale(root)) {
    await withBuildLock(root, async () => {
      // Another run may have built it while this one waited.
      if (!(await addonIsStale(root))) return;
      onBuild();
      const { buildAppsScript } = await import("../../apps-script/build");
      await buildAppsScript();
    });
  }
  return addonCodePath(root);
}
