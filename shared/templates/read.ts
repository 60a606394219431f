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
import { findPreset } from "../targets/presets";
import { fold, remembering } from "../text";
import type { z } from "../zod";
import { blankCell, CellFailure, cellParser, cellReader, isBlank, quoted, splitList } from "./cells";
import {
  defaultSettings,
  positionColumns,
  settingItems,
  sheetTemplatesFor,
  templateById,
} from "./definitions";
import { quickModel } from "./quick-model";
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
    records: read.records.map((record, i) => ({ row: read.rows[i]!, record })),
    problems: read.problems,
    missingColumns: read.missingColumns,
    columnIndex: read.columnIndex,
    rowsRead: read.rowsRead,
  };
}

/** readSheetValues with the good rows as two lists, rows[i] the sheet row of records[i]: fewer objects. */
interface SheetCells extends Omit<SheetRead, "records"> {
  rows: number[];
  records: Array<Record<string, unknown>>;
}

function readSheet(template: SheetTemplate, values: CellValue[][]): SheetCells {
  // Imports held in locals: some module loaders reach an import through a getter on every use.
  const blank = blankCell;
  const Failure = CellFailure;
  const isBlankCell = isBlank;
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
    .map((c) => ({ column: c, index: columnIndex[c.key] as number, read: cellReader(c) }))
    .sort((a, b) => a.index - b.index);
  const headerKeys = parsers.map((p) => fold(p.column.header));
  /** A copy of the header row (e.g. pasted twice) is not data. */
  const isHeaderCopy = (cells: CellValue[]) =>
    parsers.length > 0 &&
    parsers.every(({ index }, i) => {
      const cell = cells[index];
      return typeof cell === "string" && matchKey(cell) === headerKeys[i];
    });

  // Rows that are not blank, as indices into values.
  const live: number[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (isBlankCell(cells[0] ?? null) && cells.every((cell) => isBlankCell(cell))) continue;
    live.push(r);
  }
  // Column by column: one reader over cells of one kind at a time runs faster than every reader in turn.
  const count = live.length;
  const parsed: unknown[][] = [];
  /** 0: no problem; 1: a problem; then 2: a copy of the header, 3: not one. */
  const failed = new Uint8Array(count);
  /** Problems with the live row they belong to, column by column. */
  const found: Array<{ at: number; problem: CellProblem }> = [];
  for (const { column, index, read } of parsers) {
    const cellsOut = new Array<unknown>(count);
    for (let i = 0; i < count; i++) {
      const r = live[i]!;
      const value = values[r]![index] ?? null;
      const result = read(value);
      let message: string | undefined;
      if (result === blank) {
        if (column.required) message = "ô này không được để trống";
      } else if (result instanceof Failure) message = result.message;
      else {
        cellsOut[i] = result;
        continue;
      }
      if (message !== undefined) {
        found.push({
          at: i,
          problem: {
            sheet: template.name,
            row: r + 1,
            column: index + 1,
            header: column.header,
            value,
            message,
          },
        });
        failed[i] = 1;
      }
    }
    parsed.push(cellsOut);
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

  const rows: number[] = [];
  const records: SheetCells["records"] = [];
  const good = missingColumns.length === 0;
  let rowsRead = 0;
  const keys = parsers.map((p) => p.column.key);
  for (let i = 0; i < count; i++) {
    if (failed[i] === 2) continue;
    rowsRead++;
    if (!good || failed[i] !== 0) continue;
    const record: Record<string, unknown> = {};
    for (let c = 0; c < keys.length; c++) {
      const value = parsed[c]![i];
      if (value !== undefined) record[keys[c]!] = value;
    }
    rows.push(live[i]! + 1);
    records.push(record);
  }
  return { rows, records, problems, missingColumns, columnIndex, rowsRead };
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

/** Gives a cadres sheet record its `positions`, as a Cadre has them (the schema leaves the position columns out). */
function addPositions(record: Record<string, unknown>): void {
  const positions: Position[] = [];
  for (const p of positionColumns) {
    const post = record[p.post] as Position["post"] | undefined;
    if (post === undefined) continue;
    const since = record[p.since] as string | undefined;
    positions.push(
      since ? { organization: p.organization, post, since } : { organization: p.organization, post },
    );
  }
  record.positions = positions;
}

/** The columns of each position addPositions gives: [post column, since column]. */
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

  // Raw ids and names of every row (good or bad), so that one bad cadre row does not also
  // make its training rows "unknown cadre".
  const allIds = new Map<DataSheetId, KeySet>();
  const reads = new Map<SheetId, { template: SheetTemplate; read: SheetCells; values: CellValue[][] }>();
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
    const idIndex = idKey ? read.columnIndex[idKey] : undefined;
    if (idIndex !== undefined) {
      const ids: string[] = [];
      const isBlankCell = isBlank;
      for (let r = 1; r < values.length; r++) {
        const cell = values[r]?.[idIndex];
        if (!isBlankCell(cell ?? null)) ids.push(String(cell).trim());
      }
      allIds.set(template.id as DataSheetId, new KeySet(ids));
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

  /** Good records of a sheet turned into model objects checked by the schema. */
  function modelRows<T>(id: DataSheetId): Rows<T> {
    const models: Rows<T> = { rows: [], items: [] };
    const entry = reads.get(id);
    if (!entry) return models;
    const { rows, records } = entry.read;
    const quickModelOf = quickModel;
    for (let i = 0; i < records.length; i++) {
      const row = rows[i]!;
      const record = records[i]!;
      if (id === "cadres") addPositions(record);
      // Most rows are plainly good: the schema is needed only to word what is wrong.
      const quick = quickModelOf(id, record);
      const parsed = quick ? undefined : schemas[id].safeParse(record);
      if (!parsed || parsed.success) {
        models.rows.push(row);
        models.items.push((quick ?? parsed?.data) as T);
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
  const unitNames = allIds.get("units");
  const cadreIds = allIds.get("cadres");

  const units = keepFirst(
    modelRows<Unit>("units"),
    (u) => matchKey(u.name),
    (row, u, first) => problemAt("units", row, "name", `đơn vị ${quoted(u.name)} trùng với dòng ${first}`),
  );
  const unitSpelling = new Map(units.items.map((u) => [matchKey(u.name), u.name]));
  const unitKey = remembering(matchKey);
  /** A unit named elsewhere must be on the units sheet; its spelling is taken from there. */
  const knownUnit = <T extends { unit: string }>(id: DataSheetId, rows: Rows<T>): Rows<T> =>
    keepRows(rows, (item, row) => {
      if (!unitNames || unitNames.has(item.unit)) {
        item.unit = unitSpelling.get(unitKey(item.unit)) ?? item.unit;
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
  const knownCadre = <T extends { cadreId: string }>(id: DataSheetId, rows: Rows<T>): Rows<T> =>
    keepRows(rows, (item, row) => {
      if (!cadreIds || cadreIds.has(item.cadreId)) return true;
      problemAt(
        id,
        row,
        "cadreId",
        `mã cán bộ ${quoted(item.cadreId)} không có trong trang "${templateById("cadres").name}"`,
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
  const data: PlanData = {
    units: units.items,
    cadres: cadres.items,
    trainings: knownCadre("trainings", modelRows<TrainingRecord>("trainings")).items,
    successions: knownUnit(
      "successions",
      knownCadre("successions", modelRows<SuccessionEntry>("successions")),
    ).items,
    rotations: knownCadre("rotations", modelRows<RotationRecord>("rotations")).items,
    reviews: knownCadre("reviews", modelRows<Review>("reviews")).items,
    submissions: knownUnit("submissions", modelRows<Submission>("submissions")).items,
  };

  // ---- the plan: the targets sheet if there is one, else the preset named in the settings ----
  const preset = findPreset(settings.presetId);
  let targets: Target[] = preset?.targets ?? [];
  const targetsEntry = reads.get("targets");
  if (targetsEntry) {
    const read: Rows<Target> = { rows: [], items: [] };
    targetsEntry.read.records.forEach((record, i) => {
      const row = targetsEntry.read.rows[i]!;
      const result = recordToTarget(record);
      if (result.ok) {
        read.rows.push(row);
        read.items.push(result.target);
      } else for (const p of result.problems) problemAt("targets", row, p.key, p.message);
    });
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
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/\s+/g, " ").trim() : fold(text);
}

/** A set of ids or names that matches exactly first, then by matchKey (built only when needed). */
class KeySet {
  private readonly exact: Set<string>;
  private folded: Set<string> | undefined;
  constructor(private readonly items: string[]) {
    this.exact = new Set(items);
  }
  has(text: string): boolean {
    if (this.exact.has(text)) return true;
    this.folded ??= new Set(this.items.map(matchKey));
    return this.folded.has(matchKey(text));
  }
}

/** Keeps the first row of each key; reports the later ones. */
function keepFirst<T>(
  rows: Rows<T>,
  keyOf: (item: T) => string,
  duplicate: (row: number, item: T, first: number) => void,
): Rows<T> {
  const first = new Map<string, number>();
  return keepRows(rows, (item, row) => {
    const key = keyOf(item);
    const seen = first.get(key);
    if (seen !== undefined) {
      duplicate(row, item, seen);
      return false;
    }
    first.set(key, row);
    return true;
  });
}
