// "Kiểm tra dữ liệu": read every sheet through the templates, mark each bad cell (colour and a
// note with the reason), lift the marks of the previous check that are no longer wanted (and
// only those), and summarise.
//
// A mark carries what the cell had before inside its own note (see cell-marks.ts), so that it
// moves with its cell when the user inserts or deletes rows, sorts or cuts and pastes, and lifting
// it gives back exactly the user's note and colour. Writes are proportional to the marks: notes
// go in short strips down a column, colours in one call per colour (RangeList).
import { type CellProblem, problemText } from "../shared/templates";
import { markBackground, markNote, markNotePrefix, parseMark } from "./cell-marks";
import { escapeHtml } from "./escape-html";
import { offerDayFirstLocale } from "./locale";
import { showDialog } from "./pages";
import { type Changes, type Reply, runExclusive } from "./run";
import { readSpreadsheet, type SheetReader } from "./workbook";

export { markBackground, markNotePrefix } from "./cell-marks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const title = "Kiểm tra dữ liệu";
/** Cells marked at most; the summary counts the rest. */
export const maxMarks = 5000;
/** Problems listed in the summary dialog. */
const problemsShown = 20;
/**
 * What one write call is taken to cost, in cells written: two marks in one column closer than
 * this are written as one strip (the cells between rewritten as they are), further apart as two.
 */
export const cellsPerCall = 500;
/** A range list names at most this many cells (one call each list). */
const rangeListSize = 1000;

// ---- where marks may be (document properties) ----

/**
 * Rows and columns of each sheet that held marks after the last check, by sheet id: a mark
 * below the data (its row emptied since) is still found and lifted. Small: two numbers a sheet.
 */
const extentKey = "cadrePlan.markExtent";
/** The store of the add-on's first version: marks by position, their originals kept there. */
const legacyKey = "cadrePlan.dataMarks";

type Extents = Record<string, [rows: number, columns: number]>;
/** Originals the first version kept: "sheet name" → "row:column" → [background, note]. */
type Legacy = Map<string, Map<string, [string | null, string]>>;

function loadExtents(stored: Record<string, string>): Extents {
  try {
    const parsed = JSON.parse(stored[extentKey] ?? "{}") as unknown;
    if (parsed && typeof parsed === "object") return parsed as Extents;
  } catch {
    // A damaged value: the data ranges are read, which is where nearly every mark is.
  }
  return {};
}

function loadLegacy(stored: Record<string, string>): { legacy: Legacy; keys: string[] } {
  const keys = Object.keys(stored).filter((k) => k.startsWith(`${legacyKey}.`));
  const legacy: Legacy = new Map();
  const chunks = Number(stored[`${legacyKey}.count`] ?? 0) || 0;
  let text = "";
  for (let i = 0; i < chunks; i++) text += stored[`${legacyKey}.${i}`] ?? "";
  try {
    const parsed = (text ? JSON.parse(text) : {}) as Record<string, unknown[]>;
    for (const [sheet, list] of Object.entries(parsed)) {
      const cells = new Map<string, [string | null, string]>();
      for (const mark of Array.isArray(list) ? list : []) {
        if (Array.isArray(mark) && mark.length === 4)
          cells.set(`${mark[0]}:${mark[1]}`, [mark[2], String(mark[3])]);
      }
      legacy.set(sheet, cells);
    }
  } catch {
    // Nothing to give back from a damaged store.
  }
  return { legacy, keys };
}

// ---- planning the marks of one sheet ----

/** One cell to write: its new note and background (null: no fill). */
interface CellChange {
  row: number;
  column: number;
  note: string;
  background: string | null;
}

const isWhite = (color: string | null) => !color || color.toLowerCase() === "#ffffff";

interface SheetArea {
  sheet: Sheet;
  rows: number;
  columns: number;
  notes: string[][];
  backgrounds: string[][];
}

/** The cells whose note or colour changes: new marks, renewed marks, lifted marks. */
function planSheet(
  area: SheetArea,
  problems: CellProblem[],
  legacy: Map<string, [string | null, string]> | undefined,
  budget: { marks: number },
): { changes: CellChange[]; marked: number; extent: [number, number] } {
  const reasons = new Map<string, string[]>();
  for (const p of problems) {
    if (p.row > area.rows || p.column > area.columns) continue;
    const key = `${p.row}:${p.column}`;
    const list = reasons.get(key);
    if (list) list.push(p.message);
    else if (budget.marks > 0) {
      budget.marks--;
      reasons.set(key, [p.message]);
    }
  }
  const changes: CellChange[] = [];
  let marked = 0;
  let extent: [number, number] = [0, 0];
  for (let r = 0; r < area.rows; r++) {
    const notes = area.notes[r]!;
    for (let c = 0; c < area.columns; c++) {
      const note = notes[c] ?? "";
      const key = `${r + 1}:${c + 1}`;
      const messages = reasons.get(key);
      const isMark = note.startsWith(markNotePrefix);
      if (!isMark && !messages) continue;
      const background = area.backgrounds[r]?.[c] ?? null;
      const current = isWhite(background) ? null : background;
      // What the cell had before any mark: kept in the mark, or (first version) in the store.
      let before: { note: string; background: string | null };
      if (isMark) {
        const parsed = parseMark(note);
        const old = parsed.kept ? undefined : legacy?.get(key);
        before = old ? { background: old[0], note: old[1] } : parsed;
        // A colour the user gave a marked cell is the user's: it is what the cell has now.
        if (current !== markBackground) before = { ...before, background: current };
      } else {
        before = { note, background: current };
      }
      if (messages) {
        marked++;
        extent = [Math.max(extent[0], r + 1), Math.max(extent[1], c + 1)];
        const next = markNote(messages, before);
        if (next !== note || current !== markBackground)
          changes.push({ row: r + 1, column: c + 1, note: next, background: markBackground });
      } else {
        changes.push({ row: r + 1, column: c + 1, note: before.note, background: before.background });
      }
    }
  }
  return { changes, marked, extent };
}

// ---- writing ----

/**
 * Notes in strips down each column: two changed cells closer than `cellsPerCall` rows share one
 * setNotes, the cells between them rewritten with the notes they have.
 */
function writeNotes(area: SheetArea, changes: CellChange[], changesDone: Changes): void {
  const byColumn = new Map<number, CellChange[]>();
  for (const change of changes) {
    const list = byColumn.get(change.column);
    if (list) list.push(change);
    else byColumn.set(change.column, [change]);
  }
  for (const [column, list] of byColumn) {
    list.sort((a, b) => a.row - b.row);
    let start = 0;
    while (start < list.length) {
      let end = start;
      while (end + 1 < list.length && list[end + 1]!.row - list[end]!.row <= cellsPerCall) end++;
      const top = list[start]!.row;
      const bottom = list[end]!.row;
      const before: string[][] = [];
      for (let r = top; r <= bottom; r++) before.push([area.notes[r - 1]?.[column - 1] ?? ""]);
      const after = before.map((row) => [...row]);
      for (let k = start; k <= end; k++) after[list[k]!.row - top]![0] = list[k]!.note;
      const range = area.sheet.getRange(top, column, bottom - top + 1, 1);
      changesDone.onUndo(() => range.setNotes(before));
      range.setNotes(after);
      start = end + 1;
    }
  }
}

/** A1 references of cells, grouped by the colour they get, in lists of at most `rangeListSize`. */
function colourGroups(
  cells: Array<{ row: number; column: number; color: string | null }>,
): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const { row, column, color } of cells) {
    const key = color ?? "";
    const lists = groups.get(key) ?? [[]];
    if (lists.at(-1)!.length >= rangeListSize) lists.push([]);
    lists.at(-1)!.push(`${columnName(column)}${row}`);
    groups.set(key, lists);
  }
  return groups;
}

function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function writeBackgrounds(area: SheetArea, changes: CellChange[], changesDone: Changes): void {
  const after = changes.map((c) => ({ row: c.row, column: c.column, color: c.background }));
  const before = changes.map((c) => {
    const color = area.backgrounds[c.row - 1]?.[c.column - 1] ?? null;
    return { row: c.row, column: c.column, color: isWhite(color) ? null : color };
  });
  changesDone.onUndo(() => {
    for (const [color, lists] of colourGroups(before))
      for (const list of lists) area.sheet.getRangeList(list).setBackground(color || null);
  });
  for (const [color, lists] of colourGroups(after)) {
    for (const list of lists) area.sheet.getRangeList(list).setBackground(color || null);
  }
}

/** Notes and colours over the sheet's data and wherever the last check left marks (one call each). */
function readArea(sheets: SheetReader, name: string, extent: [number, number] | undefined): SheetArea | null {
  const read = sheets.get(name);
  if (!read) return null;
  const rows = Math.min(Math.max(read.values.length, extent?.[0] ?? 0), read.sheet.getMaxRows());
  const columns = Math.min(
    Math.max(read.values[0]?.length ?? 0, extent?.[1] ?? 0),
    read.sheet.getMaxColumns(),
  );
  if (rows === 0 || columns === 0) return null;
  const range = read.sheet.getRange(1, 1, rows, columns);
  return { sheet: read.sheet, rows, columns, notes: range.getNotes(), backgrounds: range.getBackgrounds() };
}

// ---- the summary ----

export interface ValidationSummary {
  rowsRead: number;
  problems: CellProblem[];
  marked: number;
  missingSheets: string[];
  missingColumns: Array<{ sheet: string; header: string }>;
}

export function validationSummaryHtml(summary: ValidationSummary): string {
  const parts: string[] = [];
  const { problems } = summary;
  if (problems.length === 0) {
    parts.push(`<p class="ok">Đã kiểm tra ${summary.rowsRead} dòng dữ liệu: không có ô nào cần sửa.</p>`);
  } else {
    parts.push(
      `<p>Đã kiểm tra ${summary.rowsRead} dòng dữ liệu: có <strong class="missing">${problems.length} ô chưa hợp lệ</strong>, đã tô màu và ghi chú lý do vào từng ô.</p>`,
    );
    if (summary.marked < problems.length) {
      parts.push(`<p class="muted">Chỉ tô ${summary.marked} ô đầu tiên; hãy sửa rồi kiểm tra lại.</p>`);
    }
    const shown = problems.slice(0, problemsShown).map((p) => `<li>${escapeHtml(problemText(p))}</li>`);
    parts.push(`<h3>Các lỗi đầu tiên</h3><ol>${shown.join("")}</ol>`);
    if (problems.length > problemsShown) {
      parts.push(`<p class="muted">… và ${problems.length - problemsShown} ô khác.</p>`);
    }
  }
  if (summary.missingSheets.length > 0) {
    const names = summary.missingSheets.map((n) => `“${escapeHtml(n)}”`).join(", ");
    parts.push(`<p class="late">Chưa có trang ${names}. Chạy “Tạo các trang kế hoạch” để tạo.</p>`);
  }
  if (summary.missingColumns.length > 0) {
    const list = summary.missingColumns.map(
      (c) => `<li>Trang “${escapeHtml(c.sheet)}” thiếu “${escapeHtml(c.header)}”</li>`,
    );
    parts.push(`<h3>Thiếu cột hoặc mục bắt buộc</h3><ul>${list.join("")}</ul>`);
  }
  return parts.join("\n");
}

export function validateData(): void {
  offerDayFirstLocale(title);
  runExclusive(title, (changes: Changes): Reply => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const properties = PropertiesService.getDocumentProperties();
    const { read, sheets } = readSpreadsheet(spreadsheet);
    const stored = properties.getProperties();
    const extents = loadExtents(stored);
    const { legacy, keys: legacyKeys } = loadLegacy(stored);

    const bySheet = new Map<string, CellProblem[]>();
    for (const p of read.problems) {
      const list = bySheet.get(p.sheet);
      if (list) list.push(p);
      else bySheet.set(p.sheet, [p]);
    }
    // Sheets with problems, and sheets the last check (of either version) left marks on.
    const names = new Set([...bySheet.keys(), ...legacy.keys()]);
    const markedIds = new Set(Object.keys(extents));
    for (const sheet of spreadsheet.getSheets()) {
      if (markedIds.has(String(sheet.getSheetId()))) names.add(sheet.getName());
    }

    // Plan every sheet before writing anything.
    const budget = { marks: maxMarks };
    const plans: Array<{ area: SheetArea; changes: CellChange[] }> = [];
    const nextExtents: Extents = {};
    let marked = 0;
    for (const name of names) {
      const id = sheets.get(name)?.sheet.getSheetId();
      const area = readArea(sheets, name, id === undefined ? undefined : extents[String(id)]);
      if (!area || id === undefined) continue;
      const plan = planSheet(area, bySheet.get(name) ?? [], legacy.get(name), budget);
      marked += plan.marked;
      if (plan.marked > 0) nextExtents[String(id)] = plan.extent;
      if (plan.changes.length > 0) plans.push({ area, changes: plan.changes });
    }

    for (const { area, changes: cells } of plans) {
      writeNotes(area, cells, changes);
      writeBackgrounds(area, cells, changes);
    }
    const extentsText = JSON.stringify(nextExtents);
    if (extentsText !== (stored[extentKey] ?? "{}") || legacyKeys.length > 0) {
      const before = stored[extentKey];
      changes.onUndo(() => {
        if (before === undefined) properties.deleteProperty(extentKey);
        else properties.setProperty(extentKey, before);
        for (const key of legacyKeys) properties.setProperty(key, stored[key] ?? "");
      });
      properties.setProperty(extentKey, extentsText);
      for (const key of legacyKeys) properties.deleteProperty(key);
    }

    const summary: ValidationSummary = {
      rowsRead: read.rowsRead,
      problems: read.problems,
      marked,
      missingSheets: read.missingSheets,
      missingColumns: read.missingColumns,
    };
    const html = validationSummaryHtml(summary);
    return () => showDialog(title, html, { width: 640, height: 480 });
  });
}
