// "Lập báo cáo gửi cấp trên": the "Báo cáo" sheet, a Youth Union document a ward secretary can
// print, sign and send up. Laid out as the Đoàn's rules for documents have it (Hướng dẫn
// 29-HD/TWĐTN-VP on the form of Đoàn documents): the body above and the issuing body at the top
// left with "***" and the number "Số: …-BC/ĐTN"; "ĐOÀN TNCS HỒ CHÍ MINH" at the top right (a
// Đoàn document carries the Đoàn's heading, not the state's national motto) with the place and
// date below it; the type and subject of the document; the content; "Nơi nhận" at the bottom left
// and the signature "TM. BAN THƯỜNG VỤ / BÍ THƯ" at the bottom right.
import { formatDate } from "../shared/dates";
import { postLabels, targetStatusLabels } from "../shared/labels";
import type { Shortfall, TargetResult } from "../shared/model";
import type { Finding } from "../shared/succession/check";
import { depthByPost, findingCounts, findingKindLabels, sortFindings } from "../shared/succession/findings";
import type { CellValue, Settings } from "../shared/templates";
import { askedText, computeTargetCheck, subjectNoun, type TargetCheck } from "./check-targets";
import { escapeHtml } from "./escape-html";
import { showDialog } from "./pages";
import { pdfLink, type ReportBlock, type ReportSheet, writeReportSheet } from "./report-sheet";
import { successionSectionTitle } from "./result-succession";
import { type Changes, type Reply, runExclusive } from "./run";

export const reportSheetName = "Báo cáo";
const title = "Lập báo cáo gửi cấp trên";

/** Columns: STT, target, asked, reached, status; about the width of A4 portrait. */
const widths = [40, 330, 95, 125, 95];
const left: [number, number] = [1, 2];
const right: [number, number] = [3, 5];
/** Names quoted for each target not met; the rest are counted. */
const namesListed = 3;
/** Times New Roman 13 for the text, as the rules ask (13–14). */
const font = { family: "Times New Roman", size: 13 };
/** Rough width of a character at 13 points, and the height of a line, in pixels: merged rows are sized by hand. */
const charWidth = 7;
const lineHeight = 21;

/** "ngày 05 tháng 01 năm 2024": days below 10 and the months January and February with a 0. */
export function documentDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Đoàn phường Tân Phú" → "BCH ĐOÀN PHƯỜNG TÂN PHÚ". */
export function issuingBody(unitName: string): string {
  const name = unitName.trim();
  if (!name) return "BAN CHẤP HÀNH ĐOÀN";
  return `BCH ${name.toUpperCase()}`;
}

/** The place before the date: the setting, or "Phường Tân Phú" taken from "Đoàn phường Tân Phú". */
export function placeOf(settings: Settings): string {
  if (settings.placeName?.trim()) return settings.placeName.trim();
  const place = settings.unitName.trim().replace(/^(đoàn|bch đoàn)\s+/i, "");
  return place ? place.charAt(0).toUpperCase() + place.slice(1) : "";
}

/** "10 cán bộ chưa đạt – Nguyễn Văn A (Chi đoàn X): chưa học chuyên đề (0/2); …; và 7 cán bộ khác". */
function whoLine(result: TargetResult, list: readonly Shortfall[], what: string): string {
  const noun = subjectNoun[result.target.subject];
  const names = list
    .slice(0, namesListed)
    .map((s) => `${s.name}${s.unit ? ` (${s.unit})` : ""}: ${s.reason}`);
  const more = list.length - namesListed;
  return `${list.length} ${noun} ${what} – ${names.join("; ")}${more > 0 ? `; và ${more} ${noun} khác` : ""}`;
}

function shortfallLine(result: TargetResult): string {
  return `${result.target.id} – ${result.target.text}: ${whoLine(result, result.shortfalls, "chưa đạt")}.`;
}

/** "T07 – …: 1 cán bộ thiếu dữ liệu – Châu Bảo Hạnh (Chi đoàn Khu phố 3): chưa ghi trình độ chuyên môn." */
function unknownLine(result: TargetResult): string {
  const who = result.unknowns.length ? whoLine(result, result.unknowns, "thiếu dữ liệu") : "";
  const said = [who, ...result.notes].filter(Boolean).join("; ") || "chưa đủ dữ liệu để đánh giá";
  return `${result.target.id} – ${result.target.text}: ${said.replace(/[.;]\s*$/, "")}.`;
}

function countsLine(results: TargetResult[]): string {
  const count = (status: TargetResult["status"]) => results.filter((r) => r.status === status).length;
  const unsure = count("insufficientData");
  return (
    `Tổng hợp: ${count("met")}/${results.length} chỉ tiêu đạt, ${count("notMet")} chỉ tiêu chưa đạt` +
    (unsure ? `, ${unsure} chỉ tiêu chưa đủ dữ liệu để đánh giá.` : ".")
  );
}

/** "Nguyễn Văn An (Bí thư, Đoàn phường Bình Tây, từ 01/01/2029); …; và 2 người khác". */
function peopleText(findings: readonly Finding[]): string {
  const named = findings.slice(0, namesListed).map((f) => {
    const about = [f.post ? postLabels[f.post] : "", f.unit, f.date ? `từ ${formatDate(f.date)}` : ""];
    return `${f.who?.name ?? ""} (${about.filter(Boolean).join(", ")})`;
  });
  const more = findings.length - named.length;
  return named.join("; ") + (more > 0 ? `; và ${more} người khác` : "");
}

/** The succession lines of the report: key posts planned, who ages out, the counts. */
function successionLines(check: TargetCheck): string[] {
  const { succession, read } = check;
  const { findings, depth } = succession.check;
  const lines: string[] = [];
  const needed = read.settings.minCandidates;
  for (const post of depthByPost(depth)) {
    const short = post.short.length
      ? ` (còn thiếu: ${post.short.slice(0, namesListed).join(", ")}${post.short.length > namesListed ? ` và ${post.short.length - namesListed} đơn vị khác` : ""})`
      : "";
    lines.push(
      `${postLabels[post.post]} nhiệm kỳ ${post.term}: ${post.enough}/${post.units} đơn vị có từ ${needed} người quy hoạch trở lên${short}.`,
    );
  }
  // Who ages out, the earliest first.
  const byDate = (kind: Finding["kind"]) =>
    sortFindings(findings, read.data.units)
      .filter((f) => f.kind === kind)
      .sort((x, y) => (x.date ?? "").localeCompare(y.date ?? ""));
  const holders = byDate("holderAgesOut");
  lines.push(
    holders.length
      ? `Cán bộ đang giữ chức quá tuổi giữ chức trong nhiệm kỳ ${succession.term}: ${peopleText(holders)}.`
      : `Không có cán bộ đang giữ chức nào quá tuổi giữ chức trong nhiệm kỳ ${succession.term}.`,
  );
  const planned = byDate("agesOut");
  if (planned.length)
    lines.push(
      `Người trong quy hoạch quá tuổi giữ chức trước khi hết nhiệm kỳ quy hoạch: ${peopleText(planned)}.`,
    );
  const counts = findingCounts(findings).map(
    ({ kind, count }) =>
      `${count} ${findingKindLabels[kind].charAt(0).toLowerCase()}${findingKindLabels[kind].slice(1)}`,
  );
  lines.push(
    findings.length
      ? `Đối chiếu tiêu chuẩn chức danh: ${findings.length} vấn đề (${counts.join(", ")}); chi tiết ở trang kết quả, mục “${successionSectionTitle}”.`
      : "Đối chiếu tiêu chuẩn chức danh: người được quy hoạch đều đạt tiêu chuẩn, chức danh chủ chốt đủ người.",
  );
  for (const note of succession.notes) lines.push(note);
  return lines;
}

/** Lines a text takes in a merged area `width` pixels wide. */
function heightFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 8) / charWidth));
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return Math.max(lineHeight, lines * lineHeight);
}

interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  align?: "left" | "center" | "right";
}

/** Builds the sheet row by row: merged lines across the page or in its left or right half, and the table. */
class Document {
  readonly blocks: ReportBlock[] = [];
  readonly merges: Array<[number, number, number, number]> = [];
  readonly rowHeights: Array<[number, number]> = [];
  row = 1;

  /** A line in the columns `[from, to]`; several parts side by side share one row. */
  line(...parts: Array<{ columns: [number, number]; line: Line }>): void {
    let height = 0;
    for (const { columns, line } of parts) {
      const [from, to] = columns;
      const width = to - from + 1;
      const row = <T>(first: T, rest: T): T[] => [first, ...new Array<T>(width - 1).fill(rest)];
      this.blocks.push({
        row: this.row,
        column: from,
        values: [row<CellValue>(line.text, "")],
        numberFormats: [row("@", "@")],
        fontWeights: [row(line.bold ? "bold" : "normal", "normal")],
        fontStyles: [row(line.italic ? "italic" : "normal", "normal")],
        fontLines: [row(line.underline ? "underline" : "none", "none")],
        fontSizes: [row(line.size ?? font.size, font.size)],
        horizontalAlignments: [row(line.align ?? "left", "left")],
        wrapAll: true,
        alignTop: true,
      });
      if (width > 1) this.merges.push([this.row, from, 1, width]);
      const pixels = widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
      height = Math.max(
        height,
        line.text ? heightFor(line.text, pixels) * ((line.size ?? font.size) / font.size) : 0,
      );
    }
    if (height > lineHeight) this.rowHeights.push([this.row, Math.ceil(height)]);
    this.row++;
  }

  /** A line across the whole page. */
  wide(line: Line): void {
    this.line({ columns: [1, widths.length], line });
  }

  blank(): void {
    this.row++;
  }

  table(header: string[], rows: CellValue[][]): void {
    const values = [header, ...rows];
    const width = header.length;
    this.blocks.push({
      row: this.row,
      values,
      numberFormats: values.map(() => new Array<string>(width).fill("@")),
      fontWeights: values.map((_, i) => new Array(width).fill(i === 0 ? "bold" : "normal")),
      horizontalAlignments: values.map((_, i) =>
        header.map((_, c) => (i === 0 || c !== 1 ? "center" : "left")),
      ),
      wrapAll: true,
      alignTop: true,
      borders: true,
    });
    this.row += values.length;
  }
}

/** The report to send up, from the target check. */
export function officialReport(check: TargetCheck, today: string): ReportSheet {
  const { settings, plan } = check.read;
  const doc = new Document();
  const year = settings.planYear;

  // Heading: who issues it, under whom, its number; the Đoàn's heading, place and date.
  doc.line(
    { columns: left, line: { text: (settings.parentBody ?? "").toUpperCase(), align: "center" } },
    {
      columns: right,
      line: { text: "ĐOÀN TNCS HỒ CHÍ MINH", bold: true, underline: true, size: 14, align: "center" },
    },
  );
  doc.line({ columns: left, line: { text: issuingBody(settings.unitName), bold: true, align: "center" } });
  doc.line(
    { columns: left, line: { text: "***", align: "center" } },
    {
      columns: right,
      line: { text: `${placeOf(settings)}, ${documentDate(today)}`, italic: true, align: "center" },
    },
  );
  doc.line({ columns: left, line: { text: "Số:       -BC/ĐTN", align: "center" } });
  doc.blank();

  // Type and subject.
  doc.wide({ text: "BÁO CÁO", bold: true, size: 15, align: "center" });
  doc.wide({ text: `Kết quả thực hiện kế hoạch công tác cán bộ năm ${year}`, bold: true, align: "center" });
  doc.wide({ text: "-----", align: "center" });
  doc.blank();

  // Content.
  const unit = settings.unitName || "đơn vị";
  doc.wide({
    text: `Thực hiện ${plan.title}, Ban Thường vụ ${unit} báo cáo kết quả thực hiện các chỉ tiêu công tác cán bộ tính đến ngày ${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)} như sau:`,
  });
  doc.blank();
  doc.wide({ text: "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", bold: true });
  doc.table(
    ["STT", "Chỉ tiêu", "Chỉ tiêu đặt ra", "Kết quả đạt được", "Đánh giá"],
    check.results.map((result, i) => [
      String(i + 1),
      result.target.text,
      askedText(result),
      result.figure,
      targetStatusLabels[result.status],
    ]),
  );
  doc.wide({ text: countsLine(check.results), italic: true });
  doc.blank();

  doc.wide({ text: "II. CÁC TRƯỜNG HỢP CHƯA ĐẠT", bold: true });
  const short = check.results.filter((r) => r.shortfalls.length > 0);
  if (short.length === 0) doc.wide({ text: "Không có trường hợp nào chưa đạt." });
  for (const result of short) doc.wide({ text: `- ${shortfallLine(result)}` });
  doc.blank();
  doc.wide({ text: "III. CÔNG TÁC QUY HOẠCH CÁN BỘ", bold: true });
  for (const line of successionLines(check)) doc.wide({ text: `- ${line}` });
  const unsure = check.results.filter((r) => r.unknowns.length > 0 || r.status === "insufficientData");
  if (unsure.length > 0) {
    doc.blank();
    doc.wide({ text: "IV. DỮ LIỆU CẦN BỔ SUNG", bold: true });
    for (const result of unsure) doc.wide({ text: `- ${unknownLine(result)}` });
  }
  doc.blank();

  // Recipients at the bottom left, the signature at the bottom right.
  const recipients = (settings.recipients ?? "")
    .split(";")
    .map((r) => r.trim())
    .filter(Boolean);
  const recipientLines = recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? "." : ";"}`);
  const signature = [
    { text: "TM. BAN THƯỜNG VỤ", bold: true, align: "center" as const },
    { text: (settings.signerTitle || "Bí thư").toUpperCase(), bold: true, align: "center" as const },
    { text: "" },
    { text: "" },
    { text: "" },
    { text: settings.signerName ?? "", bold: true, align: "center" as const },
  ];
  const leftLines: Line[] = [
    { text: "Nơi nhận:", bold: true, italic: true, size: 12 },
    ...recipientLines.map((text) => ({ text, size: 11 })),
  ];
  for (let i = 0; i < Math.max(leftLines.length, signature.length); i++) {
    const parts: Array<{ columns: [number, number]; line: Line }> = [];
    if (leftLines[i]) parts.push({ columns: left, line: leftLines[i]! });
    if (signature[i]) parts.push({ columns: right, line: signature[i]! });
    doc.line(...parts);
  }

  return {
    name: reportSheetName,
    role: "report",
    frozenRows: 0,
    columnWidths: widths,
    blocks: doc.blocks,
    merges: doc.merges,
    rowHeights: doc.rowHeights,
    font,
    hideGridlines: true,
    print: { orientation: "portrait", fitWidth: true },
  };
}

export function reportDialogHtml(sheetName: string, link: string, settings: Settings): string {
  const parts = [
    `<p class="ok">Đã lập báo cáo ở trang “${escapeHtml(sheetName)}”.</p>`,
    `<p><a href="${escapeHtml(link)}" target="_blank" rel="noopener">Tải báo cáo dạng PDF (A4 dọc)</a> để in, ký và gửi; hoặc chọn Tệp → Tải xuống → PDF khi đang mở trang này.</p>`,
    `<p class="muted">Số văn bản để trống để văn thư ghi khi vào sổ.</p>`,
  ];
  if (!settings.signerName?.trim()) {
    parts.push(
      `<p class="late">Chưa có tên người ký: ghi ở mục “Người ký” trang Cài đặt rồi lập lại báo cáo.</p>`,
    );
  }
  return parts.join("\n");
}

export function createReport(): void {
  runExclusive(title, (changes: Changes): Reply => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const check: TargetCheck = computeTargetCheck(spreadsheet);
    const report = officialReport(check, check.today);
    const sheet = writeReportSheet(spreadsheet, report, changes);
    sheet.activate();
    const html = reportDialogHtml(
      sheet.getName(),
      pdfLink(spreadsheet, sheet, report.print),
      check.read.settings,
    );
    return () => showDialog(title, html, { width: 520, height: 260 });
  });
}
