// "Theo dõi nộp kế hoạch": for each unit and document, submitted on time, late, missing (past
// the deadline) or not yet due, against today; written to a sheet of its own and summarised.
import { formatDate } from "../shared/dates";
import { submissionStates, type TrackedSubmission, trackDocuments } from "../shared/targets/tracking";
import { type CellValue, templateById, type WorkbookRead } from "../shared/templates";
import { runTime } from "./clock";
import { escapeHtml } from "./escape-html";
import { offerDayFirstLocale } from "./locale";
import { showDialog } from "./pages";
import { type ReportSheet, writeReportSheet } from "./report-sheet";
import { type Changes, type Reply, runExclusive, UserError } from "./run";
import { readSpreadsheet } from "./workbook";

export const trackingSheetName = "Theo dõi nộp";
const title = "Theo dõi nộp kế hoạch";

export { submissionStates, type TrackedSubmission };
export type SubmissionState = TrackedSubmission["state"];

export const submissionStateLabels: Record<SubmissionState, string> = {
  onTime: "Đúng hạn",
  late: "Trễ hạn",
  missing: "Chưa nộp (quá hạn)",
  notDue: "Chưa đến hạn",
  unsure: "Chưa rõ (ô chưa hợp lệ)",
};

const stateColors: Record<SubmissionState, { background: string | null; font: string | null }> = {
  onTime: { background: "#d9ead3", font: "#274e13" },
  late: { background: "#fff2cc", font: "#7f6000" },
  missing: { background: "#f4cccc", font: "#990000" },
  notDue: { background: null, font: "#5f6368" },
  unsure: { background: "#fff2cc", font: "#7f6000" },
};

export function countStates(tracked: readonly TrackedSubmission[]): Record<SubmissionState, number> {
  const counts: Record<SubmissionState, number> = { onTime: 0, late: 0, missing: 0, notDue: 0, unsure: 0 };
  for (const t of tracked) counts[t.state]++;
  return counts;
}

function countsText(counts: Record<SubmissionState, number>, total: number): string {
  const parts = (["onTime", "late", "missing", "notDue", "unsure"] as const).map(
    (state) => `${submissionStateLabels[state]}: ${counts[state]}`,
  );
  return `${parts.join(" · ")} · Tổng: ${total}`;
}

const headers = ["Đơn vị", "Văn bản", "Hạn nộp", "Ngày nộp", "Tình trạng", "Số ngày trễ", "Ghi chú"];

export function trackingReport(
  tracked: readonly TrackedSubmission[],
  stamp: string,
  today: string,
  unitName = "",
): ReportSheet {
  const width = headers.length;
  const counts = countStates(tracked);
  const values: CellValue[][] = [headers];
  const backgrounds: Array<Array<string | null>> = [headers.map(() => "#e8eaed")];
  const fontColors: Array<Array<string | null>> = [headers.map(() => null)];
  const stateColumn = headers.indexOf("Tình trạng");
  for (const t of tracked) {
    values.push([
      t.unit,
      t.document,
      t.deadline ? formatDate(t.deadline) : "",
      t.received ? formatDate(t.received) : "",
      submissionStateLabels[t.state],
      t.daysLate,
      t.notes,
    ]);
    const background = new Array<string | null>(width).fill(null);
    const font = new Array<string | null>(width).fill(null);
    background[stateColumn] = stateColors[t.state].background;
    font[stateColumn] = stateColors[t.state].font;
    backgrounds.push(background);
    fontColors.push(font);
  }
  const formats = values.map(() => headers.map((h) => (h === "Số ngày trễ" ? "0" : "@")));
  const unit = unitName ? ` – ${unitName}` : "";
  return {
    name: trackingSheetName,
    role: "submissionTracking",
    // Title, counts and the table's header: frozen on screen, repeated on every printed page.
    frozenRows: 4,
    columnWidths: [240, 240, 90, 90, 140, 80, 260],
    blocks: [
      {
        row: 1,
        values: [
          [`Theo dõi nộp văn bản${unit} – cập nhật lúc ${stamp} (tính đến ngày ${formatDate(today)})`],
          [countsText(counts, tracked.length)],
        ],
        fontWeights: [["bold"], ["normal"]],
        fontSizes: [[12], [10]],
        numberFormats: [["@"], ["@"]],
      },
      {
        row: 4,
        values,
        backgrounds,
        fontColors,
        fontWeights: values.map((_, i) => headers.map(() => (i === 0 ? "bold" : "normal"))),
        numberFormats: formats,
        wrapAll: true,
        alignTop: true,
        borders: true,
      },
    ],
    print: { orientation: "landscape", fitWidth: true },
  };
}

const listedInSummary = 15;

export function trackingSummaryHtml(
  tracked: readonly TrackedSubmission[],
  read: WorkbookRead,
  stamp: string,
  writtenTo = trackingSheetName,
): string {
  const counts = countStates(tracked);
  const rows = (["onTime", "late", "missing", "notDue", "unsure"] as const)
    .map((state) => `<tr><td>${escapeHtml(submissionStateLabels[state])}</td><td>${counts[state]}</td></tr>`)
    .join("");
  const parts = [
    `<p>Cập nhật lúc ${escapeHtml(stamp)}; chi tiết ở trang “${escapeHtml(writtenTo)}”.</p>`,
    `<table><tr><th>Tình trạng</th><th>Số lượng</th></tr>${rows}<tr><th>Tổng</th><th>${tracked.length}</th></tr></table>`,
  ];
  const attention = tracked.filter((t) => t.state === "missing" || t.state === "late");
  if (attention.length > 0) {
    const items = attention.slice(0, listedInSummary).map((t) => {
      const css = t.state === "missing" ? "missing" : "late";
      const when = t.received ? `nộp ${formatDate(t.received)}, ` : "";
      const due = t.deadline ? `hạn ${formatDate(t.deadline)}, ` : "";
      return `<li class="${css}">${escapeHtml(t.unit)} – ${escapeHtml(t.document)}: ${escapeHtml(submissionStateLabels[t.state])} (${escapeHtml(when)}${escapeHtml(due)}trễ ${t.daysLate} ngày)</li>`;
    });
    if (attention.length > listedInSummary)
      items.push(`<li>… và ${attention.length - listedInSummary} trường hợp khác</li>`);
    parts.push(`<h3>Cần nhắc</h3><ul>${items.join("")}</ul>`);
  }
  const sheetName = templateById("submissions").name;
  const bad = read.problems.filter((p) => p.sheet === sheetName).length;
  if (bad > 0) {
    parts.push(
      `<p class="late">Trang “${escapeHtml(sheetName)}” có ${bad} ô chưa hợp lệ: đơn vị có dòng đó được ghi “${escapeHtml(submissionStateLabels.unsure)}” nếu ô ấy quyết định. Chạy “Kiểm tra dữ liệu” để xem.</p>`,
    );
  }
  return parts.join("\n");
}

export function trackSubmissions(): void {
  offerDayFirstLocale(title);
  runExclusive(title, (changes: Changes): Reply => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { read } = readSpreadsheet(spreadsheet);
    const sheetName = templateById("submissions").name;
    if (read.missingSheets.includes(sheetName)) {
      throw new UserError(`Chưa có trang “${sheetName}”. Hãy chạy “Tạo các trang kế hoạch” trước.`);
    }
    const time = runTime();
    const tracked = trackDocuments(read.plan, read.data, time.today);
    if (tracked.length === 0) {
      throw new UserError(
        `Chưa có văn bản nào phải theo dõi: trang “${sheetName}” chưa có dòng nào, và trang “Chỉ tiêu” chưa có chỉ tiêu nộp văn bản.`,
      );
    }
    const report = trackingReport(tracked, time.stamp, time.today, read.settings.unitName);
    const sheet = writeReportSheet(spreadsheet, report, changes);
    sheet.activate();
    const summary = trackingSummaryHtml(tracked, read, time.stamp, sheet.getName());
    return () => showDialog(title, summary, { width: 600, height: 460 });
  });
}
