// Builds the add-on into dist/apps-script/: one classic Code.js (no import/export, every entry
// point a top-level function, as Apps Script needs), the manifest and the HTML of dialogs.
// Also writes dist/cadre-plan-autofill.schema.json, the JSON Schema of the export payload.
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";
import { payloadJsonSchema } from "../scripts/payload-schema";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
export const appsScriptOutDir = join(root, "dist", "apps-script");
const globalName = "CadrePlan";

/**
 * Apps Script only sees top-level functions as entry points (menu items, triggers,
 * google.script.run), so each export of the IIFE bundle gets a plain wrapper function.
 */
function topLevelEntryPoints(): Plugin {
  return {
    name: "apps-script-entry-points",
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      const wrappers = chunk.exports
        .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name))
        .map((name) => `function ${name}() { return ${globalName}.${name}.apply(this, arguments); }`);
      return { code: `${code}\n${wrappers.join("\n")}\n`, map: null };
    },
  };
}

export async function buildAppsScript(): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [topLevelEntryPoints()],
    build: {
      outDir: appsScriptOutDir,
      emptyOutDir: true,
      // Apps Script V8 runs ES2019 syntax safely; keep the bundle readable for debugging there.
      target: "es2019",
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: join(here, "main.ts"),
        formats: ["iife"],
        name: globalName,
        fileName: () => "Code.js",
      },
    },
  });

  await copyFile(join(here, "appsscript.json"), join(appsScriptOutDir, "appsscript.json"));
  for (const file of await readdir(join(here, "html"))) {
    if (file.endsWith(".html")) await copyFile(join(here, "html", file), join(appsScriptOutDir, file));
  }

  await mkdir(join(root, "dist"), { recursive: true });
  await writeFile(
    join(root, "dist", "cadre-plan-autofill.schema.json"),
    `${JSON.stringify(payloadJsonSchema(), null, 2)}\n`,
  );
}
