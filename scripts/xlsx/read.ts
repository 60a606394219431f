// Read an .xlsx workbook into plain value grids, the way Sheets' getValues() would give them:
// dates as Date, rich text as plain text, formulas as their last computed result.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../shared/templates/types";
import { fromExcelDate } from "./dates";
import { LIST_SHEET_NAME } from "./model";

export interface SheetValues {
  name: string;
  values: CellValue[][];
}

/** A file we cannot read as a workbook; the message is one Vietnamese sentence for staff. */
export class WorkbookReadError extends Error {
  override name = "WorkbookReadError";
}

/** Compound File (OLE) header: an encrypted .xlsx or an old .xls, neither readable here. */
const CFB_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An .xlsx is a zip: "PK\x03\x04". */
const ZIP_HEADER = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, header: number[]): boolean {
  return header.every((byte, i) => bytes[i] === byte);
}

export async function readWorkbookFile(path: string): Promise<SheetValues[]> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new WorkbookReadError(`Không mở được tệp "${file}": hãy kiểm tra lại đường dẫn.`);
  }
  if (startsWith(bytes, CFB_HEADER)) {
    throw new WorkbookReadError(
      `Tệp "${file}" đang được đặt mật khẩu hoặc là tệp Excel đời cũ (.xls): hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx rồi chạy lại.`,
    );
  }
  const notWorkbook = `Tệp "${file}" không phải bảng tính .xlsx: hãy mở bằng Excel hoặc Google Sheets và tải về dạng Microsoft Excel (.xlsx).`;
  if (!startsWith(bytes, ZIP_HEADER)) throw new WorkbookReadError(notWorkbook);

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; the bytes are what it wants.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(notWorkbook);
  }
  return workbook.worksheets
    .filter((sheet) => sheet.name !== LIST_SHEET_NAME)
    .map((sheet) => ({ name: sheet.name.normalize("NFC"), values: sheetValues(sheet) }));
}

/** The value grid of a sheet, trimmed to its last non-empty row and column. */
function sheetValues(sheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // Merged cells: only the top-left one carries the value, as in Sheets.
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainValue(cell.value);
      if (value === null) return;
      values[column - 1] = value;
    });
    if (values.length === 0) return;
    rows[rowNumber - 1] = values;
    width = Math.max(width, values.length);
  });
  const grid: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    grid.push(Array.from({ length: width }, (_, c) => row[c] ?? null));
  }
  return grid;
}

/** exceljs cell value → the value Sheets would show to a script. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value.normalize("NFC");
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : fromExcelDate(value);
  if ("richText" in value) return plainValue(value.richText.map((part) => part.text).join(""));
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
  }
  if ("error" in value) return value.error;
  return null;
}
