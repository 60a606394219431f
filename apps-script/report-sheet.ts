// Sheets the add-on generates (target results, submission tracking) are rewritten whole on each
// run: built in a new sheet, then swapped in for the old one. Until the swap the old sheet is
// untouched, so a run that fails midway leaves nothing behind.
import type { CellValue } from "../shared/templates";
import type { Changes } from "./run";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A rectangle written with one call per property, starting at column A. */
export interface ReportBlock {
  row: number;
  values: CellValue[][];
  backgrounds?: Array<Array<string | null>>;
  fontColors?: Array<Array<string | null>>;
  fontWeights?: Array<Array<"bold" | "normal" | null>>;
  numberFormats?: string[][];
}

export interface ReportSheet {
  name: string;
  frozenRows: number;
  columnWidths: number[];
  blocks: ReportBlock[];
}

/**
 * Grows a sheet so that rows × columns fit (writing outside a sheet's grid is an error).
 * With `changes`, a failed run deletes the rows and columns added here.
 */
export function ensureSize(sheet: Sheet, rows: number, columns: number, changes?: Changes): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) {
    sheet.insertRowsAfter(maxRows, rows - maxRows);
    changes?.onUndo(() => sheet.deleteRows(maxRows + 1, rows - maxRows));
  }
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    changes?.onUndo(() => sheet.deleteColumns(maxColumns + 1, columns - maxColumns));
  }
}

function writeBlock(sheet: Sheet, block: ReportBlock): void {
  const height = block.values.length;
  const width = block.values[0]?.length ?? 0;
  if (height === 0 || width === 0) return;
  const range = sheet.getRange(block.row, 1, height, width);
  if (block.numberFormats) range.setNumberFormats(block.numberFormats);
  range.setValues(block.values);
  if (block.backgrounds) range.setBackgrounds(block.backgrounds);
  if (block.fontColors) range.setFontColors(block.fontColors);
  if (block.fontWeights) range.setFontWeights(block.fontWeights);
}

const writingLabel = "đang ghi";
const oldLabel = "cũ";

/**
 * Sheets left by a run that Apps Script stopped midway (past its 6-minute limit no undo runs):
 * "<name> (đang ghi 1732850000000)" and "<name> (cũ 1732850000000)". Only this add-on makes them.
 */
function deleteLeftovers(spreadsheet: Spreadsheet, name: string): void {
  const prefix = `${name} (`;
  const leftover = new RegExp(`^\\((?:${writingLabel}|${oldLabel}) \\d+\\)$`);
  for (const sheet of spreadsheet.getSheets()) {
    const sheetName = sheet.getName();
    if (sheetName.startsWith(prefix) && leftover.test(sheetName.slice(name.length + 1)))
      spreadsheet.deleteSheet(sheet);
  }
}

/** Writes the report into a fresh sheet and puts it in place of the old one (same position). */
export function replaceReportSheet(spreadsheet: Spreadsheet, report: ReportSheet, changes: Changes): Sheet {
  deleteLeftovers(spreadsheet, report.name);
  const old = spreadsheet.getSheetByName(report.name);
  const active = spreadsheet.getActiveSheet();
  changes.onUndo(() => active?.activate());

  const position = old ? old.getIndex() - 1 : spreadsheet.getNumSheets();
  const temporaryName = `${report.name} (${writingLabel} ${Date.now()})`;
  const sheet = spreadsheet.insertSheet(temporaryName, position);
  changes.onUndo(() => spreadsheet.deleteSheet(sheet));

  const rows = Math.max(1, ...report.blocks.map((b) => b.row + b.values.length - 1));
  const columns = Math.max(report.columnWidths.length, ...report.blocks.map((b) => b.values[0]?.length ?? 0));
  ensureSize(sheet, rows, columns);
  for (const block of report.blocks) writeBlock(sheet, block);
  if (report.frozenRows > 0) sheet.setFrozenRows(report.frozenRows);
  report.columnWidths.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });

  if (old) {
    const oldName = old.getName();
    old.setName(`${report.name} (${oldLabel} ${Date.now()})`);
    changes.onUndo(() => old.setName(oldName));
  }
  sheet.setName(report.name);
  changes.onUndo(() => sheet.setName(temporaryName));
  if (old) spreadsheet.deleteSheet(old);
  return sheet;
}
