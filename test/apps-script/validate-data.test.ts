// "Kiểm tra dữ liệu" through the built bundle: marks exactly the bad cells of the sample, clears
// only its own marks next time, keeps the user's colours and notes, and summarises.
import { beforeAll, describe, expect, it } from "vitest";
import { sampleDeliberateErrors } from "../../shared/sample";
import { type CellValue, readWorkbook, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { sampleSetUp, sheetOf, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const markColor = "#f4cccc";
const cadresName = templateById("cadres").name;

/** Every cell carrying the check's note: "sheet!row:column". */
function markedCells(runtime: ReturnType<typeof sampleSetUp>["runtime"]): string[] {
  const cells: string[] = [];
  for (const sheet of snapshot(runtime).sheets) {
    sheet.notes.forEach((row, r) => {
      row.forEach((note, c) => {
        if (note.startsWith("⚠ Kiểm tra dữ liệu: ")) cells.push(`${sheet.name}!${r + 1}:${c + 1}`);
      });
    });
  }
  return cells.sort();
}

function headerColumn(workbook: Record<string, CellValue[][]>, sheet: string, header: string): number {
  return (workbook[sheet]![0] ?? []).indexOf(header) + 1;
}

describe("validateData on the sample", () => {
  it("marks exactly the deliberate errors, with colour and a note giving the reason", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    addon.call("validateData");
    const expected = sampleDeliberateErrors
      .map((e) => `${e.sheet}!${e.row}:${headerColumn(workbook, e.sheet, e.header)}`)
      .sort();
    expect(markedCells(runtime)).toEqual(expected);
    const read = readWorkbook(workbook);
    for (const problem of read.problems) {
      const cell = sheetOf(runtime, problem.sheet).getRange(problem.row, problem.column);
      expect(cell.getBackground()).toBe(markColor);
      expect(cell.getNote()).toContain(problem.message);
    }
  });

  it("shows a summary naming sheet, row and column", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("validateData");
    const dialog = runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Kiểm tra dữ liệu");
    const text = unescapeHtml(dialog.html);
    expect(text).toContain(`${sampleDeliberateErrors.length} ô chưa hợp lệ`);
    const first = sampleDeliberateErrors[0]!;
    expect(text).toContain(`Trang "${first.sheet}", dòng ${first.row}, cột "${first.header}"`);
  });

  it("clears only its own marks on the next run, giving back the user's colour and note", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    const sheet = sheetOf(runtime, cadresName);
    // The user's own colour and note: elsewhere, and on a cell that is about to be marked.
    sheet.getRange(2, 2).setBackground("#00ff00").setNote("ghi chú của tôi");
    const email = sampleDeliberateErrors.find((e) => e.header === "Email")!;
    const emailColumn = headerColumn(workbook, cadresName, "Email");
    sheet.getRange(email.row, emailColumn).setBackground("#cfe2f3").setNote("cần hỏi lại");

    addon.call("validateData");
    expect(sheet.getRange(email.row, emailColumn).getBackground()).toBe(markColor);

    // The user fixes the e-mail; the next check lifts that mark only.
    sheet.getRange(email.row, emailColumn).setValue("tranthimai@gmail.com");
    addon.call("validateData");
    expect(sheet.getRange(email.row, emailColumn).getBackground()).toBe("#cfe2f3");
    expect(sheet.getRange(email.row, emailColumn).getNote()).toBe("cần hỏi lại");
    expect(sheet.getRange(2, 2).getBackground()).toBe("#00ff00");
    expect(sheet.getRange(2, 2).getNote()).toBe("ghi chú của tôi");
    expect(markedCells(runtime)).toHaveLength(sampleDeliberateErrors.length - 1);

    // A colour the user put on a cell after it was marked is the user's: it stays.
    const name = sampleDeliberateErrors.find((e) => e.header === "Họ và tên")!;
    const nameColumn = headerColumn(workbook, cadresName, "Họ và tên");
    sheet.getRange(name.row, nameColumn).setValue("Nguyễn Văn Mới").setNote("");
    sheet.getRange(name.row, nameColumn).setBackground("#fff2cc");
    addon.call("validateData");
    expect(sheet.getRange(name.row, nameColumn).getBackground()).toBe("#fff2cc");
    expect(markedCells(runtime)).toHaveLength(sampleDeliberateErrors.length - 2);
  });

  it("running twice on the same data gives the same spreadsheet", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("validateData");
    const once = snapshot(runtime);
    addon.call("validateData");
    expect(snapshot(runtime)).toEqual(once);
  });

  it("lifts every mark once the data is fixed, leaving no colour behind", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    addon.call("validateData");
    const fixes: Record<string, CellValue> = {
      "Họ và tên": "Nguyễn Văn Sửa",
      "Chức vụ Đoàn": "Bí thư Chi đoàn",
      Email: "tranthimai@gmail.com",
      "Từ ngày": "28/02/2023",
      "Mã cán bộ": "CB001",
    };
    for (const error of sampleDeliberateErrors) {
      const column = headerColumn(workbook, error.sheet, error.header);
      sheetOf(runtime, error.sheet).getRange(error.row, column).setValue(fixes[error.header]);
    }
    addon.call("validateData");
    expect(markedCells(runtime)).toEqual([]);
    for (const sheet of snapshot(runtime).sheets) {
      expect(
        sheet.backgrounds.flat().every((c) => c === "#ffffff"),
        sheet.name,
      ).toBe(true);
      expect(
        sheet.notes.flat().every((n) => n === ""),
        sheet.name,
      ).toBe(true);
    }
    expect(unescapeHtml(runtime.ui.dialogs.at(-1)!.html)).toContain("không có ô nào cần sửa");
    expect([...runtime.properties.document.values()].join("")).not.toContain("[");
  });

  it("gives back what the first version kept in the document's properties, then forgets that store", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    const email = sampleDeliberateErrors.find((e) => e.header === "Email")!;
    const column = headerColumn(workbook, cadresName, "Email");
    // As the first version left it: the mark's note and colour on the cell, the originals in properties.
    const cell = sheetOf(runtime, cadresName).getRange(email.row, column);
    cell
      .setNote(`⚠ Kiểm tra dữ liệu: "tranthimai.gmail.com" không phải địa chỉ email hợp lệ`)
      .setBackground(markColor);
    const store = JSON.stringify({ [cadresName]: [[email.row, column, "#cfe2f3", "cần hỏi lại"]] });
    runtime.properties.document.set("cadrePlan.dataMarks.0", store);
    runtime.properties.document.set("cadrePlan.dataMarks.count", "1");
    cell.setValue("tranthimai@gmail.com");
    addon.call("validateData");
    expect(cell.getNote()).toBe("cần hỏi lại");
    expect(cell.getBackground()).toBe("#cfe2f3");
    expect(
      [...runtime.properties.document.keys()].filter((k) => k.startsWith("cadrePlan.dataMarks")),
    ).toEqual([]);
  });
});
