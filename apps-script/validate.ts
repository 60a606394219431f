// "Kiểm tra dữ liệu": read every sheet through the templates, mark each bad cell (colour and a
// note with the reason), clear the marks of the previous check (and only those), and summarise.
import { type CellProblem, problemText } from "../shared/templates";
import { escapeHtml } from "./escape-html";
import { offerDayFirstLocale } from "./locale";
import { showDialog } from "./pages";
import { type Changes, runExclusive } from "./run";
import { readSpreadsheet, type SheetReader } from "./workbook";

const title = "Kiểm tra dữ liệu";
export const markBackground = "#f4cccc";
/** Every note the check writes starts with this, so that its marks can be told from the user's notes. */
export const markNotePrefix = "⚠ Kiểm tra dữ liệu: ";
/** Cells marked at most; the summary counts the rest. Keeps the remembered marks small. */
export const maxMarks = 5000;
/** Problems listed in the summary dialog. */
const problemsShown = 20;

// ---- remembered marks (document properties) ----

const marksKey = "cadrePlan.dataMarks";
/** A property value holds at most 9 kB, counted in UTF-8 bytes: the marks are split over numbered keys. */
const chunkBytes = 8000;
/**
 * The whole store holds 500 kB. A mark keeps the user's own note of the cell, which may be long:
 * past this many bytes no more cells are marked (the summary says how many were), so the check
 * still runs instead of failing on the store's limit.
 */
const marksBudgetBytes = 400_000;

/** [row, column] or [row, column, background before, note before] when the cell had its own. */
type Mark = [number, number] | [number, number, string | null, string];
type Marks = Record<string, Mark[]>;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/** Pieces of at most `maxBytes` UTF-8 bytes each, never splitting a surrogate pair. */
function splitByBytes(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (bytes + size > maxBytes && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

const isMark = (value: unknown): value is Mark =>
  Array.isArray(value) &&
  (value.length === 2 || value.length === 4) &&
  Number.isInteger(value[0]) &&
  Number.isInteger(value[1]);

function loadMarks(properties: Record<string, string>): { marks: Marks; chunks: number } {
  const chunks = Number(properties[`${marksKey}.count`] ?? 0) || 0;
  let text = "";
  for (let i = 0; i < chunks; i++) text += properties[`${marksKey}.${i}`] ?? "";
  let parsed: unknown = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    // A damaged list is dropped: the marks are still found by their note prefix.
  }
  const marks: Marks = {};
  if (parsed && typeof parsed === "object") {
    for (const [sheet, list] of Object.entries(parsed)) {
      if (Array.isArray(list)) marks[sheet] = list.filter(isMark);
    }
  }
  return { marks, chunks };
}

function marksProperties(marks: Marks, previousChunks: number): Record<string, string> {
  const values: Record<string, string> = {};
  const pieces = splitByBytes(JSON.stringify(marks), chunkBytes);
  pieces.forEach((piece, i) => {
    values[`${marksKey}.${i}`] = piece;
  });
  // Stale chunks of a longer list are emptied in the same call.
  for (let i = pieces.length; i < previousChunks; i++) values[`${marksKey}.${i}`] = "";
  values[`${marksKey}.count`] = String(pieces.length);
  return values;
}

// ---- planning the marks of one sheet ----

const isDefaultBackground = (color: string | null) => !color || color.toLowerCase() === "#ffffff";

/** White is what a cell without fill reads as; it is written back as "no fill" (null). */
const withoutWhite = (grid: string[][]): Array<Array<string | null>> =>
  grid.map((r) => r.map((c) => (isDefaultBackground(c) ? null : c)));

interface SheetMarks {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  rows: number;
  columns: number;
  backgrounds: string[][];
  notes: string[][];
}

/** New backgrounds and notes of the sheet, and the smallest rectangle that changed. */
function planSheet(
  current: SheetMarks,
  previous: Mark[],
  problems: CellProblem[],
  budget: { bytes: number },
): { backgrounds: Array<Array<string | null>>; notes: string[][]; marks: Mark[]; box: Box | null } {
  const backgrounds = withoutWhite(current.backgrounds);
  const notes = current.notes.map((r) => [...r]);
  const box = new BoxBuilder();

  // 1. Undo the previous check's marks: the remembered cell gets back what it had; a mark found
  //    elsewhere (rows inserted or deleted since) is simply cleared.
  const before = new Map<string, Mark>();
  for (const mark of previous) before.set(`${mark[0]}:${mark[1]}`, mark);
  for (let r = 0; r < current.rows; r++) {
    for (let c = 0; c < current.columns; c++) {
      if (!(notes[r]?.[c] ?? "").startsWith(markNotePrefix)) continue;
      const mark = before.get(`${r + 1}:${c + 1}`);
      backgrounds[r]![c] = mark && mark.length === 4 ? mark[2] : null;
      notes[r]![c] = mark && mark.length === 4 ? mark[3] : "";
      box.add(r, c);
    }
  }

  // 2. Mark this check's problems, several reasons on one cell joined.
  const marks: Mark[] = [];
  const reasons = new Map<string, { row: number; column: number; messages: string[] }>();
  for (const p of problems) {
    const key = `${p.row}:${p.column}`;
    const entry = reasons.get(key) ?? { row: p.row, column: p.column, messages: [] };
    entry.messages.push(p.message);
    reasons.set(key, entry);
  }
  for (const { row, column, messages } of reasons.values()) {
    const r = row - 1;
    const c = column - 1;
    if (r >= current.rows || c >= current.columns) continue;
    const background = backgrounds[r]![c] ?? null;
    const note = notes[r]![c] ?? "";
    const mark: Mark = background === null && note === "" ? [row, column] : [row, column, background, note];
    const size = utf8Length(JSON.stringify(mark)) + 1;
    if (size > budget.bytes) {
      budget.bytes = 0;
      break;
    }
    budget.bytes -= size;
    marks.push(mark);
    backgrounds[r]![c] = markBackground;
    notes[r]![c] = `${markNotePrefix}${messages.join("; ")}`;
    box.add(r, c);
  }
  return { backgrounds, notes, marks, box: box.build() };
}

interface Box {
  top: number;
  left: number;
  height: number;
  width: number;
}

class BoxBuilder {
  private top = Number.POSITIVE_INFINITY;
  private left = Number.POSITIVE_INFINITY;
  private bottom = -1;
  private right = -1;

  add(r: number, c: number): void {
    this.top = Math.min(this.top, r);
    this.left = Math.min(this.left, c);
    this.bottom = Math.max(this.bottom, r);
    this.right = Math.max(this.right, c);
  }

  build(): Box | null {
    if (this.bottom < 0) return null;
    return {
      top: this.top,
      left: this.left,
      height: this.bottom - this.top + 1,
      width: this.right - this.left + 1,
    };
  }
}

const slice = <T>(grid: T[][], box: Box): T[][] =>
  grid.slice(box.top, box.top + box.height).map((r) => r.slice(box.left, box.left + box.width));

/** The sheet's backgrounds and notes over its data and every remembered mark (one call each). */
function readMarksArea(sheets: SheetReader, name: string, previous: Mark[]): SheetMarks | null {
  const read = sheets.get(name);
  if (!read) return null;
  let rows = read.values.length;
  let columns = read.values[0]?.length ?? 0;
  if (previous.length > 0) {
    for (const [row, column] of previous) {
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
    }
    rows = Math.min(rows, read.sheet.getMaxRows());
    columns = Math.min(columns, read.sheet.getMaxColumns());
  }
  if (rows === 0 || columns === 0) return null;
  const range = read.sheet.getRange(1, 1, rows, columns);
  return { sheet: read.sheet, rows, columns, backgrounds: range.getBackgrounds(), notes: range.getNotes() };
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
  runExclusive(title, (changes: Changes) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const properties = PropertiesService.getDocumentProperties();
    const { read, sheets } = readSpreadsheet(spreadsheet);
    const stored = properties.getProperties();
    const previous = loadMarks(stored);

    // Plan every sheet before writing anything.
    const problems = read.problems.slice(0, maxMarks);
    const bySheet = new Map<string, CellProblem[]>();
    for (const p of problems) {
      const list = bySheet.get(p.sheet);
      if (list) list.push(p);
      else bySheet.set(p.sheet, [p]);
    }
    const budget = { bytes: marksBudgetBytes };
    const names = new Set([...bySheet.keys(), ...Object.keys(previous.marks)]);
    const writes: Array<{ current: SheetMarks; plan: ReturnType<typeof planSheet> }> = [];
    const marks: Marks = {};
    for (const name of names) {
      const current = readMarksArea(sheets, name, previous.marks[name] ?? []);
      if (!current) continue;
      const plan = planSheet(current, previous.marks[name] ?? [], bySheet.get(name) ?? [], budget);
      if (plan.marks.length > 0) marks[name] = plan.marks;
      if (plan.box) writes.push({ current, plan });
    }
    const marked = Object.values(marks).reduce((n, list) => n + list.length, 0);

    for (const { current, plan } of writes) {
      const box = plan.box!;
      const range = current.sheet.getRange(box.top + 1, box.left + 1, box.height, box.width);
      changes.onUndo(() => {
        range.setBackgrounds(slice(withoutWhite(current.backgrounds), box));
        range.setNotes(slice(current.notes, box));
      });
      range.setBackgrounds(slice(plan.backgrounds, box));
      range.setNotes(slice(plan.notes, box));
    }
    const after = marksProperties(marks, previous.chunks);
    const before: Record<string, string> = {};
    for (const key of Object.keys(after)) before[key] = stored[key] ?? "";
    changes.onUndo(() => properties.setProperties(before));
    properties.setProperties(after);

    const summary: ValidationSummary = {
      rowsRead: read.rowsRead,
      problems: read.problems,
      marked,
      missingSheets: read.missingSheets,
      missingColumns: read.missingColumns,
    };
    showDialog(title, validationSummaryHtml(summary), { width: 640, height: 480 });
  });
}
