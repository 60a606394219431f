// Deploying the add-on, as far as it can be tried offline: the deploy script pushes without
// stopping at clasp's question about the manifest (answered "no" when not asked in a terminal),
// clasp would push exactly the built files, and the instructions name the steps that fail
// silently otherwise (the Apps Script API switch, the project's title that names the menu).
import { execFile } from "node:child_process";
import { copyFile, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { appsScriptOutDir } from "../../apps-script/build";
import { ensureBuilt } from "./built";

const root = join(appsScriptOutDir, "..", "..");
const run = promisify(execFile);

beforeAll(ensureBuilt);

describe("npm run deploy", () => {
  it("builds, then pushes with --force so that the manifest is sent without a question", async () => {
    const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    expect(pkg.scripts.deploy).toBe("npm run build && clasp push --force");
  });

  it("pushes exactly the built add-on: Code.js, the manifest and the three pages", async () => {
    const project = await mkdtemp(join(tmpdir(), "clasp-"));
    try {
      await cp(appsScriptOutDir, join(project, "dist", "apps-script"), { recursive: true });
      const example = JSON.parse(await readFile(join(root, ".clasp.json.example"), "utf8"));
      await copyFile(join(root, ".clasp.json.example"), join(project, ".clasp.json"));
      expect(example.rootDir).toBe("dist/apps-script");
      const { stdout } = await run(join(root, "node_modules", ".bin", "clasp"), ["status", "--json"], {
        cwd: project,
        // No credentials are needed to list the files; none are read.
        env: { ...process.env, HOME: project },
      });
      const status = JSON.parse(stdout) as { filesToPush: string[]; untrackedFiles: string[] };
      expect(status.filesToPush.map((f) => f.replace("dist/apps-script/", "")).sort()).toEqual([
        "Code.js",
        "Dialog.html",
        "Export.html",
        "Sidebar.html",
        "appsscript.json",
      ]);
      expect(status.untrackedFiles).toEqual([]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 60_000);

  it("is explained with the steps that otherwise fail the first time", async () => {
    for (const doc of ["README.md", "docs/huong-dan.md"]) {
      const text = await readFile(join(root, doc), "utf8");
      expect(text, doc).toContain("script.google.com/home/usersettings");
      expect(text, doc).toContain('--title "Kế hoạch công tác cán bộ"');
      expect(text, doc).toContain("npm run deploy");
    }
  });
});
