// Reading sheets back: find each sheet and its columns by meaning (name or the other names staff
// use), parse every cell by its column's rule, build the model objects, then check the sheets
// against each other. A cell that cannot be taken gives one CellProblem and is left out of its
// record (named in the record's `invalid`); the row itself is always kept, so that it still counts
// wherever that cell is not needed. Only a repeated key (a cadre id, a unit or target name) drops a
// row: the first one is kept, and the repeat is reported.
import { isValidIso } from "../dates";
import {
  breaksOrder,
  type Cadre,
  type DateOrder,
  dateOrders,
  type Plan,
  type PlanData,
  type Position,
  type Review,
  type RotationRecord,
  type Standard,
  type Submission,
  type SuccessionEntry,
  type Target,
  type TrainingRecord,
  type Unit,
} from "../model";
import { StringIndex } from "../string-index";
import { findPreset, planFor } from "../targets/presets";
import { fold, idKey, nameKey } from "../text";
import {
  blankCell,
  CellFailure,
  cellParser,
  cellReader,
  idNumberFacts,
  isBlank,
  quoted,
  splitList,
} from "./cells";
import {
  defaultSettings,
  positionColumns,
  settingItems,
  sheetTemplatesFor,
  templateById,
} from "./definitions";
import { headerKey, locateSheets, matchColumns, type SheetLocation } from "./locate";
import { recordToTarget } from "./targets-sheet";
import type {
  CellProblem,
  CellValue,
  ColumnTemplate,
  Settings,
  SheetId,
  SheetTemplate,
  UnknownColumn,
} from "./types";

/** A workbook to read: its sheets' names in tab order, and their values. */
export interface WorkbookSource {
  sheetNames: readonly string[];
  /** A sheet's values (header first), or null when there is no such sheet. */
  values(name: string): CellValue[][] | null;
  /** The sheet the add-on made for a template (known by its mark, whatever its name now). */
  marked?(id: SheetId): string | undefined;
}

/** Sheet name → values, in tab order, as a WorkbookSource. */
export function workbookSource(sheets: Readonly<Record<string, CellValue[][]>>): WorkbookSource {
  return { sheetNames: Object.keys(sheets), values: (name) => sheets[name] ?? null };
}

export interface SheetRead {
  /** Live rows: 1-based sheet row and the parsed cells by column key (blank and bad cells absent). */
  records: Array<{ row: number; record: Record<string, unknown> }>;
  problems: CellProblem[];
  /** Headers of required columns not found. */
  missingColumns: string[];
  /** Columns of the sheet that no template column takes. */
  unknownColumns: UnknownColumn[];
  /** Column key → 0-based index in the sheet's rows. */
  columnIndex: Record<string, number>;
  /** 0-based index of the header row (a title may stand above it). */
  headerRow: number;
  /** Non-blank rows after the header. */
  rowsRead: number;
}

export interface ReadOptions {
  /**
   * False when the spreadsheet's locale reads typed dates month first (en_US): a date cell whose
   * day could be a month (05/03/1995 became 3 May) is then a warning to re-check.
   */
  dayFirst?: boolean;
}

/** Parses one sheet, its header found among the first rows. */
export function readSheetValues(template: SheetTemplate, values: CellValue[][]): SheetRead {
  const read = readTable(template, template.name, values, {});
  return {
    records: read.live.map((r, i) => ({ row: r + 1, record: recordAt(read, i) })),
    problems: read.problems,
    missingColumns: read.missingColumns,
    unknownColumns: read.unknownColumns,
    columnIndex: read.columnIndex,
    headerRow: read.headerRow,
    rowsRead: read.live.length,
  };
}

/** A sheet parsed column by column: the model objects are built from the columns. */
interface Table extends Omit<SheetRead, "records" | "rowsRead"> {
  template: SheetTemplate;
  /** The sheet's own name. */
  sheet: string;
  values: CellValue[][];
  /** The rows that are not blank (and not a copy of the header), as 0-based indices into values. */
  live: number[];
  /** Parsed values by column key, indexed like `live` (undefined: blank, bad, or a list with no item). */
  columns: Record<string, unknown[]>;
  /** For live row i with a cell left out: column key → why. */
  invalid: Map<number, Record<string, string>>;
}

/** The parsed cells of live row i by column key, blank and bad cells absent. */
function recordAt(read: Table, i: number): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key in read.columns) {
    const value = read.columns[key]![i];
    if (value !== undefined) record[key] = value;
  }
  return record;
}

/** Rows looked at for the header: a title or a blank line may stand above it. */
const headerSearchRows = 10;

/** The header row: among the first rows, the one where most template columns are found. */
function findHeader(template: SheetTemplate, values: CellValue[][]) {
  let best = { row: 0, found: matchColumns(template, values[0] ?? []) };
  let bestCount = Object.keys(best.found.index).length;
  for (let r = 1; r < Math.min(values.length, headerSearchRows); r++) {
    const found = matchColumns(template, values[r] ?? []);
    const count = Object.keys(found.index).length;
    if (count > bestCount) {
      best = { row: r, found };
      bestCount = count;
    }
  }
  return best;
}

/** Why a cell is left out, as the engine and the export say it: 'ô "Ngày sinh" (dòng 7) chưa hợp lệ'. */
export function leftOut(header: string, row: number, blank: boolean): string {
  return `ô "${header}" (dòng ${row}) ${blank ? "để trống" : "chưa hợp lệ"}`;
}

/** The warning on a date cell of a month-first spreadsheet whose day and month could be swapped. */
export function swappedDateWarning(iso: string): string | undefined {
  const day = Number(iso.slice(8, 10));
  const month = Number(iso.slice(5, 7));
  if (day > 12 || day === month) return undefined;
  const shown = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const swapped = `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  return `ngày ${shown} có thể đã bị đảo ngày và tháng (bảng tính đang đặt khu vực đọc tháng trước ngày): nếu đã gõ ${swapped} thì hãy gõ lại sau khi chuyển bảng tính sang Việt Nam`;
}

function readTable(
  template: SheetTemplate,
  sheet: string,
  values: CellValue[][],
  options: ReadOptions,
): Table {
  const { row: headerRow, found } = findHeader(template, values);
  const columnIndex = found.index;
  const unknownColumns = found.unknown.map((u) => ({ sheet, column: u.column + 1, header: u.header }));
  const missingColumns = template.columns
    .filter((c) => c.required && columnIndex[c.key] === undefined)
    .map((c) => c.header);
  // In sheet order, so that a row's problems come left to right.
  const present = template.columns
    .filter((c) => columnIndex[c.key] !== undefined)
    .map((c) => ({ column: c, index: columnIndex[c.key]! }))
    .sort((a, b) => a.index - b.index);
  const headerKeys = present.map((p) => headerKey(String(values[headerRow]?.[p.index] ?? "")));
  /** A copy of the header row (e.g. pasted twice) is not data. */
  const isHeaderCopy = (cells: readonly CellValue[]) =>
    present.length > 0 &&
    present.every(({ index }, i) => {
      const cell = cells[index];
      return typeof cell === "string" && headerKey(cell) === headerKeys[i];
    });

  const { live, cellsIn } = liveRows(
    values,
    headerRow,
    present.map((p) => p.index),
  );
  const invalid = new Map<number, Record<string, string>>();
  const found2: Array<{ at: number; problem: CellProblem }> = [];
  const columns: Record<string, unknown[]> = {};
  const warnings: CellProblem[] = [];
  for (let c = 0; c < present.length; c++) {
    const { column, index } = present[c]!;
    const cells = cellsIn[c]!;
    // Date cells Sheets parsed itself, in a month-first spreadsheet: their day and month may be swapped.
    const parsedBySheets =
      options.dayFirst === false && column.type === "date"
        ? cells.flatMap((cell, at) => (cell instanceof Date ? [at] : []))
        : [];
    readColumn(cells, cellReader(column), column.required, (at, value, message, blank) => {
      const row = live[at]! + 1;
      found2.push({
        at,
        problem: { sheet, row, column: index + 1, header: column.header, value, message },
      });
      const reasons = invalid.get(at) ?? {};
      invalid.set(at, reasons);
      reasons[column.key] = leftOut(column.header, row, blank);
    });
    columns[column.key] = cells;
    for (const at of parsedBySheets) {
      const iso = cells[at];
      const message = typeof iso === "string" ? swappedDateWarning(iso) : undefined;
      if (message) {
        const row = live[at]! + 1;
        const value = values[live[at]!]?.[index] ?? null;
        warnings.push({
          sheet,
          row,
          column: index + 1,
          header: column.header,
          value,
          message,
          warning: true,
        });
      }
    }
  }
  // A copy of the header fails some typed column; checked only then, as it is rare.
  const copies = new Set<number>();
  for (const { at } of found2) if (!copies.has(at) && isHeaderCopy(values[live[at]!] ?? [])) copies.add(at);
  found2.sort((a, b) => a.at - b.at);
  const problems = found2.filter((f) => !copies.has(f.at)).map((f) => f.problem);
  problems.push(...warnings);
  const table: Table = {
    template,
    sheet,
    values,
    live,
    columns,
    invalid,
    problems,
    missingColumns,
    unknownColumns,
    columnIndex,
    headerRow,
  };
  return copies.size > 0 ? withoutRows(table, copies) : table;
}

/** The table without some live rows (copies of the header). */
function withoutRows(table: Table, drop: ReadonlySet<number>): Table {
  const keep = table.live.map((_, i) => i).filter((i) => !drop.has(i));
  const columns: Record<string, unknown[]> = {};
  for (const key in table.columns) columns[key] = keep.map((i) => table.columns[key]![i]);
  const invalid = new Map<number, Record<string, string>>();
  keep.forEach((i, k) => {
    const reasons = table.invalid.get(i);
    if (reasons) invalid.set(k, reasons);
  });
  return { ...table, live: keep.map((i) => table.live[i]!), columns, invalid };
}

// The loops over a sheet's rows are functions of their own: sheets and columns differ in shape, and
// the code that meets them is compiled again for each, but not these loops.

/**
 * The rows of `values` after the header that are not blank (as indices into values), and their
 * cells at `indexes`, column by column.
 */
function liveRows(
  values: CellValue[][],
  headerRow: number,
  indexes: number[],
): { live: number[]; cellsIn: unknown[][] } {
  const isBlankCell = isBlank;
  const rows = Math.max(0, values.length - headerRow - 1);
  const live = new Array<number>(rows);
  // Filled first, so that every column list has one kind of element from the start.
  const cellsIn = indexes.map(() => new Array<unknown>(rows).fill(null));
  let count = 0;
  for (let r = headerRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (isBlankCell(cells[0] ?? null) && cells.every((cell) => isBlankCell(cell))) continue;
    const at = count++;
    live[at] = r;
    for (let c = 0; c < indexes.length; c++) cellsIn[c]![at] = cells[indexes[c]!] ?? null;
  }
  live.length = count;
  for (let c = 0; c < cellsIn.length; c++) cellsIn[c]!.length = count;
  return { live, cellsIn };
}

/**
 * Reads a column's cells in place: each cell's value takes its place (undefined for a blank cell or
 * a rejected one). A rejected cell, or a blank one in a required column, goes to `problem`.
 */
function readColumn(
  cells: unknown[],
  read: (cell: CellValue) => unknown,
  required: boolean,
  problem: (at: number, value: CellValue, message: string, blank: boolean) => void,
): void {
  const blank = blankCell;
  const Failure = CellFailure;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i] as CellValue;
    const result = read(value);
    if (result === blank) {
      cells[i] = undefined;
      if (required) problem(i, value, "ô này không được để trống", true);
    } else if (result instanceof Failure) {
      cells[i] = undefined;
      problem(i, value, result.message, false);
    } else cells[i] = result;
  }
}

export interface WorkbookRead {
  settings: Settings;
  data: PlanData;
  plan: Plan;
  problems: CellProblem[];
  missingSheets: string[];
  missingColumns: Array<{ sheet: string; header: string }>;
  /** Columns no template takes, sheet by sheet: read past, never renamed. */
  unknownColumns: UnknownColumn[];
  /** Which of the user's sheets was read for each template found (its name may differ). */
  sheets: Partial<Record<SheetId, SheetLocation>>;
  /** What the user should know about how the workbook was read (a sheet taken by another name…). */
  notes: string[];
  rowsRead: number;
}

/** Reads the settings sheet (Mục | Giá trị); missing items keep their defaults. */
export function readSettings(
  values: CellValue[][],
  sheet = templateById("settings").name,
): {
  settings: Settings;
  problems: CellProblem[];
  missingItems: string[];
} {
  const settings: Settings = {
    ...defaultSettings,
    levels: [...defaultSettings.levels],
    keyPosts: [...defaultSettings.keyPosts],
  };
  const problems: CellProblem[] = [];
  const header = (values[0] ?? []).map((cell) => headerKey(String(cell ?? "")));
  const itemColumn = Math.max(0, header.indexOf(headerKey("Mục")));
  const valueColumn =
    header.indexOf(headerKey("Giá trị")) >= 0 ? header.indexOf(headerKey("Giá trị")) : itemColumn + 1;
  const seen = new Set<string>();
  for (let r = 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const label = headerKey(String(cells[itemColumn] ?? ""));
    const item = settingItems.find((s) => [s.label, ...s.aliases].some((l) => headerKey(l) === label));
    if (!item || seen.has(item.key)) continue;
    seen.add(item.key);
    const value = cells[valueColumn] ?? null;
    const problem = (message: string) =>
      problems.push({ sheet, row: r + 1, column: valueColumn + 1, header: item.label, value, message });
    if (isBlank(value)) {
      if (item.key === "unitName" || item.key === "planYear") problem("ô này không được để trống");
      continue;
    }
    if (item.key === "levels") {
      const levels = splitList(String(value));
      if (levels.length) settings.levels = levels;
      continue;
    }
    const parsed = cellParser({
      key: item.key,
      header: item.label,
      aliases: [],
      type: item.type,
      required: true,
      help: "",
      width: 0,
      ...item.choices,
    })(value);
    if (!parsed.ok) problem(parsed.message);
    else if (item.key === "presetId") {
      // The cell shows the plan's label; the settings keep its id.
      settings.presetId = findPreset(String(parsed.value))?.id ?? String(parsed.value);
    } else (settings as unknown as Record<string, unknown>)[item.key] = parsed.value;
  }
  const missingItems = settingItems
    .filter((s) => (s.key === "unitName" || s.key === "planYear") && !seen.has(s.key))
    .map((s) => s.label);
  return { settings, problems, missingItems };
}

type DataSheetId = Exclude<SheetId, "settings" | "targets">;

/**
 * Model objects of a table, all with the same keys in the same order (one shape for the engine):
 * each starts as a copy of one blank object, whose fields are then filled column by column.
 */
function buildRecords<T>(
  table: Table,
  keys: readonly string[],
  more?: (record: Record<string, unknown>, i: number) => void,
): T[] {
  const { live, columns, invalid } = table;
  const blank: Record<string, unknown> = {};
  for (const key of keys) blank[key] = undefined;
  blank.row = 0;
  blank.invalid = undefined;
  const none: unknown[] = [];
  const lists = keys.map((key) => columns[key] ?? none);
  const items = new Array<T>(live.length);
  for (let i = 0; i < live.length; i++) {
    const record = { ...blank };
    for (let k = 0; k < keys.length; k++) record[keys[k]!] = lists[k]![i];
    record.row = live[i]! + 1;
    record.invalid = invalid.get(i);
    more?.(record, i);
    items[i] = record as T;
  }
  return items;
}

/** Cadres: the post and since columns become `positions`, at the place of the first of them. */
function cadreRecords(table: Table): Cadre[] {
  const positionKeys = new Set(positionColumns.flatMap((p) => [p.post, p.since]));
  const keys = table.template.columns.map((c) => (c.key === positionColumns[0]!.post ? "positions" : c.key));
  const none: unknown[] = [];
  const sources = positionColumns.map(({ organization, post, since }) => ({
    organization,
    posts: (table.columns[post] ?? none) as Array<Position["post"] | undefined>,
    since: (table.columns[since] ?? none) as Array<string | undefined>,
  }));
  return buildRecords<Cadre>(
    table,
    keys.filter((k) => !positionKeys.has(k)),
    (record, i) => {
      const positions: Position[] = [];
      for (const { organization, posts, since } of sources) {
        const post = posts[i];
        if (post === undefined) continue;
        const from = since[i];
        positions.push(from ? { organization, post, since: from } : { organization, post });
      }
      record.positions = positions;
    },
  );
}

/** Reads a whole workbook (a source, or sheet name → values in tab order). */
export function readWorkbook(
  input: WorkbookSource | Readonly<Record<string, CellValue[][]>>,
  options: ReadOptions = {},
): WorkbookRead {
  const source: WorkbookSource =
    typeof (input as WorkbookSource).values === "function"
      ? (input as WorkbookSource)
      : workbookSource(input as Record<string, CellValue[][]>);
  const problems: CellProblem[] = [];
  const missingSheets: string[] = [];
  const missingColumns: Array<{ sheet: string; header: string }> = [];
  const unknownColumns: UnknownColumn[] = [];
  const notes: string[] = [];

  const settingsTemplate = templateById("settings");
  const settingsPlace = locateSheets(source.sheetNames, [settingsTemplate], source.marked).found.settings;
  let settings: Settings = { ...defaultSettings, levels: [...defaultSettings.levels] };
  const settingsValues = settingsPlace ? source.values(settingsPlace.name) : null;
  if (!settingsPlace || !settingsValues) missingSheets.push(settingsTemplate.name);
  else {
    const read = readSettings(settingsValues, settingsPlace.name);
    settings = read.settings;
    problems.push(...read.problems);
    for (const header of read.missingItems) missingColumns.push({ sheet: settingsPlace.name, header });
  }
  const templates = sheetTemplatesFor(settings.levels);
  const located = locateSheets(source.sheetNames, templates, source.marked, settings.planYear);
  notes.push(...located.notes);

  const tables = new Map<SheetId, Table>();
  let rowsRead = 0;
  for (const template of templates) {
    if (template.id === "settings") continue;
    const place = located.found[template.id];
    const values = place ? source.values(place.name) : null;
    if (!place || !values) {
      missingSheets.push(template.name);
      continue;
    }
    const table = readTable(template, place.name, values, options);
    tables.set(template.id, table);
    rowsRead += table.live.length;
    // A loop, not push(...): a big sheet may have more problems than a call takes arguments.
    for (const p of table.problems) problems.push(p);
    for (const header of table.missingColumns) missingColumns.push({ sheet: place.name, header });
    for (const u of table.unknownColumns) unknownColumns.push(u);
  }

  /** A problem on a cell of a record (by its row), which also leaves that field out of the record. */
  const problemAt = (
    id: SheetId,
    record: { row?: number; invalid?: Record<string, string> } | null,
    row: number,
    key: string,
    message: string,
    leaveOut = false,
  ) => {
    const table = tables.get(id);
    if (!table) return;
    const column = table.template.columns.find((c) => c.key === key) ?? table.template.columns[0]!;
    const index = table.columnIndex[column.key] ?? table.columnIndex[table.template.columns[0]!.key] ?? 0;
    problems.push({
      sheet: table.sheet,
      row,
      column: index + 1,
      header: column.header,
      value: table.values[row - 1]?.[index] ?? null,
      message,
    });
    if (leaveOut && record) {
      record.invalid = { ...record.invalid, [key]: leftOut(column.header, row, false) };
      delete (record as Record<string, unknown>)[key];
      (record as Record<string, unknown>)[key] = undefined;
    }
  };

  function recordsOf<T>(id: DataSheetId): T[] {
    const table = tables.get(id);
    if (!table) return [];
    if (id === "cadres") return cadreRecords(table) as T[];
    return buildRecords<T>(
      table,
      table.template.columns.map((c) => c.key),
    );
  }

  // ---- units: one row per name ----
  const units = keepFirst(
    recordsOf<Unit>("units"),
    (u) => (u.name ? nameKey(u.name) : undefined),
    (u, first) =>
      problemAt("units", u, u.row!, "name", `đơn vị ${quoted(u.name!)} trùng với dòng ${first.row}`),
  );
  const unitByKey = new Map<string, Unit>();
  for (const u of units) if (u.name) unitByKey.set(nameKey(u.name), u);
  const unitsSheet = tables.has("units");
  /** Whether each unit name met is on the units sheet: the same few names come back on every row. */
  const knownUnits = new Map<string, boolean>();
  const isKnownUnit = (name: string) => {
    let known = knownUnits.get(name);
    if (known === undefined) {
      known = unitByKey.has(nameKey(name));
      knownUnits.set(name, known);
    }
    return known;
  };
  /** A unit named elsewhere should be on the units sheet; the record keeps the name as typed. */
  const checkUnit = (id: DataSheetId, record: { unit?: string; row?: number }) => {
    if (!unitsSheet || record.unit === undefined || isKnownUnit(record.unit)) return;
    problemAt(
      id,
      null,
      record.row!,
      "unit",
      `đơn vị ${quoted(record.unit)} không có trong trang "${located.found.units?.name ?? templateById("units").name}"`,
    );
  };

  // ---- cadres: one row per id ----
  const cadres = keepFirst(
    recordsOf<Cadre>("cadres"),
    (c) => (c.id ? idKey(c.id) : undefined),
    (c, first) =>
      problemAt("cadres", c, c.row!, "id", `mã cán bộ ${quoted(c.id!)} trùng với dòng ${first.row}`),
  );
  const yearEnd = `${settings.planYear}-12-31`;
  // Only cadres with a date order to check or a CCCD number need more than the unit check.
  for (const cadre of cadres) {
    checkUnit("cadres", cadre);
    checkCadreDates(cadre, settings.planYear, yearEnd, (key, message) =>
      problemAt("cadres", cadre, cadre.row!, key, message, true),
    );
  }
  const cadreIds = new StringIndex(cadres.map((c) => (c.id ? idKey(c.id) : "")));
  // The ids as typed on the cadres sheet: most records name their cadre exactly so, and are found
  // without making a key (500,000 training rows would make as many strings).
  const typedIds = new StringIndex(cadres.map((c) => c.id ?? ""));
  const cadresSheet = tables.has("cadres");
  /** The position in `cadres` of the cadre a record names (-1: none); an unknown id is reported. */
  const linkCadre = (id: DataSheetId, record: { cadreId?: string; row?: number }): number => {
    if (record.cadreId === undefined) return -1;
    let at = typedIds.find(record.cadreId);
    if (at < 0) {
      const key = idKey(record.cadreId);
      at = key === "" ? -1 : cadreIds.find(key);
    }
    if (at < 0 && cadresSheet) {
      problemAt(
        id,
        null,
        record.row!,
        "cadreId",
        `mã cán bộ ${quoted(record.cadreId)} không có trong trang "${located.found.cadres?.name ?? templateById("cadres").name}"`,
      );
    }
    return at;
  };

  const trainings = recordsOf<TrainingRecord>("trainings");
  const trainingCadres = new Int32Array(trainings.length);
  for (let i = 0; i < trainings.length; i++) {
    const t = trainings[i]!;
    trainingCadres[i] = linkCadre("trainings", t);
    for (const order of dateOrders.trainings) {
      if (breaksOrder(t as Record<string, unknown>, order))
        problemAt("trainings", t, t.row!, order.later, order.message, true);
    }
  }
  const successions = recordsOf<SuccessionEntry>("successions");
  for (const s of successions) {
    linkCadre("successions", s);
    checkUnit("successions", s);
  }
  const rotations = recordsOf<RotationRecord>("rotations");
  for (const r of rotations) linkCadre("rotations", r);
  const reviews = recordsOf<Review>("reviews");
  for (const r of reviews) linkCadre("reviews", r);
  const submissions = recordsOf<Submission>("submissions");
  for (const s of submissions) {
    checkUnit("submissions", s);
    if (s.received && s.deadline && s.received < `${s.deadline.slice(0, 4)}-01-01`) {
      problemAt(
        "submissions",
        s,
        s.row!,
        "received",
        `ngày nhận trước năm của hạn nộp (${s.deadline.slice(0, 4)}): kiểm tra lại năm`,
        true,
      );
    }
  }

  const standards = keepFirst(
    recordsOf<Standard>("standards"),
    (s) => (s.post && s.level ? `${s.post}|${nameKey(s.level)}` : undefined),
    (s, first) =>
      problemAt(
        "standards",
        s,
        s.row!,
        "post",
        `tiêu chuẩn của chức danh này ở cấp ${quoted(s.level!)} trùng với dòng ${first.row}`,
      ),
  );
  const absent = (
    ["units", "cadres", "trainings", "successions", "rotations", "submissions", "standards"] as const
  ).filter((id) => !tables.has(id));
  const data: PlanData = {
    units,
    cadres,
    trainings,
    successions,
    rotations,
    reviews,
    submissions,
    standards,
    trainingCadres,
    ...(absent.length ? { absent } : {}),
  };

  // ---- the plan: the targets sheet if there is one, else the preset named in the settings ----
  let plan = planFor(settings);
  const targetsTable = tables.get("targets");
  if (targetsTable) {
    const read: Array<{ row: number; target: Target }> = [];
    for (let i = 0; i < targetsTable.live.length; i++) {
      const row = targetsTable.live[i]! + 1;
      if (targetsTable.invalid.has(i)) continue;
      const result = recordToTarget(recordAt(targetsTable, i));
      if (result.ok) read.push({ row, target: result.target });
      else for (const p of result.problems) problemAt("targets", null, row, p.key, p.message);
    }
    const targets = keepFirst(
      read,
      (t) => fold(t.target.id),
      (t, first) =>
        problemAt(
          "targets",
          null,
          t.row,
          "id",
          `mã chỉ tiêu ${quoted(t.target.id)} trùng với dòng ${first.row}`,
        ),
    ).map((t) => t.target);
    plan = { ...plan, targets };
  }

  const order = [settingsTemplate.name, ...templates.map((t) => located.found[t.id]?.name ?? t.name)];
  problems.sort(
    (a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row || a.column - b.column,
  );
  const sheets = { ...located.found };
  if (settingsPlace) sheets.settings = settingsPlace;
  return {
    settings,
    data,
    plan,
    problems,
    missingSheets,
    missingColumns,
    unknownColumns,
    sheets,
    notes,
    rowsRead,
  };
}

/** The youngest a cadre can be at the end of the plan year (Chỉ huy Đội are children), and the oldest. */
const youngestAge = 6;
const oldestAge = 100;

/** The cadre's dates that dateOrders.cadres compares, by column key (positions by their since column). */
function cadreDate(cadre: Cadre, key: string): string | undefined {
  const position = positionColumns.find((p) => p.since === key);
  if (!position) return (cadre as unknown as Record<string, unknown>)[key] as string | undefined;
  return cadre.positions.find((p) => p.organization === position.organization)?.since;
}

/**
 * Dates of a cadre that cannot be: born after the plan year (or too recently, or too long ago),
 * appointed or admitted before birth, a CCCD number that says another year of birth or gender.
 */
function checkCadreDates(
  cadre: Cadre,
  planYear: number,
  yearEnd: string,
  problem: (key: string, message: string) => void,
): void {
  const birth = cadre.dateOfBirth;
  if (birth) {
    const youngest = `${planYear - youngestAge}-12-31`;
    if (birth > yearEnd) problem("dateOfBirth", `ngày sinh sau năm kế hoạch ${planYear}: không thể có`);
    else if (birth > youngest)
      problem("dateOfBirth", `ngày sinh quá gần năm kế hoạch (dưới ${youngestAge} tuổi)`);
    else if (birth < `${planYear - oldestAge}-01-01`)
      problem("dateOfBirth", `ngày sinh cách năm kế hoạch hơn ${oldestAge} năm`);
  }
  if (cadre.dateOfBirth) {
    for (const order of dateOrders.cadres as DateOrder[]) {
      const later = cadreDate(cadre, order.later);
      if (later === undefined || later >= cadre.dateOfBirth) continue;
      problem(order.later, order.message);
      const position = positionColumns.find((c) => c.since === order.later);
      if (position) {
        // The position stays (the post is known); only its date is left out.
        cadre.positions = cadre.positions.map((p) =>
          p.organization === position.organization ? { organization: p.organization, post: p.post } : p,
        );
      }
    }
  }
  if (cadre.idNumber) {
    const facts = idNumberFacts(cadre.idNumber);
    const birthYear =
      cadre.dateOfBirth && isValidIso(cadre.dateOfBirth) ? Number(cadre.dateOfBirth.slice(0, 4)) : undefined;
    if (facts && birthYear !== undefined && facts.birthYear !== birthYear) {
      problem(
        "idNumber",
        `số CCCD ghi năm sinh ${facts.birthYear}, khác ngày sinh (${birthYear}): kiểm tra lại một trong hai ô`,
      );
    } else if (facts && cadre.gender && facts.gender !== cadre.gender) {
      problem(
        "idNumber",
        `số CCCD ghi giới tính ${facts.gender === "male" ? "Nam" : "Nữ"}, khác cột Giới tính: kiểm tra lại`,
      );
    }
  }
}

/** Keeps the first item of each key (no key: always kept); reports the later ones. */
function keepFirst<T>(
  items: T[],
  keyOf: (item: T) => string | undefined,
  duplicate: (item: T, first: T) => void,
): T[] {
  const first = new Map<string, T>();
  const kept: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined || key === "") {
      kept.push(item);
      continue;
    }
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, item);
      kept.push(item);
    } else duplicate(item, earlier);
  }
  return kept;
}

export type { ColumnTemplate };
