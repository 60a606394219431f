// Write sheet models to an .xlsx with exceljs: values, colours, bold, alignment, notes (as
// comments), dropdowns and date checks, number formats, merges, frozen panes and column widths.
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { type CellValue, columnLetter } from "../../shared/templates/types";
import { toExcelDate } from "./dates";
import { type Grid, LIST_SHEET_NAME, ROLE_NAME_PREFIX, type SheetModel, type ValidationRule } from "./model";

export const DATE_FORMAT = "dd/mm/yyyy";

/** exceljs keeps range validations here; its type declarations leave the property out. */
interface WithRangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export async function writeWorkbookFile(sheets: readonly SheetModel[], path: string): Promise<void> {
  const workbook = buildWorkbook(sheets);
  const bytes = await workbook.xlsx.writeBuffer();
  await writeFile(path, new Uint8Array(bytes as ArrayBuffer));
}

export function buildWorkbook(sheets: readonly SheetModel[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch công tác cán bộ";
  const lists = new ListSheet(workbook);
  for (const model of sheets) writeSheet(workbook.addWorksheet(model.name), model, lists);
  lists.finish();
  for (const model of sheets) {
    if (model.role)
      workbook.definedNames.add(
        `'${model.name.replace(/'/g, "''")}'!$A$1`,
        `${ROLE_NAME_PREFIX}${model.role}`,
      );
  }
  const active = sheets.findIndex((s) => s.active);
  if (active >= 0) {
    workbook.views = [
      { x: 0, y: 0, width: 12000, height: 9000, firstSheet: 0, activeTab: active, visibility: "visible" },
    ];
  }
  return workbook;
}

/** Sheets' print margins of a Đoàn document, in inches: 2 cm top and bottom, 3 cm left, 1.5 cm right. */
const margins = { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 };

function setPrint(sheet: ExcelJS.Worksheet, model: SheetModel): void {
  if (!model.print) return;
  const frozen = model.frozenRows ?? 0;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: model.print.orientation,
    fitToPage: model.print.fitWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins,
    horizontalCentered: true,
    ...(frozen > 0 ? { printTitlesRow: `1:${frozen}` } : {}),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: "&C&P/&N" };
}

function writeSheet(sheet: ExcelJS.Worksheet, model: SheetModel, lists: ListSheet): void {
  if (model.hidden) sheet.state = "hidden";
  const frozenRows = model.frozenRows ?? 0;
  const frozenColumns = model.frozenColumns ?? 0;
  const gridlines = model.hideGridlines ? { showGridLines: false } : {};
  if (frozenRows > 0 || frozenColumns > 0) {
    sheet.views = [{ state: "frozen", ySplit: frozenRows, xSplit: frozenColumns, ...gridlines }];
  } else if (model.hideGridlines) {
    sheet.views = [{ state: "normal", showGridLines: false }];
  }
  setPrint(sheet, model);
  for (const [index, width] of (model.columnWidths ?? []).entries()) {
    if (width) sheet.getColumn(index + 1).width = excelWidth(width);
  }
  for (const [row, pixels] of Object.entries(model.rowHeights ?? {})) {
    // Excel measures rows in points: 3/4 of a pixel.
    sheet.getRow(Number(row)).height = Math.round(pixels * 0.75 * 100) / 100;
  }
  for (const [row, points] of wrappedRowHeights(model)) sheet.getRow(row).height = points;
  eachCell(model.values, (r, c, value) => {
    if (value === "") return;
    const cell = sheet.getCell(r + 1, c + 1);
    cell.value = value instanceof Date ? toExcelDate(value) : value;
    // A date left in the automatic format is shown as staff write dates.
    if (value instanceof Date) cell.numFmt = DATE_FORMAT;
  });
  eachCell(model.formulas, (r, c, formula) => {
    if (!formula) return;
    const cell = sheet.getCell(r + 1, c + 1);
    const result = model.values[r]?.[c];
    cell.value = {
      formula: formula.replace(/^=/, ""),
      ...(result !== null && result !== undefined && result !== "" ? { result: excelResult(result) } : {}),
    } as ExcelJS.CellFormulaValue;
  });
  // Without weights given, a frozen header row is bold.
  const bold: Grid<boolean> =
    model.bold ?? Array.from({ length: frozenRows }, (_, r) => (model.values[r] ?? []).map(() => true));
  eachCell(bold, (r, c, isBold) => {
    if (isBold) sheet.getCell(r + 1, c + 1).font = { bold: true };
  });
  const font = (r: number, c: number, change: Partial<ExcelJS.Font>) => {
    const cell = sheet.getCell(r + 1, c + 1);
    cell.font = { ...cell.font, ...change };
  };
  eachCell(model.italic, (r, c, italic) => {
    if (italic) font(r, c, { italic: true });
  });
  eachCell(model.underline, (r, c, underline) => {
    if (underline) font(r, c, { underline: true });
  });
  eachCell(model.fontSizes, (r, c, size) => font(r, c, { size }));
  eachCell(model.fontFamilies, (r, c, name) => font(r, c, { name }));
  eachCell(model.fontColors, (r, c, colour) => {
    const argb = toArgb(colour);
    if (argb && argb !== "FF000000") {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.font = { ...cell.font, color: { argb } };
    }
  });
  eachCell(model.backgrounds, (r, c, colour) => {
    const argb = toArgb(colour);
    if (argb && argb !== "FFFFFFFF") {
      sheet.getCell(r + 1, c + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
    }
  });
  eachCell(model.alignments, (r, c, horizontal) => {
    const cell = sheet.getCell(r + 1, c + 1);
    cell.alignment = { ...cell.alignment, horizontal };
  });
  eachCell(model.verticalAlignments, (r, c, vertical) => {
    const cell = sheet.getCell(r + 1, c + 1);
    cell.alignment = { ...cell.alignment, vertical };
  });
  eachCell(model.wrap, (r, c, wrapText) => {
    if (!wrapText) return;
    const cell = sheet.getCell(r + 1, c + 1);
    cell.alignment = { vertical: "top", ...cell.alignment, wrapText: true };
  });
  const thin = { style: "thin" as const, color: { argb: "FF000000" } };
  eachCell(model.borders, (r, c, bordered) => {
    if (bordered) sheet.getCell(r + 1, c + 1).border = { top: thin, left: thin, bottom: thin, right: thin };
  });
  eachCell(model.numberFormats, (r, c, format) => {
    if (format && format !== "General") sheet.getCell(r + 1, c + 1).numFmt = format;
  });
  eachCell(model.notes, (r, c, note) => {
    if (note) sheet.getCell(r + 1, c + 1).note = note;
  });
  for (const range of model.merges ?? []) sheet.mergeCells(range);
  writeValidations(sheet, model.validations, lists);
}

function excelResult(value: CellValue): ExcelJS.CellValue {
  return value instanceof Date ? toExcelDate(value) : (value as ExcelJS.CellValue);
}

/**
 * Heights, in points, of rows whose wrapped text needs more than one line. Sheets fits such rows
 * by itself; a file opened in LibreOffice (and printed from it) keeps the heights it is given, so
 * they are estimated here from the text, the column's width and the font size. Rows with a height
 * of their own, and merged cells, are left as they are.
 */
export function wrappedRowHeights(model: SheetModel): Map<number, number> {
  const heights = new Map<number, number>();
  const merged = new Set<string>();
  for (const range of model.merges ?? []) {
    const [from, to = from] = range.split(":");
    const a = /^([A-Z]+)(\d+)$/.exec(from!);
    const b = /^([A-Z]+)(\d+)$/.exec(to!);
    if (!a || !b) continue;
    for (let r = Number(a[2]); r <= Number(b[2]); r++) {
      for (let c = columnNumber(a[1]!); c <= columnNumber(b[1]!); c++) merged.add(`${r}:${c}`);
    }
  }
  eachCell(model.wrap, (r, c, wraps) => {
    if (!wraps || model.rowHeights?.[String(r + 1)] || merged.has(`${r + 1}:${c + 1}`)) return;
    const text = String(model.values[r]?.[c] ?? "");
    if (!text) return;
    const points = model.fontSizes?.[r]?.[c] ?? 10;
    const pixels = model.columnWidths?.[c] ?? 100;
    // A character of Vietnamese text: about 0.42 em in Times New Roman, 0.5 em in Arial; a line 1.2 em.
    const em = /times/i.test(model.fontFamilies?.[r]?.[c] ?? "") ? 0.42 : 0.5;
    const perLine = Math.max(1, Math.floor((pixels - 6) / (points * (4 / 3) * em)));
    const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    if (lines < 2) return;
    const height = Math.ceil(lines * points * 1.2 + 4);
    heights.set(r + 1, Math.max(heights.get(r + 1) ?? 0, height));
  });
  return heights;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Excel caps a validation's prompt and message at 255 characters. */
function clip(text: string, max = 255): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function excelValidation(rule: ValidationRule, lists: ListSheet): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.strict ? "stop" : "warning",
    ...(rule.help ? { showInputMessage: true, prompt: clip(rule.help) } : {}),
  };
  if (rule.kind === "date") {
    return {
      ...common,
      type: "date",
      operator: "greaterThan",
      formulae: [new Date(Date.UTC(1899, 11, 31))],
      errorTitle: "Không phải ngày",
      error: "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 25/12/2024.",
    };
  }
  const formula = rule.kind === "list" ? lists.rangeFor(rule.options) : rule.range;
  if (!formula) return null;
  return {
    ...common,
    type: "list",
    formulae: [formula],
    errorTitle: "Giá trị không có trong danh sách",
    error: "Hãy chọn một giá trị trong danh sách thả xuống.",
  };
}

/** One range per run of equal rules down a column, so the file stays small. */
function writeValidations(
  sheet: ExcelJS.Worksheet,
  grid: Grid<ValidationRule> | undefined,
  lists: ListSheet,
): void {
  if (!grid) return;
  const width = Math.max(0, ...grid.map((row) => row?.length ?? 0));
  const ranges = (sheet as unknown as WithRangeValidations).dataValidations;
  for (let c = 0; c < width; c++) {
    let start = 0;
    while (start < grid.length) {
      const rule = grid[start]?.[c];
      const key = ruleKey(rule);
      let end = start + 1;
      while (end < grid.length && ruleKey(grid[end]?.[c]) === key) end++;
      const validation = rule ? excelValidation(rule, lists) : null;
      if (validation) {
        const column = columnLetter(c + 1);
        ranges.add(`${column}${start + 1}:${column}${end}`, validation);
      }
      start = end;
    }
  }
}

function ruleKey(rule: ValidationRule | null | undefined): string {
  return rule ? JSON.stringify(rule) : "";
}

/**
 * Dropdown lists live on a hidden sheet: an inline list cannot hold commas ("Phường, xã") nor
 * more than 255 characters.
 */
class ListSheet {
  private readonly columns = new Map<string, { column: number; options: readonly string[] }>();
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  rangeFor(options: readonly string[]): string | null {
    if (options.length === 0) return null;
    const key = JSON.stringify(options);
    let entry = this.columns.get(key);
    if (!entry) {
      entry = { column: this.columns.size + 1, options };
      this.columns.set(key, entry);
    }
    const column = columnLetter(entry.column);
    return `'${LIST_SHEET_NAME}'!$${column}$1:$${column}$${options.length}`;
  }

  finish(): void {
    if (this.columns.size === 0) return;
    const sheet = this.workbook.addWorksheet(LIST_SHEET_NAME, { state: "veryHidden" });
    for (const { column, options } of this.columns.values()) {
      options.forEach((option, row) => {
        sheet.getCell(row + 1, column).value = option;
      });
    }
  }
}

function eachCell<T>(
  grid: Grid<T> | undefined,
  visit: (row: number, column: number, value: T) => void,
): void {
  if (!grid) return;
  grid.forEach((row, r) => {
    row?.forEach((value, c) => {
      if (value !== null && value !== undefined) visit(r, c, value);
    });
  });
}

/** "#1e8e3e" or "#fff" → "FF1E8E3E"; anything else (a colour name) → undefined. */
export function toArgb(colour: string): string | undefined {
  const hex = colour.trim().replace(/^#/, "");
  if (/^[0-9a-f]{6}$/i.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9a-f]{3}$/i.test(hex))
    return `FF${[...hex]
      .map((d) => d + d)
      .join("")
      .toUpperCase()}`;
  return undefined;
}

/** Sheets measures columns in pixels, Excel in characters of about 7 pixels plus padding. */
export function excelWidth(pixels: number): number {
  return Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}

/** Pixels back from an Excel width (the inverse of excelWidth). */
export function pixelWidth(width: number): number {
  return Math.round(width * 7 + 5);
}
