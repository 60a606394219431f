import { describe, expect, it } from "vitest";
import { createSheetsRuntime, snapshot, typedServices } from "./index";

function setUp(options = {}) {
  const runtime = createSheetsRuntime(options);
  const { SpreadsheetApp } = typedServices(runtime);
  return { runtime, SpreadsheetApp, ss: SpreadsheetApp.getActiveSpreadsheet() };
}

describe("Spreadsheet and Sheet", () => {
  it("starts with one 1000 × 26 sheet and names, indexes and activates sheets", () => {
    const { ss } = setUp({ spreadsheetName: "Đoàn phường Tân Phú" });
    expect(ss.getName()).toBe("Đoàn phường Tân Phú");
    expect(ss.getSpreadsheetTimeZone()).toBe("Asia/Ho_Chi_Minh");
    const first = ss.getSheets()[0]!;
    expect([first.getMaxRows(), first.getMaxColumns()]).toEqual([1000, 26]);
    const cadres = ss.insertSheet("Cán bộ");
    expect(ss.getActiveSheet().getName()).toBe("Cán bộ");
    ss.insertSheet("Đơn vị", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Đơn vị", "Sheet1", "Cán bộ"]);
    expect(cadres.getIndex()).toBe(3);
    expect(ss.getSheetByName("Không có")).toBeNull();
    expect(() => ss.insertSheet("cán bộ")).toThrow('A sheet with the name "cán bộ" already exists');
    ss.deleteSheet(ss.getSheetByName("Đơn vị")!);
    ss.setActiveSheet(ss.getSheetByName("Sheet1")!);
    expect(ss.getActiveSheet().getName()).toBe("Sheet1");
    cadres.setName("Cán bộ 2025");
    expect(ss.getSheetByName("Cán bộ 2025")?.getSheetId()).toBe(cadres.getSheetId());
  });

  it("refuses ranges outside the sheet with Apps Script's messages", () => {
    const sheet = setUp().ss.getActiveSheet();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange(1005, 28).getA1Notation()).toBe("AB1005");
  });

  it("reads A1 notation, including open-ended references", () => {
    const sheet = setUp().ss.getActiveSheet();
    const range = sheet.getRange("B2:D10");
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 2, 9, 3,
    ]);
    expect(range.getLastRow()).toBe(10);
    expect(range.getLastColumn()).toBe(4);
    expect(sheet.getRange("A:C").getNumRows()).toBe(1000);
    expect(sheet.getRange("A2:C").getA1Notation()).toBe("A2:C1000");
    expect(() => sheet.getRange("AA1")).toThrow("outside the dimensions");
    expect(sheet.getRange("Z1").getColumn()).toBe(26);
    expect(range.offset(1, 1).getA1Notation()).toBe("C3:E11");
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe("B2");
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
  });

  it("checks the shape of written data like Apps Script", () => {
    const sheet = setUp().ss.getActiveSheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setNotes([["a"]])).toThrow("The number of columns in the data");
    expect(() => sheet.getRange(1, 1, 2, 1).setBackgrounds([["#fff"]])).toThrow(
      "The number of rows in the data",
    );
  });

  it("stores strings, numbers, booleans and dates; empty cells read as ''", () => {
    const sheet = setUp().ss.getActiveSheet();
    const born = new Date(Date.UTC(1995, 4, 17, 17));
    sheet.getRange(1, 1, 1, 4).setValues([["Nguyễn Văn A", 30, true, born]]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row!.slice(0, 3)).toEqual(["Nguyễn Văn A", 30, true]);
    expect(Object.prototype.toString.call(row![3])).toBe("[object Date]");
    expect((row![3] as Date).getTime()).toBe(born.getTime());
    expect(row!.slice(4)).toEqual(["", ""]);
    // The stored date is a copy: changing the written Date changes nothing.
    born.setFullYear(2000);
    expect((sheet.getRange("D1").getValue() as Date).getUTCFullYear()).toBe(1995);
    expect(sheet.getRange("Z999").getValue()).toBe("");
  });

  it("converts typed text as Sheets does unless the cell is plain text", () => {
    const sheet = setUp().ss.getActiveSheet();
    sheet.getRange("B1").setNumberFormat("@");
    sheet.getRange(1, 1, 1, 5).setValues([["0912345678", "0912345678", "'0912", "TRUE", "=SUM(A1:A2)"]]);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([[912345678, "0912345678", "0912", true, ""]]);
    expect(sheet.getRange("E1").getFormula()).toBe("=SUM(A1:A2)");
    sheet.getRange("A2").setValue("15/03/2024");
    expect(sheet.getRange("A2").getDisplayValue()).toBe("15/03/2024");
    const untouched = createSheetsRuntime({ parseStrings: false }).spreadsheet.getActiveSheet();
    untouched.getRange("A1").setValue("0912");
    expect(untouched.getRange("A1").getValue()).toBe("0912");
  });

  it("shows display values through number formats", () => {
    const sheet = setUp().ss.getActiveSheet();
    const date = new Date(Date.UTC(2026, 10, 28, 20, 5)); // 29/11/2026 03:05 in Hồ Chí Minh
    sheet.getRange(1, 1, 1, 6).setValues([[date, date, 1234.5, 0.256, 7, true]]);
    sheet
      .getRange(1, 1, 1, 5)
      .setNumberFormats([["dd/MM/yyyy", "dd/mm/yyyy hh:mm", "#,##0.00", "0.0%", "0"]]);
    expect(sheet.getRange(1, 1, 1, 6).getDisplayValues()).toEqual([
      ["29/11/2026", "29/11/2026 03:05", "1.234,50", "25,6%", "7", "TRUE"],
    ]);
    expect(sheet.getRange("A1").getNumberFormat()).toBe("dd/MM/yyyy");
    expect(sheet.getRange("G1").getNumberFormat()).toBe("0.###############");
  });

  it("keeps notes, colours, fonts and alignment per cell", () => {
    const sheet = setUp().ss.getActiveSheet();
    const range = sheet.getRange(1, 1, 2, 2);
    range.setNotes([
      ["Thiếu ngày sinh", ""],
      ["", "Sai định dạng"],
    ]);
    range.setBackgrounds([
      ["#F4CCCC", null as unknown as string],
      ["#fff", "red"],
    ]);
    sheet.getRange("A1").setFontColor("#C00").setFontWeight("bold").setHorizontalAlignment("center");
    expect(range.getNotes()).toEqual([
      ["Thiếu ngày sinh", ""],
      ["", "Sai định dạng"],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ["#f4cccc", "#ffffff"],
      ["#ffffff", "#ff0000"],
    ]);
    expect(range.getFontColors()[0]).toEqual(["#cc0000", "#000000"]);
    expect(range.getFontWeights()[0]).toEqual(["bold", "normal"]);
    expect(range.getHorizontalAlignments()[0]).toEqual(["center", "general"]);
    sheet.getRange("B2").clearNote();
    expect(sheet.getRange("B2").getNote()).toBe("");
    range.clearFormat();
    expect(range.getBackgrounds()).toEqual([
      ["#ffffff", "#ffffff"],
      ["#ffffff", "#ffffff"],
    ]);
    expect(range.getNote()).toBe("Thiếu ngày sinh");
    range.setWrap(true);
    expect(range.getWrap()).toBe(true);
    expect(range.getWrapStrategy()).toBe("WRAP");
  });

  it("builds data validation rules and keeps them per cell", () => {
    const { runtime, SpreadsheetApp, ss } = setUp();
    const sheet = ss.getActiveSheet();
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInList(["Nam", "Nữ"], true)
      .setAllowInvalid(false)
      .setHelpText("Chọn giới tính")
      .build();
    expect(list.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([["Nam", "Nữ"], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.getHelpText()).toBe("Chọn giới tính");
    const date = SpreadsheetApp.newDataValidation().requireDate().build();
    expect(String(date.getCriteriaType())).toBe("DATE_IS_VALID_DATE");
    expect(date.getAllowInvalid()).toBe(true);
    const number = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).build();
    expect(number.getCriteriaValues()).toEqual([0, 100]);
    const source = sheet.getRange("Z1:Z3");
    const inRange = SpreadsheetApp.newDataValidation().requireValueInRange(source).build();
    runtime.resetCalls();
    const target = inRange.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(target.getA1Notation()).toBe("Z1:Z3");
    expect(runtime.calls.byMethod["Range.getA1Notation"]).toBe(1);

    sheet.getRange("C2:C3").setDataValidation(list);
    sheet.getRange("D2").setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    const rules = sheet.getRange("C1:D2").getDataValidations();
    expect(rules[0]).toEqual([null, null]);
    expect(rules[1]![0]!.getCriteriaValues()).toEqual([["Nam", "Nữ"], true]);
    expect(String(rules[1]![1]!.getCriteriaType())).toBe("CHECKBOX");
    expect(sheet.getRange("C3").getDataValidation()?.getHelpText()).toBe("Chọn giới tính");
    sheet.getRange("C2:C3").clearDataValidations();
    expect(sheet.getRange("C3").getDataValidation()).toBeNull();
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow("criteria");
  });

  it("finds the last row and column with content, and the data range", () => {
    const sheet = setUp().ss.getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange("C5").setValue("x");
    sheet.getRange("A7").setNote("a note is not content");
    sheet.getRange("B2").setBackground("#ff0000");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C5");
    sheet.appendRow(["Họ tên", 1]);
    expect(sheet.getRange("A6:B6").getValues()).toEqual([["Họ tên", 1]]);
    sheet.getRange("C5").clearContent();
    expect(sheet.getLastRow()).toBe(6);
  });

  it("inserts and deletes rows and columns, moving cells and widths", () => {
    const sheet = setUp().ss.getActiveSheet();
    sheet.getRange("A1:C1").setValues([["a", "b", "c"]]);
    sheet.getRange("B1").setNote("note b");
    sheet.setColumnWidth(2, 180);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([["a", "", "b", "c"]]);
    expect(sheet.getRange("C1").getNote()).toBe("note b");
    expect(sheet.getColumnWidth(3)).toBe(180);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteColumn(2);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["a", "b", "c"]]);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange("A3").getValue()).toBe("a");
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(1, 2);
    expect(sheet.getRange("A1").getValue()).toBe("a");
    expect(() => sheet.deleteRows(1, 1000)).toThrow("You can't delete all the rows on the sheet.");
  });

  it("keeps frozen panes, widths and clears", () => {
    const sheet = setUp().ss.getActiveSheet();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidths(1, 3, 150);
    expect([
      sheet.getFrozenRows(),
      sheet.getFrozenColumns(),
      sheet.getColumnWidth(3),
      sheet.getColumnWidth(4),
    ]).toEqual([1, 2, 150, 100]);
    sheet.getRange("A1").setValue("x").setBackground("#000000").setNote("n");
    sheet.clear();
    expect(sheet.getRange("A1").getValue()).toBe("");
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
    expect(sheet.getRange("A1").getNote()).toBe("n");
    sheet.clearNotes();
    expect(sheet.getRange("A1").getNote()).toBe("");
  });
});

describe("snapshot", () => {
  it("is plain data that changes with any cell attribute", () => {
    const { runtime, SpreadsheetApp, ss } = setUp();
    runtime.setSheetValues("Cán bộ", [
      ["Mã", "Họ tên", "Ngày sinh"],
      ["CB001", "Nguyễn Thị Thuỳ Dương", new Date(Date.UTC(1990, 0, 2))],
    ]);
    const before = snapshot(runtime);
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
    const sheet = before.sheets.find((s) => s.name === "Cán bộ")!;
    expect(sheet.values).toEqual([
      ["Mã", "Họ tên", "Ngày sinh"],
      ["CB001", "Nguyễn Thị Thuỳ Dương", { date: "1990-01-02T00:00:00.000Z" }],
    ]);
    expect(snapshot(runtime)).toEqual(before);

    const cadres = ss.getSheetByName("Cán bộ")!;
    cadres.getRange("B2").setNote("Thiếu");
    expect(snapshot(runtime)).not.toEqual(before);
    cadres.getRange("B2").clearNote();
    expect(snapshot(runtime)).toEqual(before);
    cadres
      .getRange("C2")
      .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(["a"]).build());
    const after = snapshot(runtime).sheets.find((s) => s.name === "Cán bộ")!;
    expect(after.validations[1]![2]).toEqual({
      criteria: "VALUE_IN_LIST",
      values: [["a"], true],
      allowInvalid: true,
      helpText: "",
    });
    cadres.setFrozenRows(1);
    expect(snapshot(runtime).sheets.find((s) => s.name === "Cán bộ")!.frozenRows).toBe(1);
  });

  it("reads and writes test data without counting calls", () => {
    const runtime = createSheetsRuntime();
    runtime.setSheetValues("Dữ liệu", [["a", 1], ["b"]]);
    expect(runtime.getSheetValues("Dữ liệu")).toEqual([
      ["a", 1],
      ["b", ""],
    ]);
    runtime.spreadsheet.getSheetByName("Dữ liệu")!.getRange("A1").getValue();
    expect(runtime.calls.total).toBe(0);
    const big = Array.from({ length: 1500 }, (_, i) => [i]);
    runtime.setSheetValues("Dữ liệu", big);
    expect(runtime.spreadsheet.getSheetByName("Dữ liệu")!.getMaxRows()).toBe(1500);
    expect(runtime.getSheetValues("Dữ liệu")).toHaveLength(1500);
  });
});
