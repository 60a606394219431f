// Developer metadata: key/value pairs a script keeps on the spreadsheet or on one sheet, found
// again with a finder. As in Sheets, metadata on a sheet goes when the sheet is deleted and is
// copied with it when the sheet is duplicated (the copy then carries the same key and value).
// Row and column metadata (Range.addDeveloperMetadata) are not kept by this runtime.
import { KIND, type Service, serviceList } from "./counting";
import type { Realm } from "./realm";
import type { MemorySheet } from "./sheet";
import type { MemorySpreadsheet } from "./spreadsheet";

export const DeveloperMetadataVisibility = Object.freeze({ DOCUMENT: "DOCUMENT", PROJECT: "PROJECT" });
export const DeveloperMetadataLocationType = Object.freeze({
  SPREADSHEET: "SPREADSHEET",
  SHEET: "SHEET",
  ROW: "ROW",
  COLUMN: "COLUMN",
});

/** Sheets caps a key at 256 characters and the metadata of one sheet (or of the spreadsheet) at 30,000. */
export const MAX_METADATA_KEY = 256;
export const MAX_METADATA_CHARACTERS = 30_000;

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** null: on the spreadsheet itself. */
  sheet: MemorySheet | null;
}

/** The metadata of one spreadsheet, with the checks Sheets makes when one is added. */
export class MetadataStore {
  readonly entries: MetadataEntry[] = [];
  private nextId = 1_000_001;

  constructor(private readonly realm: Realm) {}

  add(sheet: MemorySheet | null, key: unknown, second?: unknown, third?: unknown): MetadataEntry {
    const text = String(key ?? "");
    // (key, visibility) or (key, value) or (key, value, visibility).
    const secondIsVisibility = third === undefined && isVisibility(second);
    const value = second === undefined || secondIsVisibility ? null : String(second);
    const visibility = secondIsVisibility ? String(second) : third === undefined ? "DOCUMENT" : String(third);
    if (!text) throw this.realm.error("Invalid argument: key");
    if (text.length > MAX_METADATA_KEY) throw this.realm.error("Invalid argument: key");
    const used = this.entries
      .filter((e) => e.sheet === sheet)
      .reduce((n, e) => n + e.key.length + (e.value?.length ?? 0), 0);
    if (used + text.length + (value?.length ?? 0) > MAX_METADATA_CHARACTERS) {
      throw this.realm.error(
        `Developer metadata on this ${sheet ? "sheet" : "spreadsheet"} exceeds the ${MAX_METADATA_CHARACTERS} character limit.`,
      );
    }
    const entry: MetadataEntry = { id: this.nextId++, key: text, value, visibility, sheet };
    this.entries.push(entry);
    return entry;
  }

  /** A duplicated sheet carries copies of its source's metadata. */
  copySheet(from: MemorySheet, to: MemorySheet): void {
    for (const entry of this.entries.filter((e) => e.sheet === from)) {
      this.entries.push({ ...entry, id: this.nextId++, sheet: to });
    }
  }

  dropSheet(sheet: MemorySheet): void {
    for (let i = this.entries.length - 1; i >= 0; i--)
      if (this.entries[i]!.sheet === sheet) this.entries.splice(i, 1);
  }
}

function isVisibility(value: unknown): boolean {
  return value === "DOCUMENT" || value === "PROJECT";
}

export class MemoryDeveloperMetadataLocation implements Service {
  readonly [KIND] = "DeveloperMetadataLocation";
  constructor(
    private readonly spreadsheet: MemorySpreadsheet,
    private readonly sheet: MemorySheet | null,
  ) {}
  getLocationType(): string {
    return this.sheet ? "SHEET" : "SPREADSHEET";
  }
  getSheet(): MemorySheet | null {
    return this.sheet;
  }
  getSpreadsheet(): MemorySpreadsheet | null {
    return this.sheet ? null : this.spreadsheet;
  }
  getRow(): null {
    return null;
  }
  getColumn(): null {
    return null;
  }
  toString(): string {
    return "DeveloperMetadataLocation";
  }
}

export class MemoryDeveloperMetadata implements Service {
  readonly [KIND] = "DeveloperMetadata";
  constructor(
    private readonly store: MetadataStore,
    private readonly spreadsheet: MemorySpreadsheet,
    readonly entry: MetadataEntry,
  ) {}

  #live(): MetadataEntry {
    if (!this.store.entries.includes(this.entry)) {
      throw this.spreadsheet.env.realm.error("Requested entity was not found.");
    }
    return this.entry;
  }
  getId(): number {
    return this.#live().id;
  }
  getKey(): string {
    return this.#live().key;
  }
  getValue(): string | null {
    return this.#live().value;
  }
  getVisibility(): string {
    return this.#live().visibility;
  }
  getLocation(): MemoryDeveloperMetadataLocation {
    return new MemoryDeveloperMetadataLocation(this.spreadsheet, this.#live().sheet);
  }
  setKey(key: string): this {
    this.#live().key = String(key);
    return this;
  }
  setValue(value: string): this {
    this.#live().value = String(value);
    return this;
  }
  setVisibility(visibility: string): this {
    this.#live().visibility = String(visibility);
    return this;
  }
  moveToSheet(sheet: MemorySheet): this {
    this.#live().sheet = sheet;
    return this;
  }
  moveToSpreadsheet(): this {
    this.#live().sheet = null;
    return this;
  }
  remove(): void {
    const index = this.store.entries.indexOf(this.entry);
    if (index >= 0) this.store.entries.splice(index, 1);
  }
  toString(): string {
    return "DeveloperMetadata";
  }
}

/** Spreadsheet.createDeveloperMetadataFinder() searches everything; Sheet's only that sheet. */
export class MemoryDeveloperMetadataFinder implements Service {
  readonly [KIND] = "DeveloperMetadataFinder";
  private readonly tests: Array<(entry: MetadataEntry) => boolean> = [];

  constructor(
    private readonly store: MetadataStore,
    private readonly spreadsheet: MemorySpreadsheet,
    private readonly sheet: MemorySheet | null,
  ) {}

  withKey(key: string): this {
    this.tests.push((e) => e.key === String(key));
    return this;
  }
  withValue(value: string): this {
    this.tests.push((e) => e.value === String(value));
    return this;
  }
  withId(id: number): this {
    this.tests.push((e) => e.id === Number(id));
    return this;
  }
  withVisibility(visibility: string): this {
    this.tests.push((e) => e.visibility === String(visibility));
    return this;
  }
  withLocationType(locationType: string): this {
    this.tests.push((e) => (e.sheet ? "SHEET" : "SPREADSHEET") === String(locationType));
    return this;
  }
  onIntersectingLocations(): this {
    return this;
  }
  find(): MemoryDeveloperMetadata[] {
    const found = this.store.entries
      .filter((e) => (this.sheet ? e.sheet === this.sheet : true))
      .filter((e) => this.tests.every((test) => test(e)))
      .map((e) => new MemoryDeveloperMetadata(this.store, this.spreadsheet, e));
    return serviceList(this.spreadsheet.env.realm.array(found));
  }
  toString(): string {
    return "DeveloperMetadataFinder";
  }
}
