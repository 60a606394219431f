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

export interface SheetModel {
  name: string;
  values: Grid<CellValue>;
  notes?: Grid<string>;
  /** "#rrggbb" */
  backgrounds?: Grid<string>;
  /** "#rrggbb" */
  fontColors?: Grid<string>;
  bold?: Grid<boolean>;
  alignments?: Grid<HorizontalAlignment>;
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
}

/** The hidden sheet holding dropdown lists; never a sheet of the plan, so the reader skips it. */
export const LIST_SHEET_NAME = "Danh mục chọn";
