import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createSheetsRuntime, snapshot } from "./index";
import { ABSENT_GLOBALS, loadAddon } from "./load";

// A tiny stand-in for the built add-on: classic script, top-level functions only.
const FIXTURE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem("Tạo các trang tính", "createTemplates")
    .addItem("Trợ giúp", "showHelp")
    .addToUi();
}
function createTemplates() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Cán bộ");
  sheet.getRange(1, 1, 1, 2).setValues([["Họ tên", "Ngày sinh"]]);
  sheet.setFrozenRows(1);
  return sheet.getName();
}
function globalsSeen() {
  var names = ${JSON.stringify(ABSENT_GLOBALS)};
  var seen = {};
  for (var i = 0; i < names.length; i++) seen[names[i]] = eval("typeof " + names[i]);
  return seen;
}
function realmChecks() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange("A1").setValue(new Date(2026, 0, 15));
  var values = sheet.getRange("A1:B1").getValues();
  var caught;
  try { sheet.getRange(0, 1); } catch (e) { caught = e; }
  return {
    date: values[0][0] instanceof Date,
    array: values instanceof Array && values[0] instanceof Array,
    error: caught instanceof Error,
    message: caught.message,
    text: String(caught),
  };
}
function today() { return new Date().toISOString() + " " + Date.now(); }
function guarded() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(2000)) {
    SpreadsheetApp.getUi().alert("Một lần chạy khác đang diễn ra, vui lòng thử lại sau.");
    return false;
  }
  SpreadsheetApp.getActiveSheet().getRange("A1").setValue("đã chạy");
  return true;
}
function failHalfway() {
  SpreadsheetApp.getActiveSheet().getRange("A1").getValues();
  throw new Error("Dừng giữa chừng");
}
function showSidebar() {
  var template = HtmlService.createTemplateFromFile("Sidebar");
  template.name = SpreadsheetApp.getActiveSheet().getRange("A1").getValue();
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle("Kết quả"));
}
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function echo(value) { return value; }
function helper_() { return 1; }
var notAFunction = 1;
`;

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sheets-runtime-"));
  writeFileSync(join(dir, "Code.js"), FIXTURE);
  writeFileSync(join(dir, "Sidebar.html"), "<?!= include('Style') ?><p><?= name ?></p>");
  writeFileSync(join(dir, "Style.html"), "<style>p{color:red}</style>");
  return dir;
}

describe("loadAddon", () => {
  const dir = fixtureDir();
  const load = (options = {}) => {
    const runtime = createSheetsRuntime(options);
    return { runtime, addon: loadAddon(runtime, join(dir, "Code.js")) };
  };

  it("runs the bundle in a context without Node or browser globals", () => {
    const { addon } = load();
    const seen = addon.call("globalsSeen") as Record<string, string>;
    expect(Object.keys(seen)).toEqual(
      expect.arrayContaining(["URL", "TextEncoder", "setTimeout", "require", "fetch"]),
    );
    for (const name of ABSENT_GLOBALS) expect(seen[name], name).toBe("undefined");
    expect(vm.runInContext("typeof SpreadsheetApp + typeof Utilities + typeof console", addon.context)).toBe(
      "objectobjectobject",
    );
  });

  it("calls top-level functions by name, and only those", () => {
    const { runtime, addon } = load();
    expect(addon.call("createTemplates")).toBe("Cán bộ");
    expect(runtime.getSheetValues("Cán bộ")).toEqual([["Họ tên", "Ngày sinh"]]);
    expect(runtime.spreadsheet.getSheetByName("Cán bộ")!.getFrozenRows()).toBe(1);
    expect(() => addon.call("missing")).toThrow("Script function not found: missing");
    expect(() => addon.call("notAFunction")).toThrow("Script function not found: notAFunction");
    expect(() => addon.call("SpreadsheetApp")).toThrow("Script function not found");
    expect(() => addon.call("helper_")).toThrow("private");
  });

  it("builds the menu in AuthMode.NONE", () => {
    const { runtime, addon } = load({ authMode: "NONE" });
    addon.call("onOpen", runtime.openEvent());
    expect(runtime.ui.menus[0]!.items).toEqual([
      { label: "Tạo các trang tính", functionName: "createTemplates" },
      { label: "Trợ giúp", functionName: "showHelp" },
    ]);
    expect(() => addon.call("createTemplates")).toThrow("AuthMode.NONE");
  });

  it("hands the add-on dates, arrays and errors of its own realm", () => {
    const { addon } = load();
    expect(addon.call("realmChecks")).toEqual({
      date: true,
      array: true,
      error: true,
      message: "The starting row of the range is too small.",
      text: "Exception: The starting row of the range is too small.",
    });
  });

  it("fixes the add-on's clock when asked", () => {
    const { addon } = load({ now: new Date("2026-11-29T09:00:00Z") });
    expect(addon.call("today")).toBe(`2026-11-29T09:00:00.000Z ${Date.parse("2026-11-29T09:00:00Z")}`);
  });

  it("serialises overlapping runs through the lock; the second one says so", () => {
    const { runtime, addon } = load();
    runtime.holdLock("document");
    expect(addon.call("guarded")).toBe(false);
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([
      "Một lần chạy khác đang diễn ra, vui lòng thử lại sau.",
    ]);
    expect(runtime.getSheetValues("Sheet1")).toEqual([]);
    runtime.releaseHeldLock();
    expect(addon.call("guarded")).toBe(true);
    // The run ended without releasing: Apps Script releases it at the end of the execution.
    expect(runtime.lockEvents.at(-1)?.event).toBe("released-at-exit");
    expect(addon.call("guarded")).toBe(true);
  });

  it("leaves the spreadsheet as it was when a run fails before writing", () => {
    const { runtime, addon } = load();
    runtime.setSheetValues("Sheet1", [["x", 1]]);
    const before = snapshot(runtime);
    expect(() => addon.call("failHalfway")).toThrow("Dừng giữa chừng");
    expect(snapshot(runtime)).toEqual(before);
    expect(runtime.calls.byMethod["Range.getValues"]).toBe(1);
  });

  it("registers the HTML files beside Code.js; cell text shows as text in the sidebar", () => {
    const { runtime, addon } = load();
    runtime.setSheetValues("Sheet1", [["<img src=x onerror=alert(1)>"]]);
    addon.call("showSidebar");
    expect(runtime.ui.sidebars).toEqual([
      {
        title: "Kết quả",
        html: "<style>p{color:red}</style><p>&lt;img src=x onerror=alert(1)&gt;</p>",
        width: null,
        height: null,
      },
    ]);
  });

  it("passes values through JSON like google.script.run and refuses dates", () => {
    const { addon } = load();
    expect(addon.run("echo", { a: [1, "b"] })).toEqual({ a: [1, "b"] });
    expect(() => addon.run("echo", new Date())).toThrow("Date");
  });
});
