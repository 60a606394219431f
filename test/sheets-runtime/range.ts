// Range: a rectangle of one sheet. Reads and writes go straight to the sheet's layers, touching only
// the cells asked for, so 50,000-row reads stay cheap.
import { a1Notation } from "./a1";
import { FormulaText, toCell, type WriteRules } from "./cells";
import { KIND, rawOf, type Service, serviceList } from "./counting";
import { DEFAULT_NUMBER_FORMAT, displayValue } from "./display";
import { type Border, type CellValue, hasContent, type Layer } from "./grid";
import { type MemoryProtection, protect } from "./protection";
import type { MemorySheet } from "./sheet";
import { MemoryDataValidation } from "./validation";

const NAMED_COLORS: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** Colours read back as Sheets reports them: lower-case #rrggbb; null resets the cell. */
export function normalizeColor(color: unknown): string | undefined {
  if (color === null || color === undefined || color === "") return undefined;
  const text = String(color).trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLORS[text] ?? text;
}

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

export class MemoryRange implements Service {
  readonly [KIND] = "Range";

  constructor(
    readonly sheet: MemorySheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  get #realm() {
    return this.sheet.env.realm;
  }
  get #cells() {
    return this.sheet.cells;
  }
  #fail(message: string): Error {
    return this.#realm.error(message);
  }

  /** Every write goes through here: refused on a protected area, counted in cells. */
  #edit(): void {
    this.sheet._checkEditable(this);
    this.sheet.env.tally.cellsWritten += this.numRows * this.numColumns;
  }

  /** Reads one layer over the range into a fresh matrix of the add-on's realm. */
  #read<T, R>(layer: Layer<T>, show: (value: T | undefined, r: number, c: number) => R): R[][] {
    const out: R[][] = new Array(this.numRows);
    const c0 = this.column - 1;
    for (let i = 0; i < this.numRows; i++) {
      const r = this.row - 1 + i;
      const cells = layer.rows[r];
      const line: R[] = new Array(this.numColumns);
      if (cells) for (let j = 0; j < this.numColumns; j++) line[j] = show(cells[c0 + j], r, c0 + j);
      else for (let j = 0; j < this.numColumns; j++) line[j] = show(undefined, r, c0 + j);
      out[i] = line;
    }
    return this.#realm.matrix(out);
  }

  /** Fast read of a layer whose unset cells read as one fallback value. */
  #readPlain<R>(layer: Layer<unknown>, fallback: R, withDates = false): R[][] {
    return this.#realm.readGrid<R>(
      layer.rows,
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      fallback,
      withDates ? Date : null,
    );
  }

  #readTopLeft<T>(layer: Layer<T>): T | undefined {
    return layer.get(this.row - 1, this.column - 1);
  }

  /** Apps Script refuses data whose shape differs from the range, with these messages. */
  #checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data)) {
      throw this.#fail(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.numRows) {
      throw this.#fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of data) {
      if (!Array.isArray(line)) {
        throw this.#fail(
          `The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.${method}.`,
        );
      }
      if (line.length !== this.numColumns) {
        throw this.#fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  #writeEach<T>(layer: Layer<T>, valueAt: (i: number, j: number) => T | undefined): this {
    this.#edit();
    this.sheet._touch();
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++)
        layer.set(this.row - 1 + i, this.column - 1 + j, valueAt(i, j));
    }
    return this;
  }

  #writeMatrix<T>(
    layer: Layer<T>,
    data: unknown,
    method: string,
    convert: (value: unknown) => T | undefined,
  ) {
    this.#checkShape(data, method);
    return this.#writeEach(layer, (i, j) => convert(data[i]![j]));
  }

  /** Writes one row of script values into row r (0-based) from column c0, converting as Sheets does. */
  #storeRow(r: number, c0: number, line: ArrayLike<unknown>, rules: WriteRules): void {
    const { values, formulas, numberFormats } = this.#cells;
    let valueRow = values.rows[r];
    if (!valueRow) {
      valueRow = [];
      values.rows[r] = valueRow;
    }
    const formulaRow = formulas.rows[r];
    const formatRow = numberFormats.rows[r];
    for (let j = 0; j < this.numColumns; j++) {
      const c = c0 + j;
      const stored = toCell(line[j], formatRow?.[c], rules);
      if (stored instanceof FormulaText) {
        valueRow[c] = undefined;
        formulas.set(r, c, stored.text);
      } else {
        valueRow[c] = stored;
        if (formulaRow) formulaRow[c] = undefined;
      }
    }
  }

  #writeRules(): WriteRules {
    return {
      parseStrings: this.sheet.env.parseStrings,
      locale: this.sheet.env.locale,
      timeZone: this.sheet.spreadsheet.timeZone,
      fail: (message) => this.#fail(message),
    };
  }

  private cellValue = (value: CellValue | undefined): unknown => {
    if (value === undefined) return "";
    return value instanceof Date ? this.#realm.date(value.getTime()) : value;
  };

  // Values

  getValues(): unknown[][] {
    return this.#readPlain(this.#cells.values, "", true);
  }
  getValue(): unknown {
    return this.cellValue(this.#readTopLeft(this.#cells.values));
  }
  setValues(values: unknown[][]): this {
    this.#checkShape(values, "setValues");
    this.#edit();
    this.sheet._touch();
    const rules = this.#writeRules();
    for (let i = 0; i < this.numRows; i++)
      this.#storeRow(this.row - 1 + i, this.column - 1, values[i]!, rules);
    return this;
  }
  /** Like Apps Script, one value set on a larger range fills every cell. */
  setValue(value: unknown): this {
    this.#edit();
    this.sheet._touch();
    const rules = this.#writeRules();
    const line = new Array<unknown>(this.numColumns).fill(value);
    for (let i = 0; i < this.numRows; i++) this.#storeRow(this.row - 1 + i, this.column - 1, line, rules);
    return this;
  }
  getDisplayValues(): string[][] {
    const formats = this.#cells.numberFormats;
    const { timeZone } = this.sheet.spreadsheet;
    const { locale } = this.sheet.env;
    return this.#read(this.#cells.values, (value, r, c) =>
      displayValue(value, formats.get(r, c) ?? DEFAULT_NUMBER_FORMAT, timeZone, locale),
    );
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }
  isBlank(): boolean {
    const { values, formulas } = this.#cells;
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) {
        if (hasContent(values.get(r, c)) || hasContent(formulas.get(r, c))) return false;
      }
    }
    return true;
  }

  // Formulas: the text is kept, never evaluated (the cell reads as "").

  getFormulas(): string[][] {
    return this.#readPlain(this.#cells.formulas, "");
  }
  getFormula(): string {
    return this.#readTopLeft(this.#cells.formulas) ?? "";
  }
  setFormula(formula: string): this {
    return this.setFormulas(
      Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(formula)),
    );
  }
  setFormulas(formulas: string[][]): this {
    this.#checkShape(formulas, "setFormulas");
    this.#edit();
    this.sheet._touch();
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        const text = formulas[i]![j];
        const formula = text ? String(text) : undefined;
        this.#cells.formulas.set(this.row - 1 + i, this.column - 1 + j, formula);
        this.#cells.values.set(this.row - 1 + i, this.column - 1 + j, undefined);
      }
    }
    return this;
  }

  // Notes

  getNotes(): string[][] {
    return this.#readPlain(this.#cells.notes, "");
  }
  getNote(): string {
    return this.#readTopLeft(this.#cells.notes) ?? "";
  }
  setNotes(notes: unknown[][]): this {
    return this.#writeMatrix(this.#cells.notes, notes, "setNotes", textOrReset);
  }
  setNote(note: unknown): this {
    return this.#writeEach(this.#cells.notes, () => textOrReset(note));
  }
  clearNote(): this {
    return this.#writeEach(this.#cells.notes, () => undefined);
  }

  // Colours and fonts

  getBackgrounds(): string[][] {
    return this.#readPlain(this.#cells.backgrounds, "#ffffff");
  }
  getBackground(): string {
    return this.#readTopLeft(this.#cells.backgrounds) ?? "#ffffff";
  }
  setBackgrounds(colors: unknown[][]): this {
    return this.#writeMatrix(this.#cells.backgrounds, colors, "setBackgrounds", normalizeColor);
  }
  setBackground(color: string | null): this {
    const value = normalizeColor(color);
    return this.#writeEach(this.#cells.backgrounds, () => value);
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    const hex = [red, green, blue].map((n) => n.toString(16).padStart(2, "0")).join("");
    return this.setBackground(`#${hex}`);
  }
  getFontColors(): string[][] {
    return this.#readPlain(this.#cells.fontColors, "#000000");
  }
  getFontColor(): string {
    return this.#readTopLeft(this.#cells.fontColors) ?? "#000000";
  }
  setFontColors(colors: unknown[][]): this {
    return this.#writeMatrix(this.#cells.fontColors, colors, "setFontColors", normalizeColor);
  }
  setFontColor(color: string | null): this {
    const value = normalizeColor(color);
    return this.#writeEach(this.#cells.fontColors, () => value);
  }
  getFontWeights(): string[][] {
    return this.#readPlain(this.#cells.fontWeights, "normal");
  }
  getFontWeight(): string {
    return this.#readTopLeft(this.#cells.fontWeights) ?? "normal";
  }
  setFontWeights(weights: unknown[][]): this {
    return this.#writeMatrix(this.#cells.fontWeights, weights, "setFontWeights", keywordOrReset("normal"));
  }
  setFontWeight(weight: string | null): this {
    const value = keywordOrReset("normal")(weight);
    return this.#writeEach(this.#cells.fontWeights, () => value);
  }
  getFontStyles(): string[][] {
    return this.#readPlain(this.#cells.fontStyles, "normal");
  }
  getFontStyle(): string {
    return this.#readTopLeft(this.#cells.fontStyles) ?? "normal";
  }
  setFontStyles(styles: unknown[][]): this {
    return this.#writeMatrix(this.#cells.fontStyles, styles, "setFontStyles", keywordOrReset("normal"));
  }
  setFontStyle(style: string | null): this {
    const value = keywordOrReset("normal")(style);
    return this.#writeEach(this.#cells.fontStyles, () => value);
  }
  getFontSizes(): number[][] {
    return this.#readPlain(this.#cells.fontSizes, 10);
  }
  getFontSize(): number {
    return this.#readTopLeft(this.#cells.fontSizes) ?? 10;
  }
  setFontSize(size: number): this {
    return this.#writeEach(this.#cells.fontSizes, () => (size === 10 ? undefined : size));
  }
  setFontSizes(sizes: unknown[][]): this {
    return this.#writeMatrix(this.#cells.fontSizes, sizes, "setFontSizes", (size) =>
      size === null || size === undefined || Number(size) === 10 ? undefined : Number(size),
    );
  }
  getFontFamilies(): string[][] {
    return this.#readPlain(this.#cells.fontFamilies, "Arial");
  }
  setFontFamilies(families: unknown[][]): this {
    return this.#writeMatrix(this.#cells.fontFamilies, families, "setFontFamilies", keywordOrReset("Arial"));
  }
  getFontLines(): string[][] {
    return this.#readPlain(this.#cells.fontLines, "none");
  }
  setFontLines(lines: unknown[][]): this {
    return this.#writeMatrix(this.#cells.fontLines, lines, "setFontLines", keywordOrReset("none"));
  }
  getFontFamily(): string {
    return this.#readTopLeft(this.#cells.fontFamilies) ?? "Arial";
  }
  setFontFamily(fontFamily: string | null): this {
    return this.#writeEach(this.#cells.fontFamilies, () => fontFamily ?? undefined);
  }
  getFontLine(): string {
    return this.#readTopLeft(this.#cells.fontLines) ?? "none";
  }
  setFontLine(fontLine: string | null): this {
    const value = keywordOrReset("none")(fontLine);
    return this.#writeEach(this.#cells.fontLines, () => value);
  }

  // Alignment and wrapping

  getHorizontalAlignments(): string[][] {
    return this.#readPlain(this.#cells.horizontalAlignments, "general");
  }
  getHorizontalAlignment(): string {
    return this.#readTopLeft(this.#cells.horizontalAlignments) ?? "general";
  }
  setHorizontalAlignments(alignments: unknown[][]): this {
    return this.#writeMatrix(
      this.#cells.horizontalAlignments,
      alignments,
      "setHorizontalAlignments",
      alignment,
    );
  }
  setHorizontalAlignment(value: string | null): this {
    return this.#writeEach(this.#cells.horizontalAlignments, () => alignment(value));
  }
  getVerticalAlignments(): string[][] {
    return this.#readPlain(this.#cells.verticalAlignments, "bottom");
  }
  getVerticalAlignment(): string {
    return this.#readTopLeft(this.#cells.verticalAlignments) ?? "bottom";
  }
  setVerticalAlignments(alignments: unknown[][]): this {
    return this.#writeMatrix(this.#cells.verticalAlignments, alignments, "setVerticalAlignments", alignment);
  }
  setVerticalAlignment(value: string | null): this {
    return this.#writeEach(this.#cells.verticalAlignments, () => alignment(value));
  }
  getWrapStrategies(): string[][] {
    return this.#readPlain(this.#cells.wrapStrategies, "OVERFLOW");
  }
  getWrapStrategy(): string {
    return this.#readTopLeft(this.#cells.wrapStrategies) ?? "OVERFLOW";
  }
  setWrapStrategy(strategy: string): this {
    return this.#writeEach(this.#cells.wrapStrategies, () =>
      strategy === "OVERFLOW" ? undefined : String(strategy),
    );
  }
  setWrapStrategies(strategies: unknown[][]): this {
    return this.#writeMatrix(this.#cells.wrapStrategies, strategies, "setWrapStrategies", (s) =>
      s === "OVERFLOW" || s === null ? undefined : String(s),
    );
  }
  getWraps(): boolean[][] {
    return this.#read(this.#cells.wrapStrategies, (v) => v === "WRAP");
  }
  getWrap(): boolean {
    return this.#readTopLeft(this.#cells.wrapStrategies) === "WRAP";
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.#writeEach(this.#cells.wrapStrategies, () => (isWrapEnabled ? "WRAP" : undefined));
  }
  setWraps(wraps: unknown[][]): this {
    return this.#writeMatrix(this.#cells.wrapStrategies, wraps, "setWraps", (w) => (w ? "WRAP" : undefined));
  }

  // Number formats

  getNumberFormats(): string[][] {
    return this.#readPlain(this.#cells.numberFormats, DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.#readTopLeft(this.#cells.numberFormats) ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormats(formats: unknown[][]): this {
    return this.#writeMatrix(this.#cells.numberFormats, formats, "setNumberFormats", formatOrReset);
  }
  setNumberFormat(numberFormat: string): this {
    const value = formatOrReset(numberFormat);
    return this.#writeEach(this.#cells.numberFormats, () => value);
  }

  // Borders (kept as given, one record per cell)

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: string | null,
  ): this {
    const border: Border = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: normalizeColor(color) ?? null,
      style: style == null ? null : String(style),
    };
    return this.#writeEach(this.#cells.borders, () => border);
  }

  // Data validation

  getDataValidations(): Array<Array<MemoryDataValidation | null>> {
    const rows = this.#readPlain<MemoryDataValidation | null>(this.#cells.validations, null);
    for (const line of rows) serviceList(line);
    return serviceList(rows);
  }
  getDataValidation(): MemoryDataValidation | null {
    return (this.#readTopLeft(this.#cells.validations) as MemoryDataValidation | undefined) ?? null;
  }
  setDataValidation(rule: MemoryDataValidation | null): this {
    const value = this.#validationOf(rule);
    return this.#writeEach(this.#cells.validations, () => value);
  }
  setDataValidations(rules: Array<Array<MemoryDataValidation | null>>): this {
    return this.#writeMatrix(this.#cells.validations, rules, "setDataValidations", (rule) =>
      this.#validationOf(rule),
    );
  }
  clearDataValidations(): this {
    return this.#writeEach(this.#cells.validations, () => undefined);
  }
  /** Checkboxes are a CHECKBOX rule plus an unchecked value in every cell. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    const rule = new MemoryDataValidation(this.#realm, {
      criteria: "CHECKBOX",
      values,
      allowInvalid: false,
      helpText: "",
    });
    this.#writeEach(this.#cells.validations, () => rule);
    return this.setValue(uncheckedValue ?? false);
  }
  removeCheckboxes(): this {
    this.clearDataValidations();
    return this.clearContent();
  }

  #validationOf(rule: unknown): object | undefined {
    if (rule === null || rule === undefined) return undefined;
    const raw = rawOf(rule);
    if (!(raw instanceof MemoryDataValidation)) {
      throw this.#fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
      );
    }
    return raw;
  }

  // Clearing

  clearContent(): this {
    this.#edit();
    this.sheet._touch();
    this.#cells.values.clearArea(this.row - 1, this.column - 1, this.numRows, this.numColumns);
    this.#cells.formulas.clearArea(this.row - 1, this.column - 1, this.numRows, this.numColumns);
    return this;
  }
  clearFormat(): this {
    this.#edit();
    for (const layer of this.#cells.formatLayers()) {
      layer.clearArea(this.row - 1, this.column - 1, this.numRows, this.numColumns);
    }
    return this;
  }
  /** clear() takes contents and formats; options pick contents, formats, notes or validations. */
  clear(options?: ClearOptions): this {
    const picked =
      options &&
      (options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    if (!picked || options.contentsOnly) this.clearContent();
    if (!picked || options.formatOnly) this.clearFormat();
    if (picked && options.commentsOnly) this.clearNote();
    if (picked && options.validationsOnly) this.clearDataValidations();
    return this;
  }

  // Merges

  merge(): this {
    this.#edit();
    this.sheet._addMerge(this);
    return this;
  }
  mergeAcross(): this {
    for (let i = 0; i < this.numRows; i++) this.sheet._addMerge(this.offset(i, 0, 1, this.numColumns));
    return this;
  }
  mergeVertically(): this {
    for (let j = 0; j < this.numColumns; j++) this.sheet._addMerge(this.offset(0, j, this.numRows, 1));
    return this;
  }
  breakApart(): this {
    this.#edit();
    this.sheet._removeMerges(this);
    return this;
  }
  isPartOfMerge(): boolean {
    return this.sheet._mergesTouching(this).length > 0;
  }
  getMergedRanges(): MemoryRange[] {
    return serviceList(this.#realm.array(this.sheet._mergesTouching(this)));
  }

  // Copying and protecting

  /**
   * Pastes this range at `destination`'s top-left cell, as copy and paste does: everything
   * (values, formulas, notes, formats, dropdowns, merges), or only what the paste type or the
   * options name. Formulas are pasted as written (relative references are not moved).
   */
  copyTo(destination: MemoryRange, how?: unknown, transposed?: boolean): void {
    const target = rawOf(destination);
    if (!(target instanceof MemoryRange)) {
      throw this.#fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.copyTo.",
      );
    }
    if (transposed) throw this.#fail("Transposed pasting is not supported by this runtime.");
    const type =
      typeof how === "string"
        ? how
        : how && typeof how === "object"
          ? (how as { formatOnly?: boolean }).formatOnly
            ? "PASTE_FORMAT"
            : (how as { contentsOnly?: boolean }).contentsOnly
              ? "PASTE_VALUES_AND_FORMULAS"
              : "PASTE_NORMAL"
          : "PASTE_NORMAL";
    const to = target.sheet.getRange(target.row, target.column, this.numRows, this.numColumns);
    if (type === "PASTE_COLUMN_WIDTHS") {
      for (let j = 0; j < this.numColumns; j++)
        target.sheet.setColumnWidth(target.column + j, this.sheet.getColumnWidth(this.column + j));
      return;
    }
    const cells = this.#cells;
    const contents = [cells.values, cells.formulas] as Layer<unknown>[];
    const formats = cells.formatLayers();
    const layers: Layer<unknown>[] =
      type === "PASTE_VALUES"
        ? [cells.values]
        : type === "PASTE_VALUES_AND_FORMULAS" || type === "PASTE_FORMULA"
          ? contents
          : type === "PASTE_FORMAT"
            ? formats
            : type === "PASTE_DATA_VALIDATION"
              ? [cells.validations]
              : type === "PASTE_NO_BORDERS"
                ? cells.allLayers().filter((l) => l !== cells.borders)
                : cells.allLayers();
    // Read first: the source and the destination may overlap.
    const copies = layers.map((layer) => {
      const rows: unknown[][] = [];
      for (let i = 0; i < this.numRows; i++) {
        const line: unknown[] = [];
        for (let j = 0; j < this.numColumns; j++) line.push(layer.get(this.row - 1 + i, this.column - 1 + j));
        rows.push(line);
      }
      return rows;
    });
    to.#edit();
    target.sheet._touch();
    const destinationLayers = layers.map(
      (layer) => target.sheet.cells.allLayers()[cells.allLayers().indexOf(layer)]!,
    );
    destinationLayers.forEach((layer, k) => {
      const rows = copies[k]!;
      for (let i = 0; i < this.numRows; i++) {
        for (let j = 0; j < this.numColumns; j++) layer.set(to.row - 1 + i, to.column - 1 + j, rows[i]![j]);
      }
    });
    if (type === "PASTE_NORMAL" || type === "PASTE_NO_BORDERS" || type === "PASTE_FORMAT") {
      target.sheet._removeMerges(to);
      for (const merge of this.sheet._mergesTouching(this)) {
        target.sheet._addMerge({
          row: merge.row - this.row + to.row,
          column: merge.column - this.column + to.column,
          numRows: merge.numRows,
          numColumns: merge.numColumns,
        });
      }
    }
  }
  protect(): MemoryProtection {
    return protect(this.sheet.env, this.sheet, {
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    });
  }

  // Geometry

  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }
  getSheet(): MemorySheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): MemoryRange {
    return this.sheet.getRange(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }
  /** A cell of this range, counted from 1 within it. */
  getCell(row: number, column: number): MemoryRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw this.#fail("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }
  activate(): this {
    this.sheet.spreadsheet.activeSheet = this.sheet;
    this.sheet.activeRange = this;
    return this;
  }
  toString(): string {
    return "Range";
  }
}

function textOrReset(value: unknown): string | undefined {
  return value === null || value === undefined || value === "" ? undefined : String(value);
}

function keywordOrReset(standard: string): (value: unknown) => string | undefined {
  return (value) => {
    const text = textOrReset(value);
    return text === undefined || text === standard ? undefined : text;
  };
}

function alignment(value: unknown): string | undefined {
  const text = textOrReset(value)?.toLowerCase();
  return text === "normal" || text === "general" ? undefined : text;
}

function formatOrReset(value: unknown): string | undefined {
  const text = textOrReset(value);
  return text === undefined || text === DEFAULT_NUMBER_FORMAT ? undefined : text;
}
