// The user's work is never lost: sheets named like ours, reports rewritten in place, marks that
// move with their cells, writes proportional to the marks, formulas counted as content, no alert
// waiting for a click while the lock is held. Each case through the built add-on.
import { beforeAll, describe, expect, it } from "vitest";
import { generateSampleWorkbook, sampleDeliberateErrors } from "../../shared/sample";
import { type CellValue, templateById } from "../../shared/templates";
import { type SheetSnapshot, snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { failOn, sampleSetUp, setUp, sheetOf } from "./helpers";

beforeAll(ensureBuilt);

const result = "Kết quả chỉ tiêu";
const tracking = "Theo dõi nộp";
const cadresName = templateById("cadres").name;
const markPrefix = "⚠ Kiểm tra dữ liệu: ";

type Runtime = ReturnType<typeof sampleSetUp>["runtime"];
const sheetById = (runtime: Runtime, id: number): SheetSnapshot | undefined =>
  snapshot(runtime).sheets.find((s) => s.sheetId === id);
/** The sheet the add-on marked for a role (by its mark, as the add-on finds it). */
function marked(runtime: Runtime, role: string) {
  return runtime.spreadsheet.sheets.find((sheet) =>
    runtime.spreadsheet.metadata.entries.some(
      (e) => e.sheet === sheet && e.key === "cadrePlan.sheet" && e.value === `${role}#${sheet.id}`,
    ),
  );
}

describe("sheets of the user's named like the add-on's", () => {
  it("are left alone: the report takes another name, and last year's copies stay", () => {
    const { runtime, addon } = sampleSetUp();
    const mine: Record<string, CellValue[][]> = {
      [result]: [["Bảng kết quả tôi tự làm"], [42]],
      [tracking]: [["Sổ theo dõi của văn phòng"]],
      [`${result} (cũ 2022)`]: [["Kết quả năm 2022"]],
      [`${tracking} (cũ 2023)`]: [["Theo dõi năm 2023"]],
    };
    for (const [name, values] of Object.entries(mine)) runtime.setSheetValues(name, values);
    const ids = Object.keys(mine).map((name) => runtime.spreadsheet.getSheetByName(name)!.id);
    const before = ids.map((id) => sheetById(runtime, id));

    addon.call("checkTargets");
    addon.call("trackSubmissions");
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    expect(ids.map((id) => sheetById(runtime, id))).toEqual(before);
    expect(marked(runtime, "targetResults")?.name).toBe(`${result} (2)`);
    expect(marked(runtime, "submissionTracking")?.name).toBe(`${tracking} (2)`);
    expect(runtime.ui.sidebars.at(-1)?.html).toContain(`trang “${result} (2)”`);
  });

  it("a copy the user made of the report (it carries the mark) is the user's, not the report", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const report = marked(runtime, "targetResults")!;
    report.activate();
    const copy = runtime.spreadsheet.duplicateActiveSheet();
    copy.setName(`${result} (cũ 2022)`);
    copy.getRange("A1").setValue("Bản lưu năm 2022");
    const kept = sheetById(runtime, copy.id);
    runtime.spreadsheet.deleteSheet(report);
    addon.call("checkTargets");
    expect(sheetById(runtime, copy.id)).toEqual(kept);
    expect(marked(runtime, "targetResults")?.name).toBe(result);
  });
});

describe("reports rewritten in place", () => {
  it("keep their sheet, so the user's formulas pointing at them keep working", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const id = marked(runtime, "targetResults")!.id;
    runtime.setSheetValues("Tổng hợp của tôi", [["Tỉ lệ T01"]]);
    const mine = runtime.spreadsheet.getSheetByName("Tổng hợp của tôi")!;
    mine.getRange("B1").setFormula(`='${result}'!E4`);
    addon.call("checkTargets");
    addon.call("checkTargets");
    expect(marked(runtime, "targetResults")!.id).toBe(id);
    expect(mine.getRange("B1").getFormula()).toBe(`='${result}'!E4`);
    expect(runtime.spreadsheet.sheets.filter((s) => s.name.startsWith(result))).toHaveLength(1);
  });

  it("a user's renamed report is still the report, under the user's name", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    marked(runtime, "targetResults")!.setName("KQ 2023");
    addon.call("checkTargets");
    expect(marked(runtime, "targetResults")!.name).toBe("KQ 2023");
    expect(runtime.spreadsheet.getSheetByName(result)).toBeNull();
  });

  it("a run failing at its last write leaves the previous report exactly as it was", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    addon.call("checkTargets");
    const before = snapshot(runtime);
    // The data changed: the new report would differ.
    const cadres = workbook[cadresName]!;
    runtime.spreadsheet
      .getSheetByName(cadresName)!
      .getRange(cadres.length + 1, 1)
      .setValue("CB-MOI");
    const changed = snapshot(runtime);
    const restore = failOn("Range.copyTo", 1);
    try {
      addon.call("checkTargets");
    } finally {
      restore();
    }
    expect(runtime.ui.alerts.at(-1)?.prompt).toContain("giữ nguyên");
    expect(snapshot(runtime)).toEqual(changed);
    expect(sheetById(runtime, marked(runtime, "targetResults")!.id)).toEqual(
      before.sheets.find((s) => s.name === result),
    );
  });

  it("protected by the owner: another editor's run says so, keeps the report, still shows the results", () => {
    const { runtime, addon } = sampleSetUp({ ownerEmail: "bi-thu@example.com" });
    addon.call("checkTargets");
    const report = marked(runtime, "targetResults")!;
    report.protect().setDescription("Chỉ Bí thư sửa");
    const before = snapshot(runtime);
    runtime.setActiveUser("pho-bi-thu@example.com");
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    const sidebar = runtime.ui.sidebars.at(-1)!.html;
    expect(sidebar).toContain("đang được bảo vệ và bạn không có quyền sửa");
    expect(sidebar).toContain("T01");
    expect(snapshot(runtime).sheets).toEqual(before.sheets);
    // Warning only: the run goes through.
    runtime.setActiveUser("bi-thu@example.com");
    report.getProtections("SHEET")[0]!.setWarningOnly(true);
    runtime.setActiveUser("pho-bi-thu@example.com");
    addon.call("checkTargets");
    expect(runtime.ui.sidebars.at(-1)!.html).not.toContain("bảo vệ");
  });
});

describe("the data check's marks", () => {
  it("move with their cells: after rows are inserted above, lifting a mark gives back the user's note and colour there", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    const sheet = sheetOf(runtime, cadresName);
    const email = sampleDeliberateErrors.find((e) => e.header === "Email")!;
    const column = workbook[cadresName]![0]!.indexOf("Email") + 1;
    sheet.getRange(email.row, column).setBackground("#cfe2f3").setNote("cần hỏi lại");
    // A cell of the user's just below, with its own note and colour.
    sheet
      .getRange(email.row + 1, column)
      .setBackground("#d9ead3")
      .setNote("đã xác minh");
    addon.call("validateData");
    expect(sheet.getRange(email.row, column).getBackground()).toBe("#f4cccc");

    sheet.insertRowsBefore(2, 3);
    const moved = email.row + 3;
    expect(sheet.getRange(moved, column).getNote().startsWith(markPrefix)).toBe(true);
    addon.call("validateData");
    // Still wrong: still marked, the user's note still kept inside.
    expect(sheet.getRange(moved, column).getNote()).toContain("cần hỏi lại");
    expect(sheet.getRange(email.row + 1, column).getNote()).toBe("");
    sheet.getRange(moved, column).setValue("tranthimai@gmail.com");
    addon.call("validateData");
    expect(sheet.getRange(moved, column).getNote()).toBe("cần hỏi lại");
    expect(sheet.getRange(moved, column).getBackground()).toBe("#cfe2f3");
    expect(sheet.getRange(moved + 1, column).getNote()).toBe("đã xác minh");
    expect(sheet.getRange(moved + 1, column).getBackground()).toBe("#d9ead3");
  });

  it("are written in proportion to the marks: two bad cells 40,000 rows apart write a handful of cells", () => {
    const workbook = generateSampleWorkbook();
    const cadres = workbook[cadresName]!;
    const header = cadres[0]!;
    const [id, email] = ["Mã cán bộ", "Email"].map((h) => header.indexOf(h));
    const bad = new Set(sampleDeliberateErrors.filter((e) => e.sheet === cadresName).map((e) => e.row - 1));
    const clean = cadres.filter((_, i) => i > 0 && !bad.has(i));
    const rows: CellValue[][] = [header];
    for (let i = 0; rows.length < 40_001; i++) {
      const row = [...clean[i % clean.length]!];
      row[id!] = `CBX${i}`;
      rows.push(row);
    }
    rows[1]![email!] = "sai-o-dau";
    rows[39_999]![email!] = "sai-o-cuoi";
    workbook[cadresName] = rows;
    // Only the cadres: the other sheets' references to the sample's ids would be problems too.
    const { runtime, addon } = setUp({ [cadresName]: rows });
    runtime.resetCalls();
    addon.call("validateData");
    const sheet = sheetOf(runtime, cadresName);
    expect(sheet.getRange(2, email! + 1).getNote()).toContain("sai-o-dau");
    expect(sheet.getRange(40_000, email! + 1).getNote()).toContain("sai-o-cuoi");
    expect(runtime.cellsWritten).toBeLessThanOrEqual(4);
    expect(runtime.calls.total).toBeLessThan(60);
  }, 60_000);
});

describe("formulas are content", () => {
  it("a sheet whose cells are formulas with empty results is not taken for an empty sheet", () => {
    const { runtime, addon } = setUp();
    runtime.setSheetValues(cadresName, []);
    const sheet = sheetOf(runtime, cadresName);
    sheet.getRange("A1:B2").setFormulas([
      ['=IF(Nguồn!A1="","",Nguồn!A1)', '=IF(Nguồn!B1="","",Nguồn!B1)'],
      ['=IF(Nguồn!A2="","",Nguồn!A2)', '=IF(Nguồn!B2="","",Nguồn!B2)'],
    ]);
    const formulas = sheet.getRange("A1:B2").getFormulas();
    addon.call("createTemplates");
    expect(sheet.getRange("A1:B2").getFormulas()).toEqual(formulas);
    expect(runtime.ui.alerts.at(-1)?.prompt).toContain(`Trang “${cadresName}”: thêm cột`);
  });
});

describe("alerts", () => {
  it("are shown after the lock is let go, never while it is held", () => {
    const { runtime, addon } = setUp();
    addon.call("createTemplates");
    addon.call("trackSubmissions");
    const restore = failOn("Range.setValues", 1);
    try {
      addon.call("createTemplates");
      runtime.spreadsheet.deleteSheet(runtime.spreadsheet.getSheetByName(cadresName)!);
      addon.call("createTemplates");
    } finally {
      restore();
    }
    expect(runtime.ui.alerts.length).toBeGreaterThanOrEqual(4);
    for (const alert of runtime.ui.alerts) expect(alert.heldLocks, alert.prompt).toEqual([]);
  });
});
