// Puts a workbook's sheets into the in-memory Sheets runtime as the user has them: values, and
// what the file holds on the cells (formulas, notes, colours, bold, formats, dropdowns, widths,
// frozen rows), so that the workbook written after the run still has them. Set-up: not counted.
import type { CellValue } from "../../shared/templates/types";
import type { SheetsRuntime } from "../../test/sheets-runtime/index";
import type { MemorySheet } from "../../test/sheets-runtime/sheet";
import { MemoryDataValidation } from "../../test/sheets-runtime/validation";
import type { Grid, SheetModel, ValidationRule } from "../xlsx/model";

/** A sheet of the user's workbook: its values, and its look when it comes from a file. */
export interface SheetInput extends Partial<Omit<SheetModel, "name" | "values">> {
  name: string;
  values: CellValue[][];
}

function dense<T>(grid: Grid<T> | undefined, rows: number, columns: number, fallback: T): T[][] | null {
  if (!grid?.some((row) => row?.some((v) => v !== null && v !== undefined))) return null;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => grid[r]?.[c] ?? fallback),
  );
}

function rule(
  runtime: SheetsRuntime,
  validation: ValidationRule | null | undefined,
): MemoryDataValidation | null {
  if (!validation) return null;
  const realm = runtime.spreadsheet.env.realm;
  const common = { allowInvalid: !validation.strict, helpText: validation.help ?? "" };
  if (validation.kind === "date")
    return new MemoryDataValidation(realm, { criteria: "DATE_IS_VALID_DATE", values: [], ...common });
  if (validation.kind === "list")
    return new MemoryDataValidation(realm, {
      criteria: "VALUE_IN_LIST",
      values: [[...validation.options], true],
      ...common,
    });
  return new MemoryDataValidation(realm, {
    criteria: "VALUE_IN_RANGE",
    values: [validation.range, true],
    ...common,
  });
}

function applyLook(runtime: SheetsRuntime, sheet: MemorySheet, input: SheetInput): void {
  const rows = input.values.length;
  const columns = input.values.reduce((n, row) => Math.max(n, row.length), 0);
  if (rows > 0 && columns > 0) {
    const range = sheet.getRange(1, 1, rows, columns);
    const notes = dense(input.notes, rows, columns, "");
    if (notes) range.setNotes(notes);
    const backgrounds = dense(input.backgrounds, rows, columns, null as string | null);
    if (backgrounds) range.setBackgrounds(backgrounds);
    const fontColors = dense(input.fontColors, rows, columns, null as string | null);
    if (fontColors) range.setFontColors(fontColors);
    const bold = dense(input.bold, rows, columns, false);
    if (bold) range.setFontWeights(bold.map((row) => row.map((b) => (b ? "bold" : null))));
    const formats = dense(input.numberFormats, rows, columns, null as string | null);
    if (formats) range.setNumberFormats(formats);
    const wraps = dense(input.wrap, rows, columns, false);
    if (wraps) range.setWraps(wraps);
    const validations = dense(input.validations, rows, columns, null as ValidationRule | null);
    if (validations) range.setDataValidations(validations.map((row) => row.map((v) => rule(runtime, v))));
    if (input.formulas) runtime.setSheetFormulas(input.name, input.formulas as Array<Array<string | null>>);
  }
  (input.columnWidths ?? []).forEach((width, i) => {
    if (width && i < sheet.getMaxColumns()) sheet.setColumnWidth(i + 1, width);
  });
  if (input.frozenRows) sheet.setFrozenRows(input.frozenRows);
  if (input.frozenColumns) sheet.setFrozenColumns(input.frozenColumns);
  // The add-on's marks, kept in the file by the writer, come back as the developer metadata they were.
  if (input.role) sheet.addDeveloperMetadata("cadrePlan.sheet", `${input.role}#${sheet.getSheetId()}`);
  if (input.print) {
    const { orientation, fitWidth } = input.print;
    sheet.addDeveloperMetadata("cadrePlan.print", `A4 ${orientation}${fitWidth ? " fit-width" : ""}`);
  }
}

/** Loads the sheets, in order; the new spreadsheet's own blank sheet goes when it is not one of them. */
export function loadSheets(runtime: SheetsRuntime, sheets: readonly SheetInput[]): void {
  const blank = runtime.spreadsheet.sheets[0];
  for (const input of sheets) {
    runtime.setSheetValues(input.name, input.values);
    applyLook(runtime, runtime.spreadsheet.getSheetByName(input.name)!, input);
  }
  if (blank && sheets.length > 0 && !sheets.some((s) => s.name === blank.name)) {
    runtime.spreadsheet.deleteSheet(blank);
  }
}

/**
 * Types values into sheets that already exist (made from the templates), as a person fills a new
 * plan: every value written, the sheets' look kept.
 */
export function typeValues(runtime: SheetsRuntime, sheets: readonly SheetInput[]): void {
  for (const input of sheets) {
    const sheet = runtime.spreadsheet.getSheetByName(input.name);
    if (!sheet) {
      runtime.setSheetValues(input.name, input.values);
      continue;
    }
    sheet.clearContents();
    const width = input.values.reduce((n, row) => Math.max(n, row.length), 0);
    if (input.values.length === 0 || width === 0) continue;
    sheet._ensureSize(input.values.length, width);
    const rows = input.values.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill("")]);
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
  }
}
