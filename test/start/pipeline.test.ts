// The pieces of npm start, in process on the built add-on: a partly filled workbook still gets
// its report, sheet names are matched as the add-on needs them, and the arguments.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../scripts/start/args";
import { ensureAddonBuilt } from "../../scripts/start/build-if-needed";
import { checkPlanSheets } from "../../scripts/start/plan-sheets";
import { RESULT_SHEET, renderReport, sheetValues } from "../../scripts/start/report";
import { runAddon } from "../../scripts/start/run-addon";
import { generateSampleWorkbook } from "../../shared/sample";
import { templateById } from "../../shared/templates";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let codePath = "";
beforeAll(async () => {
  codePath = await ensureAddonBuilt(root, () => {});
}, 120_000);

describe("a partly filled workbook", () => {
  it("gets the missing sheets created and still a report, with the problems listed", () => {
    const cadres = templateById("cadres").name;
    const values = generateSampleWorkbook()[cadres]!;
    // A column dropped by the user, a stray column added: found by header, kept.
    const header = values[0]!;
    const drop = header.indexOf("Email");
    const rows = values.map((row, r) => [
      ...row.filter((_, c) => c !== drop),
      r === 0 ? "Sở thích" : "đọc sách",
    ]);
    const sheets = [{ name: "CAN BO", values: rows }];
    checkPlanSheets(sheets, "cua-toi.xlsx");

    const run = runAddon(sheets, codePath);
    expect(run.runtime.spreadsheet.getSheetByName(templateById("targets").name)).not.toBeNull();
    // The user's sheet keeps its name and its own column; no second cadres sheet is made.
    expect(run.runtime.spreadsheet.getSheetByName(cadres)).toBeNull();
    expect(sheetValues(run.runtime, "CAN BO")?.[0]).toContain("Sở thích");
    const report = renderReport(run.runtime, run.messages, { colour: false, width: 100 });
    expect(sheetValues(run.runtime, RESULT_SHEET)).not.toBeNull();
    expect(report).toMatch(/│ T01 /);
    expect(report).toContain("ô dữ liệu chưa hợp lệ");
    // The cadres' units are on no units sheet: the cells are named, the cadres still counted.
    expect(report).toContain('không có trong trang "Đơn vị"');
    // Nothing to track: the add-on says why, the report passes it on.
    expect(report).toContain("Thông báo của tiện ích");
    expect(report).toContain("Chưa có văn bản nào phải theo dõi");
    expect(run.payload?.profiles.filter((p) => p.kind === "cadre")).toHaveLength(rows.length - 1);
  });

  it("refuses a workbook without any of the plan's sheets", () => {
    expect(() => checkPlanSheets([{ name: "Chỉ tiêu", values: [["Mã"]] }], "x.xlsx")).toThrow(
      /Tệp "x\.xlsx" không có trang nào của kế hoạch/,
    );
  });
});

describe("arguments", () => {
  it("takes paths from where the command was typed", () => {
    expect(parseArgs(["a.xlsx", "--out", "kq"], root, "/home/can-bo")).toEqual({
      input: "/home/can-bo/a.xlsx",
      outDir: "/home/can-bo/kq",
    });
    expect(parseArgs([], root, "/x")).toEqual({ outDir: resolve(root, "out") });
    expect(() => parseArgs(["--mau"], root)).toThrow(/Không hiểu tuỳ chọn "--mau"/);
    expect(() => parseArgs(["a.xlsx", "b.xlsx"], root)).toThrow(/một bảng tính/);
  });
});
