// Every menu command, run in turn (twice) on a workbook of the user's that has sheets named like
// the add-on's, notes, colours, formulas and typed values: after each command every sheet is
// compared with what it was. The only changes allowed on the user's sheets are the data check's
// marks on bad cells (which keep what the cell had, and give it back once the cell is fixed).
import { beforeAll, describe, expect, it } from "vitest";
import { generateSampleWorkbook, sampleDeliberateErrors } from "../../shared/sample";
import { type CellValue, sheetTemplates, templateById } from "../../shared/templates";
import { type SheetSnapshot, type SpreadsheetSnapshot, snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { setUp } from "./helpers";

beforeAll(ensureBuilt);

const markPrefix = "⚠ Kiểm tra dữ liệu: ";
const cadresName = templateById("cadres").name;
const commands = [
  "onOpen",
  "createTemplates",
  "validateData",
  "checkTargets",
  "trackSubmissions",
  "createReport",
  "exportForForms",
  "showHelp",
];

/** The user's workbook: the sample's plan, and sheets of the user's own named like the add-on's. */
function usersWorkbook(): Record<string, CellValue[][]> {
  const workbook = generateSampleWorkbook();
  const cadres = workbook[cadresName]!;
  // A column of the user's own, typed values.
  cadres.forEach((row, i) => {
    row.push(i === 0 ? "Ghi chú riêng" : i % 7 === 0 ? `gọi lại ${i}` : "");
  });
  return {
    ...workbook,
    "Kết quả chỉ tiêu": [["Kết quả tôi tự tổng hợp"], ["T01", 0.95]],
    "Theo dõi nộp": [["Sổ theo dõi của văn phòng"], ["Chi đoàn Khu phố 1", "đã nộp"]],
    "Báo cáo": [["Báo cáo quý III"], ["Nội dung do tôi soạn"]],
    "Kết quả chỉ tiêu (cũ 2022)": [["Kết quả năm 2022"], ["T01", 0.8]],
    "Theo dõi nộp (cũ 2023)": [["Theo dõi năm 2023"]],
    "Tổng hợp": [
      ["Số cán bộ", ""],
      ["Tỉ lệ T01", ""],
    ],
  };
}

/** Notes, colours and formulas of the user's, put on the sheets after they are typed in. */
function decorate(runtime: ReturnType<typeof setUp>["runtime"], workbook: Record<string, CellValue[][]>) {
  const sheet = (name: string) => runtime.spreadsheet.getSheetByName(name)!;
  const header = workbook[cadresName]![0]!;
  const email = header.indexOf("Email") + 1;
  const name = header.indexOf("Họ và tên") + 1;
  const bad = sampleDeliberateErrors.find((e) => e.header === "Email")!;
  sheet(cadresName).getRange(bad.row, email).setNote("hỏi lại email").setBackground("#cfe2f3");
  sheet(cadresName)
    .getRange(bad.row + 1, email)
    .setNote("email cơ quan")
    .setBackground("#d9ead3");
  sheet(cadresName).getRange(2, name).setNote("Bí thư nhiệm kỳ trước");
  sheet(cadresName).getRange(3, 1, 1, 3).setBackground("#fff2cc");
  sheet("Tổng hợp").getRange("B1").setFormula(`=COUNTA('${cadresName}'!A2:A)`);
  sheet("Tổng hợp").getRange("B2").setFormula("='Kết quả chỉ tiêu'!B2");
  sheet("Tổng hợp").getRange("A1:A2").setFontWeight("bold");
  sheet("Báo cáo").getRange("A1").setNote("bản nháp, chưa gửi");
  // A cell of the cadres sheet holding a formula, in the user's own column.
  const own = header.length;
  sheet(cadresName).getRange(5, own).setFormula('=IF(B5="","","có tên")');
}

const isMark = (note: string) => note.startsWith(markPrefix);

/** What changed on one of the user's sheets that is not a data-check mark. */
function violations(before: SheetSnapshot, after: SheetSnapshot, plan: boolean): string[] {
  const found: string[] = [];
  const where = (r: number, c: number) => `${before.name}!R${r + 1}C${c + 1}`;
  for (const key of ["name", "frozenRows", "hidden", "tabColor", "merges", "protections"] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) found.push(`${before.name}: ${key}`);
  }
  const rows = before.values.length;
  const columns = before.values[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const at = where(r, c);
      if (JSON.stringify(before.values[r]?.[c]) !== JSON.stringify(after.values[r]?.[c] ?? ""))
        found.push(`${at}: value`);
      if ((before.formulas[r]?.[c] ?? "") !== (after.formulas[r]?.[c] ?? "")) found.push(`${at}: formula`);
      const noteBefore = before.notes[r]?.[c] ?? "";
      const noteAfter = after.notes[r]?.[c] ?? "";
      const marked = plan && (isMark(noteBefore) || isMark(noteAfter));
      if (!marked) {
        if (noteBefore !== noteAfter) found.push(`${at}: note`);
        if ((before.backgrounds[r]?.[c] ?? "#ffffff") !== (after.backgrounds[r]?.[c] ?? "#ffffff"))
          found.push(`${at}: colour`);
      }
      for (const layer of ["fontColors", "fontWeights", "numberFormats", "validations"] as const) {
        if (JSON.stringify(before[layer][r]?.[c]) !== JSON.stringify(after[layer][r]?.[c]))
          found.push(`${at}: ${layer}`);
      }
    }
  }
  return found;
}

function diff(before: SpreadsheetSnapshot, after: SpreadsheetSnapshot, planNames: Set<string>): string[] {
  const found: string[] = [];
  for (const sheet of before.sheets) {
    // The add-on's own sheets (marked) are rewritten by design.
    if (sheet.metadata.some((m) => /^cadrePlan\.sheet = (targetResults|submissionTracking|report)#/.test(m)))
      continue;
    const now = after.sheets.find((s) => s.sheetId === sheet.sheetId);
    if (!now) {
      found.push(`${sheet.name}: deleted`);
      continue;
    }
    found.push(...violations(sheet, now, planNames.has(sheet.name)));
  }
  return found;
}

describe("every menu command, on a workbook of the user's", () => {
  it("changes none of the user's sheets, notes, colours, formulas or typed values", () => {
    const workbook = usersWorkbook();
    const { runtime, addon } = setUp(workbook);
    decorate(runtime, workbook);
    const planNames = new Set(sheetTemplates.map((t) => t.name));
    const start = snapshot(runtime);
    for (const round of [1, 2]) {
      for (const command of commands) {
        const before = snapshot(runtime);
        addon.call(command, ...(command === "onOpen" ? [runtime.openEvent()] : []));
        expect(diff(before, snapshot(runtime), planNames), `${command}, round ${round}`).toEqual([]);
      }
    }
    expect(runtime.ui.alerts.filter((a) => a.prompt.includes("Lỗi") || a.prompt.includes("lỗi"))).toEqual([]);

    // The user's sheets named like the add-on's are all still there, untouched.
    const end = snapshot(runtime);
    for (const name of [
      "Kết quả chỉ tiêu",
      "Theo dõi nộp",
      "Báo cáo",
      "Kết quả chỉ tiêu (cũ 2022)",
      "Theo dõi nộp (cũ 2023)",
      "Tổng hợp",
    ]) {
      expect(
        end.sheets.find((s) => s.name === name),
        name,
      ).toEqual(start.sheets.find((s) => s.name === name));
    }

    // Once the data is fixed, the next check gives back every note and colour exactly.
    const fixes: Record<string, CellValue> = {
      "Họ và tên": "Nguyễn Văn Sửa",
      "Chức vụ Đoàn": "Bí thư Chi đoàn",
      Email: "tranthimai@gmail.com",
      "Từ ngày": "28/02/2023",
      "Mã cán bộ": "CB001",
    };
    for (const error of sampleDeliberateErrors) {
      const column = workbook[error.sheet]![0]!.indexOf(error.header) + 1;
      runtime.spreadsheet
        .getSheetByName(error.sheet)!
        .getRange(error.row, column)
        .setValue(fixes[error.header]);
    }
    addon.call("validateData");
    const fixed = snapshot(runtime);
    for (const name of planNames) {
      const a = start.sheets.find((s) => s.name === name)!;
      const b = fixed.sheets.find((s) => s.name === name)!;
      expect(b.notes, name).toEqual(a.notes);
      expect(b.backgrounds, name).toEqual(a.backgrounds);
    }
  }, 120_000);
});
