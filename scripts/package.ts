// npm run package: builds the release extension and writes the store packages,
// dist/packages/dien-bieu-mau-thanh-doan-<chromium|firefox>-<version>.zip, manifest at the root.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildExtension, extensionOutDirs } from "../extension/build";
import { zip } from "./zip";

const root = join(fileURLToPath(import.meta.url), "..", "..");
export const packagesDir = join(root, "dist", "packages");

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out.sort();
}

/** Builds the release targets and zips each; returns the packages' paths. */
export async function packageExtension(outDir = packagesDir): Promise<string[]> {
  const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  await buildExtension(["chromium", "firefox"]);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const target of ["chromium", "firefox"] as const) {
    const dir = extensionOutDirs[target];
    const entries = await Promise.all(
      (await files(dir)).map(async (path) => ({
        name: relative(dir, path).split(sep).join("/"),
        data: await readFile(path),
      })),
    );
    const path = join(outDir, `dien-bieu-mau-thanh-doan-${target}-${version}.zip`);
    await writeFile(path, zip(entries));
    written.push(path);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const path of await packageExtension()) console.log(`✓ ${relative(root, path)}`);
}
