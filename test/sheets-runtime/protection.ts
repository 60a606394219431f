// Protected sheets and ranges. Who may edit is decided per protection: the owner always, the
// editors listed, everybody when the protection only warns. A write by a script running for
// someone else fails with Sheets' message, as it does for a person typing.
import { type GridArea, overlaps } from "./a1";
import { KIND, rawOf, type Service, serviceList } from "./counting";
import type { Env } from "./env";
import { MemoryRange } from "./range";
import type { MemorySheet } from "./sheet";

export const ProtectionType = Object.freeze({ RANGE: "RANGE", SHEET: "SHEET", NAMED_RANGE: "NAMED_RANGE" });

export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

export interface ProtectionEntry {
  type: "RANGE" | "SHEET";
  sheet: MemorySheet;
  /** The protected area; a sheet protection covers the whole grid whatever its size. */
  area: GridArea | null;
  editors: Set<string>;
  warningOnly: boolean;
  description: string;
  unprotected: GridArea[];
}

function inside(inner: GridArea, outer: GridArea): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

export function mayEdit(env: Env, entry: ProtectionEntry): boolean {
  const user = env.users.active();
  return entry.warningOnly || user === env.users.owner || entry.editors.has(user);
}

/** Does a protection that the running user may not edit cover (part of) `area`? null area: the sheet itself. */
export function blockedBy(env: Env, sheet: MemorySheet, area: GridArea | null): ProtectionEntry | undefined {
  return sheet.spreadsheet.protections.find((p) => {
    if (p.sheet !== sheet || mayEdit(env, p)) return false;
    if (area === null) return true;
    if (p.type === "RANGE") return p.area !== null && overlaps(p.area, area);
    // A sheet protection leaves its unprotected ranges free.
    return !p.unprotected.some((free) => inside(area, free));
  });
}

export class MemoryProtection implements Service {
  readonly [KIND] = "Protection";
  constructor(
    private readonly env: Env,
    readonly entry: ProtectionEntry,
  ) {}

  #owned(): ProtectionEntry {
    if (!mayEdit(this.env, this.entry) && !this.entry.warningOnly)
      throw this.env.realm.error(PROTECTED_MESSAGE);
    return this.entry;
  }
  getProtectionType(): string {
    return this.entry.type;
  }
  getRange(): MemoryRange {
    const { sheet, area } = this.entry;
    return area
      ? new MemoryRange(sheet, area.row, area.column, area.numRows, area.numColumns)
      : new MemoryRange(sheet, 1, 1, sheet.maxRows, sheet.maxColumns);
  }
  getRangeName(): null {
    return null;
  }
  getDescription(): string {
    return this.entry.description;
  }
  setDescription(description: string): this {
    this.#owned().description = String(description);
    return this;
  }
  canEdit(): boolean {
    return mayEdit(this.env, this.entry);
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(_editable: boolean): this {
    this.#owned();
    return this;
  }
  isWarningOnly(): boolean {
    return this.entry.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.#owned().warningOnly = Boolean(warningOnly);
    return this;
  }
  getEditors(): Array<{ getEmail(): string }> {
    return this.env.realm.array(
      [this.env.users.owner, ...this.entry.editors].map((email) => ({ getEmail: () => email })),
    );
  }
  addEditor(email: unknown): this {
    this.#owned().editors.add(emailOf(email));
    return this;
  }
  addEditors(emails: unknown[]): this {
    for (const email of emails) this.addEditor(email);
    return this;
  }
  removeEditor(email: unknown): this {
    this.#owned().editors.delete(emailOf(email));
    return this;
  }
  removeEditors(emails: unknown[]): this {
    for (const email of emails) this.removeEditor(email);
    return this;
  }
  getUnprotectedRanges(): MemoryRange[] {
    const { sheet } = this.entry;
    return serviceList(
      this.env.realm.array(
        this.entry.unprotected.map((a) => new MemoryRange(sheet, a.row, a.column, a.numRows, a.numColumns)),
      ),
    );
  }
  setUnprotectedRanges(ranges: MemoryRange[]): this {
    this.#owned().unprotected = [...ranges].map((r) => {
      const raw = rawOf(r);
      return { row: raw.row, column: raw.column, numRows: raw.numRows, numColumns: raw.numColumns };
    });
    return this;
  }
  remove(): void {
    this.#owned();
    const list = this.entry.sheet.spreadsheet.protections;
    const index = list.indexOf(this.entry);
    if (index >= 0) list.splice(index, 1);
  }
  toString(): string {
    return "Protection";
  }
}

function emailOf(user: unknown): string {
  if (typeof user === "object" && user !== null && "getEmail" in user)
    return String((user as { getEmail(): string }).getEmail());
  return String(user);
}

/** Sheet.protect() / Range.protect(): the one running it becomes an editor. */
export function protect(env: Env, sheet: MemorySheet, area: GridArea | null): MemoryProtection {
  const list = sheet.spreadsheet.protections;
  if (area === null) {
    const existing = list.find((p) => p.sheet === sheet && p.type === "SHEET");
    if (existing) return new MemoryProtection(env, existing);
  }
  const entry: ProtectionEntry = {
    type: area === null ? "SHEET" : "RANGE",
    sheet,
    area,
    editors: new Set([env.users.active()]),
    warningOnly: false,
    description: "",
    unprotected: [],
  };
  list.push(entry);
  return new MemoryProtection(env, entry);
}

export function protectionsOf(env: Env, entries: ProtectionEntry[], type: string): MemoryProtection[] {
  return serviceList(
    env.realm.array(entries.filter((p) => p.type === String(type)).map((p) => new MemoryProtection(env, p))),
  );
}
