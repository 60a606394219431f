// What the writer puts in a workbook, independent of where it comes from (a snapshot of the
// in-memory Sheets runtime). Grids are row-major, 0-based; a missing or null entry means
// "nothing there" (the default look).
import type { CellValue } from "../../shared/templates/types";

export type Grid<T> = ReadonlyArray<ReadonlyArray<T | null | undefined> | undefined>;

/** A dropdown or check on a cell; `strict` rejects other values, otherwise they get a warning. */
export type ValidationRule = (
  | { kind: "list"; options: readonly string[] }
  /** A list taken from cells, e.g. "'Cài đặt'!B2:B9". */
  | { kind: "range"; range: string }
  | { kind: "date" }
) & { strict: boolean; help?: string };

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "middle" | "bottom";

/** How a sheet prints: A4, this orientation, scaled to the page's width or not. */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  fitWidth: boolean;
}

export interface SheetModel {
  name: string;
  values: Grid<CellValue>;
  /** Formulas as Sheets writes them ("=SUM(A1:A9)"); the value beside is their last result. */
  formulas?: Grid<string>;
  notes?: Grid<string>;
  /** "#rrggbb" */
  backgrounds?: Grid<string>;
  /** "#rrggbb" */
  fontColors?: Grid<string>;
  bold?: Grid<boolean>;
  italic?: Grid<boolean>;
  underline?: Grid<boolean>;
  /** Points. */
  fontSizes?: Grid<number>;
  fontFamilies?: Grid<string>;
  alignments?: Grid<HorizontalAlignment>;
  verticalAlignments?: Grid<VerticalAlignment>;
  /** Thin borders all round the cell. */
  borders?: Grid<boolean>;
  wrap?: Grid<boolean>;
  /** Sheets/Excel pattern such as "dd/mm/yyyy", "@" or "0%". */
  numberFormats?: Grid<string>;
  validations?: Grid<ValidationRule>;
  /** A1 ranges, e.g. "A1:I1". */
  merges?: readonly string[];
  frozenRows?: number;
  frozenColumns?: number;
  hidden?: boolean;
  /** Pixels, as Sheets measures them; index 0 is column A. */
  columnWidths?: ReadonlyArray<number | null | undefined>;
  /** Pixels, by 1-based row number; rows not named fit their content. */
  rowHeights?: Readonly<Record<string, number>>;
  hideGridlines?: boolean;
  /** Print setup; the frozen rows are repeated at the top of each page. */
  print?: PrintSetup;
  /** The sheet the workbook opens on. */
  active?: boolean;
  /** The add-on's role for the sheet ("targetResults", "cadres"…), kept in the file as a defined name. */
  role?: string;
}

/** Defined names that carry the add-on's marks through a file: "cadrePlan.targetResults" → the sheet. */
export const ROLE_NAME_PREFIX = "cadrePlan.";

/** The hidden sheet holding dropdown lists; never a sheet of the plan, so the reader skips it. */
export const LIST_SHEET_NAME = "Danh mục chọn";
