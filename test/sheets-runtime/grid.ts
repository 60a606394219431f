// Sparse cell storage for one sheet: one layer per attribute (values, notes, backgrounds…), each a
// list of rows created on first write. `undefined` means "as a new cell" (empty, default format).
// Coordinates here are 0-based.

export type CellValue = string | number | boolean | Date;

export class Layer<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value;
  }

  clearArea(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows && r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      for (let c = column; c < column + numColumns && c < cells.length; c++) cells[c] = undefined;
    }
  }

  insertRows(before: number, count: number): void {
    if (before < this.rows.length) this.rows.splice(before, 0, ...new Array<undefined>(count));
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start, count);
  }

  insertColumns(before: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && before < cells.length) cells.splice(before, 0, ...new Array<undefined>(count));
    }
  }

  deleteColumns(start: number, count: number): void {
    for (const cells of this.rows) cells?.splice(start, count);
  }

  /** 1-based number of the last row holding a set cell (0 when none). */
  lastRow(isSet: (value: T | undefined) => boolean = isDefined): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const cells = this.rows[r];
      if (cells?.some(isSet)) return r + 1;
    }
    return 0;
  }

  /** 1-based number of the last column holding a set cell (0 when none). */
  lastColumn(isSet: (value: T | undefined) => boolean = isDefined): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c >= last; c--) {
        if (isSet(cells[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
}

function isDefined(value: unknown): boolean {
  return value !== undefined;
}

/** A cell holds content when it has a value other than "" (or a formula). */
export function hasContent(value: unknown): boolean {
  return value !== undefined && value !== "";
}

export interface Border {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

/** Every attribute layer of a sheet. */
export class SheetCells {
  readonly values = new Layer<CellValue>();
  readonly formulas = new Layer<string>();
  readonly notes = new Layer<string>();
  readonly backgrounds = new Layer<string>();
  readonly fontColors = new Layer<string>();
  readonly fontWeights = new Layer<string>();
  readonly fontStyles = new Layer<string>();
  readonly fontSizes = new Layer<number>();
  readonly fontFamilies = new Layer<string>();
  readonly fontLines = new Layer<string>();
  readonly numberFormats = new Layer<string>();
  readonly horizontalAlignments = new Layer<string>();
  readonly verticalAlignments = new Layer<string>();
  readonly wrapStrategies = new Layer<string>();
  readonly validations = new Layer<object>();
  readonly borders = new Layer<Border>();

  /** Layers cleared by Range.clearFormat(). */
  formatLayers(): Layer<unknown>[] {
    return [
      this.backgrounds,
      this.fontColors,
      this.fontWeights,
      this.fontStyles,
      this.fontSizes,
      this.fontFamilies,
      this.fontLines,
      this.numberFormats,
      this.horizontalAlignments,
      this.verticalAlignments,
      this.wrapStrategies,
      this.borders,
    ] as Layer<unknown>[];
  }

  allLayers(): Layer<unknown>[] {
    return [
      this.values,
      this.formulas,
      this.notes,
      this.validations,
      ...this.formatLayers(),
    ] as Layer<unknown>[];
  }
}
