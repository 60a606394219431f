// Runs a benchmark module as the add-on ships its code: built by Vite into one bundle, in a Node
// process of its own (nothing else loaded, no TypeScript loader in the way of the figures).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outDir = join(root, "out", "bench");

/** Builds `entry` (a path from the project root) into one bundle; gives the bundle's path. */
export async function buildBundled(entry: string): Promise<string> {
  const fileName = `${entry.replace(/^.*\//, "").replace(/\.ts$/, "")}.mjs`;
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    ssr: { noExternal: true },
    build: {
      ssr: join(root, entry),
      outDir,
      emptyOutDir: false,
      // As the add-on's bundle (apps-script/build.ts).
      target: "es2019",
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: { output: { entryFileNames: fileName } },
    },
  });
  return join(outDir, fileName);
}

/**
 * Runs a bundle made by buildBundled with `args`, in a process of its own. Its output goes to ours,
 * or, with `capture`, is given back.
 */
export function runBuilt(file: string, args: string[] = [], capture = false): string {
  // --expose-gc: a benchmark may clear what its previous run left before the next one.
  const result = spawnSync(process.execPath, ["--expose-gc", file, ...args], {
    stdio: capture ? "pipe" : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`${file} failed (exit code ${result.status}) ${result.stderr ?? ""}`);
  return result.stdout ?? "";
}
