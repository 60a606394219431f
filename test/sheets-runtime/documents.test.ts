// What the runtime learned for writing safely: developer metadata, protections, range lists,
// copy and paste, formulas that follow renamed and deleted sheets, cells written, alerts under a lock.
import { describe, expect, it } from "vitest";
import { createSheetsRuntime, snapshot, typedServices } from "./index";

function setUp(options = {}) {
  const runtime = createSheetsRuntime(options);
  const { SpreadsheetApp, LockService } = typedServices(runtime);
  return { runtime, SpreadsheetApp, LockService, ss: SpreadsheetApp.getActiveSpreadsheet() };
}

describe("developer metadata", () => {
  it("is kept on a sheet and found again by key and value", () => {
    const { runtime, SpreadsheetApp, ss } = setUp();
    const report = ss.insertSheet("Kết quả chỉ tiêu");
    report.addDeveloperMetadata("cadrePlan.sheet", "targetResults");
    ss.insertSheet("Cán bộ").addDeveloperMetadata("cadrePlan.sheet", "cadres");
    ss.addDeveloperMetadata("cadrePlan.version", "1");
    const found = ss
      .createDeveloperMetadataFinder()
      .withKey("cadrePlan.sheet")
      .withValue("targetResults")
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      .find();
    expect(found).toHaveLength(1);
    expect(found[0]!.getLocation().getSheet()?.getSheetId()).toBe(report.getSheetId());
    expect(found[0]!.getVisibility()).toBe("DOCUMENT");
    expect(report.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ["cadrePlan.sheet", "targetResults"],
    ]);
    expect(ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(["1"]);
    // Renaming does not lose it; the sheet's own finder sees only its own.
    report.setName("Kết quả năm 2023");
    expect(report.createDeveloperMetadataFinder().withKey("cadrePlan.sheet").find()).toHaveLength(1);
    expect(snapshot(runtime).sheets.find((s) => s.name === "Kết quả năm 2023")?.metadata).toEqual([
      "cadrePlan.sheet = targetResults",
    ]);
  });

  it("goes with a deleted sheet, and comes along when a sheet is duplicated", () => {
    const { ss } = setUp();
    const sheet = ss.insertSheet("Theo dõi nộp");
    sheet.addDeveloperMetadata("cadrePlan.sheet", "submissionTracking");
    sheet.getRange("A1").setValue("Theo dõi");
    sheet.activate();
    const copy = ss.duplicateActiveSheet();
    expect(copy.getName()).toBe("Copy of Theo dõi nộp");
    expect(copy.getRange("A1").getValue()).toBe("Theo dõi");
    expect(copy.getDeveloperMetadata()[0]?.getValue()).toBe("submissionTracking");
    expect(ss.createDeveloperMetadataFinder().withValue("submissionTracking").find()).toHaveLength(2);
    ss.deleteSheet(sheet);
    const left = ss.createDeveloperMetadataFinder().withValue("submissionTracking").find();
    expect(left.map((m) => m.getLocation().getSheet()?.getName())).toEqual(["Copy of Theo dõi nộp"]);
    left[0]!.remove();
    expect(copy.getDeveloperMetadata()).toEqual([]);
  });

  it("refuses keys longer than Sheets allows", () => {
    const { ss } = setUp();
    expect(() => ss.getActiveSheet().addDeveloperMetadata("k".repeat(257), "v")).toThrow("Invalid argument");
  });
});

describe("protection", () => {
  it("lets the owner and the editors write, and refuses everyone else with Sheets' message", () => {
    const { runtime, SpreadsheetApp, ss } = setUp({ ownerEmail: "bi-thu@example.com" });
    const sheet = ss.insertSheet("Kết quả chỉ tiêu");
    const protection = sheet.protect().setDescription("Chỉ Bí thư sửa");
    sheet.getRange("A1").setValue("chủ sửa được");
    runtime.setActiveUser("pho-bi-thu@example.com");
    expect(protection.canEdit()).toBe(false);
    expect(() => sheet.getRange("A2").setValue("x")).toThrow(
      "You are trying to edit a protected cell or object",
    );
    expect(() => sheet.getRange("A2").setBackground("#ff0000")).toThrow("protected cell");
    expect(() => ss.deleteSheet(sheet)).toThrow("protected cell");
    expect(() => sheet.setName("Khác")).toThrow("protected cell");
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    // Warning only: everyone may write (Sheets asks people, not scripts).
    runtime.setActiveUser("bi-thu@example.com");
    protection.setWarningOnly(true);
    runtime.setActiveUser("pho-bi-thu@example.com");
    sheet.getRange("A2").setValue("được");
    expect(sheet.getRange("A2").getValue()).toBe("được");
  });

  it("protects a range only, and lets editors added later write", () => {
    const { runtime, ss } = setUp();
    const sheet = ss.getActiveSheet();
    const protection = sheet.getRange("B2:C3").protect();
    runtime.setActiveUser("can-bo@example.com");
    sheet.getRange("A1").setValue("ngoài vùng");
    expect(() =>
      sheet.getRange("A1:B2").setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow("protected cell");
    expect(sheet.getRange("A1").getValue()).toBe("ngoài vùng");
    runtime.setActiveUser("chu-so-huu@example.com");
    protection.addEditor("can-bo@example.com");
    runtime.setActiveUser("can-bo@example.com");
    sheet.getRange("B2").setValue("được");
    expect(snapshot(runtime).sheets[0]?.protections).toEqual(["RANGE B2:C3"]);
  });
});

describe("range lists", () => {
  it("change many scattered cells in one call", () => {
    const { runtime, ss } = setUp();
    const sheet = ss.getActiveSheet();
    runtime.resetCalls();
    sheet.getRangeList(["A1", "C40", "Z1000"]).setBackground("#f4cccc").setNote("đánh dấu");
    expect(runtime.calls.byMethod).toEqual({
      "Sheet.getRangeList": 1,
      "RangeList.setBackground": 1,
      "RangeList.setNote": 1,
    });
    expect(runtime.cellsWritten).toBe(6);
    expect(sheet.getRange("C40").getBackground()).toBe("#f4cccc");
    expect(sheet.getRange("Z1000").getNote()).toBe("đánh dấu");
    expect(sheet.getRange("B40").getBackground()).toBe("#ffffff");
  });
});

describe("copy and paste", () => {
  it("copies values, notes, formats, dropdowns and merges, or only what is asked", () => {
    const { SpreadsheetApp, ss } = setUp();
    const from = ss.insertSheet("Nháp");
    from.getRange("A1:B2").setValues([
      ["Tiêu đề", ""],
      [1, "hai"],
    ]);
    from.getRange("A1:B1").merge().setFontWeight("bold").setBackground("#e8eaed");
    from.getRange("B2").setNote("ghi chú").setWrap(true);
    from.setColumnWidth(1, 300);
    const to = ss.insertSheet("Báo cáo");
    to.getRange("A1:C3").setValues([
      ["cũ", "cũ", "cũ"],
      ["cũ", "cũ", "cũ"],
      ["cũ", "cũ", "cũ"],
    ]);
    from.getRange("A1:B2").copyTo(to.getRange("A1"));
    expect(to.getRange("A1:C2").getValues()).toEqual([
      ["Tiêu đề", "", "cũ"],
      [1, "hai", "cũ"],
    ]);
    expect(to.getRange("B2").getNote()).toBe("ghi chú");
    expect(to.getRange("B2").getWrap()).toBe(true);
    expect(to.getRange("A1").getFontWeight()).toBe("bold");
    expect(to.getRange("A1").isPartOfMerge()).toBe(true);
    from.getRange("A1:A2").copyTo(to.getRange("A1"), SpreadsheetApp.CopyPasteType.PASTE_COLUMN_WIDTHS, false);
    expect(to.getColumnWidth(1)).toBe(300);
    from.getRange("B2").copyTo(to.getRange("C3"), { formatOnly: true });
    expect([to.getRange("C3").getValue(), to.getRange("C3").getWrap()]).toEqual(["cũ", true]);
  });
});

describe("formulas that name another sheet", () => {
  it("follow the sheet when it is renamed and show #REF! when it is deleted", () => {
    const { ss } = setUp();
    const report = ss.insertSheet("Kết quả chỉ tiêu");
    const mine = ss.insertSheet("Của tôi");
    mine.getRange("A1").setFormula("='Kết quả chỉ tiêu'!D4*2");
    mine.getRange("A2").setFormula("=SUM(Data!A1:A9)");
    report.setName("Kết quả (cũ 2023)");
    expect(mine.getRange("A1").getFormula()).toBe("='Kết quả (cũ 2023)'!D4*2");
    ss.deleteSheet(report);
    expect(mine.getRange("A1").getFormula()).toBe("=#REF!*2");
    expect(mine.getRange("A2").getFormula()).toBe("=SUM(Data!A1:A9)");
  });
});

describe("alerts", () => {
  it("record the locks the script held while the user had to click", () => {
    const { runtime, SpreadsheetApp, LockService } = setUp();
    const ui = SpreadsheetApp.getUi();
    const lock = LockService.getDocumentLock();
    lock.tryLock(1000);
    ui.alert("Đang giữ khoá");
    lock.releaseLock();
    ui.alert("Đã nhả khoá");
    expect(runtime.ui.alerts.map((a) => a.heldLocks)).toEqual([["document"], []]);
  });
});

describe("fonts and gridlines", () => {
  it("keeps sizes, families and lines per cell, and hidden gridlines per sheet", () => {
    const { runtime, ss } = setUp();
    const sheet = ss.getActiveSheet();
    sheet.getRange("A1:B1").setValues([["ĐOÀN TNCS HỒ CHÍ MINH", "x"]]);
    sheet.getRange("A1:B1").setFontSizes([[15, 10]]);
    sheet.getRange("A1:B1").setFontFamilies([["Times New Roman", null]]);
    sheet.getRange("A1:B1").setFontLines([["underline", "none"]]);
    sheet.setHiddenGridlines(true);
    const shot = snapshot(runtime).sheets[0]!;
    expect(shot.fontSizes[0]).toEqual([15, 10]);
    expect(shot.fontFamilies[0]).toEqual(["Times New Roman", "Arial"]);
    expect(shot.fontLines[0]).toEqual(["underline", "none"]);
    expect(shot.hiddenGridlines).toBe(true);
  });
});
