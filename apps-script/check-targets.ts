// "Kiểm tra chỉ tiêu (một chạm)": evaluate the plan of the targets sheet over the data, check the
// succession planning against the standards, rewrite the result sheet (targets, a chart of the
// share reached, the results by unit, the succession section, who falls short) and show the same
// at a glance in a sidebar. Nothing else is touched.
import { targetStatusLabels, targetSubjectLabels } from "../shared/labels";
import type { TargetResult, TargetStatus } from "../shared/model";
import { evaluatePlan } from "../shared/targets/engine";
import {
  type CellValue,
  problemText,
  readingNotes,
  templateById,
  type WorkbookRead,
} from "../shared/templates";
import { fold } from "../shared/text";
import { runTime } from "./clock";
import { escapeHtml } from "./escape-html";
import { offerDayFirstLocale } from "./locale";
import { showSidebar } from "./pages";
import {
  ProtectedSheetError,
  pdfLink,
  type ReportBlock,
  type ReportSheet,
  writeReportSheet,
} from "./report-sheet";
import { headerBackground, row, statusColors } from "./result-style";
import {
  type SuccessionView,
  successionBlocks,
  successionSidebarHtml,
  successionView,
} from "./result-succession";
import { chartBlocks, shareChart, unitMatrixBlocks, unitsSidebarHtml } from "./result-units";
import { type Changes, type Reply, runExclusive, UserError } from "./run";
import { MarkedSheets } from "./sheet-marks";
import { readSpreadsheet } from "./workbook";

export { statusColors } from "./result-style";

export const resultSheetName = "Kết quả chỉ tiêu";
const title = "Kiểm tra chỉ tiêu";

/** Shortfalls listed per target in the detail block; the rest are counted. */
const maxShortfallRows = 1000;
/** Names quoted in the summary row and the sidebar. */
const namesInSummary = 5;

/** "█████░░░░░": one block per 10 %, rounded down so a bar is full only at 100 %. */
export function progressBar(percent: number): string {
  const filled = Math.max(0, Math.min(10, Math.floor(percent / 10)));
  return "█".repeat(filled) + "░".repeat(10 - filled);
}

export function askedText(result: TargetResult): string {
  return result.target.measure.kind === "share" ? `${result.asked}%` : `tối thiểu ${result.asked}`;
}

export const subjectNoun: Record<TargetResult["target"]["subject"], string> = {
  cadres: "cán bộ",
  units: "đơn vị",
  rotations: "trường hợp",
};

/** "3 cán bộ: Nguyễn Văn A (Đoàn phường X); … và 1 cán bộ khác". */
function shortfallSummary(result: TargetResult): string {
  const list = result.shortfalls;
  if (list.length === 0) return "";
  const noun = subjectNoun[result.target.subject];
  const names = list.map((s) => (s.unit ? `${s.name} (${s.unit})` : s.name));
  return `${list.length} ${noun}: ${listText(names, noun)}`;
}

/** The first few items of a list, and how many more there are (a cell holds at most 50 000 characters). */
function listText(items: readonly string[], noun: string): string {
  const more = items.length > namesInSummary ? `; … và ${items.length - namesInSummary} ${noun} khác` : "";
  return items.slice(0, namesInSummary).join("; ") + more;
}

/** Notes of the target, then who lacks data: "2 thiếu dữ liệu: Nguyễn Văn A (Chi đoàn X): chưa ghi trình độ…". */
function dataSummary(result: TargetResult): string {
  const parts = [...result.notes];
  if (result.unknowns.length > 0) {
    const names = result.unknowns.map((s) => `${s.name}${s.unit ? ` (${s.unit})` : ""}: ${s.reason}`);
    parts.push(
      `${result.unknowns.length} ${subjectNoun[result.target.subject]} thiếu dữ liệu: ${listText(names, subjectNoun[result.target.subject])}`,
    );
  }
  return parts.join("\n");
}

/** Everything the check shows, computed before anything is written. */
export interface TargetCheck {
  read: WorkbookRead;
  results: TargetResult[];
  /** The succession check with the settings' key posts, fewest candidates and age rule. */
  succession: SuccessionView;
  stamp: string;
  /** yyyy-mm-dd of the check. */
  today: string;
}

export function computeTargetCheck(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TargetCheck {
  const { read } = readSpreadsheet(spreadsheet);
  const targetsName = templateById("targets").name;
  const targetProblems = read.problems.filter((p) => p.sheet === targetsName);
  if (targetProblems.length > 0) {
    const first = targetProblems.slice(0, 5).map((p) => `• ${problemText(p)}`);
    throw new UserError(
      `Trang "${targetsName}" có ${targetProblems.length} ô chưa hợp lệ, nên chưa thể kiểm tra chỉ tiêu:\n${first.join("\n")}`,
    );
  }
  const missingTargetColumns = read.missingColumns.filter((c) => c.sheet === targetsName);
  if (missingTargetColumns.length > 0) {
    const headers = missingTargetColumns.map((c) => `"${c.header}"`).join(", ");
    throw new UserError(
      `Trang "${targetsName}" thiếu cột ${headers}. Hãy chạy "Tạo các trang kế hoạch" để thêm cột.`,
    );
  }
  if (read.plan.targets.length === 0) {
    throw new UserError(`Chưa có chỉ tiêu nào. Hãy thêm chỉ tiêu vào trang "${targetsName}".`);
  }
  const time = runTime();
  const results = evaluatePlan(read.plan, read.data, { today: time.today, ageRule: read.settings.ageRule });
  const succession = successionView(read.data, read.settings);
  return { read, results, succession, stamp: time.stamp, today: time.today };
}

const summaryHeaders = [
  "Mã",
  "Chỉ tiêu",
  "Chỉ tiêu đặt ra",
  "Đạt được",
  "Tỉ lệ",
  "Tiến độ",
  "Đánh giá",
  "Chưa đạt",
  "Ghi chú dữ liệu",
];
const detailHeaders = ["Mã chỉ tiêu", "Mã", "Tên", "Đơn vị", "Lý do chưa đạt hoặc dữ liệu còn thiếu"];
export const detailTitle = "Danh sách chưa đạt, thiếu dữ liệu";

/** The first row after the blocks. */
function endOf(blocks: readonly ReportBlock[]): number {
  return Math.max(...blocks.map((b) => b.row + b.values.length));
}

/** "Đạt: 6 · Chưa đạt: 7 · Thiếu dữ liệu: 1 (14 chỉ tiêu)". */
function statusCountsText(results: readonly TargetResult[]): string {
  const statuses = Object.keys(targetStatusLabels) as TargetStatus[];
  const parts = statuses.map(
    (s) => `${targetStatusLabels[s]}: ${results.filter((r) => r.status === s).length}`,
  );
  return `${parts.join(" · ")} (${results.length} chỉ tiêu)`;
}

/** The sheet's title: the plan, the unit, the year, at a glance. */
export function resultTitle(check: TargetCheck, unitName: string): string {
  const { plan, settings } = check.read;
  const unit = settings.unitName || unitName;
  const year = String(settings.planYear);
  // "Kết quả thực hiện kế hoạch công tác cán bộ Đoàn phường Hòa Bình năm 2026": the plan's own
  // title, with the unit and the year added when it does not name them.
  let title = `Kết quả thực hiện ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`;
  if (!title.includes(year)) title += ` năm ${year}`;
  if (unit && !fold(title).includes(fold(unit))) title += ` – ${unit}`;
  return title;
}

/** The result sheet: a title with the unit, year and time, one row per target, then who falls short. */
export function resultReport(check: TargetCheck, spreadsheetName = ""): ReportSheet {
  const width = summaryHeaders.length;
  const titleBlock: ReportBlock = {
    row: 1,
    values: [
      [`${resultTitle(check, spreadsheetName)} – kiểm tra lúc ${check.stamp}`],
      [statusCountsText(check.results)],
    ],
    fontWeights: [["bold"], ["normal"]],
    fontSizes: [[12], [10]],
    fontStyles: [["normal"], ["italic"]],
    numberFormats: [["@"], ["@"]],
  };

  const summaryValues: CellValue[][] = [summaryHeaders];
  const backgrounds: Array<Array<string | null>> = [row(width, headerBackground)];
  const fontColors: Array<Array<string | null>> = [row(width, null)];
  const fontWeights: Array<Array<"bold" | "normal" | null>> = [row(width, "bold")];
  const numberFormats: string[][] = [row(width, "@")];
  const statusColumn = summaryHeaders.indexOf("Đánh giá");
  for (const result of check.results) {
    summaryValues.push([
      result.target.id,
      result.target.text,
      askedText(result),
      result.figure,
      result.percent / 100,
      progressBar(result.percent),
      targetStatusLabels[result.status],
      shortfallSummary(result),
      dataSummary(result),
    ]);
    const color = statusColors[result.status];
    const background = row<string | null>(width, null);
    const font = row<string | null>(width, null);
    background[statusColumn] = color.background;
    font[statusColumn] = color.font;
    font[statusColumn - 1] = color.font;
    backgrounds.push(background);
    fontColors.push(font);
    const weights = row<"bold" | "normal" | null>(width, "normal");
    weights[statusColumn] = "bold";
    fontWeights.push(weights);
    const formats = row(width, "@");
    formats[summaryHeaders.indexOf("Tỉ lệ")] = "0%";
    numberFormats.push(formats);
  }
  const summary: ReportBlock = {
    row: 3,
    values: summaryValues,
    backgrounds,
    fontColors,
    fontWeights,
    numberFormats,
    wrapAll: true,
    alignTop: true,
    borders: true,
  };

  const detailValues: CellValue[][] = [detailHeaders];
  for (const result of check.results) {
    const listed = [
      ...result.shortfalls.map((s) => ({ ...s, reason: s.reason })),
      ...result.unknowns.map((s) => ({ ...s, reason: `Thiếu dữ liệu: ${s.reason}` })),
    ];
    for (const s of listed.slice(0, maxShortfallRows)) {
      detailValues.push([result.target.id, s.id, s.name, s.unit ?? "", s.reason]);
    }
    const rest = listed.length - maxShortfallRows;
    if (rest > 0) {
      detailValues.push([
        result.target.id,
        "",
        `… và ${rest} ${subjectNoun[result.target.subject]} khác`,
        "",
        "",
      ]);
    }
  }
  const notes = readingNotes(check.read);
  const blocks = [titleBlock, summary];
  let next = summary.row + summaryValues.length + 1;
  if (notes.length > 0) {
    blocks.push({
      row: next,
      values: [["Ghi chú về dữ liệu"], ...notes.map((n) => [`• ${n}`])],
      fontWeights: [["bold"], ...notes.map((): Array<"bold" | "normal"> => ["normal"])],
      numberFormats: [["@"], ...notes.map(() => ["@"])],
    });
    next += notes.length + 2;
  }
  // The chart sits on the empty rows under its title.
  const chartRow = next;
  blocks.push(...chartBlocks(chartRow));
  next = endOf(blocks) + 1;
  const unitsRow = next;
  blocks.push(...unitMatrixBlocks(check.results, unitsRow));
  next = endOf(blocks) + 1;
  const successionRow = next;
  blocks.push(...successionBlocks(check.succession, check.read.data.units, successionRow));
  next = endOf(blocks) + 1;
  const detailRow = next;
  const detailWidth = detailHeaders.length;
  if (detailValues.length > 1) {
    blocks.push({
      row: detailRow,
      values: [[detailTitle]],
      fontWeights: [["bold"]],
      numberFormats: [["@"]],
    });
    blocks.push({
      row: detailRow + 1,
      values: detailValues,
      numberFormats: detailValues.map(() => row(detailWidth, "@")),
      fontWeights: detailValues.map((_, i) =>
        row<"bold" | "normal" | null>(detailWidth, i === 0 ? "bold" : "normal"),
      ),
      // Names and units wrap in their columns; the reason runs on into the empty columns beside.
      wraps: detailValues.map((_, i) => detailHeaders.map((h) => i === 0 || h === "Tên" || h === "Đơn vị")),
      alignTop: true,
    });
  }
  return {
    name: resultSheetName,
    role: "targetResults",
    // The title and the table's header: frozen on screen, repeated on every printed page.
    frozenRows: 3,
    columnWidths: [60, 300, 110, 130, 80, 100, 140, 300, 220],
    blocks,
    charts: [shareChart(summary.row, check.results.length, chartRow)],
    sections: { units: unitsRow, succession: successionRow, chart: chartRow },
    print: { orientation: "landscape", fitWidth: true },
  };
}

/** Where the results went: the sheet's name (its address and the rows of its sections), or why it could not be written. */
export type ResultPlace =
  | { sheetName: string; pdf?: string; url?: string; sections?: Record<string, number> }
  | { notWritten: string };

/** A link to a section of the result sheet: the sidebar's script selects it in place (the href is the fallback). */
function sectionLink(place: ResultPlace, section: string, text: string): string {
  if (!("sheetName" in place) || !place.url || !place.sections?.[section]) return "";
  const row = place.sections[section]!;
  return `<div class="go"><a href="${escapeHtml(`${place.url}&range=A${row}`)}" data-row="${row}" target="_top">${escapeHtml(text)} ở trang “${escapeHtml(place.sheetName)}”</a></div>`;
}

/** The sidebar: each target with its figure, a bar, its status and the first who fall short; the succession check; the units that pull a target down. */

export function resultSidebarHtml(
  check: TargetCheck,
  place: ResultPlace = { sheetName: resultSheetName },
): string {
  const parts: string[] = [
    `<h2>${escapeHtml(check.read.plan.title)}</h2>`,
    "sheetName" in place
      ? `<div class="time">Kiểm tra lúc ${escapeHtml(check.stamp)} · chi tiết ở trang “${escapeHtml(place.sheetName)}”${place.pdf ? ` · <a href="${escapeHtml(place.pdf)}" target="_blank" rel="noopener">tải PDF để in (A4 ngang)</a>` : ""}</div>`
      : `<div class="time">Kiểm tra lúc ${escapeHtml(check.stamp)}</div><div class="note">${escapeHtml(place.notWritten)}</div>`,
  ];
  for (const note of readingNotes(check.read)) parts.push(`<div class="note">${escapeHtml(note)}</div>`);
  for (const result of check.results) {
    const status = result.status;
    const shortfalls = result.shortfalls
      .slice(0, namesInSummary)
      .map(
        (s) =>
          `<li>${escapeHtml(s.name)}${s.unit ? ` (${escapeHtml(s.unit)})` : ""}: ${escapeHtml(s.reason)}</li>`,
      );
    if (result.shortfalls.length > namesInSummary) {
      const more = result.shortfalls.length - namesInSummary;
      shortfalls.push(`<li>… và ${more} ${subjectNoun[result.target.subject]} khác</li>`);
    }
    const problems = [
      ...result.notes.map((p) => escapeHtml(p)),
      ...result.unknowns
        .slice(0, namesInSummary)
        .map(
          (s) =>
            `Thiếu dữ liệu: ${escapeHtml(s.name)}${s.unit ? ` (${escapeHtml(s.unit)})` : ""}: ${escapeHtml(s.reason)}`,
        ),
    ].map((p) => `<li>${p}</li>`);
    if (result.unknowns.length > namesInSummary) {
      problems.push(
        `<li>… và ${result.unknowns.length - namesInSummary} ${subjectNoun[result.target.subject]} thiếu dữ liệu khác</li>`,
      );
    }
    parts.push(
      `<div class="target">`,
      `<div class="target-head"><strong>${escapeHtml(result.target.id)}</strong>`,
      `<span class="badge ${status}">${escapeHtml(targetStatusLabels[status])}</span></div>`,
      `<div class="target-text">${escapeHtml(result.target.text)}</div>`,
      `<div class="bar"><div class="fill ${status}" style="width:${Math.max(0, Math.min(100, result.percent))}%"></div></div>`,
      `<div>${escapeHtml(result.figure)} · chỉ tiêu ${escapeHtml(askedText(result))} · ${escapeHtml(targetSubjectLabels[result.target.subject])}</div>`,
      shortfalls.length ? `<ul class="short">${shortfalls.join("")}</ul>` : "",
      problems.length ? `<ul class="short">${problems.join("")}</ul>` : "",
      `</div>`,
    );
  }
  parts.push(
    unitsSidebarHtml(check.results, sectionLink(place, "units", "Xem bảng kết quả theo đơn vị")),
    successionSidebarHtml(
      check.succession,
      check.read.data.units,
      sectionLink(place, "succession", "Xem mục Quy hoạch"),
    ),
  );
  return parts.join("\n");
}

/** The sidebar's links: selects row `row` of the result sheet (google.script.run). */
export function goToResultRow(row: number): void {
  const sheet = MarkedSheets.read(SpreadsheetApp.getActiveSpreadsheet()).get("targetResults");
  if (!sheet || !Number.isInteger(row) || row < 1 || row > sheet.getMaxRows()) return;
  sheet.activate();
  sheet.getRange(row, 1).activate();
}

export function checkTargets(): void {
  offerDayFirstLocale(title);
  runExclusive(title, (changes: Changes): Reply => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const check = computeTargetCheck(spreadsheet);
    const report = resultReport(check, spreadsheet.getName());
    let place: ResultPlace;
    try {
      const sheet = writeReportSheet(spreadsheet, report, changes);
      sheet.activate();
      place = {
        sheetName: sheet.getName(),
        pdf: pdfLink(spreadsheet, sheet, report.print),
        url: `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`,
        ...(report.sections ? { sections: report.sections } : {}),
      };
    } catch (error) {
      // The results are still worth seeing when their sheet may not be written.
      if (!(error instanceof ProtectedSheetError)) throw error;
      place = { notWritten: error.message };
    }
    const sidebar = resultSidebarHtml(check, place);
    return () => showSidebar(title, sidebar);
  });
}
