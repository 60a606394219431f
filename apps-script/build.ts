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

/**
 * Apps Script has no URL class. zod keeps its URL-format check in the bundle (its schema classes
 * are not tree-shaken) although shared/ never uses z.url(); the check is pointed at a function
 * that says so, so the bundle holds no `new URL(` at all.
 */
function noUrlInZod(): Plugin {
  const replacement = "zodUrlUnavailableInAppsScript(";
  return {
    name: "apps-script-no-url-in-zod",
    transform(code, id) {
      if (!/zod[\\/]v4[\\/]core[\\/]schemas\.js$/.test(id)) return null;
      const count = code.split("new URL(").length - 1;
      if (count < 2) throw new Error("zod changed: its URL check was not found, review apps-script/build.ts");
      const stub =
        '\nfunction zodUrlUnavailableInAppsScript() { throw new Error("URL is not available in Apps Script"); }\n';
      return { code: code.split("new URL(").join(replacement) + stub, map: null };
    },
  };
}

/**
 * The built-ins that the loops over cells use, as local names inside the bundle. Where the global
 * object is reached through a slow path, as in the Node vm context that runs the add-on for the
 * tests and the benchmark, every `Math.min` or `x instanceof Date` in a loop cost a look-up on the
 * global object, more than the loop's own work; local names cost nothing anywhere.
 */
const localBuiltins = "const { Array, Date, Math, Number, Object, String } = globalThis;";

export async function buildAppsScript(): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [noUrlInZod(), topLevelEntryPoints()],
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
      rollupOptions: { output: { intro: localBuiltins } },
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
