// Builds the extension with Vite: content script and service worker as single IIFE files
// (content scripts cannot be modules), popup and options as IIFE + static HTML, the icons, then
// writes dist/extension/ (Chromium), dist/extension-firefox/ and dist/extension-test/. The test
// build alone has the test hooks (__TEST_BUILD__: popup.html?tab=, the shortcut's handler on the
// worker, Google Forms copies on 127.0.0.1) and host access to 127.0.0.1.
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { ICON_SIZES, iconPath, iconPng } from "./icon";
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

async function bundle(name: string, entry: string, outDir: string, test: boolean): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    define: {
      "process.env.NODE_ENV": JSON.stringify("production"),
      __TEST_BUILD__: JSON.stringify(test),
    },
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

/** Builds the given targets (all three by default). */
export async function buildExtension(
  targets: readonly Target[] = ["chromium", "firefox", "test"],
): Promise<void> {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  const staging = join(root, "dist", ".extension-staging");
  await rm(staging, { recursive: true, force: true });
  const kinds = [...new Set(targets.map((t) => (t === "test" ? "test" : "release")))];
  // One at a time: the machine is small and the builds are quick.
  for (const kind of kinds) {
    for (const [name, entry] of Object.entries(entries))
      await bundle(name, entry, join(staging, kind), kind === "test");
  }
  const icons = new Map(ICON_SIZES.map((size) => [size, iconPng(size)]));
  for (const target of targets) {
    const outDir = extensionOutDirs[target];
    const bundles = join(staging, target === "test" ? "test" : "release");
    await rm(outDir, { recursive: true, force: true });
    await mkdir(join(outDir, "icons"), { recursive: true });
    for (const name of Object.keys(entries))
      await copyFile(join(bundles, `${name}.js`), join(outDir, `${name}.js`));
    for (const file of staticFiles) await copyFile(file, join(outDir, file.split(/[\\/]/).pop()!));
    for (const [size, png] of icons) await writeFile(join(outDir, iconPath(size)), png);
    await writeFile(
      join(outDir, "manifest.json"),
      `${JSON.stringify(manifest(target, pkg.version), null, 2)}\n`,
    );
  }
  await rm(staging, { recursive: true, force: true });
}
