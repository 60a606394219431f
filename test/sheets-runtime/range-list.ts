// RangeList: several ranges changed in one call (Sheet.getRangeList / Spreadsheet.getRangeList).
// Each setter does to every range what the Range setter of the same name does; only the one call
// to the list is counted, as in Apps Script.
import { KIND, type Service, serviceList } from "./counting";
import type { Env } from "./env";
import type { ClearOptions, MemoryRange } from "./range";

export class MemoryRangeList implements Service {
  readonly [KIND] = "RangeList";
  constructor(
    private readonly env: Env,
    readonly ranges: MemoryRange[],
  ) {}

  #each(change: (range: MemoryRange) => void): this {
    for (const range of this.ranges) change(range);
    return this;
  }
  getRanges(): MemoryRange[] {
    return serviceList(this.env.realm.array(this.ranges));
  }
  activate(): this {
    return this.#each((r) => r.activate());
  }
  setBackground(color: string | null): this {
    return this.#each((r) => r.setBackground(color));
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    return this.#each((r) => r.setBackgroundRGB(red, green, blue));
  }
  setFontColor(color: string | null): this {
    return this.#each((r) => r.setFontColor(color));
  }
  setFontWeight(weight: string | null): this {
    return this.#each((r) => r.setFontWeight(weight));
  }
  setFontStyle(style: string | null): this {
    return this.#each((r) => r.setFontStyle(style));
  }
  setFontSize(size: number): this {
    return this.#each((r) => r.setFontSize(size));
  }
  setFontFamily(family: string | null): this {
    return this.#each((r) => r.setFontFamily(family));
  }
  setFontLine(line: string | null): this {
    return this.#each((r) => r.setFontLine(line));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.#each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.#each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.#each((r) => r.setWrap(isWrapEnabled));
  }
  setWrapStrategy(strategy: string): this {
    return this.#each((r) => r.setWrapStrategy(strategy));
  }
  setNumberFormat(format: string): this {
    return this.#each((r) => r.setNumberFormat(format));
  }
  setNote(note: string | null): this {
    return this.#each((r) => r.setNote(note));
  }
  setValue(value: unknown): this {
    return this.#each((r) => r.setValue(value));
  }
  setFormula(formula: string): this {
    return this.#each((r) => r.setFormula(formula));
  }
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
    return this.#each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  breakApart(): this {
    return this.#each((r) => r.breakApart());
  }
  clear(options?: ClearOptions): this {
    return this.#each((r) => r.clear(options));
  }
  clearContent(): this {
    return this.#each((r) => r.clearContent());
  }
  clearFormat(): this {
    return this.#each((r) => r.clearFormat());
  }
  clearNote(): this {
    return this.#each((r) => r.clearNote());
  }
  clearDataValidations(): this {
    return this.#each((r) => r.clearDataValidations());
  }
  toString(): string {
    return "RangeList";
  }
}
