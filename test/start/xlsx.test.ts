// The .xlsx reader and writer, in process: what the writer puts in comes back out, and the
// reader gives values the way Sheets' getValues() would.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useSheetTimeZone } from "../../scripts/xlsx/dates";
import { LIST_SHEET_NAME, type SheetModel } from "../../scripts/xlsx/model";
import { readWorkbookFile, WorkbookReadError } from "../../scripts/xlsx/read";
import { excelWidth, pixelWidth, toArgb, writeWorkbookFile } from "../../scripts/xlsx/write";
import { dateToIso, isoToDate } from "../../shared/dates";

useSheetTimeZone();
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "xlsx-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const model: SheetModel = {
  name: "Cán bộ",
  values: [
    ["Mã cán bộ", "Họ và tên", "Ngày sinh", "Chuyên trách", "Số"],
    ["CB001", "Nguyễn Thị Thuỳ Dương", isoToDate("1995-09-05"), "Có", 12.5],
    ["CB002", "Trần Văn Đức", isoToDate("1960-01-31"), true, null],
  ],
  notes: [
    [null, null, "Ngày/tháng/năm"],
    [null, "Thiếu ngày sinh"],
  ],
  backgrounds: [[null], [null, "#f4cccc"]],
  fontColors: [[null], [null, "#cc0000"]],
  numberFormats: [[], [null, null, "dd/mm/yyyy"], [null, null, "dd/mm/yyyy"]],
  validations: [
    [],
    [null, null, null, { kind: "list", options: ["Có", "Không"], strict: true }],
    [null, null, null, { kind: "list", options: ["Có", "Không"], strict: true }],
    [null, null, null, null, { kind: "list", options: ["Phường, xã", "Cơ sở"], strict: false }],
  ],
  frozenRows: 1,
  columnWidths: [110, 220, 110],
};

describe("writer and reader", () => {
  it("round-trips values, dates in Asia/Ho_Chi_Minh and Vietnamese text", async () => {
    const path = join(dir, "round.xlsx");
    await writeWorkbookFile([model], path);
    const sheets = await readWorkbookFile(path);
    expect(sheets.map((s) => s.name)).toEqual(["Cán bộ"]);
    const values = sheets[0]?.values ?? [];
    expect(values[0]).toEqual(model.values[0]);
    expect(values[1]?.[1]).toBe("Nguyễn Thị Thuỳ Dương");
    expect(dateToIso(values[1]?.[2] as Date)).toBe("1995-09-05");
    expect(dateToIso(values[2]?.[2] as Date)).toBe("1960-01-31");
    expect(values[2]?.[3]).toBe(true);
    expect(values[2]?.[4]).toBeNull();
  });

  it("keeps colours, notes, formats, dropdowns, frozen header and widths", async () => {
    const path = join(dir, "styled.xlsx");
    await writeWorkbookFile([model], path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet("Cán bộ")!;
    const marked = sheet.getCell("B2");
    expect((marked.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF4CCCC");
    expect(marked.font.color?.argb).toBe("FFCC0000");
    expect(marked.note).toBe("Thiếu ngày sinh");
    expect(sheet.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    // Excel sees the calendar day itself, not the instant in another zone.
    expect(sheet.getCell("C2").value).toEqual(new Date("1995-09-05T00:00:00Z"));
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(pixelWidth(sheet.getColumn(2).width ?? 0)).toBe(220);
    const dropdown = sheet.getCell("D3").dataValidation;
    expect(dropdown).toMatchObject({ type: "list", showErrorMessage: true });
    // Lists with commas cannot be inline: they live on the hidden list sheet.
    const list = sheet.getCell("E4").dataValidation;
    expect(list.formulae[0]).toMatch(new RegExp(`^'${LIST_SHEET_NAME}'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$2$`));
    const lists = book.getWorksheet(LIST_SHEET_NAME)!;
    expect(lists.state).toBe("veryHidden");
    const column = String(list.formulae[0]).match(/!\$([A-Z]+)\$/)?.[1] ?? "";
    expect(lists.getCell(`${column}1`).value).toBe("Phường, xã");
  });

  it("reads rich text, formulas, links and merged cells as Sheets shows them", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Đơn vị");
    sheet.getCell("A1").value = { richText: [{ text: "Tên " }, { text: "đơn vị", font: { bold: true } }] };
    sheet.getCell("B1").value = { formula: "1+1", result: 2 };
    sheet.getCell("C1").value = { text: "Trang web", hyperlink: "https://example.org" };
    sheet.getCell("A3").value = "Cô\u0301 đơn"; // decomposed: comes back NFC
    sheet.mergeCells("D1:E1");
    sheet.getCell("D1").value = "Gộp";
    sheet.getCell("F5").value = { formula: "NA()", result: { error: "#N/A" } };
    const path = join(dir, "odd.xlsx");
    await book.xlsx.writeFile(path);
    const [read] = await readWorkbookFile(path);
    expect(read?.values).toEqual([
      ["Tên đơn vị", 2, "Trang web", "Gộp", null, null],
      [null, null, null, null, null, null],
      ["Cố đơn", null, null, null, null, null],
      [null, null, null, null, null, null],
      [null, null, null, null, null, "#N/A"],
    ]);
  });

  it("names what is wrong with a file that is not a readable workbook", async () => {
    const random = join(dir, "random.xlsx");
    await writeFile(random, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    await expect(readWorkbookFile(random)).rejects.toThrow(/"random\.xlsx" không phải bảng tính/);
    const encrypted = join(dir, "mat-khau.xlsx");
    await writeFile(encrypted, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    await expect(readWorkbookFile(encrypted)).rejects.toThrow(/mật khẩu/);
    const brokenZip = join(dir, "hong.xlsx");
    await writeFile(brokenZip, Buffer.from("PK\x03\x04 not really a zip"));
    await expect(readWorkbookFile(brokenZip)).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(readWorkbookFile(join(dir, "khong-co.xlsx"))).rejects.toThrow(
      /Không tìm thấy tệp "khong-co\.xlsx"/,
    );
    await expect(readWorkbookFile(dir)).rejects.toThrow(/là một thư mục, không phải tệp bảng tính/);
  });

  it("converts colours and widths", () => {
    expect(toArgb("#1e8e3e")).toBe("FF1E8E3E");
    expect(toArgb("#fff")).toBe("FFFFFFFF");
    expect(toArgb("red")).toBeUndefined();
    for (const px of [80, 110, 200, 361]) expect(pixelWidth(excelWidth(px))).toBe(px);
  });
});
