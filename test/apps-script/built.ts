// The add-on tests run the BUILT bundle. Build it when dist/ is missing or older than its sources;
// a lock directory keeps two test workers from building at the same time.
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { appsScriptOutDir, buildAppsScript } from "../../apps-script/build";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const codePath = join(appsScriptOutDir, "Code.js");
const lockDir = join(root, "dist", ".apps-script-build-lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|html|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(codePath).mtimeMs;
    return built >= Math.max(newestSource(join(root, "apps-script")), newestSource(join(root, "shared")));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensureBuilt(): Promise<string> {
  mkdirSync(join(root, "dist"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Another worker builds; a lock older than two minutes is left over from a crash.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 120_000)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {}
      await sleep(200);
    }
  }
  try {
    if (!isFresh()) await buildAppsScript();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
  return codePath;
}
