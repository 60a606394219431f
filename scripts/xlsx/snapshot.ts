// A snapshot of the in-memory Sheets runtime (what the add-on left in the spreadsheet) turned
// into sheet models for the writer. Defaults (white, black, normal, the default number format)
// become "nothing there", so the file only carries what the add-on set.

import type { CellValue } from "../../shared/templates/types";
import type {
  SheetSnapshot,
  SnapshotValue,
  SpreadsheetSnapshot,
  ValidationSnapshot,
} from "../../test/sheets-runtime/snapshot";
import type { HorizontalAlignment, PrintSetup, SheetModel, ValidationRule, VerticalAlignment } from "./model";

/** The runtime's number format for cells never formatted ("automatic" in Sheets). */
const DEFAULT_NUMBER_FORMAT = "0.###############";

function mapGrid<T, R>(grid: T[][], map: (value: T) => R | null): (R | null)[][] {
  return grid.map((row) => row.map(map));
}

export function cellValue(value: SnapshotValue): CellValue {
  if (typeof value === "object" && value !== null) return new Date(value.date);
  return value === "" ? null : value;
}

export function validationRule(snapshot: ValidationSnapshot | null): ValidationRule | null {
  if (!snapshot) return null;
  const common = {
    strict: !snapshot.allowInvalid,
    ...(snapshot.helpText ? { help: snapshot.helpText } : {}),
  };
  const [first] = snapshot.values;
  switch (snapshot.criteria) {
    case "VALUE_IN_LIST":
      return Array.isArray(first) ? { kind: "list", options: first.map(String), ...common } : null;
    case "VALUE_IN_RANGE":
      return typeof first === "string" ? { kind: "range", range: first, ...common } : null;
    case "DATE_IS_VALID_DATE":
      return { kind: "date", ...common };
    default:
      // Other checks (numbers, e-mail, checkboxes) are not carried over; the data stays as is.
      return null;
  }
}

const alignments = new Set(["left", "center", "right"]);
const verticals = new Set(["top", "middle", "bottom"]);

/** The print setup the add-on keeps on a sheet ("cadrePlan.print = A4 landscape fit-width"). */
export function printSetup(metadata: readonly string[]): PrintSetup | undefined {
  const entry = metadata.find((m) => m.startsWith("cadrePlan.print = "));
  if (!entry) return undefined;
  const value = entry.slice("cadrePlan.print = ".length);
  return {
    orientation: value.includes("landscape") ? "landscape" : "portrait",
    fitWidth: value.includes("fit-width"),
  };
}

/** Every sheet of a snapshot, the active one marked so that the workbook opens on it. */
export function workbookModels(shot: SpreadsheetSnapshot): SheetModel[] {
  return shot.sheets.map((sheet) => ({ ...sheetModel(sheet), active: sheet.name === shot.activeSheet }));
}

/** The add-on's mark on the sheet ("cadrePlan.sheet = report#123", the id being the sheet's own). */
export function sheetRole(sheet: SheetSnapshot): string | undefined {
  for (const entry of sheet.metadata) {
    const match = /^cadrePlan\.sheet = ([^#]+)#(\d+)$/.exec(entry);
    if (match && Number(match[2]) === sheet.sheetId) return match[1];
  }
  return undefined;
}

export function sheetModel(sheet: SheetSnapshot): SheetModel {
  const print = printSetup(sheet.metadata);
  const role = sheetRole(sheet);
  return {
    name: sheet.name,
    values: mapGrid(sheet.values, cellValue),
    formulas: mapGrid(sheet.formulas, (formula) => formula || null),
    notes: mapGrid(sheet.notes, (note) => note || null),
    backgrounds: mapGrid(sheet.backgrounds, (colour) => (colour.toLowerCase() === "#ffffff" ? null : colour)),
    fontColors: mapGrid(sheet.fontColors, (colour) => (colour.toLowerCase() === "#000000" ? null : colour)),
    bold: mapGrid(sheet.fontWeights, (weight) => weight === "bold" || null),
    italic: mapGrid(sheet.fontStyles, (style) => style === "italic" || null),
    underline: mapGrid(sheet.fontLines, (line) => line === "underline" || null),
    fontSizes: mapGrid(sheet.fontSizes, (size) => (size === 10 ? null : size)),
    fontFamilies: mapGrid(sheet.fontFamilies, (family) => (family === "Arial" ? null : family)),
    alignments: mapGrid(sheet.horizontalAlignments, (a) =>
      alignments.has(a.toLowerCase()) ? (a.toLowerCase() as HorizontalAlignment) : null,
    ),
    verticalAlignments: mapGrid(sheet.verticalAlignments, (a) =>
      verticals.has(a.toLowerCase()) ? (a.toLowerCase() as VerticalAlignment) : null,
    ),
    borders: mapGrid(sheet.borders, (border) =>
      border && (border.top || border.left || border.bottom || border.right) ? true : null,
    ),
    wrap: mapGrid(sheet.wrapStrategies, (strategy) => strategy === "WRAP" || null),
    numberFormats: mapGrid(sheet.numberFormats, (format) =>
      format === DEFAULT_NUMBER_FORMAT ? null : format,
    ),
    validations: mapGrid(sheet.validations, validationRule),
    merges: sheet.merges,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    hideGridlines: sheet.hiddenGridlines,
    ...(print ? { print } : {}),
    ...(role ? { role } : {}),
  };
}
