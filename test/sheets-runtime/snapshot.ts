// A plain, JSON-able picture of the spreadsheet: deep-equal two snapshots to prove a run changed
// nothing, or feed one to a file writer. Grids cover the used area (any set value, note, colour…).
import { columnLetters } from "./a1";
import { DEFAULT_NUMBER_FORMAT } from "./display";
import type { Border, CellValue, Layer } from "./grid";
import type { MemoryRange } from "./range";
import type { MemorySheet } from "./sheet";
import type { MemorySpreadsheet } from "./spreadsheet";
import type { MemoryDataValidation } from "./validation";

export type SnapshotValue = string | number | boolean | { date: string };

export interface ValidationSnapshot {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  hiddenGridlines: boolean;
  tabColor: string | null;
  /** Developer metadata on the sheet, as key = value, in the order added. */
  metadata: string[];
  /** Protections on the sheet: "SHEET" or "RANGE A1:B2", with " (warning only)". */
  protections: string[];
  /** Heights set on rows (row number → pixels). */
  rowHeights: Record<string, number>;
  /** Width of every column up to the used area's right edge (100 when never set). */
  columnWidths: number[];
  values: SnapshotValue[][];
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  fontStyles: string[][];
  fontSizes: number[][];
  fontFamilies: string[][];
  fontLines: string[][];
  numberFormats: string[][];
  horizontalAlignments: string[][];
  verticalAlignments: string[][];
  wrapStrategies: string[][];
  validations: Array<Array<ValidationSnapshot | null>>;
  borders: Array<Array<Border | null>>;
  merges: string[];
  /** Charts embedded in the sheet, in the order inserted. */
  charts: ChartSnapshot[];
}

export interface ChartSnapshot {
  id: number | null;
  type: string;
  /** "'Kết quả chỉ tiêu'!A3:A17" */
  ranges: string[];
  /** Anchor cell (A1) and offsets in pixels: "A40 +0+0". */
  position: string;
  options: Record<string, unknown>;
  numHeaders: number;
}

export interface SpreadsheetSnapshot {
  name: string;
  timeZone: string;
  activeSheet: string;
  /** Developer metadata on the spreadsheet itself, as key = value. */
  metadata: string[];
  sheets: SheetSnapshot[];
}

function grid<T, R>(
  layer: Layer<T>,
  rows: number,
  columns: number,
  show: (value: T | undefined) => R,
): R[][] {
  const out: R[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells = layer.rows[r];
    const line: R[] = [];
    for (let c = 0; c < columns; c++) line.push(show(cells?.[c]));
    out.push(line);
  }
  return out;
}

function plain(value: unknown): unknown {
  if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") {
    return { date: (value as Date).toISOString() };
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object" && value !== null && "getA1Notation" in value) {
    const range = value as MemoryRange;
    return `'${range.sheet.name}'!${range.getA1Notation()}`;
  }
  return value;
}

function validation(rule: object | undefined): ValidationSnapshot | null {
  if (!rule) return null;
  const { fields } = rule as MemoryDataValidation;
  return {
    criteria: fields.criteria ?? "",
    values: fields.values.map(plain),
    allowInvalid: fields.allowInvalid,
    helpText: fields.helpText,
  };
}

export function sheetSnapshot(sheet: MemorySheet): SheetSnapshot {
  const { cells } = sheet;
  const layers = cells.allLayers();
  const rows = Math.min(sheet.maxRows, Math.max(0, ...layers.map((l) => l.lastRow())));
  const columns = Math.min(sheet.maxColumns, Math.max(0, ...layers.map((l) => l.lastColumn())));
  const text = (standard: string) => (v: string | undefined) => v ?? standard;
  return {
    name: sheet.name,
    sheetId: sheet.id,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    hiddenGridlines: sheet.hiddenGridlines,
    tabColor: sheet.tabColor,
    metadata: sheet.spreadsheet.metadata.entries
      .filter((e) => e.sheet === sheet)
      .map((e) => `${e.key} = ${e.value ?? ""}`),
    protections: sheet.spreadsheet.protections
      .filter((p) => p.sheet === sheet)
      .map((p) => {
        const where = p.area
          ? `RANGE ${sheet.getRange(p.area.row, p.area.column, p.area.numRows, p.area.numColumns).getA1Notation()}`
          : "SHEET";
        return `${where}${p.warningOnly ? " (warning only)" : ""}`;
      }),
    rowHeights: Object.fromEntries(
      [...sheet.rowHeights].sort(([a], [b]) => a - b).map(([k, v]) => [String(k), v]),
    ),
    columnWidths: Array.from({ length: Math.max(columns, ...sheet.columnWidths.keys()) }, (_, i) =>
      sheet.getColumnWidth(i + 1),
    ),
    values: grid(cells.values, rows, columns, (v: CellValue | undefined) => plain(v ?? "") as SnapshotValue),
    formulas: grid(cells.formulas, rows, columns, text("")),
    notes: grid(cells.notes, rows, columns, text("")),
    backgrounds: grid(cells.backgrounds, rows, columns, text("#ffffff")),
    fontColors: grid(cells.fontColors, rows, columns, text("#000000")),
    fontWeights: grid(cells.fontWeights, rows, columns, text("normal")),
    fontStyles: grid(cells.fontStyles, rows, columns, text("normal")),
    fontSizes: grid(cells.fontSizes, rows, columns, (v) => v ?? 10),
    fontFamilies: grid(cells.fontFamilies, rows, columns, text("Arial")),
    fontLines: grid(cells.fontLines, rows, columns, text("none")),
    numberFormats: grid(cells.numberFormats, rows, columns, text(DEFAULT_NUMBER_FORMAT)),
    horizontalAlignments: grid(cells.horizontalAlignments, rows, columns, text("general")),
    verticalAlignments: grid(cells.verticalAlignments, rows, columns, text("bottom")),
    wrapStrategies: grid(cells.wrapStrategies, rows, columns, text("OVERFLOW")),
    validations: grid(cells.validations, rows, columns, validation),
    borders: grid(cells.borders, rows, columns, (b) => (b ? { ...b } : null)),
    merges: sheet.merges.map((m) => sheet.getRange(m.row, m.column, m.numRows, m.numColumns).getA1Notation()),
    charts: sheet.charts.map((chart) => ({
      id: chart.id,
      type: chart.type,
      ranges: chart.ranges.map((range) => plain(range) as string),
      position: `${columnLetters(chart.anchor.column)}${chart.anchor.row} +${chart.anchor.offsetX}+${chart.anchor.offsetY}`,
      options: Object.fromEntries([...chart.options].map(([key, value]) => [key, plain(value)])),
      numHeaders: chart.numHeaders,
    })),
  };
}

/** The whole spreadsheet as plain data (accepts the runtime or its spreadsheet). */
export function snapshot(
  source: { spreadsheet: MemorySpreadsheet } | MemorySpreadsheet,
): SpreadsheetSnapshot {
  const spreadsheet = "spreadsheet" in source ? source.spreadsheet : source;
  return {
    name: spreadsheet.name,
    timeZone: spreadsheet.timeZone,
    activeSheet: spreadsheet.activeSheet.name,
    metadata: spreadsheet.metadata.entries
      .filter((e) => e.sheet === null)
      .map((e) => `${e.key} = ${e.value ?? ""}`),
    sheets: spreadsheet.sheets.map(sheetSnapshot),
  };
}
