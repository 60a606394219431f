// Sheet: one tab of the spreadsheet, 1000 rows × 26 columns when new, as in Google Sheets.
import { type GridArea, overlaps, parseA1, splitSheetName } from "./a1";
import {
  type ChartSpec,
  copySpec,
  MemoryEmbeddedChart,
  MemoryEmbeddedChartBuilder,
  newSpec,
  shiftAnchor,
} from "./charts";
import { KIND, rawOf, type Service, serviceList } from "./counting";
import type { Env } from "./env";
import { hasContent, SheetCells } from "./grid";
import { MemoryDeveloperMetadata, MemoryDeveloperMetadataFinder } from "./metadata";
import { blockedBy, type MemoryProtection, PROTECTED_MESSAGE, protect, protectionsOf } from "./protection";
import { type ClearOptions, MemoryRange, normalizeColor } from "./range";
import { MemoryRangeList } from "./range-list";
import { renameReferences } from "./references";
import type { MemorySpreadsheet } from "./spreadsheet";

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export class MemorySheet implements Service {
  readonly [KIND] = "Sheet";
  readonly cells = new SheetCells();
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  hiddenGridlines = false;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly merges: Area[] = [];
  /** Charts embedded in the sheet, in the order inserted. */
  readonly charts: ChartSpec[] = [];
  /** Columns passed to autoResizeColumns (recorded; widths are not measured). */
  readonly autoResized: number[] = [];
  activeRange: MemoryRange | null = null;
  private extent: { lastRow: number; lastColumn: number } | null = null;

  constructor(
    readonly env: Env,
    readonly spreadsheet: MemorySpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  #fail(message: string): Error {
    return this.env.realm.error(message);
  }

  /** Content changed: the cached last row/column is stale. */
  _touch(): void {
    this.extent = null;
  }

  /** Throws Sheets' message when a protection the running user may not edit covers `area` (null: the sheet). */
  _checkEditable(area: GridArea | null): void {
    if (blockedBy(this.env, this, area)) throw this.#fail(PROTECTED_MESSAGE);
  }

  /** Rewrites every formula of the sheet (a sheet they name was renamed or deleted). */
  _rewriteFormulas(change: (formula: string) => string): void {
    for (const row of this.cells.formulas.rows) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const formula = row[c];
        if (formula !== undefined) row[c] = change(formula);
      }
    }
  }

  #contentExtent(): { lastRow: number; lastColumn: number } {
    if (!this.extent) {
      const { values, formulas } = this.cells;
      this.extent = {
        lastRow: Math.max(values.lastRow(hasContent), formulas.lastRow(hasContent)),
        lastColumn: Math.max(values.lastColumn(hasContent), formulas.lastColumn(hasContent)),
      };
    }
    return this.extent;
  }

  // Names and place

  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    const text = String(name);
    if (!text.trim()) throw this.#fail("Sheet names can't be blank.");
    const other = this.spreadsheet.sheets.find(
      (s) => s !== this && s.name.toLowerCase() === text.toLowerCase(),
    );
    if (other) throw this.#fail(`A sheet with the name "${text}" already exists. Please enter another name.`);
    this._checkEditable(null);
    const old = this.name;
    this.name = text;
    // Formulas that name the sheet follow it to its new name.
    for (const sheet of this.spreadsheet.sheets)
      sheet._rewriteFormulas((f) => renameReferences(f, old, text));
    return this;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getSheetId(): number {
    return this.id;
  }
  getParent(): MemorySpreadsheet {
    return this.spreadsheet;
  }
  activate(): this {
    this.spreadsheet.activeSheet = this;
    this.hidden = false;
    return this;
  }
  setTabColor(color: string | null): this {
    this.tabColor = normalizeColor(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): this {
    if (this.spreadsheet.sheets.every((s) => s === this || s.hidden)) {
      throw this.#fail("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }

  // Ranges

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): MemoryRange {
    if (typeof rowOrA1 === "string") {
      const { sheetName, area } = splitSheetName(rowOrA1);
      const parsed = parseA1(area, this.maxRows, this.maxColumns);
      if (!parsed || (sheetName !== undefined && sheetName !== this.name))
        throw this.#fail("Range not found");
      return this.#rangeAt(parsed.row, parsed.column, parsed.numRows, parsed.numColumns);
    }
    if (column === undefined) {
      throw this.#fail(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    return this.#rangeAt(rowOrA1, column, numRows, numColumns);
  }

  #rangeAt(row: number, column: number, numRows: number, numColumns: number): MemoryRange {
    const numbers = [row, column, numRows, numColumns];
    if (numbers.some((n) => typeof n !== "number" || Number.isNaN(n))) {
      throw this.#fail(
        "The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    const [r, c, nr, nc] = numbers.map(Math.trunc) as [number, number, number, number];
    if (r < 1) throw this.#fail("The starting row of the range is too small.");
    if (c < 1) throw this.#fail("The starting column of the range is too small.");
    if (nr < 1) throw this.#fail("The number of rows in the range must be at least 1.");
    if (nc < 1) throw this.#fail("The number of columns in the range must be at least 1.");
    if (r + nr - 1 > this.maxRows || c + nc - 1 > this.maxColumns) {
      throw this.#fail("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new MemoryRange(this, r, c, nr, nc);
  }

  getDataRange(): MemoryRange {
    const { lastRow, lastColumn } = this.#contentExtent();
    return this.#rangeAt(1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1));
  }
  getActiveRange(): MemoryRange {
    return this.activeRange ?? this.#rangeAt(1, 1, 1, 1);
  }
  getLastRow(): number {
    return this.#contentExtent().lastRow;
  }
  getLastColumn(): number {
    return this.#contentExtent().lastColumn;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  // Growing and shrinking

  /** Grows the grid without shifting anything (appendRow and test set-up). */
  _ensureSize(rows: number, columns: number): void {
    this.maxRows = Math.max(this.maxRows, rows);
    this.maxColumns = Math.max(this.maxColumns, columns);
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw this.#fail(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this.getLastRow() + 1;
    this._ensureSize(row, rowContents.length);
    this.#rangeAt(row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.#checkRow(beforePosition);
    return this.#insertRowsAt(beforePosition, howMany);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.#checkRow(afterPosition);
    return this.#insertRowsAt(afterPosition + 1, howMany);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): this {
    return this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRows(rowPosition: number, howMany: number): this {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw this.#fail("Those rows are out of bounds.");
    }
    if (howMany >= this.maxRows) throw this.#fail("You can't delete all the rows on the sheet.");
    this._checkEditable(null);
    for (const layer of this.cells.allLayers()) layer.deleteRows(rowPosition - 1, howMany);
    shiftKeys(this.rowHeights, rowPosition, -howMany);
    for (const chart of this.charts) shiftAnchor(chart.anchor, "row", rowPosition, -howMany);
    this.maxRows -= howMany;
    this._touch();
    return this;
  }
  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }

  insertColumnsBefore(columnIndex: number, numColumns: number): this {
    this.#checkColumn(columnIndex);
    return this.#insertColumnsAt(columnIndex, numColumns);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.#checkColumn(afterPosition);
    return this.#insertColumnsAt(afterPosition + 1, howMany);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): this {
    return this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumns(columnPosition: number, howMany: number): this {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns) {
      throw this.#fail("Those columns are out of bounds.");
    }
    if (howMany >= this.maxColumns) throw this.#fail("You can't delete all the columns on the sheet.");
    this._checkEditable(null);
    for (const layer of this.cells.allLayers()) layer.deleteColumns(columnPosition - 1, howMany);
    shiftKeys(this.columnWidths, columnPosition, -howMany);
    for (const chart of this.charts) shiftAnchor(chart.anchor, "column", columnPosition, -howMany);
    this.maxColumns -= howMany;
    this._touch();
    return this;
  }
  deleteColumn(columnPosition: number): this {
    return this.deleteColumns(columnPosition, 1);
  }

  #checkRow(position: number): void {
    if (!(position >= 1 && position <= this.maxRows)) throw this.#fail("Those rows are out of bounds.");
  }
  #checkColumn(position: number): void {
    if (!(position >= 1 && position <= this.maxColumns)) throw this.#fail("Those columns are out of bounds.");
  }
  #insertRowsAt(firstNew: number, count: number): this {
    if (!(count >= 1)) throw this.#fail("The number of rows to insert must be at least 1.");
    this._checkEditable(null);
    for (const layer of this.cells.allLayers()) layer.insertRows(firstNew - 1, count);
    shiftKeys(this.rowHeights, firstNew, count);
    for (const chart of this.charts) shiftAnchor(chart.anchor, "row", firstNew, count);
    this.maxRows += count;
    this._touch();
    return this;
  }
  #insertColumnsAt(firstNew: number, count: number): this {
    if (!(count >= 1)) throw this.#fail("The number of columns to insert must be at least 1.");
    this._checkEditable(null);
    for (const layer of this.cells.allLayers()) layer.insertColumns(firstNew - 1, count);
    shiftKeys(this.columnWidths, firstNew, count);
    for (const chart of this.charts) shiftAnchor(chart.anchor, "column", firstNew, count);
    this.maxColumns += count;
    this._touch();
    return this;
  }

  // Frozen panes, sizes, visibility

  setFrozenRows(rows: number): this {
    if (rows < 0 || rows > this.maxRows) throw this.#fail("The number of frozen rows is out of bounds.");
    this.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): this {
    if (columns < 0 || columns > this.maxColumns)
      throw this.#fail("The number of frozen columns is out of bounds.");
    this.frozenColumns = columns;
    return this;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.#checkColumn(columnPosition);
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.#checkRow(rowPosition);
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this.setRowHeight(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.#checkColumn(startColumn);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResized.push(c);
    return this;
  }
  /** Rows fit their content again: the heights set on them are dropped (they read as the default). */
  autoResizeRows(startRow: number, numRows: number): this {
    this.#checkRow(startRow);
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.delete(r);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }

  // Clearing

  clear(options?: ClearOptions): this {
    this.#rangeAt(1, 1, this.maxRows, this.maxColumns).clear(options);
    return this;
  }
  clearContents(): this {
    this.#rangeAt(1, 1, this.maxRows, this.maxColumns).clearContent();
    return this;
  }
  clearFormats(): this {
    this.#rangeAt(1, 1, this.maxRows, this.maxColumns).clearFormat();
    return this;
  }
  clearNotes(): this {
    this.#rangeAt(1, 1, this.maxRows, this.maxColumns).clearNote();
    return this;
  }

  // Gridlines, developer metadata, protection, range lists, copies

  setHiddenGridlines(hideGridlines: boolean): this {
    this.hiddenGridlines = Boolean(hideGridlines);
    return this;
  }
  hasHiddenGridlines(): boolean {
    return this.hiddenGridlines;
  }
  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): this {
    this.spreadsheet.metadata.add(this, key, second, third);
    return this;
  }
  getDeveloperMetadata(): MemoryDeveloperMetadata[] {
    const { metadata } = this.spreadsheet;
    const found = metadata.entries
      .filter((e) => e.sheet === this)
      .map((e) => new MemoryDeveloperMetadata(metadata, this.spreadsheet, e));
    return serviceList(this.env.realm.array(found));
  }
  createDeveloperMetadataFinder(): MemoryDeveloperMetadataFinder {
    return new MemoryDeveloperMetadataFinder(this.spreadsheet.metadata, this.spreadsheet, this);
  }
  protect(): MemoryProtection {
    return protect(this.env, this, null);
  }
  getProtections(type: string): MemoryProtection[] {
    return protectionsOf(
      this.env,
      this.spreadsheet.protections.filter((p) => p.sheet === this),
      type,
    );
  }
  getRangeList(a1Notations: string[]): MemoryRangeList {
    if (!Array.isArray(a1Notations)) {
      throw this.#fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.",
      );
    }
    return new MemoryRangeList(
      this.env,
      a1Notations.map((a1) => this.getRange(String(a1))),
    );
  }
  /** A copy of the sheet (cells, sizes, metadata) at the end of the spreadsheet, named "Copy of …". */
  copyTo(spreadsheet: MemorySpreadsheet): MemorySheet {
    const target = rawOf(spreadsheet);
    if (target !== this.spreadsheet) throw this.#fail("This runtime holds one spreadsheet only.");
    return target._duplicate(this, `Copy of ${this.name}`, target.sheets.length);
  }

  // Charts

  newChart(): MemoryEmbeddedChartBuilder {
    return new MemoryEmbeddedChartBuilder(this.env.realm, newSpec());
  }
  /** The charts now in the sheet, each a picture of it (modify() then updateChart() to change one). */
  getCharts(): MemoryEmbeddedChart[] {
    return serviceList(
      this.env.realm.array(this.charts.map((spec) => new MemoryEmbeddedChart(this.env.realm, spec))),
    );
  }
  /** Puts a copy of `chart` in the sheet, with a new id. */
  insertChart(chart: MemoryEmbeddedChart): void {
    const raw = this.#chartOf(chart, "insertChart");
    this._checkEditable(null);
    const spec = copySpec(raw.spec);
    spec.id = this.env.nextChartId();
    this.charts.push(spec);
  }
  /** Replaces the chart of the same id (a chart built from `getCharts()[i].modify()`). */
  updateChart(chart: MemoryEmbeddedChart): void {
    const raw = this.#chartOf(chart, "updateChart");
    const at = this.charts.findIndex((c) => c.id !== null && c.id === raw.spec.id);
    if (at < 0) throw this.#fail("The chart could not be found in the sheet. It may have been removed.");
    this._checkEditable(null);
    this.charts[at] = copySpec(raw.spec);
  }
  removeChart(chart: MemoryEmbeddedChart): void {
    const raw = this.#chartOf(chart, "removeChart");
    const at = this.charts.findIndex((c) => c.id !== null && c.id === raw.spec.id);
    if (at < 0) throw this.#fail("The chart could not be found in the sheet. It may have been removed.");
    this._checkEditable(null);
    this.charts.splice(at, 1);
  }
  #chartOf(chart: unknown, method: string): MemoryEmbeddedChart {
    if (!(chart instanceof MemoryEmbeddedChart)) {
      throw this.#fail(
        `The parameters (${chart === null ? "null" : typeof chart}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
      );
    }
    return chart;
  }

  // Merges (used by Range)

  _addMerge(area: Area): void {
    if (this.merges.some((m) => overlaps(m, area))) {
      throw this.#fail("You must select all cells in a merged range to merge or unmerge them.");
    }
    this.merges.push({
      row: area.row,
      column: area.column,
      numRows: area.numRows,
      numColumns: area.numColumns,
    });
  }
  _removeMerges(area: Area): void {
    for (let i = this.merges.length - 1; i >= 0; i--)
      if (overlaps(this.merges[i]!, area)) this.merges.splice(i, 1);
  }
  _mergesTouching(area: Area): MemoryRange[] {
    return this.merges
      .filter((m) => overlaps(m, area))
      .map((m) => new MemoryRange(this, m.row, m.column, m.numRows, m.numColumns));
  }

  toString(): string {
    return "Sheet";
  }
}

/** Moves size settings keyed by row/column number when rows/columns are inserted or deleted. */
function shiftKeys(map: Map<number, number>, from: number, by: number): void {
  const entries = [...map];
  map.clear();
  for (const [key, value] of entries) {
    if (key < from) map.set(key, value);
    else if (by > 0 || key >= from - by) map.set(key + by, value);
  }
}
