// Builds the extension with Vite: content script and service worker as single IIFE files
// (content scripts cannot be modules), popup and options as IIFE + static HTML, then writes
// dist/extension/ (Chromium), dist/extension-firefox/ and dist/extension-test/ (127.0.0.1 access).
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { manifest, type Target } from "./src/manifest";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const src = join(here, "src");
export const extensionOutDirs: Record<Target, string> = {
  chromium: join(root, "dist", "extension"),
  firefox: join(root, "dist", "extension-firefox"),
  test: join(root, "dist", "extension-test"),
};

const entries: Record<string, string> = {
  content: join(src, "content", "index.ts"),
  background: join(src, "background.ts"),
  popup: join(src, "popup", "popup.ts"),
  options: join(src, "popup", "options.ts"),
};
const staticFiles = [
  join(src, "popup", "popup.html"),
  join(src, "popup", "options.html"),
  join(src, "ui", "ui.css"),
];

async function bundle(name: string, entry: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      target: "es2022",
      copyPublicDir: false,
      lib: { entry, formats: ["iife"], name: `cadre_${name}`, fileName: () => `${name}.js` },
    },
  });
}

export async function buildExtension(): Promise<void> {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  const staging = join(root, "dist", ".extension-staging");
  await rm(staging, { recursive: true, force: true });
  // One at a time: the machine is small and the builds are quick.
  for (const [name, entry] of Object.entries(entries)) await bundle(name, entry, staging);
  for (const [target, outDir] of Object.entries(extensionOutDirs) as Array<[Target, string]>) {
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    for (const name of Object.keys(entries))
      await copyFile(join(staging, `${name}.js`), join(outDir, `${name}.js`));
    for (const file of staticFiles) await copyFile(file, join(outDir, file.split(/[\\/]/).pop()!));
    await writeFile(
      join(outDir, "manifest.json"),
      `${JSON.stringify(manifest(target, pkg.version), null, 2)}\n`,
    );
  }
  await rm(staging, { recursive: true, force: true });
}
