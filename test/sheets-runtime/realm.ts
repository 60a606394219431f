// Values handed to the add-on must come from the add-on's own vm realm: Apps Script code tests
// `value instanceof Date` and `e instanceof Error`, which fail across Node realms.
import vm from "node:vm";

export interface Realm {
  context: vm.Context;
  /** Builds a Date of the add-on's realm. */
  date(time: number): Date;
  /** Builds an Apps Script style exception ("Exception: …") of the add-on's realm. */
  error(message: string): Error;
  /** Copies a list into an array of the add-on's realm. */
  array<T>(items: readonly T[]): T[];
  /** Copies a 2-D list into nested arrays of the add-on's realm. */
  matrix<T>(rows: readonly (readonly T[])[]): T[][];
  /** Copies a plain record into an object of the add-on's realm. */
  object<T extends object>(record: T): T;
  /**
   * Reads a block of a sparse grid (rows of cells, undefined = unset) into nested arrays of the
   * add-on's realm: unset cells become `fallback`, outer-realm Dates become the realm's Dates.
   */
  readGrid<T>(
    rows: ReadonlyArray<ReadonlyArray<unknown> | undefined>,
    firstRow: number,
    firstColumn: number,
    numRows: number,
    numColumns: number,
    fallback: unknown,
    outerDate: DateConstructor | null,
  ): T[][];
}

// Built inside the realm with plain loops: Array.from across realms is several times slower.
const HELPERS = `(() => {
  const RealDate = Date;
  const copy = (items) => { const n = items.length; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = items[i]; return out; };
  return {
    date: (time) => new RealDate(time),
    error: (message) => { const e = new Error(message); e.name = "Exception"; return e; },
    array: copy,
    matrix: (rows) => { const out = new Array(rows.length); for (let i = 0; i < rows.length; i++) out[i] = copy(rows[i]); return out; },
    object: (record) => Object.assign({}, record),
    readGrid: (rows, r0, c0, nr, nc, fallback, OuterDate) => {
      const out = new Array(nr);
      for (let i = 0; i < nr; i++) {
        const src = rows[r0 + i];
        const line = new Array(nc);
        if (src === undefined) {
          for (let j = 0; j < nc; j++) line[j] = fallback;
        } else {
          for (let j = 0; j < nc; j++) {
            const v = src[c0 + j];
            line[j] = v === undefined ? fallback : OuterDate !== null && v instanceof OuterDate ? new RealDate(v.getTime()) : v;
          }
        }
        out[i] = line;
      }
      return out;
    },
  };
})()`;

/** Contextifies `globals` (the add-on's global object) and returns helpers bound to its realm. */
export function createRealm(globals: Record<string, unknown>): Realm {
  const context = vm.createContext(globals);
  const helpers = vm.runInContext(HELPERS, context) as Omit<Realm, "context">;
  return { context, ...helpers };
}

/** True for Date objects of any realm. */
export function isDate(value: unknown): value is Date {
  return (
    typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Date]"
  );
}
