// A snapshot of the in-memory Sheets runtime (what the add-on left in the spreadsheet) turned
// into sheet models for the writer. Defaults (white, black, normal, the default number format)
// become "nothing there", so the file only carries what the add-on set.

import type { CellValue } from "../../shared/templates/types";
import type { SheetSnapshot, SnapshotValue, ValidationSnapshot } from "../../test/sheets-runtime/snapshot";
import type { HorizontalAlignment, SheetModel, ValidationRule } from "./model";

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

export function sheetModel(sheet: SheetSnapshot): SheetModel {
  return {
    name: sheet.name,
    values: mapGrid(sheet.values, cellValue),
    notes: mapGrid(sheet.notes, (note) => note || null),
    backgrounds: mapGrid(sheet.backgrounds, (colour) => (colour.toLowerCase() === "#ffffff" ? null : colour)),
    fontColors: mapGrid(sheet.fontColors, (colour) => (colour.toLowerCase() === "#000000" ? null : colour)),
    bold: mapGrid(sheet.fontWeights, (weight) => weight === "bold" || null),
    alignments: mapGrid(sheet.horizontalAlignments, (a) =>
      alignments.has(a.toLowerCase()) ? (a.toLowerCase() as HorizontalAlignment) : null,
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
  };
}
