// Read an .xlsx workbook into plain value grids, the way Sheets' getValues() would give them:
// dates as Date, rich text as plain text, formulas as their last computed result; and with them
// what the user or the template put on the cells (notes, colours, bold, formats, dropdowns,
// formulas, widths, frozen rows), so that the workbook written back keeps them.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../shared/templates/types";
import { columnLetter } from "../../shared/templates/types";
import { fromExcelDate } from "./dates";
import {
  LIST_SHEET_NAME,
  type PrintSetup,
  ROLE_NAME_PREFIX,
  type SheetModel,
  type ValidationRule,
} from "./model";
import { pixelWidth } from "./write";

export interface SheetValues {
  name: string;
  values: CellValue[][];
}

/** A sheet as read: its values (trimmed to what the add-on reads), its look, and what was left out. */
export interface ReadSheet extends SheetModel {
  values: CellValue[][];
  /** One sentence each: cells beyond the columns with a header, or rows beyond the limit, not read. */
  leftOut: string[];
}

/** Rows read from one sheet at most: a plan has hundreds, a big city a few tens of thousands. */
export const MAX_ROWS = 200_000;
/** Columns read at most, whatever the header row says. */
export const MAX_COLUMNS = 200;
/** Rows whose width sets the columns read: the header, or a title block and a table's header. */
const HEADER_ROWS = 20;
/** A cell of Google Sheets holds at most this many characters. */
export const MAX_CELL_CHARACTERS = 50_000;

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

/** Why a file could not be opened, in one sentence. */
export function openFailure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `Không tìm thấy tệp "${file}": hãy kiểm tra lại tên và thư mục của tệp.`;
    case "EISDIR":
      return `"${file}" là một thư mục, không phải tệp bảng tính: hãy chỉ ra tệp .xlsx bên trong.`;
    case "EACCES":
    case "EPERM":
      return `Không có quyền đọc tệp "${file}": hãy chép tệp sang thư mục của bạn hoặc xin quyền đọc.`;
    case "EBUSY":
      return `Tệp "${file}" đang được một chương trình khác giữ: hãy đóng tệp trong Excel rồi chạy lại.`;
    default:
      return `Không mở được tệp "${file}" (${code ?? "lỗi không rõ"}).`;
  }
}

export async function readWorkbookFile(path: string): Promise<ReadSheet[]> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new WorkbookReadError(openFailure(file, error));
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
  const lists = listSheetValues(workbook);
  const roles = sheetRoles(workbook);
  return workbook.worksheets
    .filter((sheet) => sheet.name !== LIST_SHEET_NAME)
    .map((sheet) => {
      const read = readSheet(sheet, lists);
      const role = roles.get(sheet.name);
      return role ? { ...read, role } : read;
    });
}

/** The add-on's roles written as defined names ("cadrePlan.report" → 'Báo cáo'!$A$1), by sheet name. */
function sheetRoles(workbook: ExcelJS.Workbook): Map<string, string> {
  const roles = new Map<string, string>();
  const model = (workbook.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> })
    .model;
  for (const { name, ranges } of model) {
    if (!name.startsWith(ROLE_NAME_PREFIX)) continue;
    const range = ranges[0] ?? "";
    const sheet = range
      .slice(0, range.lastIndexOf("!"))
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (sheet) roles.set(sheet, name.slice(ROLE_NAME_PREFIX.length));
  }
  return roles;
}

/** The print setup the writer gave a sheet, read back (A4, orientation, fit to width). */
function printOf(sheet: ExcelJS.Worksheet): PrintSetup | undefined {
  const setup = sheet.pageSetup;
  if (setup?.paperSize !== 9) return undefined;
  return {
    orientation: setup.orientation === "landscape" ? "landscape" : "portrait",
    fitWidth: Boolean(setup.fitToPage),
  };
}

/** The hidden sheet of dropdown lists that the writer makes, column by column. */
function listSheetValues(workbook: ExcelJS.Workbook): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const sheet = workbook.getWorksheet(LIST_SHEET_NAME);
  if (!sheet) return lists;
  sheet.eachRow((row) => {
    row.eachCell((cell, column) => {
      const letter = columnLetter(column);
      const list = lists.get(letter) ?? [];
      list.push(String(plainValue(cell.value) ?? ""));
      lists.set(letter, list);
    });
  });
  return lists;
}

function argb(colour: Partial<ExcelJS.Color> | undefined): string | null {
  const value = colour?.argb;
  return value && /^[0-9A-F]{8}$/i.test(value) ? `#${value.slice(2).toLowerCase()}` : null;
}

function validationOf(cell: ExcelJS.Cell, lists: Map<string, string[]>): ValidationRule | null {
  const rule = cell.dataValidation;
  if (!rule?.type) return null;
  const common = {
    strict: rule.errorStyle !== "warning" && rule.errorStyle !== "information",
    ...(rule.prompt ? { help: rule.prompt } : {}),
  };
  if (rule.type === "date") return { kind: "date", ...common };
  if (rule.type !== "list") return null;
  const formula = String(rule.formulae?.[0] ?? "");
  const inline = /^"(.*)"$/.exec(formula);
  if (inline) return { kind: "list", options: (inline[1] ?? "").split(","), ...common };
  const own = new RegExp(`^'?${LIST_SHEET_NAME}'?!\\$?([A-Z]+)\\$?\\d+:`).exec(formula);
  if (own) return { kind: "list", options: lists.get(own[1]!) ?? [], ...common };
  return formula ? { kind: "range", range: formula.replace(/\$/g, ""), ...common } : null;
}

/**
 * One sheet: values trimmed to the columns that have a header (the first non-empty row) and to
 * MAX_ROWS rows, so that a stray cell far away (XFD1048576) costs nothing; what is left out is
 * said in `leftOut`.
 */
function readSheet(sheet: ExcelJS.Worksheet, lists: Map<string, string[]>): ReadSheet {
  const name = sheet.name.normalize("NFC");
  const cells: Array<{ r: number; c: number; cell: ExcelJS.Cell; value: CellValue }> = [];
  // The width read: the widest of the first rows that hold values (the header and the title
  // block above a table), so that a stray cell far to the right costs nothing.
  const headerRows = new Set<number>();
  let headerWidth = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // Merged cells: only the top-left one carries the value, as in Sheets.
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainValue(cell.value);
      const styled = Boolean(
        cell.note || cell.dataValidation?.type || cell.fill || cell.font?.bold || cell.numFmt,
      );
      if (value === null && !styled) return;
      if (value !== null && (headerRows.has(rowNumber) || headerRows.size < HEADER_ROWS)) {
        headerRows.add(rowNumber);
        headerWidth = Math.max(headerWidth, column);
      }
      cells.push({ r: rowNumber - 1, c: column - 1, cell, value });
    });
  });
  const width = Math.min(Math.max(headerWidth, 1), MAX_COLUMNS);
  let rows = 0;
  const outside: string[] = [];
  let beyondRows = 0;
  for (const { r, c, value } of cells) {
    // Dropdowns and formats below the data are kept too (new rows typed there get them).
    if (value === null) {
      if (c < width && r < MAX_ROWS) rows = Math.max(rows, r + 1);
      continue;
    }
    if (c >= width) outside.push(`${columnLetter(c + 1)}${r + 1}`);
    else if (r >= MAX_ROWS) beyondRows++;
    else rows = Math.max(rows, r + 1);
  }
  const grid = <T>(): Array<Array<T | null>> =>
    Array.from({ length: rows }, () => new Array<T | null>(width).fill(null));
  const model = {
    values: grid<CellValue>(),
    formulas: grid<string>(),
    notes: grid<string>(),
    backgrounds: grid<string>(),
    fontColors: grid<string>(),
    bold: grid<boolean>(),
    numberFormats: grid<string>(),
    validations: grid<ValidationRule>(),
    wrap: grid<boolean>(),
  };
  for (const { r, c, cell, value } of cells) {
    if (r >= rows || c >= width) continue;
    if (typeof value === "string" && value.length > MAX_CELL_CHARACTERS) {
      throw new WorkbookReadError(
        `Trang "${name}", ô ${columnLetter(c + 1)}${r + 1} có ${value.length.toLocaleString("vi-VN")} ký tự, quá giới hạn ${MAX_CELL_CHARACTERS.toLocaleString("vi-VN")} ký tự một ô của Google Trang tính: hãy rút gọn ô đó rồi chạy lại.`,
      );
    }
    model.values[r]![c] = value;
    const formula = cell.formula;
    if (formula) model.formulas[r]![c] = `=${formula}`;
    if (typeof cell.note === "string" && cell.note) model.notes[r]![c] = cell.note;
    else if (cell.note && typeof cell.note === "object") {
      const texts = (cell.note as { texts?: Array<{ text: string }> }).texts ?? [];
      const text = texts.map((t) => t.text).join("");
      if (text) model.notes[r]![c] = text;
    }
    const fill = cell.fill as ExcelJS.FillPattern | undefined;
    if (fill?.type === "pattern" && fill.pattern === "solid") model.backgrounds[r]![c] = argb(fill.fgColor);
    model.fontColors[r]![c] = argb(cell.font?.color);
    if (cell.font?.bold) model.bold[r]![c] = true;
    if (cell.numFmt && cell.numFmt !== "General") model.numberFormats[r]![c] = cell.numFmt;
    model.validations[r]![c] = validationOf(cell, lists);
    if (cell.alignment?.wrapText) model.wrap[r]![c] = true;
  }
  const leftOut: string[] = [];
  if (outside.length > 0) {
    const far = outside.at(-1)!;
    leftOut.push(
      `Trang "${name}": ${outside.length} ô nằm ngoài các cột có tiêu đề (ví dụ ô ${far}) không được đọc và không có trong tệp kết quả.`,
    );
  }
  if (beyondRows > 0) {
    leftOut.push(
      `Trang "${name}": chỉ đọc ${MAX_ROWS.toLocaleString("vi-VN")} dòng đầu; ${beyondRows} ô ở các dòng sau không được đọc.`,
    );
  }
  const frozen = sheet.views?.find((v) => v.state === "frozen") as
    | { ySplit?: number; xSplit?: number }
    | undefined;
  const columnWidths = Array.from({ length: width }, (_, c) => {
    const w = sheet.getColumn(c + 1).width;
    return w ? pixelWidth(w) : null;
  });
  return {
    name,
    ...model,
    columnWidths,
    frozenRows: Math.min(frozen?.ySplit ?? 0, Math.max(rows, 1)),
    frozenColumns: Math.min(frozen?.xSplit ?? 0, width),
    ...(printOf(sheet) ? { print: printOf(sheet) } : {}),
    leftOut,
  } as ReadSheet;
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
