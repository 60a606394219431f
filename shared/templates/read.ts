// Reading sheets back: find columns by header, parse each cell by its type, turn good rows into
// model objects checked by the zod schemas, then check the sheets against each other.
// Every rejected cell gives one CellProblem; its row is left out, every good row is kept.
import {
  type Cadre,
  CadreSchema,
  type Plan,
  type PlanData,
  type Position,
  type Review,
  ReviewSchema,
  type RotationRecord,
  RotationRecordSchema,
  type Submission,
  SubmissionSchema,
  type SuccessionEntry,
  SuccessionEntrySchema,
  type Target,
  type TrainingRecord,
  TrainingRecordSchema,
  type Unit,
  UnitSchema,
} from "../model";
import { StringIndex } from "../string-index";
import { findPreset } from "../targets/presets";
import { fold } from "../text";
import type { z } from "../zod";
import {
  blankCell,
  CellFailure,
  cellParser,
  cellReader,
  isBlank,
  isPlainAscii,
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
import { quickModels } from "./quick-model";
import { recordToTarget } from "./targets-sheet";
import type { CellProblem, CellValue, Settings, SheetId, SheetTemplate } from "./types";

export interface SheetRead {
  /** Good rows: 1-based sheet row and the parsed cells by column key (blank cells absent). */
  records: Array<{ row: number; record: Record<string, unknown> }>;
  problems: CellProblem[];
  /** Headers of required columns not found. */
  missingColumns: string[];
  /** Column key → 0-based index in the sheet's rows. */
  columnIndex: Record<string, number>;
  /** Non-blank rows after the header, good or not. */
  rowsRead: number;
}

/** Parses one sheet; values[0] is the header row. */
export function readSheetValues(template: SheetTemplate, values: CellValue[][]): SheetRead {
  const read = readSheet(template, values);
  return {
    records: read.good.map((i) => ({ row: read.live[i]! + 1, record: recordAt(read, i) })),
    problems: read.problems,
    missingColumns: read.missingColumns,
    columnIndex: read.columnIndex,
    rowsRead: read.rowsRead,
  };
}

/**
 * A sheet parsed column by column, the form the reader works on: the model objects are built from
 * the columns, and a record (one object per row) is made only for a row the schema must judge.
 */
interface SheetColumns extends Omit<SheetRead, "records"> {
  /** The rows that are not blank, as 0-based indices into the sheet's values. */
  live: number[];
  /** Parsed values by column key, each indexed like `live` (undefined: blank, or a list with no item). */
  columns: Record<string, unknown[]>;
  /** The live rows whose every cell is good, as indices into `live`, in sheet order. */
  good: number[];
}

/** The good cells of live row i by column key, as readSheetValues gives a record. */
function recordAt(read: SheetColumns, i: number): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key in read.columns) {
    const value = read.columns[key]![i];
    if (value !== undefined) record[key] = value;
  }
  return record;
}

function readSheet(template: SheetTemplate, values: CellValue[][]): SheetColumns {
  const header = values[0] ?? [];
  const columnIndex: Record<string, number> = {};
  const byHeader = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = fold(String(cell ?? ""));
    if (key && !byHeader.has(key)) byHeader.set(key, i);
  });
  const present = template.columns.filter((c) => {
    const i = byHeader.get(fold(c.header));
    if (i !== undefined) columnIndex[c.key] = i;
    return i !== undefined;
  });
  const missingColumns = template.columns
    .filter((c) => c.required && columnIndex[c.key] === undefined)
    .map((c) => c.header);
  // In sheet order, so that a row's problems come left to right.
  const parsers = present
    .map((c) => ({ column: c, index: columnIndex[c.key] as number }))
    .sort((a, b) => a.index - b.index);
  const headerKeys = parsers.map((p) => fold(p.column.header));
  /** A copy of the header row (e.g. pasted twice) is not data. */
  const isHeaderCopy = (cells: CellValue[]) =>
    parsers.length > 0 &&
    parsers.every(({ index }, i) => {
      const cell = cells[index];
      return typeof cell === "string" && matchKey(cell) === headerKeys[i];
    });

  const { live, cellsIn } = liveRows(
    values,
    parsers.map((p) => p.index),
  );
  const count = live.length;
  // Column by column: one reader over cells of one kind at a time runs faster than every reader in turn.
  const columns: Record<string, unknown[]> = {};
  /** 0: no problem; 1: a problem; then 2: a copy of the header, 3: not one. */
  const failed = new Uint8Array(count);
  /** Problems with the live row they belong to, column by column. */
  const found: Array<{ at: number; problem: CellProblem }> = [];
  for (let c = 0; c < parsers.length; c++) {
    const { column, index } = parsers[c]!;
    const cells = cellsIn[c]!;
    readColumn(cells, cellReader(column), column.required, failed, (at, value, message) =>
      found.push({
        at,
        problem: {
          sheet: template.name,
          row: live[at]! + 1,
          column: index + 1,
          header: column.header,
          value,
          message,
        },
      }),
    );
    columns[column.key] = cells;
  }
  // Row by row, left to right, as a reader of the sheet would list them (sort is stable).
  found.sort((a, b) => a.at - b.at);
  const problems: CellProblem[] = [];
  for (let k = 0; k < found.length; k++) {
    const { at, problem } = found[k]!;
    // A copy of the header fails some typed column; checked only then, as it is rare.
    if (failed[at] === 1) failed[at] = isHeaderCopy(values[live[at]!] ?? []) ? 2 : 3;
    if (failed[at] === 3) problems.push(problem);
  }

  const good = new Array<number>(count);
  const usable = missingColumns.length === 0;
  let rowsRead = 0;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (failed[i] === 2) continue;
    rowsRead++;
    if (usable && failed[i] === 0) good[kept++] = i;
  }
  good.length = kept;
  return { live, columns, good, problems, missingColumns, columnIndex, rowsRead };
}

// The loops over a sheet's rows are functions of their own: sheets and columns differ in shape, and
// the code that meets them (readSheet, cellReader) is compiled again for each, but not these loops.

/**
 * The rows of `values` after the header that are not blank (as indices into values), and their
 * cells at `indexes`, column by column: one pass through the rows, then each column is read from
 * its own list.
 */
function liveRows(values: CellValue[][], indexes: number[]): { live: number[]; cellsIn: unknown[][] } {
  // Imports held in locals: some module loaders reach an import through a getter on every use.
  const isBlankCell = isBlank;
  // Lists sized for every row, then cut to the rows kept: cheaper than growing them row by row.
  const rows = Math.max(0, values.length - 1);
  const live = new Array<number>(rows);
  // Filled first, so that every column list has one kind of element from the start: a list that
  // changed kind under the loop would throw its compiled code away.
  const cellsIn = indexes.map(() => new Array<unknown>(rows).fill(null));
  let count = 0;
  for (let r = 1; r < values.length; r++) {
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
 * a rejected one). A rejected cell, or a blank one in a required column, marks its row in `failed`
 * and goes to `problem` with its reason.
 */
function readColumn(
  cells: unknown[],
  read: (cell: CellValue) => unknown,
  required: boolean,
  failed: Uint8Array,
  problem: (at: number, value: CellValue, message: string) => void,
): void {
  const blank = blankCell;
  const Failure = CellFailure;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i] as CellValue;
    const result = read(value);
    let message: string | undefined;
    if (result === blank) {
      if (required) message = "ô này không được để trống";
    } else if (result instanceof Failure) message = result.message;
    else {
      cells[i] = result;
      continue;
    }
    cells[i] = undefined;
    if (message !== undefined) {
      problem(i, value, message);
      failed[i] = 1;
    }
  }
}

export interface WorkbookRead {
  settings: Settings;
  data: PlanData;
  plan: Plan;
  problems: CellProblem[];
  missingSheets: string[];
  missingColumns: Array<{ sheet: string; header: string }>;
  rowsRead: number;
}

/** Reads the settings sheet (Mục | Giá trị); missing items keep their defaults. */
export function readSettings(values: CellValue[][]): {
  settings: Settings;
  problems: CellProblem[];
  missingItems: string[];
} {
  const template = templateById("settings");
  const settings: Settings = { ...defaultSettings, levels: [...defaultSettings.levels] };
  const problems: CellProblem[] = [];
  const header = (values[0] ?? []).map((cell) => fold(String(cell ?? "")));
  const itemColumn = Math.max(0, header.indexOf(fold("Mục")));
  const valueColumn = header.indexOf(fold("Giá trị")) >= 0 ? header.indexOf(fold("Giá trị")) : itemColumn + 1;
  const seen = new Set<string>();
  for (let r = 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const item = settingItems.find((s) => fold(s.label) === fold(String(cells[itemColumn] ?? "")));
    if (!item) continue;
    seen.add(item.key);
    const value = cells[valueColumn] ?? null;
    const problem = (message: string) =>
      problems.push({
        sheet: template.name,
        row: r + 1,
        column: valueColumn + 1,
        header: item.label,
        value,
        message,
      });
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
      type: item.type,
      required: true,
      help: "",
      width: 0,
    })(value);
    if (!parsed.ok) problem(parsed.message);
    else (settings as unknown as Record<string, unknown>)[item.key] = parsed.value;
  }
  const missingItems = settingItems
    .filter((s) => (s.key === "unitName" || s.key === "planYear") && !seen.has(s.key))
    .map((s) => s.label);
  return { settings, problems, missingItems };
}

type DataSheetId = Exclude<SheetId, "settings" | "targets">;

/** The `positions` of each live row of a cadres sheet, as a Cadre has them, from its position columns. */
function positionsColumn(read: SheetColumns): Position[][] {
  const sources = positionColumns
    .filter((p) => read.columns[p.post])
    .map((p) => ({
      organization: p.organization,
      posts: read.columns[p.post] as Array<Position["post"] | undefined>,
      since: (read.columns[p.since] ?? []) as Array<string | undefined>,
    }));
  const positions = new Array<Position[]>(read.live.length);
  // Indexed loops: a first run, not yet compiled, then makes no iterator objects.
  const { good } = read;
  for (let k = 0; k < good.length; k++) {
    const i = good[k]!;
    // Sized first: a list grown by push takes room for many more.
    let count = 0;
    for (let s = 0; s < sources.length; s++) if (sources[s]!.posts[i] !== undefined) count++;
    const list = new Array<Position>(count);
    count = 0;
    for (let s = 0; s < sources.length; s++) {
      const { organization, posts, since } = sources[s]!;
      const post = posts[i];
      if (post === undefined) continue;
      const from = since[i];
      list[count++] = from ? { organization, post, since: from } : { organization, post };
    }
    positions[i] = list;
  }
  return positions;
}

/** The columns of each position a cadre's record holds: [post column, since column]. */
function positionKeysOf(record: Record<string, unknown>): string[][] {
  return positionColumns.filter((p) => record[p.post] !== undefined).map((p) => [p.post, p.since]);
}

const schemas: Record<DataSheetId, z.ZodType> = {
  units: UnitSchema,
  cadres: CadreSchema,
  trainings: TrainingRecordSchema,
  successions: SuccessionEntrySchema,
  rotations: RotationRecordSchema,
  reviews: ReviewSchema,
  submissions: SubmissionSchema,
};

/** Good rows of a sheet as model objects: rows[i] is the sheet row of items[i]. */
interface Rows<T> {
  rows: number[];
  items: T[];
}

/** The rows whose item `keep` takes, in order; the list itself when it takes them all (the usual case). */
function keepRows<T>(list: Rows<T>, keep: (item: T, row: number) => boolean): Rows<T> {
  const { rows, items } = list;
  let kept: Rows<T> | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const row = rows[i]!;
    if (keep(item, row)) {
      if (kept) {
        kept.rows.push(row);
        kept.items.push(item);
      }
    } else kept ??= { rows: rows.slice(0, i), items: items.slice(0, i) };
  }
  return kept ?? list;
}

/** Reads a whole workbook; getValues returns a sheet's values by name, or null if there is none. */
export function readWorkbook(getValues: (sheetName: string) => CellValue[][] | null): WorkbookRead {
  const problems: CellProblem[] = [];
  const missingSheets: string[] = [];
  const missingColumns: Array<{ sheet: string; header: string }> = [];
  let rowsRead = 0;

  const settingsName = templateById("settings").name;
  const settingsValues = getValues(settingsName);
  let settings: Settings = { ...defaultSettings, levels: [...defaultSettings.levels] };
  if (settingsValues === null) missingSheets.push(settingsName);
  else {
    const read = readSettings(settingsValues);
    settings = read.settings;
    problems.push(...read.problems);
    for (const header of read.missingItems) missingColumns.push({ sheet: settingsName, header });
  }
  const templates = sheetTemplatesFor(settings.levels);

  // Ids and names of every row (good or bad), so that one bad cadre row does not also make its
  // training rows "unknown cadre"; with the sheet row of each.
  const allIds = new Map<DataSheetId, { ids: string[]; rows: number[] }>();
  const reads = new Map<SheetId, { template: SheetTemplate; read: SheetColumns; values: CellValue[][] }>();
  for (const template of templates) {
    if (template.id === "settings") continue;
    const values = getValues(template.name);
    if (values === null) {
      missingSheets.push(template.name);
      continue;
    }
    const read = readSheet(template, values);
    reads.set(template.id, { template, read, values });
    rowsRead += read.rowsRead;
    // A loop, not push(...): a big sheet may have more problems than a call takes arguments.
    for (const p of read.problems) problems.push(p);
    for (const header of read.missingColumns) missingColumns.push({ sheet: template.name, header });
    const idKey = template.id === "units" ? "name" : template.id === "cadres" ? "id" : undefined;
    const idColumn = idKey ? read.columns[idKey] : undefined;
    if (idColumn) {
      // The id column is text: every cell that is not blank has its value there.
      let count = 0;
      for (let i = 0; i < idColumn.length; i++) if (typeof idColumn[i] === "string") count++;
      const ids = new Array<string>(count);
      const rows = new Array<number>(count);
      count = 0;
      for (let i = 0; i < idColumn.length; i++) {
        const id = idColumn[i];
        if (typeof id !== "string") continue;
        ids[count] = id;
        rows[count++] = read.live[i]! + 1;
      }
      allIds.set(template.id as DataSheetId, { ids, rows });
    }
  }

  const problemAt = (id: SheetId, row: number, key: string, message: string) => {
    const entry = reads.get(id);
    if (!entry) return;
    const column = entry.template.columns.find((c) => c.key === key) ?? entry.template.columns[0]!;
    const index =
      entry.read.columnIndex[column.key] ?? entry.read.columnIndex[entry.template.columns[0]!.key] ?? 0;
    const value = entry.values[row - 1]?.[index] ?? null;
    problems.push({
      sheet: entry.template.name,
      row,
      column: index + 1,
      header: column.header,
      value,
      message,
    });
  };

  /** Good rows of a sheet as model objects; a row not plainly good is checked by the schema, which words why. */
  function modelRows<T>(id: DataSheetId): Rows<T> {
    const entry = reads.get(id);
    if (!entry) return { rows: [], items: [] };
    const { read } = entry;
    const { good, live } = read;
    const columns = id === "cadres" ? { ...read.columns, positions: positionsColumn(read) } : read.columns;
    const built = quickModels(id, columns, good, entry.template) as Array<T | undefined>;
    const rows = good.map((i) => live[i]! + 1);
    if (!built.includes(undefined)) return { rows, items: built as T[] };
    const models: Rows<T> = { rows: [], items: [] };
    for (let k = 0; k < good.length; k++) {
      const row = rows[k]!;
      const quick = built[k];
      if (quick !== undefined) {
        models.rows.push(row);
        models.items.push(quick);
        continue;
      }
      const record = recordAt(read, good[k]!);
      if (id === "cadres") record.positions = columns.positions![good[k]!];
      const parsed = schemas[id].safeParse(record);
      if (parsed.success) {
        models.rows.push(row);
        models.items.push(parsed.data as T);
        continue;
      }
      const positionKeys = id === "cadres" ? positionKeysOf(record) : [];
      for (const issue of parsed.error.issues) {
        const [head, index, field] = issue.path;
        const key =
          head === "positions" && typeof index === "number"
            ? (positionKeys[index]?.[field === "since" ? 1 : 0] ?? "id")
            : String(head ?? "");
        problemAt(id, row, key, issue.message);
      }
    }
    return models;
  }

  // ---- cross-sheet checks ----
  const unitIds = allIds.get("units");
  const unitNames = unitIds && new KeyIndex(unitIds.ids);

  const units = keepFirst(
    modelRows<Unit>("units"),
    (u) => matchKey(u.name),
    (row, u, first) => problemAt("units", row, "name", `đơn vị ${quoted(u.name)} trùng với dòng ${first}`),
  );
  const unitSpelling = new Map(units.items.map((u) => [matchKey(u.name), u.name]));
  /** Each unit name met, as spelled on the units sheet (null: not there): the same few names come back on every row. */
  const spelledUnits = new Map<string, string | null>();
  const spelledUnit = (unit: string): string | null => {
    let spelled = spelledUnits.get(unit);
    if (spelled === undefined) {
      spelled = !unitNames || unitNames.has(unit) ? (unitSpelling.get(matchKey(unit)) ?? unit) : null;
      spelledUnits.set(unit, spelled);
    }
    return spelled;
  };
  /** A unit named elsewhere must be on the units sheet; its spelling is taken from there. */
  const knownUnit = <T extends { unit: string }>(id: DataSheetId, rows: Rows<T>): Rows<T> =>
    keepRows(rows, (item, row) => {
      const spelled = spelledUnit(item.unit);
      if (spelled !== null) {
        item.unit = spelled;
        return true;
      }
      problemAt(
        id,
        row,
        "unit",
        `đơn vị ${quoted(item.unit)} không có trong trang "${templateById("units").name}"`,
      );
      return false;
    });

  const cadres = knownUnit(
    "cadres",
    keepFirst(
      modelRows<Cadre>("cadres"),
      (c) => matchKey(c.id),
      (row, c, first) => problemAt("cadres", row, "id", `mã cán bộ ${quoted(c.id)} trùng với dòng ${first}`),
    ),
  );
  /**
   * The cadre ids of every row of the cadres sheet, each with the position in `cadres.items` of the
   * cadre its row gave (-1 for a row that gave none).
   */
  const cadreIds = ((all) => {
    if (!all) return undefined;
    const cadreAtRow = new Int32Array((reads.get("cadres")?.values.length ?? 0) + 1).fill(-1);
    cadres.rows.forEach((row, k) => {
      cadreAtRow[row] = k;
    });
    return new KeyIndex(
      all.ids,
      all.rows.map((row) => cadreAtRow[row]!),
    );
  })(allIds.get("cadres"));
  /**
   * A cadre id named elsewhere must be on the cadres sheet; one that matched only after folding
   * takes the cadre's spelling. `links`, when given, gets the cadre's position in `cadres.items`
   * for each kept row in turn (-1 when its row on the cadres sheet was rejected).
   */
  const knownCadre = <T extends { cadreId: string }>(id: DataSheetId, rows: Rows<T>, links?: Int32Array) => {
    let linked = 0;
    return keepRows(rows, (item, row) => {
      if (!cadreIds) return true;
      // Found as it is, the id is already the cadre's: no write to the record (it costs more than the look-up).
      let link = cadreIds.findExact(item.cadreId);
      if (link === undefined) {
        link = cadreIds.find(item.cadreId);
        if (link !== undefined && link >= 0) item.cadreId = cadres.items[link]!.id;
      }
      if (link !== undefined) {
        if (links) links[linked++] = link;
        return true;
      }
      problemAt(
        id,
        row,
        "cadreId",
        `mã cán bộ ${quoted(item.cadreId)} không có trong trang "${templateById("cadres").name}"`,
      );
      return false;
    });
  };

  const trainingRows = modelRows<TrainingRecord>("trainings");
  const trainingCadres = new Int32Array(trainingRows.items.length);
  const trainings = knownCadre("trainings", trainingRows, trainingCadres).items;
  const data: PlanData = {
    units: units.items,
    cadres: cadres.items,
    trainings,
    successions: knownUnit(
      "successions",
      knownCadre("successions", modelRows<SuccessionEntry>("successions")),
    ).items,
    rotations: knownCadre("rotations", modelRows<RotationRecord>("rotations")).items,
    reviews: knownCadre("reviews", modelRows<Review>("reviews")).items,
    submissions: knownUnit("submissions", modelRows<Submission>("submissions")).items,
  };
  if (cadreIds) data.trainingCadres = trainingCadres.subarray(0, trainings.length);

  // ---- the plan: the targets sheet if there is one, else the preset named in the settings ----
  const preset = findPreset(settings.presetId);
  let targets: Target[] = preset?.targets ?? [];
  const targetsEntry = reads.get("targets");
  if (targetsEntry) {
    const read: Rows<Target> = { rows: [], items: [] };
    for (const i of targetsEntry.read.good) {
      const row = targetsEntry.read.live[i]! + 1;
      const result = recordToTarget(recordAt(targetsEntry.read, i));
      if (result.ok) {
        read.rows.push(row);
        read.items.push(result.target);
      } else for (const p of result.problems) problemAt("targets", row, p.key, p.message);
    }
    targets = keepFirst(
      read,
      (t) => fold(t.id),
      (row, t, first) =>
        problemAt("targets", row, "id", `mã chỉ tiêu ${quoted(t.id)} trùng với dòng ${first}`),
    ).items;
  }
  const plan: Plan = {
    id: settings.presetId,
    title: preset?.title ?? `Kế hoạch công tác cán bộ năm ${settings.planYear}`,
    year: settings.planYear,
    targets,
  };

  const order = [settingsName, ...templates.map((t) => t.name)];
  problems.sort(
    (a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row || a.column - b.column,
  );
  return { settings, data, plan, problems, missingSheets, missingColumns, rowsRead };
}

/** fold() for matching ids and names; plain ASCII (most ids) skips the Unicode work. */
function matchKey(text: string): string {
  // Visible ASCII with no space at all (most ids): only the case to fold.
  if (isPlainAscii(text)) return text.toLowerCase();
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/\s+/g, " ").trim() : fold(text);
}

/**
 * Ids or names, each with a number (by default its position in the list), found exactly first, then
 * by matchKey (made only when needed). The first of equal items gives the number.
 */
class KeyIndex {
  private readonly exact: StringIndex;
  private folded: Map<string, number> | undefined;
  constructor(
    private readonly items: readonly string[],
    private readonly numbers: readonly number[] = items.map((_, position) => position),
  ) {
    this.exact = new StringIndex(items);
  }
  /** The number of the item equal to `text`. */
  findExact(text: string): number | undefined {
    const exact = this.exact.find(text);
    return exact >= 0 ? this.numbers[exact] : undefined;
  }
  /** The number of the item equal to `text`, else of the item equal to it after matchKey. */
  find(text: string): number | undefined {
    const exact = this.findExact(text);
    if (exact !== undefined) return exact;
    if (!this.folded) {
      this.folded = new Map();
      // From the end, so that the first of equal items is the one kept.
      for (let i = this.items.length - 1; i >= 0; i--) {
        this.folded.set(matchKey(this.items[i]!), this.numbers[i]!);
      }
    }
    return this.folded.get(matchKey(text));
  }
  has(text: string): boolean {
    return this.find(text) !== undefined;
  }
}

/** Keeps the first row of each key; reports the later ones. */
function keepFirst<T>(
  rows: Rows<T>,
  keyOf: (item: T) => string,
  duplicate: (row: number, item: T, first: number) => void,
): Rows<T> {
  const { firsts } = new StringIndex(rows.items.map(keyOf));
  let at = 0;
  return keepRows(rows, (item, row) => {
    // keepRows meets every item once, in order: `at` is this one's position.
    const first = firsts[at]!;
    if (first === at++) return true;
    duplicate(row, item, rows.rows[first]!);
    return false;
  });
}
