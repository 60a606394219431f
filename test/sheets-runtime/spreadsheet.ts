// Spreadsheet (the document the add-on is bound to) and the SpreadsheetApp service.
import { splitSheetName } from "./a1";
import { copySpec } from "./charts";
import { KIND, rawOf, type Service, serviceList } from "./counting";
import type { Env } from "./env";
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  MemoryDeveloperMetadata,
  MemoryDeveloperMetadataFinder,
  MetadataStore,
} from "./metadata";
import { type MemoryProtection, type ProtectionEntry, ProtectionType, protectionsOf } from "./protection";
import type { MemoryRange } from "./range";
import { MemoryRangeList } from "./range-list";
import { breakReferences } from "./references";
import { MemorySheet } from "./sheet";
import type { MemoryUi } from "./ui";
import { DataValidationCriteria, MemoryDataValidationBuilder } from "./validation";

export class MemorySpreadsheet implements Service {
  readonly [KIND] = "Spreadsheet";
  readonly sheets: MemorySheet[] = [];
  activeSheet: MemorySheet;
  readonly metadata: MetadataStore;
  readonly protections: ProtectionEntry[] = [];

  constructor(
    readonly env: Env,
    public name: string,
    readonly id: string,
    public timeZone: string,
  ) {
    this.metadata = new MetadataStore(env.realm);
    this.activeSheet = this._addSheet("Sheet1", 0);
  }

  #fail(message: string): Error {
    return this.env.realm.error(message);
  }

  /** Adds a sheet without the checks of insertSheet (used by set-up helpers). */
  _addSheet(name: string, index: number): MemorySheet {
    const sheet = new MemorySheet(this.env, this, name, this.env.nextSheetId());
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  #sheetOf(sheet: unknown): MemorySheet {
    const raw = rawOf(sheet);
    if (!(raw instanceof MemorySheet) || !this.sheets.includes(raw)) {
      throw this.#fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.",
      );
    }
    return raw;
  }

  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = String(newName);
  }
  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.env.locale;
  }
  /** Changes how typed text is read from now on; values already in cells stay as they are, as in Sheets. */
  setSpreadsheetLocale(locale: string): void {
    this.env.locale = String(locale);
  }

  getSheets(): MemorySheet[] {
    return serviceList(this.env.realm.array(this.sheets));
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): MemorySheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheetById(id: number): MemorySheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index); the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): MemorySheet {
    let name = typeof nameOrIndex === "string" ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === "number" ? nameOrIndex : (index ?? this.sheets.length);
    if (at < 0 || at > this.sheets.length) throw this.#fail(`The sheet index ${at} is out of range.`);
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (!name.trim()) throw this.#fail("Sheet names can't be blank.");
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw this.#fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this._addSheet(name, at);
    this.activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: MemorySheet): void {
    const raw = this.#sheetOf(sheet);
    if (this.sheets.length === 1) throw this.#fail("You can't remove all the sheets in a document.");
    raw._checkEditable(null);
    this.sheets.splice(this.sheets.indexOf(raw), 1);
    if (this.activeSheet === raw) this.activeSheet = this.sheets[0]!;
    this.metadata.dropSheet(raw);
    for (let i = this.protections.length - 1; i >= 0; i--)
      if (this.protections[i]!.sheet === raw) this.protections.splice(i, 1);
    // Formulas that named the sheet now show #REF!, as in Sheets.
    for (const other of this.sheets) other._rewriteFormulas((f) => breakReferences(f, raw.name));
  }
  /** Duplicates the active sheet right after it ("Copy of …"), and makes the copy active. */
  duplicateActiveSheet(): MemorySheet {
    const source = this.activeSheet;
    const copy = this._duplicate(source, `Copy of ${source.name}`, this.sheets.indexOf(source) + 1);
    this.activeSheet = copy;
    return copy;
  }
  /** A new sheet holding a copy of `source`: cells, sizes, frozen panes, merges and metadata. */
  _duplicate(source: MemorySheet, baseName: string, index: number): MemorySheet {
    let name = baseName;
    for (let n = 2; this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++)
      name = `${baseName} ${n}`;
    const copy = this._addSheet(name, index);
    copy._ensureSize(source.maxRows, source.maxColumns);
    copy.maxRows = source.maxRows;
    copy.maxColumns = source.maxColumns;
    const sourceLayers = source.cells.allLayers();
    copy.cells.allLayers().forEach((layer, k) => {
      layer.rows = sourceLayers[k]!.rows.map((row) => (row ? [...row] : row));
    });
    copy.frozenRows = source.frozenRows;
    copy.frozenColumns = source.frozenColumns;
    copy.hiddenGridlines = source.hiddenGridlines;
    copy.tabColor = source.tabColor;
    for (const [k, v] of source.columnWidths) copy.columnWidths.set(k, v);
    for (const [k, v] of source.rowHeights) copy.rowHeights.set(k, v);
    for (const merge of source.merges) copy.merges.push({ ...merge });
    for (const chart of source.charts) copy.charts.push({ ...copySpec(chart), id: this.env.nextChartId() });
    this.metadata.copySheet(source, copy);
    return copy;
  }
  getActiveSheet(): MemorySheet {
    return this.activeSheet;
  }
  setActiveSheet(sheet: MemorySheet): MemorySheet {
    this.activeSheet = this.#sheetOf(sheet);
    return this.activeSheet;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    if (pos < 1 || pos > this.sheets.length) throw this.#fail(`The sheet position ${pos} is out of range.`);
    this.sheets.splice(this.sheets.indexOf(this.activeSheet), 1);
    this.sheets.splice(pos - 1, 0, this.activeSheet);
  }
  getRange(a1Notation: string): MemoryRange {
    const { sheetName, area } = splitSheetName(a1Notation);
    const sheet = sheetName === undefined ? this.activeSheet : this.getSheetByName(sheetName);
    if (!sheet) throw this.#fail("Range not found");
    return sheet.getRange(area);
  }
  getActiveRange(): MemoryRange {
    return this.activeSheet.getActiveRange();
  }
  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): this {
    this.metadata.add(null, key, second, third);
    return this;
  }
  getDeveloperMetadata(): MemoryDeveloperMetadata[] {
    const found = this.metadata.entries
      .filter((e) => e.sheet === null)
      .map((e) => new MemoryDeveloperMetadata(this.metadata, this, e));
    return serviceList(this.env.realm.array(found));
  }
  createDeveloperMetadataFinder(): MemoryDeveloperMetadataFinder {
    return new MemoryDeveloperMetadataFinder(this.metadata, this, null);
  }
  getProtections(type: string): MemoryProtection[] {
    return protectionsOf(this.env, this.protections, type);
  }
  /** Ranges named with their sheet ("'Cán bộ'!B2"), or on the active sheet. */
  getRangeList(a1Notations: string[]): MemoryRangeList {
    return new MemoryRangeList(
      this.env,
      a1Notations.map((a1) => this.getRange(String(a1))),
    );
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.env.toasts.push({
      message: String(msg),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
  toString(): string {
    return "Spreadsheet";
  }
}

const BorderStyle = Object.freeze({
  DOTTED: "DOTTED",
  DASHED: "DASHED",
  SOLID: "SOLID",
  SOLID_MEDIUM: "SOLID_MEDIUM",
  SOLID_THICK: "SOLID_THICK",
  DOUBLE: "DOUBLE",
});
const WrapStrategy = Object.freeze({ WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" });
const CopyPasteType = Object.freeze({
  PASTE_NORMAL: "PASTE_NORMAL",
  PASTE_NO_BORDERS: "PASTE_NO_BORDERS",
  PASTE_FORMAT: "PASTE_FORMAT",
  PASTE_FORMULA: "PASTE_FORMULA",
  PASTE_DATA_VALIDATION: "PASTE_DATA_VALIDATION",
  PASTE_VALUES: "PASTE_VALUES",
  PASTE_CONDITIONAL_FORMATTING: "PASTE_CONDITIONAL_FORMATTING",
  PASTE_COLUMN_WIDTHS: "PASTE_COLUMN_WIDTHS",
});

export class MemorySpreadsheetApp implements Service {
  readonly [KIND] = "SpreadsheetApp";
  /** SpreadsheetApp.flush() calls, for tests that care. */
  flushes = 0;

  constructor(
    private readonly env: Env,
    private readonly spreadsheet: MemorySpreadsheet,
    private readonly ui: MemoryUi,
  ) {}

  get DataValidationCriteria() {
    return DataValidationCriteria;
  }
  get BorderStyle() {
    return BorderStyle;
  }
  get WrapStrategy() {
    return WrapStrategy;
  }
  get CopyPasteType() {
    return CopyPasteType;
  }
  get ProtectionType() {
    return ProtectionType;
  }
  get DeveloperMetadataVisibility() {
    return DeveloperMetadataVisibility;
  }
  get DeveloperMetadataLocationType() {
    return DeveloperMetadataLocationType;
  }

  getActive(): MemorySpreadsheet {
    return this.spreadsheet;
  }
  getActiveSpreadsheet(): MemorySpreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): MemorySheet {
    return this.spreadsheet.activeSheet;
  }
  setActiveSheet(sheet: MemorySheet): MemorySheet {
    return this.spreadsheet.setActiveSheet(sheet);
  }
  getActiveRange(): MemoryRange {
    return this.spreadsheet.getActiveRange();
  }
  getUi(): MemoryUi {
    return this.ui;
  }
  newDataValidation(): MemoryDataValidationBuilder {
    return new MemoryDataValidationBuilder(this.env.realm);
  }
  flush(): void {
    this.flushes++;
  }
  openById(): never {
    throw this.env.realm.error(
      "You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
    );
  }
  toString(): string {
    return "SpreadsheetApp";
  }
}
