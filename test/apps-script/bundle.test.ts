// The built add-on: one classic script with top-level entry points, the manifest, the HTML pages,
// the payload's JSON Schema; and the menu onOpen builds in AuthMode.NONE.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { appsScriptOutDir } from "../../apps-script/build";
import { codePath, ensureBuilt } from "./built";
import { setUp } from "./helpers";

const entryPoints = [
  "onOpen",
  "onInstall",
  "createTemplates",
  "choosePlan",
  "validateData",
  "checkTargets",
  "createReport",
  "trackSubmissions",
  "exportForForms",
  "showHelp",
];
const menuLabels = [
  "Tạo các trang kế hoạch",
  "Chọn kế hoạch mẫu",
  "Kiểm tra dữ liệu",
  "Kiểm tra chỉ tiêu (một chạm)",
  "Lập báo cáo gửi cấp trên",
  "Theo dõi nộp kế hoạch",
  "Xuất dữ liệu cho biểu mẫu",
  "Hướng dẫn",
];

let code = "";
beforeAll(async () => {
  await ensureBuilt();
  code = readFileSync(codePath, "utf8");
});

describe("the bundle", () => {
  it("is a classic script: it compiles as one, with no import or export", () => {
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it("has every entry point as a top-level function", () => {
    for (const name of entryPoints) expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
  });

  it("does not use what Apps Script lacks", () => {
    expect(code).not.toContain("TextEncoder");
    expect(code).not.toContain("setTimeout(");
    // zod keeps a URL check in the bundle, inside try: without URL it answers "not a URL".
    const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, "");
    const uses = [...withoutComments.matchAll(/new URL\(/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(withoutComments.slice(Math.max(0, use.index - 300), use.index)).toContain("try {");
    }
  });

  it("is the add-on as written: nothing is added for the test runtime", () => {
    expect(code).not.toContain("= globalThis;");
    expect(code).not.toContain("zodUrlUnavailableInAppsScript");
  });

  it("ships the manifest with the fewest scopes", () => {
    const manifest = JSON.parse(readFileSync(join(appsScriptOutDir, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });

  it("ships the HTML pages and the payload's JSON Schema", () => {
    for (const page of ["Sidebar", "Dialog", "Export"]) {
      expect(readFileSync(join(appsScriptOutDir, `${page}.html`), "utf8")).toContain("<?!= content ?>");
    }
    const schemaPath = join(appsScriptOutDir, "..", "cadre-plan-autofill.schema.json");
    const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
    expect(schema.type).toBe("object");
    expect(schema.properties.format.const).toBe("cadre-plan-autofill");
    expect(schema.properties.profiles.items.properties.fields).toBeDefined();
  });

  it("has a clasp example pointing at the built folder", () => {
    const path = join(appsScriptOutDir, "..", "..", ".clasp.json.example");
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(path, "utf8")).rootDir).toBe("dist/apps-script");
  });
});

describe("onOpen", () => {
  it("builds the Vietnamese add-on menu in AuthMode.NONE without touching the spreadsheet", () => {
    const { runtime, addon } = setUp({}, { authMode: "NONE" });
    addon.call("onOpen", runtime.openEvent());
    expect(runtime.ui.menus).toHaveLength(1);
    const menu = runtime.ui.menus[0]!;
    expect(menu.addon).toBe(true);
    const items = menu.items.flatMap((item) => ("label" in item ? [item] : []));
    expect(items.map((i) => i.label)).toEqual(menuLabels);
    for (const item of items) expect(entryPoints).toContain(item.functionName);
    expect(
      Object.keys(runtime.calls.byMethod).every((m) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(m)),
    ).toBe(true);
  });

  it("onInstall builds the same menu", () => {
    const { runtime, addon } = setUp({}, { authMode: "NONE" });
    addon.call("onInstall", runtime.openEvent());
    expect(runtime.ui.menus[0]?.items.flatMap((i) => ("label" in i ? [i.label] : []))).toEqual(menuLabels);
  });

  it("the help dialog opens", () => {
    const { runtime, addon } = setUp();
    addon.call("showHelp");
    expect(runtime.ui.dialogs[0]?.title).toBe("Hướng dẫn");
    expect(runtime.ui.dialogs[0]?.html).toContain("Kiểm tra chỉ tiêu (một chạm)");
  });
});
