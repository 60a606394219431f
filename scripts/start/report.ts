// What npm start prints: the target results as the add-on wrote them in the result sheet, the
// data problems (the same reading of the sheets the add-on does) and the submissions count.
import { targetStatusLabels } from "../../shared/labels";
import type { TargetStatus } from "../../shared/model";
import {
  type CellValue,
  problemText,
  readingNotes,
  readWorkbook,
  type WorkbookRead,
} from "../../shared/templates";
import { fold } from "../../shared/text";
import type { SheetsRuntime } from "../../test/sheets-runtime/index";
import { type Colour, painter } from "./colour";
import { successionLines, successionSection, targetBars, unitLines, unitMatrix } from "./report-sections";
import type { AddonMessage } from "./run-addon";
import { renderTable, type TableCell } from "./table";

export const RESULT_SHEET = "Kết quả chỉ tiêu";
export const TRACKING_SHEET = "Theo dõi nộp";
export const REPORT_SHEET = "Báo cáo";
/** Problems listed one by one; the rest are counted. */
const PROBLEMS_LISTED = 10;

const statusColour: Record<TargetStatus, Colour> = {
  met: "green",
  notMet: "red",
  insufficientData: "yellow",
};

export interface ReportOptions {
  colour: boolean;
  /** Terminal columns available. */
  width: number;
}

/**
 * The name of the sheet the add-on marked for `role` ("targetResults", "report"…): a sheet of the
 * user's may have the name the add-on would have used, so it is found by its mark.
 */
export function markedSheetName(runtime: SheetsRuntime, role: string): string | null {
  for (const entry of runtime.spreadsheet.metadata.entries) {
    const [found, id] = (entry.value ?? "").split("#");
    if (entry.key === "cadrePlan.sheet" && found === role && entry.sheet && String(entry.sheet.id) === id)
      return entry.sheet.name;
  }
  return null;
}

/** A sheet's values (blank cells ""), or null when there is no such sheet. */
export function sheetValues(runtime: SheetsRuntime, name: string): CellValue[][] | null {
  if (!runtime.spreadsheet.getSheetByName(name)) return null;
  return runtime.getSheetValues(name) as CellValue[][];
}

/** The row index whose cells include every one of `headers` (folded), or -1. */
function headerRow(values: CellValue[][], headers: string[]): number {
  const wanted = headers.map(fold);
  return values.findIndex((row) => {
    const cells = row.map((cell) => fold(String(cell ?? "")));
    return wanted.every((header) => cells.includes(header));
  });
}

export interface TargetRow {
  id: string;
  text: string;
  asked: string;
  reached: string;
  percent: string;
  bar: string;
  status: string;
}

/** The targets table of the result sheet: from its header row down to the first blank row. */
export function resultRows(values: CellValue[][]): { title: string; rows: TargetRow[] } | null {
  const top = headerRow(values, ["Mã", "Chỉ tiêu", "Đánh giá"]);
  if (top < 0) return null;
  const header = (values[top] ?? []).map((cell) => fold(String(cell ?? "")));
  const at = (row: CellValue[], name: string) => row[header.indexOf(fold(name))] ?? "";
  const rows: TargetRow[] = [];
  for (const row of values.slice(top + 1)) {
    if (String(row[0] ?? "").trim() === "") break;
    const ratio = at(row, "Tỉ lệ");
    rows.push({
      id: String(at(row, "Mã")),
      text: String(at(row, "Chỉ tiêu")),
      asked: String(at(row, "Chỉ tiêu đặt ra")),
      reached: String(at(row, "Đạt được")),
      percent: typeof ratio === "number" ? `${Math.round(ratio * 100)}%` : String(ratio),
      bar: String(at(row, "Tiến độ")),
      status: String(at(row, "Đánh giá")),
    });
  }
  return { title: String(values[0]?.[0] ?? ""), rows };
}

function statusOf(label: string): TargetStatus | undefined {
  return (Object.keys(targetStatusLabels) as TargetStatus[]).find((s) => targetStatusLabels[s] === label);
}

export function targetsTable(rows: TargetRow[], options: ReportOptions): string {
  const cell = (text: string, colour?: Colour): TableCell =>
    colour ? { text, paint: painter(colour, options.colour) } : { text };
  // "Đạt được" already says the percentage ("137/145 = 94%"): no column repeats it.
  return renderTable(
    [
      { header: "Mã" },
      { header: "Chỉ tiêu", flexible: true, min: 16 },
      { header: "Đặt ra", align: "right" },
      { header: "Đạt được", align: "right", min: 9 },
      { header: "Tiến độ" },
      { header: "Đánh giá", min: 8 },
    ],
    rows.map((row) => {
      const status = statusOf(row.status);
      const colour = status ? statusColour[status] : undefined;
      return [
        cell(row.id),
        cell(row.text),
        cell(row.asked.replace(/^tối thiểu\s*/, "≥ ")),
        cell(row.reached),
        cell(row.bar, colour),
        cell(row.status, colour),
      ];
    }),
    options.width,
  );
}

/** "Đạt: 5 · Chưa đạt: 6 · Thiếu dữ liệu: 1 (12 chỉ tiêu)". */
export function statusCounts(rows: TargetRow[]): string {
  const parts = (Object.keys(targetStatusLabels) as TargetStatus[]).map((status) => {
    const label = targetStatusLabels[status];
    return `${label}: ${rows.filter((row) => row.status === label).length}`;
  });
  return `${parts.join(" · ")} (${rows.length} chỉ tiêu)`;
}

/** Lines about the data: how the workbook was read (sheets, columns), then bad cells with where they are. */
export function problemLines(read: WorkbookRead): string[] {
  const lines = readingNotes(read).filter((note) => !/ô dữ liệu chưa hợp lệ|ô ngày có thể/.test(note));
  const count = read.problems.length;
  lines.push(
    count === 0
      ? "Không có ô dữ liệu nào chưa hợp lệ."
      : `${count} ô dữ liệu chưa hợp lệ (giá trị ô không được dùng; dòng của ô vẫn được tính ở chỉ tiêu không cần ô ấy):`,
  );
  for (const problem of read.problems.slice(0, PROBLEMS_LISTED)) lines.push(`  • ${problemText(problem)}`);
  if (count > PROBLEMS_LISTED) {
    lines.push(`  … và ${count - PROBLEMS_LISTED} ô khác (xem ghi chú ở các ô tô đỏ trong tệp kết quả).`);
  }
  return lines;
}

/** "Đúng hạn: 8 · Trễ hạn: 2 · … · Tổng: 11", counted from the tracking sheet's rows. */
export function submissionCounts(values: CellValue[][] | null): string | null {
  if (!values) return null;
  const top = headerRow(values, ["Đơn vị", "Văn bản", "Tình trạng"]);
  if (top < 0) return null;
  const column = (values[top] ?? []).map((cell) => fold(String(cell ?? ""))).indexOf(fold("Tình trạng"));
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of values.slice(top + 1)) {
    const state = String(row[column] ?? "").trim();
    if (!state) continue;
    counts.set(state, (counts.get(state) ?? 0) + 1);
    total++;
  }
  const parts = [...counts].map(([state, n]) => `${state}: ${n}`);
  return `${parts.join(" · ")}${parts.length ? " · " : ""}Tổng: ${total}`;
}

/** The whole printed report. */
export function renderReport(
  runtime: SheetsRuntime,
  messages: AddonMessage[],
  options: ReportOptions,
): string {
  const bold = painter("bold", options.colour);
  const out: string[] = [];
  const resultSheet = markedSheetName(runtime, "targetResults");
  const result = resultRows((resultSheet && sheetValues(runtime, resultSheet)) || []);
  if (result && result.rows.length > 0) {
    out.push(bold(result.title), targetsTable(result.rows, options), statusCounts(result.rows));
    out.push("", bold("Tỉ lệ đạt của từng chỉ tiêu"), ...targetBars(result.rows, options));
    const values = sheetValues(runtime, resultSheet!) ?? [];
    const sheet = runtime.spreadsheet.getSheetByName(resultSheet!)!;
    const matrix = unitMatrix(values, (row, column) => sheet.getRange(row, column).getBackground());
    if (matrix) out.push("", bold("Kết quả theo đơn vị"), ...unitLines(matrix, options));
    const succession = successionSection(values);
    if (succession) out.push("", bold("Quy hoạch cán bộ"), ...successionLines(succession, options));
  } else {
    out.push(bold("Chưa có kết quả chỉ tiêu."));
  }

  const sheetNames = runtime.spreadsheet.getSheets().map((sheet) => sheet.getName());
  const read = readWorkbook({ sheetNames, values: (name) => sheetValues(runtime, name) });
  out.push("", bold("Dữ liệu"), ...problemLines(read));

  const trackingSheet = markedSheetName(runtime, "submissionTracking");
  const submissions = submissionCounts(trackingSheet ? sheetValues(runtime, trackingSheet) : null);
  out.push("", bold("Nộp kế hoạch"), submissions ?? "Chưa theo dõi được (xem thông báo bên dưới).");

  // Alerts after the first step are the add-on saying why it could not do something.
  const warnings = messages.filter((m) => m.step !== "Tạo các trang");
  if (warnings.length > 0) {
    out.push("", bold("Thông báo của tiện ích"));
    for (const m of warnings) out.push(`• ${m.title}: ${m.text.replace(/\n+/g, " ")}`);
  }
  return out.join("\n");
}
