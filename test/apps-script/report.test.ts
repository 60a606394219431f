// The sheets to print and send up, through the built add-on: the result sheet ready to print
// (unit and year in its title, wrapped text, frozen header, A4 landscape fitted to the width,
// shown after the run), and the "Báo cáo" document laid out as a Youth Union document.
import { beforeAll, describe, expect, it } from "vitest";
import { targetStatusLabels } from "../../shared/labels";
import { evaluatePlan } from "../../shared/targets/engine";
import { readWorkbook, templateById } from "../../shared/templates";
import { type SheetSnapshot, snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { sampleSetUp, today, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const settingsName = templateById("settings").name;
const byName = (runtime: ReturnType<typeof sampleSetUp>["runtime"], name: string): SheetSnapshot =>
  snapshot(runtime).sheets.find((s) => s.name === name)!;
const text = (sheet: SheetSnapshot) => sheet.values.map((row) => row.map(String).join(" ").trim());

describe("the result sheet", () => {
  it("says the unit and year, wraps long text, freezes its header, prints A4 landscape to the width, and is shown", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const sheet = byName(runtime, "Kết quả chỉ tiêu");
    expect(String(sheet.values[0]?.[0])).toMatch(
      /^Kết quả thực hiện kế hoạch công tác cán bộ .*Đoàn phường Tân Phú.*2023.* – kiểm tra lúc /,
    );
    expect(String(sheet.values[1]?.[0])).toMatch(
      /^Đạt: \d+ · Chưa đạt: \d+ · Thiếu dữ liệu: \d+ \(\d+ chỉ tiêu\)$/,
    );
    expect(sheet.values[2]?.[0]).toBe("Mã");
    expect(sheet.frozenRows).toBe(3);
    // The targets' text and the names wrap within their columns.
    const header = sheet.values[2]!.map(String);
    for (const column of ["Chỉ tiêu", "Chưa đạt", "Ghi chú dữ liệu"]) {
      expect(sheet.wrapStrategies[3]?.[header.indexOf(column)], column).toBe("WRAP");
    }
    expect(sheet.verticalAlignments[3]?.[1]).toBe("top");
    expect(sheet.metadata).toContain("cadrePlan.print = A4 landscape fit-width");
    expect(snapshot(runtime).activeSheet).toBe("Kết quả chỉ tiêu");
    const link = /href="([^"]+)"/.exec(runtime.ui.sidebars.at(-1)!.html)?.[1] ?? "";
    expect(unescapeHtml(link)).toContain(
      `/export?format=pdf&gid=${runtime.spreadsheet.getSheetByName("Kết quả chỉ tiêu")!.id}&size=A4&portrait=false&fitw=true`,
    );
  });
});

describe("the report to send up", () => {
  function made() {
    const setup = sampleSetUp();
    setup.addon.call("createReport");
    const sheet = byName(setup.runtime, "Báo cáo");
    const read = readWorkbook(setup.workbook);
    const results = evaluatePlan(read.plan, read.data, { today });
    return { ...setup, sheet, lines: text(sheet), read, results };
  }

  it("has the heading of a Đoàn document: the body above, the unit, ***, the number; the Đoàn's heading, place and date", () => {
    const { sheet } = made();
    const cell = (row: number, column: number) => String(sheet.values[row - 1]?.[column - 1] ?? "");
    expect(cell(1, 1)).toBe("BCH TP. HỒ CHÍ MINH");
    expect(cell(2, 1)).toBe("BCH ĐOÀN PHƯỜNG TÂN PHÚ");
    expect(cell(3, 1)).toBe("***");
    expect(cell(4, 1)).toMatch(/^Số:\s+-BC\/ĐTN$/);
    // Top right: the Đoàn's heading (not the state's motto), bold and underlined, then the place and date.
    expect(cell(1, 3)).toBe("ĐOÀN TNCS HỒ CHÍ MINH");
    expect(sheet.fontWeights[0]?.[2]).toBe("bold");
    expect(sheet.fontLines[0]?.[2]).toBe("underline");
    expect(cell(3, 3)).toBe("Phường Tân Phú, ngày 31 tháng 12 năm 2023");
    expect(sheet.fontStyles[2]?.[2]).toBe("italic");
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:B1", "C1:E1", "A2:B2", "C3:E3"]));
  });

  it("names the document, then gives every target with asked, reached and status, and who falls short", () => {
    const { lines, sheet, results } = made();
    expect(lines).toContain("BÁO CÁO");
    expect(lines).toContain("Kết quả thực hiện kế hoạch công tác cán bộ năm 2023");
    const header = sheet.values.findIndex((row) => row[0] === "STT");
    expect(sheet.values[header]).toEqual([
      "STT",
      "Chỉ tiêu",
      "Chỉ tiêu đặt ra",
      "Kết quả đạt được",
      "Đánh giá",
    ]);
    results.forEach((result, i) => {
      const row = sheet.values[header + 1 + i]!;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(result.target.text);
      expect(row[3]).toBe(result.figure);
      expect(row[4]).toBe(targetStatusLabels[result.status]);
      expect(sheet.borders[header + 1 + i]?.[1]?.top).toBe(true);
      expect(sheet.wrapStrategies[header + 1 + i]?.[1]).toBe("WRAP");
    });
    for (const result of results.filter((r) => r.shortfalls.length > 0)) {
      const line = lines.find((l) => l.startsWith(`- ${result.target.id} – `))!;
      expect(line).toContain(`${result.shortfalls.length} `);
      expect(line).toContain(result.shortfalls[0]!.name);
    }
  });

  it("ends with the recipients at the left and 'TM. BAN THƯỜNG VỤ / BÍ THƯ' and the secretary's name at the right", () => {
    const { sheet, read } = made();
    const at = (label: string) => sheet.values.findIndex((row) => row.includes(label));
    const signature = at("TM. BAN THƯỜNG VỤ");
    expect(signature).toBeGreaterThan(0);
    expect(sheet.values[signature]?.[0]).toBe("Nơi nhận:");
    expect(sheet.values[signature]?.[2]).toBe("TM. BAN THƯỜNG VỤ");
    expect(sheet.values[signature + 1]?.[2]).toBe("BÍ THƯ");
    expect(sheet.values[signature + 1]?.[0]).toBe("- Ban Tổ chức Thành Đoàn (để báo cáo);");
    expect(sheet.values[signature + 2]?.[0]).toBe("- Lưu VP.");
    expect(sheet.values.some((row) => row[2] === read.settings.signerName)).toBe(true);
    expect(read.settings.signerName).toBe("Trần Minh Khoa");
  });

  it("prints on A4 portrait in Times New Roman without gridlines, and offers the PDF", () => {
    const { runtime, sheet } = made();
    expect(sheet.metadata).toContain("cadrePlan.print = A4 portrait fit-width");
    expect(sheet.hiddenGridlines).toBe(true);
    expect(sheet.fontFamilies[12]?.[1]).toBe("Times New Roman");
    expect(sheet.columnWidths.slice(0, 5).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(700);
    // Merged paragraphs are given the height their wrapped text needs.
    expect(Object.keys(sheet.rowHeights).length).toBeGreaterThan(3);
    expect(snapshot(runtime).activeSheet).toBe("Báo cáo");
    const dialog = runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Lập báo cáo gửi cấp trên");
    expect(unescapeHtml(dialog.html)).toContain("portrait=true&fitw=true");
  });

  it("takes the place, signer and recipients from the settings, and says when the signer is missing", () => {
    const { runtime, addon } = sampleSetUp();
    const settings = runtime.spreadsheet.getSheetByName(settingsName)!;
    const items = runtime.getSheetValues(settingsName).map((row) => String(row[0]));
    settings.getRange(items.indexOf("Người ký") + 1, 2).setValue("");
    settings.getRange(items.indexOf("Chức vụ người ký") + 1, 2).setValue("Phó Bí thư");
    settings.getRange(items.indexOf("Địa danh") + 1, 2).setValue("");
    settings
      .getRange(items.indexOf("Nơi nhận") + 1, 2)
      .setValue("Ban Thường vụ Thành Đoàn; Văn phòng Thành Đoàn; Lưu VP");
    addon.call("createReport");
    const lines = text(byName(runtime, "Báo cáo"));
    // The place comes from the unit's name when the setting is empty.
    expect(lines.some((l) => l.includes("Phường Tân Phú, ngày 31 tháng 12 năm 2023"))).toBe(true);
    expect(lines.some((l) => l.includes("PHÓ BÍ THƯ"))).toBe(true);
    expect(lines.some((l) => l.startsWith("- Văn phòng Thành Đoàn;"))).toBe(true);
    expect(unescapeHtml(runtime.ui.dialogs.at(-1)!.html)).toContain("Chưa có tên người ký");
  });

  it("is rewritten in place, and a sheet of the user's named “Báo cáo” is left alone", () => {
    const { runtime, addon } = sampleSetUp();
    runtime.setSheetValues("Báo cáo", [["Báo cáo quý của tôi"]]);
    const mine = byName(runtime, "Báo cáo");
    addon.call("createReport");
    addon.call("createReport");
    expect(byName(runtime, "Báo cáo")).toEqual(mine);
    expect(runtime.spreadsheet.sheets.filter((s) => s.name.startsWith("Báo cáo")).map((s) => s.name)).toEqual(
      ["Báo cáo", "Báo cáo (2)"],
    );
  });
});
